// Walks every reachable state of a scenario (node, variables, mood, clock, random source and
// evidence so far), deduplicated, within a state budget: what can happen, and the best and worst
// a learner can do.
#pragma once

#include "rubric.hpp"
#include "score.hpp"
#include "session.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace frontline {

struct ExploreOptions {
    std::size_t maxStates = 100000;
    // What the waiting situations may hold (their variables and keys), roughly: a script can keep
    // a long text in a variable and a counter beside it, and every situation would copy both.
    std::size_t maxBytes = 256u << 20;
    std::uint64_t seed = 1;
    bool bestOnly = false; // skip the worst path and bestWhenBreached (a classroom's question)
    bool calibrate = false; // also worstWhenBreached and bestAtEnding (an author's question)
};

struct PathResult {
    std::vector<std::string> choices;
    std::string ending;
    Points points;
    Tally tally;
};

struct Exploration {
    std::size_t states = 0;
    bool budgetHit = false;
    std::string stopped; // why the walk stopped early, when a budget other than states ran out
    std::map<std::string, std::size_t> endings; // ending id -> end states that reach it
    std::vector<std::string> unreached;         // nodes and endings no state visits
    std::vector<std::string> deadEnds;          // nodes where some state has no choice on offer
    std::vector<std::string> trapped; // nodes with states from which no ending is reachable
    std::optional<PathResult> best;   // the most points of any route (ties: the better grade)
    std::optional<PathResult> worst;  // the fewest points
    std::set<std::string> creditable, breachable;
    std::vector<Diagnostic> errors;      // author functions that failed on some path, each once
    std::vector<std::size_t> errorTimes; // how often the walk met each of `errors` (absent: once)

    // For "every path that breaches X grades G": per breached principle, the route breaching it
    // with the best grade (then the most points) and no other critical breach (absent: every such
    // route breaches a critical principle).
    std::map<std::string, std::optional<PathResult>> bestWhenBreached;
    // With `calibrate`: per breached principle, the route breaching it with the worst grade (then
    // the fewest points), critical breaches and all; per ending reached, the route to it with the
    // best grade (then the most points). Together with bestWhenBreached, what an author tunes a
    // scenario's grades by.
    std::map<std::string, std::optional<PathResult>> worstWhenBreached;
    std::map<std::string, std::optional<PathResult>> bestAtEnding;
    // The best route with no critical breach, and where there is none, the nodes at which every
    // choice on offer breaches a critical principle.
    std::optional<PathResult> safe;
    std::vector<std::string> forcedCritical;
    std::size_t walks = 0; // situation graphs built until what is read was known (liveness)

    int bestPoints() const { return best ? best->points.points : 0; }
    Grade gradeOf(const Points& points) const;
};

// What tells two moments of play apart: the node, the random source, mood and every variable (the
// clock is left out). The explorer uses a finer key: only what author code still reads.
std::string situationKey(const Session& session);

Exploration explore(const std::shared_ptr<const Scenario>& scenario,
                    const std::shared_ptr<Scripting>& scripting, const Rubric& rubric,
                    const ExploreOptions& options = {});

// A finished session's debrief against the best path its scenario allows (explored afresh).
Debrief debriefOf(const Session& session, const Rubric& rubric);
// The same against an exploration already made of the session's scenario.
Debrief debriefAgainst(const Session& session, const Rubric& rubric, const Exploration& found);

// The same from a session part-way through: what can still happen from here. Paths are scored
// with the session's evidence so far included, so `best` is the best way to finish this attempt.
// `options.seed` is ignored: the session's own seed and choices are replayed.
Exploration exploreFrom(const Session& from, const Rubric& rubric,
                        const ExploreOptions& options = {});

} // namespace frontline
