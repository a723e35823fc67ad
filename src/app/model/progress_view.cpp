#include "progress_view.hpp"

#include "files.hpp"
#include "report/attempt_replay.hpp"
#include "report/json_text.hpp"
#include "report/records_csv.hpp"
#include "report/records_json.hpp"
#include "report/xapi.hpp"

#include <algorithm>
#include <cctype>

namespace frontline::app {

ProgressView::ProgressView(store::Records& records, script::Library& content, std::string learner)
    : m_records(&records), m_content(&content), m_learner(std::move(learner)) {
    refresh();
}

void ProgressView::refresh() {
    std::vector<std::string> ids;
    for (const script::LoadedFile* file : m_content->usable())
        ids.push_back(file->scenario->id);
    m_everyone = m_records->attempts();
    m_attempts.clear();
    for (const AttemptRecord& r : m_everyone)
        if (r.learner == m_learner) m_attempts.push_back(r);
    m_progress = progressOf(m_attempts, ids);
    m_learners = classProgress(m_everyone);
    m_classes = m_records->classes();
    if (m_progress.points.empty())
        selected.reset();
    else if (!selected || *selected >= m_progress.points.size())
        selected = m_progress.points.size() - 1;
}

std::string ProgressView::titleOf(const std::string& scenarioId) const {
    const script::LoadedFile* file = m_content->declaring(scenarioId);
    return file != nullptr && file->scenario ? file->scenario->title : scenarioId;
}

void ProgressView::select(int delta) {
    if (m_progress.points.empty()) return;
    const long last = static_cast<long>(m_progress.points.size()) - 1;
    const long at = selected ? static_cast<long>(*selected) + delta : last;
    selected = static_cast<std::size_t>(std::clamp(at, 0L, last));
}

const AttemptRecord* ProgressView::selectedAttempt() const {
    if (!selected) return nullptr;
    const std::int64_t id = m_progress.points[*selected].attempt;
    for (const AttemptRecord& r : m_attempts)
        if (r.id == id) return &r;
    return nullptr;
}

std::optional<std::string> ProgressView::exportEvidence(const std::string& folder,
                                                        std::string& problem) {
    const AttemptRecord* record = selectedAttempt();
    if (record == nullptr) {
        problem = "Choose a finished attempt on the chart first.";
        return std::nullopt;
    }
    const script::LoadedFile* file = m_content->complete(m_content->find(record->scenario));
    if (file == nullptr || !file->usable()) {
        problem = "\"" + record->title +
                  "\" is no longer playable in the library, so its conversation "
                  "cannot be replayed for an evidence record.";
        return std::nullopt;
    }
    try {
        const auto replayed =
            report::replayAttempt(*record, file->scenario, file->scripting, m_content->rubric);
        const std::string base =
            folder + "/" + fileSafe(m_learner) + "-attempt-" + std::to_string(record->id);
        const std::string html = base + ".html";
        if (!writeFileAtomically(base + ".md",
                                 report::evidenceOf(*record, replayed, m_content->rubric, false),
                                 problem) ||
            !writeFileAtomically(
                html, report::evidenceOf(*record, replayed, m_content->rubric, true), problem))
            return std::nullopt;
        return html;
    } catch (const std::exception& e) {
        problem = std::string("The attempt could not be replayed: ") + e.what();
        return std::nullopt;
    }
}

std::optional<std::string> ProgressView::exportAll(const std::string& folder,
                                                   std::string& problem) {
    const auto learner = m_records->findLearner(m_learner);
    if (!learner) {
        problem = "Nothing is recorded for " + m_learner + " yet.";
        return std::nullopt;
    }
    const std::string path = folder + "/" + fileSafe(m_learner) + "-records.json";
    if (!writeFileAtomically(
            path, report::jsonText(report::learnerJson(*learner, m_attempts), 2) + "\n", problem))
        return std::nullopt;
    return path;
}

std::optional<std::string> ProgressView::exportEveryone(const std::string& folder,
                                                        std::string_view format,
                                                        std::string& problem) {
    if (m_everyone.empty()) {
        problem = "Nothing is recorded on this computer yet.";
        return std::nullopt;
    }
    if (format == "xapi") {
        const std::string path = folder + "/statements.json";
        if (!writeFileAtomically(
                path, report::jsonText(report::xapiStatements(m_everyone), 2) + "\n", problem))
            return std::nullopt;
        return path;
    }
    const std::string attempts = folder + "/attempts.csv", choices = folder + "/choices.csv";
    if (!writeFileAtomically(attempts, report::attemptsCsv(m_everyone), problem) ||
        !writeFileAtomically(choices, report::choicesCsv(m_everyone), problem))
        return std::nullopt;
    return attempts + " and choices.csv";
}

bool ProgressView::deleteLearner(std::string& problem) {
    if (!confirmingDelete) {
        confirmingDelete = true;
        return false;
    }
    confirmingDelete = false;
    if (!m_records->deleteLearner(m_learner)) {
        problem = m_records->problem();
        return false;
    }
    refresh();
    return true;
}

std::string fileSafe(const std::string& name) {
    std::string safe;
    for (const unsigned char c : name)
        safe += std::isalnum(c) != 0 || c == '-' || c == '_' ? static_cast<char>(c) : '-';
    return safe.empty() ? "learner" : safe;
}

} // namespace frontline::app
