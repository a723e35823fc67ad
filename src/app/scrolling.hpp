// Applies a keyboard's scroll request to the ImGui window being drawn (a body, a child pane).
#pragma once

#include "model/scroll.hpp"

namespace frontline::app {

// Lines are `lineHeight` pixels; a page is the window's height less one line, so a line of
// context stays in view. Clears the request.
void applyScroll(ScrollRequest& request, float lineHeight);

} // namespace frontline::app
