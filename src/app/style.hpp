// Fonts and ImGui's style at the chosen text size and theme.
#pragma once

#include "model/settings.hpp"
#include "ui.hpp"

#include <string>

namespace frontline::app {

constexpr float kBodyPixels = 20.f; // the body text at text scale 1

// The assets folder: $FRONTLINE_ASSETS, next to the executable, else the source tree's.
std::string defaultAssetsDir();

// How much larger OpenDyslexic is asked for than DejaVu so their x-heights match.
float dyslexicFontScale(const std::string& assetsDir);

// Rebuilds the font atlas at the settings' size (never a stretched texture) and returns the
// fonts. Call between frames. Where a font file is missing, falls back to ImGui's built-in font
// and writes `problem`.
Fonts buildFonts(const std::string& assetsDir, const Settings& settings, std::string& problem);

// Resets ImGui's style, colours it from the palette and sizes it from the text size.
void applyStyle(const Palette& palette, float em);

} // namespace frontline::app
