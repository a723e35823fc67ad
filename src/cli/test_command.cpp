#include "commands.hpp"

#include "core/expectations.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace frontline::cli {

namespace {

// Problems that fail a scenario whatever it expects: errors, and what the explorer says no
// scenario should have.
std::vector<std::string> standardProblems(const Scenario& s, const Exploration& found) {
    std::vector<std::string> out;
    if (found.budgetHit)
        out.push_back(
            fmt::format("the explorer hit its state budget after {} states", found.states));
    for (const auto& e : found.errors)
        out.push_back(format(e));
    for (const auto& node : found.deadEnds)
        out.push_back("dead end at node '" + node + "': no choice on offer");
    for (const auto& node : found.trapped)
        out.push_back("loop with no way out at node '" + node + "'");
    for (const auto& id : found.unreached)
        out.push_back(s.where.file + ": '" + id + "' is never reached");
    if (!found.best) out.push_back("no path reaches an ending");
    return out;
}

} // namespace

int testCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io) {
    // Files checked on their own are checked against the library's rubric and organisations.
    const script::Library library =
        script::loadLibrary(paths, {}, [&] { return script::loadLibrary({scenariosDir}); });
    int passed = 0, failed = 0;
    for (const auto& problem : library.problems) {
        io.out << format(problem) << "\n";
        ++failed;
    }
    for (const auto& entry : library.entries) {
        if (entry.kind != script::ContentKind::Scenario && entry.ok())
            continue; // rubric, organisations, curriculum
        std::vector<std::string> problems;
        for (const auto& d : entry.diagnostics)
            if (d.severity == Severity::Error) problems.push_back(format(d));
        std::string summary;
        if (entry.usable()) {
            const Exploration found = explore(entry.scenario, entry.scripting, library.rubric);
            for (auto& p : standardProblems(*entry.scenario, found))
                problems.push_back(std::move(p));
            for (const auto& d : checkExpectations(*entry.scenario, found))
                problems.push_back(format(d));
            if (found.best && found.worst)
                summary = fmt::format(" ({} states; best {} {}%, worst {} {}%)", found.states,
                                      toString(found.gradeOf(found.best->points)),
                                      percentOf(found.best->points.points, found.bestPoints()),
                                      toString(found.gradeOf(found.worst->points)),
                                      percentOf(found.worst->points.points, found.bestPoints()));
        }
        const std::string name = entry.scenario ? entry.scenario->id : entry.path;
        if (problems.empty()) {
            ++passed;
            fmt::print(io.out, "PASS {}{}\n", name, summary);
        } else {
            ++failed;
            fmt::print(io.out, "FAIL {}{}\n", name, summary);
            for (const auto& p : problems)
                fmt::print(io.out, "  {}\n", p);
        }
    }
    fmt::print(io.out, "{} passed, {} failed\n", passed, failed);
    return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace frontline::cli
