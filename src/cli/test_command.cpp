#include "commands.hpp"

#include "core/domain_lint.hpp"
#include "core/expectations.hpp"
#include "core/strategies.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace frontline::cli {

int testCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io) {
    // Files checked on their own are checked against the library's rubric and organisations.
    const script::Library library =
        script::loadLibrary(paths, {}, [&] { return script::loadLibraryHeaders({scenariosDir}); });
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
            Allowing allowance(entry.scripting.get()); // one budget for the whole check, as lint
            const Exploration found = explore(entry.scenario, entry.scripting, library.rubric);
            // What no scenario should have, then what this one promised; lint shows warnings.
            auto findings = explorationProblems(*entry.scenario, found);
            for (auto& d : bestPathProblems(*entry.scenario, found, library.rubric))
                findings.push_back(std::move(d));
            for (auto& d : checkExpectations(*entry.scenario, found))
                findings.push_back(std::move(d));
            // Guessing must fail: naive strategies graded against this walk's best path.
            const auto runs = playNaive(entry.scenario, entry.scripting, library.rubric, found);
            for (auto& d : guessingProblems(*entry.scenario, runs))
                findings.push_back(std::move(d));
            for (const auto& d : findings)
                if (d.severity == Severity::Error) problems.push_back(format(d));
            if (found.best && found.worst)
                summary = fmt::format(" ({} states; best {} {}%, worst {} {}%)", found.states,
                                      toString(found.gradeOf(found.best->points)),
                                      percentOf(found.best->points.points, found.bestPoints()),
                                      toString(found.gradeOf(found.worst->points)),
                                      percentOf(found.worst->points.points, found.bestPoints()));
            if (!runs.empty() && !summary.empty())
                summary.insert(summary.size() - 1, "; guessing: " + guessingSummary(runs));
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
