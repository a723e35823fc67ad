#include "settings.hpp"

#include "files.hpp"
#include "report/json_text.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace frontline::app {

float clampTextScale(float scale) {
    if (!std::isfinite(scale)) return 1.0f;
    const float stepped = std::round(scale / kTextScaleStep) * kTextScaleStep;
    return std::clamp(stepped, kMinTextScale, kMaxTextScale);
}

Settings settingsFromJson(const std::string& text, std::string& problem) {
    Settings s;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        problem = "the settings file is not a JSON object; using the defaults";
        return s;
    }
    if (auto it = j.find("text_scale"); it != j.end() && it->is_number())
        s.textScale = clampTextScale(it->get<float>());
    if (auto it = j.find("theme"); it != j.end() && it->is_string())
        s.theme = themeFrom(it->get<std::string>()).value_or(s.theme);
    const auto flag = [&](const char* key, bool& into) {
        if (auto it = j.find(key); it != j.end() && it->is_boolean()) into = it->get<bool>();
    };
    flag("dyslexic_font", s.dyslexicFont);
    flag("timers", s.timers);
    flag("fullscreen", s.fullscreen);
    if (auto it = j.find("learner"); it != j.end() && it->is_string())
        s.learner = learnerName(it->get<std::string>());
    return s;
}

std::string toJson(const Settings& s) {
    nlohmann::ordered_json j;
    j["text_scale"] = s.textScale;
    j["theme"] = std::string(toString(s.theme));
    j["dyslexic_font"] = s.dyslexicFont;
    j["timers"] = s.timers;
    j["fullscreen"] = s.fullscreen;
    if (!s.learner.empty()) j["learner"] = s.learner;
    return report::jsonText(j, 2) + "\n";
}

std::string defaultSettingsPath() {
    return (userFolder("XDG_CONFIG_HOME", ".config") / "frontline" / "settings.json").string();
}

Settings loadSettings(const std::string& path, std::string& problem) {
    const auto text = readSmallFile(path, problem);
    if (!text) return {};
    return settingsFromJson(*text, problem);
}

bool saveSettings(const std::string& path, const Settings& settings, std::string& problem) {
    return writeFileAtomically(path, toJson(settings), problem);
}

} // namespace frontline::app
