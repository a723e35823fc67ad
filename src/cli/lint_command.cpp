#include "commands.hpp"

#include "core/domain_lint.hpp"
#include "core/strategies.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <ostream>

namespace frontline::cli {

int lintCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io) {
    // Files checked on their own are checked against the library's rubric and organisations.
    const script::Library library =
        script::loadLibrary(paths, {}, [&] { return script::loadLibraryHeaders({scenariosDir}); });
    std::size_t errors = 0, warnings = 0;
    auto show = [&](const Diagnostic& d) {
        io.out << format(d) << "\n";
        (d.severity == Severity::Error ? errors : warnings) += 1;
    };
    for (const auto& problem : library.problems)
        show(problem);
    for (const auto& entry : library.entries) {
        for (const auto& d : entry.diagnostics)
            show(d);
        if (!entry.usable()) continue;
        // What the rules make of the best play: only a full walk of the scenario can tell. One
        // allowance for the whole check, so a function that spends most of its budget on every
        // call cannot multiply it by every situation and every guessing walk.
        const Scenario& s = *entry.scenario;
        Allowing allowance(entry.scripting.get());
        const Exploration found = explore(entry.scenario, entry.scripting, library.rubric);
        for (const auto& d : walkProblems(s, found))
            show(d);
        for (const auto& d : bestPathProblems(s, found, library.rubric))
            show(d);
        // What guessing earns, graded against that walk's best path; a note, then its findings.
        const auto runs = playNaive(entry.scenario, entry.scripting, library.rubric, found);
        fmt::print(io.out, "{}:{}: note: guessing{}: {}\n", s.where.file, s.where.line,
                   s.practiceOnly ? " (practice only, not judged)" : "",
                   runs.empty() ? "not judged, as no route through it was sure to be the best"
                                : guessingSummary(runs));
        for (const auto& d : guessingProblems(s, runs))
            show(d);
        for (const auto& d : entry.scripting->notices())
            show(d);
    }
    fmt::print(io.out, "{} file{} checked: {} error{}, {} warning{}\n", library.entries.size(),
               library.entries.size() == 1 ? "" : "s", errors, errors == 1 ? "" : "s", warnings,
               warnings == 1 ? "" : "s");
    return errors > 0 ? 1 : 0;
}

} // namespace frontline::cli
