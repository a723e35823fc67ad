// What the learner records keep: plain data shared by the store that keeps it (SQLite) and the
// reports that export it (evidence record, CSV, JSON, xAPI). Times are ISO 8601 UTC strings
// ("2026-11-23T14:05:09.120Z") so every export writes them the same way.
#pragma once

#include "classroom.hpp"
#include "rubric.hpp"
#include "scenario.hpp"
#include "score.hpp"
#include "session.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace frontline {

// A learner is a name or a pseudonym and nothing more: the program teaches data protection, so
// it keeps no personal data it does not need.
struct Learner {
    std::int64_t id = 0;
    std::string name;
    std::string created;
};

// One choice as it was made and committed.
struct ChoiceRecord {
    int step = 0;            // 1-based
    std::string node;        // where it was offered
    std::string choice;      // its id
    std::string text;        // what the learner said, as shown
    std::int64_t millis = 0; // from the choices appearing to this one being taken
    std::string at;          // when it was committed
    std::string uuid;        // stable: the xAPI statement id for this choice
    std::vector<std::string> credited, breached; // principle ids, as the choice's evidence says
};

// What one principle came to in a finished attempt.
struct PrincipleResult {
    std::string principle;
    PrincipleKind kind = PrincipleKind::Principle;
    Status status = Status::NotMet;
    std::string title;
    std::string source;
};

struct AttemptRecord {
    std::int64_t id = 0;
    std::string uuid; // stable: the xAPI registration and the "completed" statement's root
    std::string learner;
    std::string scenario; // id
    std::string title;
    std::string version; // the scenario file's hash when the attempt began
    std::string organisation;
    Mode mode = Mode::Practice;
    std::uint64_t seed = 1;
    std::string started;
    std::string finished;   // empty while unfinished
    bool abandoned = false; // the learner chose not to resume it
    std::vector<ChoiceRecord> choices;

    // Set once finished.
    std::string ending; // the ending node's id
    EndingKind endingKind = EndingKind::Unresolved;
    Grade grade = Grade::Refer;
    int percent = 0;
    int points = 0;
    int best = 0;
    std::string completionUuid; // the xAPI "completed" statement's id
    std::vector<PrincipleResult> principles;

    bool isFinished() const { return !finished.empty(); }
    std::vector<std::string> choiceIds() const;
};

// A class session on the projector: the setup, and each decision's votes.
struct ClassVoteRecord {
    int step = 0;
    std::string node;
    std::vector<std::string> options; // choice ids, in the order shown (A, B, ...)
    std::vector<int> votes;           // per option
    std::optional<int> team;          // team turns: the deciding team's index
    int taken = -1;                   // the option taken
    std::string settled;              // majority, trainer broke tie, ...
};

struct ClassRecord {
    std::int64_t id = 0;
    std::string scenario;
    std::string version;
    std::string organisation;
    std::string mode; // class vote, team turns, secret vote
    std::vector<std::string> teams;
    std::string started, finished;
    std::string ending;
    Grade grade = Grade::Refer;
    int percent = 0;
    std::vector<ClassVoteRecord> decisions;
};

constexpr std::size_t kMaxLearnerName = 60;
// A typed name as the records keep it: trimmed, no control characters, at most 60 bytes (cut at
// a character boundary), so "Sam " and "Sam" are one learner.
std::string learnerName(std::string_view typed);

// "2026-11-23T14:05:09.120Z" -> "2026-11-23 14:05 UTC", for people to read.
std::string shownTime(const std::string& iso);

// "1 choice", "3 choices".
std::string choicesCount(std::size_t count);

// A class session's record from its debrief (times are left for the store to fill).
ClassRecord classRecordOf(const ClassDebrief& debrief, const Scenario& scenario);

// The record of a finished session: ending, grade and each principle's result.
void recordOutcome(AttemptRecord& record, const Session& session, const Debrief& debrief);

// The evidence one step produced, split into credited and breached principle ids.
void recordEvidence(ChoiceRecord& record, const Session& session, int step);

} // namespace frontline
