// The progress screen's model: the learner's results over time, the principles they breach most
// and the scenarios not yet tried; the trainer's view of every learner on this computer; and the
// learner's own rights over their records (export everything, delete everything).
#pragma once

#include "core/progress.hpp"
#include "script/library.hpp"
#include "store/records.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline::app {

enum class ProgressTab { Learner, Class };

class ProgressView {
  public:
    // Reads the records now; call again (refresh) after anything is recorded or deleted.
    ProgressView(store::Records& records, script::Library& content, std::string learner);
    void refresh();

    const std::string& learner() const { return m_learner; }
    const Progress& progress() const { return m_progress; }
    const std::vector<AttemptRecord>& attempts() const { return m_attempts; }
    const std::vector<LearnerRow>& learners() const { return m_learners; }
    const std::vector<ClassRecord>& classes() const { return m_classes; }
    std::string titleOf(const std::string& scenarioId) const; // the id when not in the library

    ProgressTab tab = ProgressTab::Learner;
    std::optional<std::size_t> selected; // a point on the chart: index into progress().points
    void select(int delta);              // left/right along the chart
    const AttemptRecord* selectedAttempt() const;

    // Writes the selected attempt's evidence record (Markdown and HTML) into `folder`; returns
    // the HTML file's path, or nullopt with `problem` set.
    std::optional<std::string> exportEvidence(const std::string& folder, std::string& problem);
    // Everything held about this learner, as one JSON file in `folder`.
    std::optional<std::string> exportAll(const std::string& folder, std::string& problem);

    // Every learner's attempts for a trainer: "csv" (attempts.csv and choices.csv) or "xapi"
    // (statements.json). Returns what was written.
    std::optional<std::string> exportEveryone(const std::string& folder, std::string_view format,
                                              std::string& problem);

    // Delete asks first: the first call arms it, the second (while armed) deletes.
    bool confirmingDelete = false;
    bool deleteLearner(std::string& problem);

  private:
    store::Records* m_records;
    script::Library* m_content; // an attempt's scenario is read in full to replay it
    std::string m_learner;
    Progress m_progress;
    std::vector<AttemptRecord> m_attempts;
    std::vector<AttemptRecord> m_everyone;
    std::vector<LearnerRow> m_learners;
    std::vector<ClassRecord> m_classes;
};

// "Sam's records" as a file name: letters, digits, '-' and '_' kept, the rest '-'.
std::string fileSafe(const std::string& name);

} // namespace frontline::app
