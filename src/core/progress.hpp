// What the records say about progress: one learner's results over time, the principles they
// breach most, the scenarios they have not tried; and a class view across learners.
#pragma once

#include "record.hpp"

#include <string>
#include <vector>

namespace frontline {

struct ProgressPoint {
    std::int64_t attempt = 0;
    std::string when; // finished
    std::string scenario, title;
    Mode mode = Mode::Practice;
    Grade grade = Grade::Refer;
    int percent = 0;
};

struct BreachCount {
    std::string principle, title, source;
    PrincipleKind kind = PrincipleKind::Principle;
    int attempts = 0; // finished attempts that breached it (breached or mixed)
};

struct Progress {
    std::vector<ProgressPoint> points; // finished attempts, oldest first
    std::vector<BreachCount> breaches; // most often first, then by title
    std::vector<std::string> notTried; // scenario ids with no attempt at all, in library order
    int unfinished = 0;                // attempts neither finished nor set aside
};

// `attempts`: one learner's; `scenarios`: the library's playable scenario ids.
Progress progressOf(const std::vector<AttemptRecord>& attempts,
                    const std::vector<std::string>& scenarios);

struct LearnerRow {
    std::string name;
    int attempts = 0, finished = 0;
    int averagePercent = 0; // over finished attempts (0 when none)
    int latestPercent = 0;
    std::string lastActive;
    std::string mostBreached; // the title of the principle they breach most ("" when none)
};

// Every learner in `attempts`, by name; the trainer's view of a class on one computer.
std::vector<LearnerRow> classProgress(const std::vector<AttemptRecord>& attempts);

} // namespace frontline
