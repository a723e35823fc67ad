#include "commands.hpp"

#include "core/explorer.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>

#include <map>
#include <ostream>
#include <set>

namespace frontline::cli {

// For each curriculum point, the scenarios in which a learner can demonstrate it.
int coverageCommand(const std::string& scenariosDir, Io io) {
    const script::Library library = script::loadLibrary({scenariosDir});
    if (library.curriculum.points.empty()) {
        io.err << "error: no curriculum in " << scenariosDir
               << " (declare unit and point entries)\n";
        return 1;
    }
    std::map<std::string, std::set<std::string>> creditedIn; // principle -> scenario ids
    for (const auto* entry : library.usable())
        for (const auto& id : explore(entry->scenario, entry->scripting, library.rubric).creditable)
            creditedIn[id].insert(entry->scenario->id);

    std::size_t covered = 0, uncovered = 0, untestable = 0;
    for (const Unit& unit : library.curriculum.units) {
        fmt::print(io.out, "\n{} ({})\n", unit.title, unit.id);
        for (const CurriculumPoint& p : library.curriculum.points) {
            if (p.unit != unit.id) continue;
            std::set<std::string> scenarios;
            for (const auto& id : p.principles)
                if (auto it = creditedIn.find(id); it != creditedIn.end())
                    scenarios.insert(it->second.begin(), it->second.end());
            if (p.principles.empty()) {
                ++untestable;
                fmt::print(io.out, "  [n/a] {}\n        not shown by a conversation: {}\n", p.text,
                           p.whyNot);
            } else if (scenarios.empty()) {
                ++uncovered;
                fmt::print(io.out, "  [GAP] {}\n        no scenario can credit {}\n", p.text,
                           fmt::join(p.principles, ", "));
            } else {
                ++covered;
                fmt::print(io.out, "  [ok]  {}\n        {}\n", p.text, fmt::join(scenarios, ", "));
            }
        }
    }
    fmt::print(io.out, "\n{} points covered, {} not covered, {} not shown by a conversation\n",
               covered, uncovered, untestable);
    return uncovered == 0 ? 0 : 1;
}

} // namespace frontline::cli
