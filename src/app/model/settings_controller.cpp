// Settings' keys: Up/Down choose a row, Left/Right or Enter change it, Esc returns. The screen
// opens on its first row each time, so the same keys always do the same thing.
#include "app_state.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

Keymap settingsKeys() {
    return {
        {chord(Key::Up), Command::Up, "choose", false, "choose a setting"},
        {chord(Key::Down), Command::Down, "choose", false, "choose a setting"},
        {chord(Key::Left), Command::Left, "change", false, "change it"},
        {chord(Key::Right), Command::Right, "change", false, "change it"},
        {chord(Key::Enter), Command::Activate, "change", true, "change it"},
        {chord(Key::Home), Command::Home, "", false, "the first or the last setting"},
        {chord(Key::End), Command::End, "", false, "the first or the last setting"},
        {chord(Key::PageUp), Command::PageUp, "", false, "the first or the last setting"},
        {chord(Key::PageDown), Command::PageDown, "", false, "the first or the last setting"},
        {chord(Key::Escape), Command::Back, "done", true, "done: back where you were"},
    };
}

ThemeName nextTheme(ThemeName theme, int direction) {
    const int n = 3;
    return static_cast<ThemeName>((static_cast<int>(theme) + direction + n) % n);
}

} // namespace

Settings SettingsController::changed(SettingRow row, int direction) const {
    Settings next = app().settings();
    switch (row) {
    case SettingRow::TextScale:
        next.textScale += kTextScaleStep * static_cast<float>(direction);
        break;
    case SettingRow::Theme:
        next.theme = nextTheme(next.theme, direction);
        break;
    case SettingRow::DyslexicFont:
        next.dyslexicFont = !next.dyslexicFont;
        break;
    case SettingRow::Timers:
        next.timers = !next.timers;
        break;
    case SettingRow::Fullscreen:
        next.fullscreen = !next.fullscreen;
        break;
    }
    return next;
}

SettingsController::SettingsController(AppState& app) : ScreenController(app, settingsKeys()) {}

bool SettingsController::perform(const Action& action, Clock::time_point) {
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        row = std::clamp(row + (action.command == Command::Up ? -1 : 1), 0, kSettingRows - 1);
        return true;
    case Command::Home:
    case Command::End:
    case Command::PageUp:
    case Command::PageDown: {
        const bool top = action.command == Command::Home || action.command == Command::PageUp;
        row = top ? 0 : kSettingRows - 1;
        scroll.to(top ? ScrollRequest::Jump::Top : ScrollRequest::Jump::Bottom);
        return true;
    }
    case Command::Left:
    case Command::Right:
    case Command::Activate:
        app().changeSetting(static_cast<SettingRow>(row), action.command == Command::Left ? -1 : 1);
        return true;
    case Command::Back:
        app().closeSettings();
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
