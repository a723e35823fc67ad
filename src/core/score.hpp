// Scoring one attempt against the rubric: per principle status, points against the best
// achievable, the grade band, and the debrief's findings as Point / Evidence / Explain.
#pragma once

#include "grade.hpp"
#include "rubric.hpp"
#include "session.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace frontline {

// What an attempt did to one principle by its end. A breach followed later by a credit of the
// same principle is "put right"; a credit followed by a breach is breached.
enum class Status { Demonstrated, Breached, PutRight, NotMet };
std::string_view toString(Status status);
std::optional<Status> statusFrom(std::string_view name); // also reads "mixed", the old word

// Points for one principle of this weight: demonstrated +2w, put right -w, left breached -2w,
// not met 0. Counted in half-weights so that putting a mistake right costs less than leaving it
// and more than never making it, in whole numbers.
constexpr int kPointsPerWeight = 2;
int pointsOf(Status status, int weight);

// What an attempt did to each principle, in the order first seen (so output is stable).
class Tally {
  public:
    void add(const Evidence& evidence);
    void add(const std::vector<Evidence>& evidence);
    Status status(const std::string& id) const;
    bool everBreached(const std::string& id) const; // a critical breach put right still counts
    const std::vector<std::string>& ids() const { return m_order; }

  private:
    struct Marks {
        bool credited = false, breached = false, open = false; // open: the last word is a breach
    };
    std::map<std::string, Marks> m_marks;
    std::vector<std::string> m_order;
};

// The score of a route: points, and what limits its grade whatever the points.
struct Points {
    int points = 0;
    bool anyBreach = false;
    std::vector<std::string> criticalBreaches; // ever breached, put right or not
    std::optional<Grade> cap;                  // the lowest cap that applies
    std::string capReason;                     // what set it, in a sentence
};

// `endingCap` is the cap of the ending the route reached (Node::endingCap), if any.
Points pointsFor(const Tally& tally, const Rubric& rubric, const std::string& organisation,
                 std::optional<Grade> endingCap = std::nullopt,
                 const std::string& endingTitle = {});

// The same for a route that stopped at `end` (an ending's cap applies; elsewhere none does).
Points pointsAt(const Tally& tally, const Rubric& rubric, const Scenario& scenario,
                const Node* end);
// What a session has scored so far, capped by its ending once it has one.
Points pointsOf(const Session& session, const Rubric& rubric);

// Share of the best achievable. The best is the most any route scores, so this is at most 100
// whenever the explorer is sound; a negative score is 0%.
int percentOf(int points, int best);
// The band for the percentage, lowered by caps, and Refer for any critical breach.
Grade gradeOf(const Points& points, int best);

struct Finding {
    std::string principle;
    PrincipleKind kind = PrincipleKind::Principle;
    Status status = Status::NotMet;
    std::string title;
    std::string source;
    int weight = 0;
    bool critical = false;
    int points = 0;       // what it gained (positive) or cost (negative)
    int bestStep = 0;     // not met: the step of the best path that shows it (0: its ending)
    std::string bestLine; // not met: what the best path said there
    std::string point;    // what the learner did
    std::string evidence; // the rule and its source
    std::string explain;  // the consequence
};

struct Subtotal {
    PrincipleKind kind;
    int points = 0;
    int possible = 0;
};

// One thing to work on: a breach, where it happened, and what the best path did instead.
struct WorkOn {
    std::string principle;
    PrincipleKind kind = PrincipleKind::Principle;
    Status status = Status::Breached; // breached, or put right later
    std::string title;
    std::string source;
    bool critical = false;
    std::optional<Grade> cap; // left breached, it caps the grade here
    int step = 0;             // the step of the breach (the final step for an ending)
    std::string said;         // what the learner said, or the ending's summary
    int betterStep = 0;       // the best path's step with the better line (0: none)
    std::string better;       // the best path's line at the same node, or the nearest shared one
    bool sameNode = false;    // better was said at the very node of the breach
    bool atEnding = false;    // the ending itself breached it: `said` is the ending's summary
    int points = 0;           // what it cost (negative)
};

struct Debrief {
    Grade grade = Grade::Refer;
    int percent = 0;
    int points = 0;
    int best = 0;
    std::string reason;                  // why this grade, in a sentence
    std::optional<Grade> cap;            // a cap that lowered the grade
    std::vector<WorkOn> workOn;          // breaches, in the order they happened
    std::vector<Finding> findings;       // law, then policy, then principle
    std::vector<Subtotal> subtotals;     // law, policy, principle
    std::vector<std::string> unknownIds; // credited or breached but not in the rubric
};

// `best` is the best route played in full (its steps give the better lines and where each
// principle the learner missed is shown); `bestPoints` is its score.
Debrief debrief(const Session& session, const Rubric& rubric, const Session* best, int bestPoints);

} // namespace frontline
