// Taking the window to a given screen the way a learner would, for screenshots and tests.
#pragma once

#include "app_state.hpp"

#include <string>
#include <vector>

namespace frontline::app {

struct ScreenRequest {
    Screen screen = Screen::Library;
    std::string scenario;    // an id; empty: the first in the library
    std::vector<int> choose; // 1-based numbers among the choices on offer at each step
    bool assessment = false;
    bool handbook = false; // open the policy handbook on the play screen
    bool pathTab = false;  // the debrief's path beside the best path
    bool playtest = false; // play from the author's map, the inspector beside it
    // Classroom: how far into the decision after `choose` ("class-vote", "class-reveal",
    // "class-card"), the mode, and the votes at that decision (a hand count per option).
    Phase classPhase = Phase::Voting;
    ClassMode classMode = ClassMode::ClassVote;
    std::vector<int> votes;
    // Keys pressed once the screen is reached, by name ("down,down", "f1"): the selection, a
    // handbook section or the help list as a learner's keys leave them.
    std::vector<std::string> keys;
};

// "library", "briefing", "play", "handbook" (play with the handbook open), "debrief",
// "debrief-path" (its path tab), "settings", "author", "playtest" (from the node `choose`
// reaches, else the furthest node play reaches), "class-setup", "class-vote", "class-reveal",
// "class-card", "class-debrief"; nullopt for anything else.
std::optional<ScreenRequest> screenRequestFor(std::string_view name);

// In the classroom, each number in `choose` is taken by a clear majority (every team but one
// picks it, in the team modes) and the discussion timer shows 23 seconds gone.
// For the debrief with no numbers given, the first choice is taken at every step until an
// ending. False, with `problem` said, when the request cannot be met.
bool driveTo(AppState& state, const ScreenRequest& request, std::string& problem);

} // namespace frontline::app
