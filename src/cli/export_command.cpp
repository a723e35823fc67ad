// `frontline export`: the learner records out of the program, only when someone asks.
#include "commands.hpp"

#include "core/user_folder.hpp"
#include "report/attempt_replay.hpp"
#include "report/json_text.hpp"
#include "report/records_csv.hpp"
#include "report/records_json.hpp"
#include "report/xapi.hpp"
#include "script/library.hpp"
#include "store/records.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>

#include <filesystem>
#include <fstream>
#include <ostream>

namespace frontline::cli {

namespace {

// The attempt replayed against the library's scenario of the same id.
struct Replayed {
    script::Library library;
    report::ReplayedAttempt attempt;
};

std::optional<Replayed> replay(const AttemptRecord& record, const std::string& scenariosDir,
                               std::ostream& err) {
    Replayed r;
    r.library = script::loadLibrary({scenariosDir});
    const script::LoadedFile* file = r.library.find(record.scenario);
    if (file == nullptr) {
        err << "error: attempt " << record.id << " was at '" << record.scenario
            << "', which is not in the library at " << scenariosDir
            << " (csv, json and xapi exports still hold it)\n";
        return std::nullopt;
    }
    try {
        r.attempt =
            report::replayAttempt(record, file->scenario, file->scripting, r.library.rubric);
    } catch (const std::exception& e) {
        err << "error: attempt " << record.id << " cannot be replayed: " << e.what() << "\n";
        return std::nullopt;
    }
    return r;
}

bool isHtmlFile(const std::string& path) {
    const std::string ext = std::filesystem::path(path).extension().string();
    return ext == ".html" || ext == ".htm";
}

// The attempt an evidence record is about: the one asked for, else the latest finished one.
const AttemptRecord* evidenceAttempt(const std::vector<AttemptRecord>& attempts,
                                     const ExportOptions& options) {
    if (options.attempt) return attempts.empty() ? nullptr : &attempts.front();
    for (auto it = attempts.rbegin(); it != attempts.rend(); ++it)
        if (it->isFinished()) return &*it;
    return nullptr;
}

int write(const std::string& text, const std::string& output, Io io) {
    if (output.empty()) {
        io.out << text;
        return 0;
    }
    std::ofstream file(output, std::ios::binary | std::ios::trunc);
    file << text;
    file.close();
    if (!file) {
        io.err << "error: cannot write " << output << "\n";
        return 1;
    }
    fmt::print(io.err, "Wrote {}\n", output);
    return 0;
}

} // namespace

int exportCommand(const ExportOptions& options, Io io) {
    store::Records records(
        store::recordsPath(options.dataDir.empty() ? store::defaultDataDir() : options.dataDir));
    if (records.availability() == store::Availability::Off) {
        io.err << "error: " << records.problem() << "\n";
        return 1;
    }
    const bool evidenceFormat = options.format == "evidence" || options.format == "evidence-html";
    std::string learner = learnerName(options.learner);
    if (learner.empty() && evidenceFormat && !options.attempt) learner = systemUserName();
    std::optional<Learner> found;
    if (!learner.empty() && !(found = records.findLearner(learner))) {
        io.err << "error: there is no learner called \"" << learner << "\" in " << records.path()
               << "\n";
        return 1;
    }
    store::AttemptQuery query;
    if (!learner.empty()) query.learner = learner;
    query.attempt = options.attempt;
    const auto attempts = records.attempts(query);
    if (options.attempt && attempts.empty()) {
        io.err << "error: there is no attempt " << *options.attempt
               << (learner.empty() ? "" : " by " + learner) << " in " << records.path() << "\n";
        return 1;
    }

    if (evidenceFormat) {
        const AttemptRecord* record = evidenceAttempt(attempts, options);
        if (record == nullptr) {
            io.err << "error: " << learner
                   << " has no finished attempt yet; name one with --attempt N\n";
            return 1;
        }
        const auto replayed = replay(*record, options.scenariosDir, io.err);
        if (!replayed) return 1;
        const bool html = options.format == "evidence-html" || isHtmlFile(options.output);
        return write(report::evidenceOf(*record, replayed->attempt, replayed->library.rubric, html),
                     options.output, io);
    }
    if (options.format == "csv")
        return write(options.table == "choices" ? report::choicesCsv(attempts)
                                                : report::attemptsCsv(attempts),
                     options.output, io);
    if (options.format == "xapi") {
        report::XapiOptions xapi;
        if (!options.homePage.empty()) xapi.homePage = options.homePage;
        if (xapi.homePage.rfind("https://", 0) != 0 && xapi.homePage.rfind("http://", 0) != 0) {
            io.err << "error: --homepage must be a web address (https://...), the home page of "
                      "the system the learners' accounts belong to\n";
            return 1;
        }
        return write(report::jsonText(report::xapiStatements(attempts, xapi), 2) + "\n",
                     options.output, io);
    }
    // json: one attempt with its debrief; everything about one learner; or every attempt.
    nlohmann::ordered_json json;
    if (options.attempt) {
        const auto replayed = replay(attempts.front(), options.scenariosDir, io.err);
        const auto& debrief = replayed ? replayed->attempt.debrief : std::nullopt;
        json = report::toJson(attempts.front(), debrief ? &*debrief : nullptr);
    } else if (found) {
        json = report::learnerJson(*found, attempts);
    } else {
        json = report::attemptsJson(attempts);
    }
    return write(report::jsonText(json, 2) + "\n", options.output, io);
}

} // namespace frontline::cli
