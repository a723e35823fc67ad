// Settings: text size, theme, dyslexia-friendly font, timers and fullscreen. Each change applies
// at once and is remembered between runs.
#include "scrolling.hpp"
#include "ui.hpp"

#include <cstdio>
#include <string>

namespace frontline::app {

namespace {

const char* onOff(bool on) {
    return on ? "on" : "off";
}

const char* themeLabel(ThemeName theme) {
    switch (theme) {
    case ThemeName::Dark:
        return "dark";
    case ThemeName::Light:
        return "light";
    case ThemeName::HighContrast:
        return "high contrast";
    }
    return "dark";
}

std::string rowLabel(const Settings& s, SettingRow row) {
    char scale[16];
    std::snprintf(scale, sizeof scale, "%.2f", static_cast<double>(s.textScale));
    switch (row) {
    case SettingRow::TextScale:
        return std::string("Text size: ") + scale +
               " (Left smaller, Right larger; Ctrl+/- anywhere)";
    case SettingRow::Theme:
        return std::string("Theme: ") + themeLabel(s.theme) + " (Left/Right to change)";
    case SettingRow::DyslexicFont:
        return std::string("Dyslexia-friendly font (OpenDyslexic): ") + onOff(s.dyslexicFont);
    case SettingRow::Timers:
        return std::string("Show timers: ") + onOff(s.timers);
    case SettingRow::Fullscreen:
        return std::string("Fullscreen: ") + onOff(s.fullscreen) + " (F11 anywhere)";
    }
    return "";
}

} // namespace

void drawSettings(AppState& state, Ui& ui) {
    if (!beginScreen("Settings")) return endScreen();
    ui.status(state.notice(), state.hints(), state.noticeDone());
    beginBody(ui);
    heading(ui, "Settings");
    const float width = ImGui::GetContentRegionAvail().x;
    for (int i = 0; i < kSettingRows; ++i) {
        const auto row = static_cast<SettingRow>(i);
        const std::string id = "setting" + std::to_string(i);
        if (wideButton(ui, id.c_str(), rowLabel(state.settings(), row), width,
                       state.settingsScreen().row == i)) {
            state.settingsScreen().row = i;
            ui.after([&state, row] { state.changeSetting(row, 1); });
        }
        if (state.settingsScreen().row == i) keepInView(id);
        if (row == SettingRow::TextScale) {
            if (button(ui, "Smaller", state.settings().textScale > kMinTextScale))
                ui.after([&state] { state.changeSetting(SettingRow::TextScale, -1); });
            nextInRow(ui, "Larger");
            if (button(ui, "Larger", state.settings().textScale < kMaxTextScale))
                ui.after([&state] { state.changeSetting(SettingRow::TextScale, 1); });
        }
    }
    ImGui::Spacing();
    wrapped("Every size on screen follows the text size, so a room can read it from the back: "
            "try 2.5 with high contrast on a projector.",
            ui.palette->muted);
    if (wideButton(ui, "done", "Done (Esc)", width, false))
        ui.after([&state] { state.closeSettings(); });
    applyScroll(state.settingsScreen().scroll, ui.em); // PageUp/PageDown, Home/End
    endBody();
    statusBar(ui);
    endScreen();
}

} // namespace frontline::app
