// The three looks of the window as plain colours, so their contrast is checked without a display.
#pragma once

#include <optional>
#include <string_view>

namespace frontline::app {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

enum class ThemeName { Dark, Light, HighContrast };
std::string_view toString(ThemeName theme);
std::optional<ThemeName> themeFrom(std::string_view name); // "dark", "light", "high-contrast"

struct Palette {
    Rgba background; // the window
    Rgba panel;      // cards, transcript, side panels
    Rgba text;
    Rgba muted; // secondary text: sources, hints
    Rgba button, buttonHover, buttonActive;
    Rgba border;
    Rgba accent;             // selection outline, headings
    Rgba customer;           // the customer's lines
    Rgba learner;            // the learner's own lines
    Rgba good, bad, warning; // demonstrated, breached, put right / not met
    float borderSize = 1;    // in units of the scale: high contrast draws thicker frames
};

const Palette& palette(ThemeName theme);

// "#rrggbb" (a team's colour); nullopt for anything else.
std::optional<Rgba> rgbaFromHex(std::string_view text);

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(Rgba colour);
double contrastRatio(Rgba a, Rgba b);

} // namespace frontline::app
