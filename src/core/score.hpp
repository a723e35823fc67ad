// Scoring one attempt against the rubric: per principle status, points against the best
// achievable, the grade band, and the debrief's findings as Point / Evidence / Explain.
#pragma once

#include "rubric.hpp"
#include "session.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

enum class Grade { Distinction, Merit, Pass, Refer };
std::string_view toString(Grade grade);
std::optional<Grade> gradeFrom(std::string_view name);
Grade gradeFor(int percent); // the band alone, before critical breaches

enum class Status { Demonstrated, Breached, Mixed, NotMet };
std::string_view toString(Status status);
std::optional<Status> statusFrom(std::string_view name);

// What an attempt did to each principle, in the order first seen (so output is stable).
class Tally {
  public:
    void add(const Evidence& evidence);
    void add(const std::vector<Evidence>& evidence);
    Status status(const std::string& id) const;
    const std::vector<std::string>& ids() const { return m_order; }

  private:
    struct Marks {
        bool credited = false, breached = false;
    };
    std::map<std::string, Marks> m_marks;
    std::vector<std::string> m_order;
};

struct Points {
    int points = 0;   // demonstrated weight minus breached weight
    int credited = 0; // demonstrated weight alone
    bool anyBreach = false;
    std::vector<std::string> criticalBreaches;
};

Points pointsFor(const Tally& tally, const Rubric& rubric, const std::string& organisation);
int percentOf(int points, int best);

struct Finding {
    std::string principle;
    PrincipleKind kind = PrincipleKind::Principle;
    Status status = Status::NotMet;
    std::string title;
    std::string source;
    int weight = 0;
    bool critical = false;
    std::string point;    // what the learner did
    std::string evidence; // the rule and its source
    std::string explain;  // the consequence
};

struct Subtotal {
    PrincipleKind kind;
    int points = 0;
    int possible = 0;
};

struct Debrief {
    Grade grade = Grade::Refer;
    int percent = 0;
    int points = 0;
    int best = 0;
    std::string reason;                  // why this grade, in a sentence
    std::vector<Finding> findings;       // law, then policy, then principle
    std::vector<Subtotal> subtotals;     // law, policy, principle
    std::vector<std::string> unknownIds; // credited or breached but not in the rubric
};

// `bestTally` is the best path's tally: it sets what was possible and which principles count as
// "not met" when the learner left them out.
Debrief debrief(const Session& session, const Rubric& rubric, const Tally& bestTally,
                int bestPoints);

} // namespace frontline
