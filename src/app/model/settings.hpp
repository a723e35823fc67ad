// What the learner or trainer chose for the window, remembered between runs in a small JSON
// file under the XDG config folder.
#pragma once

#include "core/record.hpp"
#include "theme.hpp"

#include <string>
#include <string_view>

namespace frontline::app {

constexpr float kMinTextScale = 0.75f;
constexpr float kMaxTextScale = 3.0f;
constexpr float kTextScaleStep = 0.25f;

struct Settings {
    float textScale = 1.0f;
    ThemeName theme = ThemeName::Dark;
    bool dyslexicFont = false;
    bool timers = true;
    bool fullscreen = false;
    std::string learner; // whose records: a name or pseudonym ("": the system user name)

    bool operator==(const Settings&) const = default;
};

float clampTextScale(float scale); // into [0.75, 3], to the nearest step

using frontline::learnerName;

// Reading never fails: a missing file gives the defaults; a corrupt one gives the defaults and
// a message in `problem`; each field that is missing or of the wrong type keeps its default.
Settings settingsFromJson(const std::string& text, std::string& problem);
std::string toJson(const Settings& settings);

// $XDG_CONFIG_HOME/frontline/settings.json, else ~/.config/frontline/settings.json.
std::string defaultSettingsPath();
Settings loadSettings(const std::string& path, std::string& problem);
// Written to a temporary file and renamed, so a crash mid-write leaves the old file whole.
bool saveSettings(const std::string& path, const Settings& settings, std::string& problem);

} // namespace frontline::app
