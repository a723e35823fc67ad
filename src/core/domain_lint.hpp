// What only playing a scenario can show, as diagnostics at the line an author must change: the
// explorer's findings (dead ends, loops with no way out, what is never reached) and checks that
// know the domain (the best path must earn Distinction without a critical breach).
#pragma once

#include "explorer.hpp"

#include <vector>

namespace frontline {

// What stopped or failed during the walk: a budget run out, author code that failed on a route.
std::vector<Diagnostic> walkProblems(const Scenario& scenario, const Exploration& found);

// Errors from the walk itself: failing author code, dead ends, traps, unreached nodes, no
// ending at all, a budget hit.
std::vector<Diagnostic> explorationProblems(const Scenario& scenario, const Exploration& found);

// The best path, judged: a scenario whose best play cannot earn Distinction, or must breach a
// critical principle, teaches the learner that the rules cannot be kept. A best path that must
// breach any principle is a warning: some conversations really do have no clean way out.
std::vector<Diagnostic> bestPathProblems(const Scenario& scenario, const Exploration& found,
                                         const Rubric& rubric);

} // namespace frontline
