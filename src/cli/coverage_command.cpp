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
    // Rubric principles, and each organisation's policy.* ids as "<organisation> policy.x", that
    // some scenario credits or breaches.
    std::set<std::string> assessed;
    for (const auto* entry : library.usable()) {
        const Exploration found = explore(entry->scenario, entry->scripting, library.rubric);
        for (const auto& id : found.creditable)
            creditedIn[id].insert(entry->scenario->id);
        for (const auto* ids : {&found.creditable, &found.breachable})
            for (const auto& id : *ids)
                assessed.insert(Rubric::isPolicyId(id) ? entry->scenario->organisation + " " + id
                                                       : id);
    }

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

    // A rule in the rubric that no scenario credits or breaches is never assessed: a learner's
    // debrief can never mention it, whatever the rubric claims.
    std::vector<std::string> unused;
    for (const Principle& p : library.rubric.principles())
        if (!assessed.count(p.id)) unused.push_back(p.id);
    for (const Organisation& o : library.rubric.organisations())
        for (const Principle& p : o.policies)
            if (!assessed.count(o.id + " " + p.id)) unused.push_back(o.id + " " + p.id);
    fmt::print(io.out, "\nRubric: {} principles and policies, {} never credited or breached{}\n",
               assessed.size() + unused.size(), unused.size(), unused.empty() ? "" : ":");
    for (const std::string& id : unused)
        fmt::print(io.out, "  [GAP] {}\n", id);
    return uncovered == 0 && unused.empty() ? 0 : 1;
}

} // namespace frontline::cli
