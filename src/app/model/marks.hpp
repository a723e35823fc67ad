// How the play screen draws a feedback mark: its colour in each theme and its icon as strokes in
// a unit box, so the icon never depends on which glyphs the loaded font has.
#pragma once

#include "core/feedback.hpp"
#include "theme.hpp"

#include <vector>

namespace frontline::app {

// Good green, partly amber, breach and critical red, neutral grey: all text colours of the
// theme, readable on its panels. Critical differs from breach by icon and word, never by colour.
Rgba markColour(const Palette& palette, Mark mark);

struct MarkPoint {
    float x = 0, y = 0; // 0..1 across and down the icon's box
};

struct MarkIcon {
    float aspect = 1; // the box's width over its height: a critical mark is two crosses wide
    std::vector<std::vector<MarkPoint>> strokes; // polylines
    bool dot = false;                            // the neutral mark: a filled dot at the centre
};

MarkIcon markIcon(Mark mark);

} // namespace frontline::app
