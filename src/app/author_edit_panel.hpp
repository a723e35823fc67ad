// The author screen's edit panel: the selected node's words, choices and links as fields that
// save into the scenario file.
#pragma once

#include "ui.hpp"

namespace frontline::app {

void editPanel(AppState& state, Ui& ui, AuthorView& view, float width);

} // namespace frontline::app
