#include "theme.hpp"

#include <algorithm>
#include <cmath>

namespace frontline::app {

namespace {

constexpr Rgba hex(unsigned rgb) {
    return {static_cast<float>((rgb >> 16) & 0xff) / 255.f,
            static_cast<float>((rgb >> 8) & 0xff) / 255.f, static_cast<float>(rgb & 0xff) / 255.f,
            1.f};
}

// Text colours are chosen to keep at least 4.5:1 against both background and panel (7:1 in
// high contrast); tests/test_app.cpp checks every pair that carries text.
const Palette kDark{
    .background = hex(0x15181d),
    .panel = hex(0x20252c),
    .text = hex(0xeef1f4),
    .muted = hex(0xaab3bf),
    .button = hex(0x2f4a6b),
    .buttonHover = hex(0x3b5d86),
    .buttonActive = hex(0x46709f),
    .border = hex(0x4a5461),
    .accent = hex(0xf2c14e),
    .customer = hex(0x9fd3ff),
    .learner = hex(0xc8f0b4),
    .good = hex(0x7ddf8e),
    .bad = hex(0xff8f8f),
    .warning = hex(0xf7c96b),
    .borderSize = 1,
};

const Palette kLight{
    .background = hex(0xf4f5f7),
    .panel = hex(0xffffff),
    .text = hex(0x16191d),
    .muted = hex(0x4d5560),
    .button = hex(0xd5e3f5),
    .buttonHover = hex(0xbcd3ef),
    .buttonActive = hex(0xa3c2e8),
    .border = hex(0x9aa4b1),
    .accent = hex(0x1d4f91),
    .customer = hex(0x0b4f8a),
    .learner = hex(0x2d5e12),
    .good = hex(0x1e6b2c),
    .bad = hex(0xa11d1d),
    .warning = hex(0x7a4d00),
    .borderSize = 1,
};

const Palette kHighContrast{
    .background = hex(0x000000),
    .panel = hex(0x000000),
    .text = hex(0xffffff),
    .muted = hex(0xe6e6e6),
    .button = hex(0x00264d),
    .buttonHover = hex(0x003b78),
    .buttonActive = hex(0x0050a0),
    .border = hex(0xffffff), // white frames; yellow is kept for the selection alone
    .accent = hex(0xffff00),
    .customer = hex(0x80e5ff),
    .learner = hex(0xb3ff80),
    .good = hex(0x66ff66),
    .bad = hex(0xff9999),
    .warning = hex(0xffd24d),
    .borderSize = 2,
};

double channel(float c) {
    return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

std::string_view toString(ThemeName theme) {
    switch (theme) {
    case ThemeName::Dark:
        return "dark";
    case ThemeName::Light:
        return "light";
    case ThemeName::HighContrast:
        return "high-contrast";
    }
    return "dark";
}

std::optional<ThemeName> themeFrom(std::string_view name) {
    for (auto theme : {ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast})
        if (toString(theme) == name) return theme;
    return std::nullopt;
}

const Palette& palette(ThemeName theme) {
    switch (theme) {
    case ThemeName::Light:
        return kLight;
    case ThemeName::HighContrast:
        return kHighContrast;
    case ThemeName::Dark:
        break;
    }
    return kDark;
}

double relativeLuminance(Rgba c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double contrastRatio(Rgba a, Rgba b) {
    const double la = relativeLuminance(a), lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::optional<Rgba> rgbaFromHex(std::string_view text) {
    if (text.size() != 7 || text[0] != '#') return std::nullopt;
    float parts[3];
    for (int i = 0; i < 3; ++i) {
        int value = 0;
        for (char c : text.substr(1 + 2 * static_cast<std::size_t>(i), 2)) {
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0) return std::nullopt;
            value = value * 16 + digit;
        }
        parts[i] = static_cast<float>(value) / 255.f;
    }
    return Rgba{parts[0], parts[1], parts[2], 1};
}

} // namespace frontline::app
