// Guessing must fail: naive strategies a learner could follow without reading the customer
// (always the longest answer, the shortest, the first, the last, random picks), played through a
// scenario and graded like a real attempt. A scenario where guessing earns a good grade teaches
// nothing, so lint warns at Merit and calls Distinction an error (a scenario may lower the bar
// with `guessing = "Pass"` or "Refer", never raise it).
#pragma once

#include "diagnostic.hpp"
#include "explorer.hpp"
#include "rubric.hpp"
#include "score.hpp"
#include "session.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace frontline {

struct StrategyRun {
    std::string name;  // "longest", "shortest", "first", "last" or "random"
    std::string label; // "always the longest answer", ... for messages
    Grade grade = Grade::Refer;
    int percent = 0;
    std::vector<std::string> choiceIds; // the route, for `frontline play --choose-ids`
    std::string ending;                 // "" when the route reached no ending
    // Why the route stopped short of an ending (the step cap, no choice on offer, an author's
    // function failing); such a route counts as Refer 0%.
    std::string problem;
    bool failed = false; // the problem is an author's function failing (or the engine refusing)
    bool known = false;  // the explorer met the same failure, and reports it itself
};

struct NaiveOptions {
    int maxSteps = 200;    // a route longer than this is taken to loop for ever
    int randomWalks = 200; // the random strategy reports the best of this many walks
    // A broken scenario fails on most walks, each after up to a second of a runaway function:
    // the random strategy gives up after this many failed walks.
    int failuresBeforeGivingUp = 5;
    std::uint64_t pickSeed = 1; // the random strategy's own picks, seeded once
    // The scenario's random source: `frontline play`'s default --seed, so a route replays as is.
    std::uint64_t sessionSeed = 1;
};

struct Graded {
    Grade grade = Grade::Refer;
    int percent = 0;
};

// A finished session's grade against the best path the exploration found (which must have one).
// The one place this file depends on the scoring model.
Graded gradeAgainst(const Exploration& found, const Session& session, const Rubric& rubric);

// Whether the exploration can grade anything: it found a best path and saw every state.
bool canJudgeGuessing(const Exploration& found);

// Plays each strategy in practice mode (choices in the author's order, text rendered) and grades
// it against `found`, the scenario explored once. Empty when !canJudgeGuessing(found). Never
// throws for a broken scenario: a failing function or a route that never ends is a Refer run.
std::vector<StrategyRun> playNaive(const std::shared_ptr<const Scenario>& scenario,
                                   const std::shared_ptr<Scripting>& scripting,
                                   const Rubric& rubric, const Exploration& found,
                                   const NaiveOptions& options = {});

// The highest grade guessing may reach without an error: the scenario's `guessing`, else Merit.
Grade guessingBar(const Scenario& scenario);

// At the scenario's line: an error for each run above the bar, a warning for each run at Merit
// that the bar allows. Each names the strategy and its route as a `frontline play` command.
std::vector<Diagnostic> guessingProblems(const Scenario& scenario,
                                         const std::vector<StrategyRun>& runs);

// "longest Merit 68%, shortest Refer 12%, ..." for lint and test output.
std::string guessingSummary(const std::vector<StrategyRun>& runs);

} // namespace frontline
