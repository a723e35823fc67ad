// F1 or ?: every key of the shown screen and the keys every screen shares, over the screen,
// built from the same keymaps the keys are looked up in.
#pragma once

#include "ui.hpp"

namespace frontline::app {

void drawHelp(AppState& state, Ui& ui);

} // namespace frontline::app
