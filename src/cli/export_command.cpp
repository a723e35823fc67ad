// `frontline export`: the learner records out of the program, only when someone asks.
#include "commands.hpp"

#include "core/explorer.hpp"
#include "core/user_folder.hpp"
#include "report/evidence_record.hpp"
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

// An attempt played again from its seed and choice ids against the scenario as it is now.
struct Replayed {
    script::Library library;
    const script::LoadedFile* file = nullptr;
    std::unique_ptr<Session> session;
    std::optional<Debrief> debrief;
    std::string note; // how the scenario differs from the one the attempt was played on
};

std::optional<Replayed> replay(const AttemptRecord& record, const std::string& scenariosDir,
                               std::ostream& err) {
    Replayed r;
    r.library = script::loadLibrary({scenariosDir});
    r.file = r.library.find(record.scenario);
    if (r.file == nullptr) {
        err << "error: attempt " << record.id << " was at '" << record.scenario
            << "', which is not in the library at " << scenariosDir
            << " (csv, json and xapi exports still hold it)\n";
        return std::nullopt;
    }
    auto rebuilt =
        rebuild(r.file->scenario, r.file->scripting, record.seed, record.choiceIds(), record.mode);
    r.session = std::move(rebuilt.session);
    if (rebuilt.stopped)
        r.note = "The scenario has changed since this attempt: its replay stopped at " +
                 *rebuilt.stopped + ".";
    else if (r.file->scenario->version != record.version)
        r.note = "The scenario has been edited since this attempt; the replay still follows every "
                 "choice.";
    if (record.isFinished() && r.session->finished())
        r.debrief = debriefOf(*r.session, r.library.rubric);
    return r;
}

std::string evidence(const AttemptRecord& record, const Replayed& r, bool html) {
    const Organisation* organisation = r.library.rubric.organisation(record.organisation);
    const report::EvidenceInput input{record,
                                      *r.session,
                                      r.debrief ? &*r.debrief : nullptr,
                                      organisation ? organisation->name : "",
                                      r.session->scenario().customer.name,
                                      r.note};
    return html ? report::evidenceHtml(input) : report::evidenceMarkdown(input);
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
    std::string learner = options.learner;
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
        return write(evidence(*record, *replayed, html), options.output, io);
    }
    if (options.format == "csv")
        return write(options.table == "choices" ? report::choicesCsv(attempts)
                                                : report::attemptsCsv(attempts),
                     options.output, io);
    if (options.format == "xapi") {
        report::XapiOptions xapi;
        if (!options.homePage.empty()) xapi.homePage = options.homePage;
        return write(report::xapiStatements(attempts, xapi).dump(2) + "\n", options.output, io);
    }
    // json: one attempt with its debrief; everything about one learner; or every attempt.
    nlohmann::ordered_json json;
    if (options.attempt) {
        const auto replayed = replay(attempts.front(), options.scenariosDir, io.err);
        json = report::toJson(attempts.front(),
                              replayed && replayed->debrief ? &*replayed->debrief : nullptr);
    } else if (found) {
        json = report::learnerJson(*found, attempts);
    } else {
        json = report::attemptsJson(attempts);
    }
    return write(json.dump(2) + "\n", options.output, io);
}

} // namespace frontline::cli
