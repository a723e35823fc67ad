#include "commands.hpp"

#include "core/domain_lint.hpp"
#include "core/expectations.hpp"
#include "core/strategies.hpp"
#include "core/transcripts.hpp"
#include "script/library.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <filesystem>
#include <ostream>

namespace frontline::cli {

namespace {

namespace fs = std::filesystem;

bool isTranscript(const fs::path& path) {
    return path.extension() == ".transcript";
}

bool scenarioBeside(const fs::path& transcript) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(transcript).replace_extension(".lua"), ec);
}

// `frontline test NAME.transcript` tests the scenario beside it, transcript and all.
std::vector<std::string> scenarioPaths(const std::vector<std::string>& paths) {
    std::vector<std::string> out;
    for (const std::string& path : paths)
        if (isTranscript(path) && scenarioBeside(path))
            out.push_back(fs::path(path).replace_extension(".lua").generic_string());
        else if (!isTranscript(path))
            out.push_back(path);
    return out;
}

// Transcripts named or found under the paths with no scenario beside them to test: a renamed or
// deleted scenario would otherwise leave its tests silently unrun.
std::vector<std::string> orphanTranscripts(const std::vector<std::string>& paths) {
    std::vector<std::string> orphans;
    for (const std::string& path : paths) {
        std::error_code ec;
        if (isTranscript(path)) {
            if (!scenarioBeside(path)) orphans.push_back(path);
            continue;
        }
        if (!fs::is_directory(path, ec)) continue;
        for (const std::string& found : script::filesUnder(path, ".transcript"))
            if (!scenarioBeside(found)) orphans.push_back(found);
    }
    return orphans;
}

struct TranscriptCount {
    std::size_t passed = 0, failed = 0;
};

// Runs the scenario's transcript tests, if it has a transcript: each problem and failure goes
// to `problems`; what ran is added to `count` and said in `summary`.
void runTranscriptTests(const script::LoadedFile& entry, const script::Library& library,
                        int bestPoints, std::vector<std::string>& problems, std::string& summary,
                        TranscriptCount& count) {
    const std::string path = transcriptPathFor(entry.path);
    std::error_code ec;
    if (!fs::exists(path, ec)) return;
    const TranscriptFile file = readTranscript(path);
    for (const auto& d : file.problems)
        problems.push_back(format(d));
    TranscriptRun run;
    if (entry.usable()) {
        run = runTranscript(file, entry.scenario, entry.scripting, library.rubric, bestPoints);
    } else if (!file.tests.empty()) {
        run.failed = file.tests.size();
        problems.push_back(path + ":1: error: its tests were not run: the scenario has errors");
    }
    for (const auto& f : run.failures) {
        std::string text = failureText(f, "    ");
        if (!text.empty() && text.back() == '\n') text.pop_back();
        problems.push_back(std::move(text));
    }
    count.passed += run.passed;
    count.failed += run.failed;
    const std::string said =
        run.failed == 0
            ? fmt::format("transcript tests: {} passed", run.passed)
            : fmt::format("transcript tests: {} passed, {} failed", run.passed, run.failed);
    if (summary.empty())
        summary = " (" + said + ")";
    else
        summary.insert(summary.size() - 1, "; " + said);
}

} // namespace

int testCommand(const std::vector<std::string>& paths, const std::string& scenariosDir, Io io) {
    // Files checked on their own are checked against the library's rubric and organisations.
    const script::Library library = script::loadLibrary(
        scenarioPaths(paths), {}, [&] { return script::loadLibraryHeaders({scenariosDir}); });
    int passed = 0, failed = 0;
    TranscriptCount transcripts;
    for (const auto& problem : library.problems) {
        io.out << format(problem) << "\n";
        ++failed;
    }
    for (const std::string& orphan : orphanTranscripts(paths)) {
        fmt::print(
            io.out, "FAIL {}\n  {}\n", orphan,
            format(errorAt({orphan, 1},
                           "no scenario beside this transcript to test: expected " +
                               fs::path(orphan).replace_extension(".lua").filename().string() +
                               " in the same folder")));
        ++failed;
    }
    for (const auto& entry : library.entries) {
        if (entry.kind != script::ContentKind::Scenario && entry.ok())
            continue; // rubric, organisations, curriculum
        std::vector<std::string> problems;
        for (const auto& d : entry.diagnostics)
            if (d.severity == Severity::Error) problems.push_back(format(d));
        std::string summary;
        int bestPoints = 0;
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
            bestPoints = found.bestPoints();
        }
        // After the exploration's allowance is spent: the tests draw on their own.
        if (entry.kind == script::ContentKind::Scenario)
            runTranscriptTests(entry, library, bestPoints, problems, summary, transcripts);
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
    fmt::print(io.out, "{} passed, {} failed", passed, failed);
    if (transcripts.passed + transcripts.failed > 0)
        fmt::print(io.out, "; transcript tests: {} passed, {} failed", transcripts.passed,
                   transcripts.failed);
    io.out << "\n";
    return failed == 0 && passed > 0 ? 0 : 1;
}

} // namespace frontline::cli
