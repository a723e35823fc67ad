// The learner records: one SQLite file in the user's data folder, written as things happen so a
// crash or a power cut loses nothing (WAL, synchronous FULL, one transaction per choice).
//
// Never throws and never stops the program: a file that cannot be used turns the records off
// (or read only) with a message naming the file, and a damaged file is kept beside a fresh one,
// never overwritten.
#pragma once

#include "core/record.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace frontline::store {

class Database;

// $XDG_DATA_HOME/frontline (else ~/.local/share/frontline), or the --data-dir given.
std::string defaultDataDir();
std::string recordsPath(const std::string& dataDir); // <dir>/records.sqlite

// Off: nothing can be read or written (the message says why). ReadOnly: progress can be shown
// but attempts are not recorded (a read-only disk, or another program holding the write lock).
enum class Availability { Ready, ReadOnly, Off };

struct AttemptQuery {
    std::optional<std::string> learner;
    std::optional<std::int64_t> attempt;
    std::optional<std::string> scenario;
    bool finishedOnly = false;
};

struct LearnerSummary {
    std::string name;
    std::string created;
    int attempts = 0;
    int finished = 0;
    std::string lastActive; // the last attempt's start ("" when none)
};

class Records {
  public:
    // Opens or creates the file; see availability() and problem() for the outcome.
    explicit Records(std::string path);
    ~Records();
    Records(Records&&) noexcept;
    Records& operator=(Records&&) noexcept;

    // Records that keep nothing (the program was asked not to record).
    static Records off(std::string why);

    Availability availability() const { return m_availability; }
    bool writable() const { return m_availability == Availability::Ready; }
    const std::string& path() const { return m_path; }
    // The last thing that went wrong, as a sentence naming the file ("" when nothing has).
    const std::string& problem() const { return m_problem; }
    // Where a damaged file was moved to (set once, when it happened on opening).
    const std::string& backup() const { return m_backup; }

    // Counts the times the file had to be started afresh (it was deleted while open): whatever
    // was written before is gone, so an attempt being recorded begins again.
    int generation() const { return m_generation; }
    // Starts a fresh file when this one was deleted while open (every write checks too).
    void restartIfDeleted();

    // Times as ISO 8601 UTC; replaceable so tests can fix them.
    std::function<std::string()> clock;

    // Learners. ensureLearner finds or adds one; nullopt when the records are not writable.
    std::optional<Learner> ensureLearner(const std::string& name);
    std::optional<Learner> findLearner(const std::string& name);
    std::vector<LearnerSummary> learners();
    // Deletes the learner and everything recorded about them, then checkpoints the log so the
    // deleted rows leave the WAL file too (with secure_delete they are overwritten on disk).
    bool deleteLearner(const std::string& name);

    // Attempts. beginAttempt sets the record's id, uuid and started (and adds the learner).
    bool beginAttempt(AttemptRecord& record);
    // One transaction: the choice and its evidence, committed before this returns.
    bool addChoice(std::int64_t attempt, ChoiceRecord& choice);
    // Undo: forgets the choices from this step on.
    bool removeChoicesFrom(std::int64_t attempt, int step);
    // Sets finished, completionUuid and the outcome (call recordOutcome first).
    bool finishAttempt(AttemptRecord& record);
    // The learner chose not to resume it: kept, but never offered again.
    bool abandonAttempt(std::int64_t attempt);

    std::vector<AttemptRecord> attempts(const AttemptQuery& query = {});
    // The learner's most recent attempt that is neither finished nor abandoned.
    std::optional<AttemptRecord> resumable(const std::string& learner);

    // Class sessions, each written whole when it ends.
    bool addClass(ClassRecord& record);
    std::vector<ClassRecord> classes();

    // PRAGMA integrity_check: "ok", or what it found.
    std::string integrityCheck();

  private:
    Records() = default;
    void open();
    void openFile();
    void keepDamaged(const std::string& reason);
    template <typename F> bool write(const char* what, F&& work);
    template <typename F> bool read(const char* what, F&& work);
    void fail(const char* what, const std::exception& error);
    std::int64_t learnerId(const std::string& name, bool create);
    void loadChoices(AttemptRecord& record);
    void loadPrinciples(AttemptRecord& record);

    std::string m_path;
    std::unique_ptr<Database> m_db;
    Availability m_availability = Availability::Off;
    std::string m_problem;
    std::string m_backup;
    int m_generation = 0;
};

// Ready-made values for records: a random (version 4) UUID, and the time now.
std::string newUuid();
std::string isoNow();

} // namespace frontline::store
