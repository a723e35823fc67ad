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
};

// "library", "briefing", "play", "handbook" (play with the handbook open), "debrief",
// "debrief-path" (its path tab), "settings"; nullopt for anything else.
std::optional<ScreenRequest> screenRequestFor(std::string_view name);

// For the debrief with no numbers given, the first choice is taken at every step until an
// ending. False, with `problem` said, when the request cannot be met.
bool driveTo(AppState& state, const ScreenRequest& request, std::string& problem);

} // namespace frontline::app
