// The keys every screen shares, the help overlay built from the keymaps, and quitting.
#include "app_state.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

Keymap globalKeys() {
    return {
        {chord(Key::Help), Command::Help, "keys", true},
        {chord(Key::Question), Command::Help, ""}, // the bar names F1 alone: it is short
        {chord(Key::Settings), Command::Settings, "settings", true},
        {chord(Key::Fullscreen), Command::Fullscreen, "", true},
        {chord(Key::ZoomIn), Command::ZoomIn, "", true},
        {chord(Key::ZoomOut), Command::ZoomOut, "", true},
        {chord(Key::ZoomReset), Command::ZoomReset, "", true},
        {letter('q', false, true), Command::Quit, "", true},
    };
}

} // namespace

bool ScreenController::available(Command) const {
    return true;
}

bool scrollFor(const Action& action, ScrollRequest& scroll, bool lines) {
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        if (!lines) return false;
        scroll.line(action.command == Command::Up ? -3 : 3);
        return true;
    case Command::PageUp:
    case Command::PageDown:
        scroll.page(action.command == Command::PageUp ? -1 : 1);
        return true;
    case Command::Home:
    case Command::End:
        scroll.to(action.command == Command::Home ? ScrollRequest::Jump::Top
                                                  : ScrollRequest::Jump::Bottom);
        return true;
    default:
        return false;
    }
}

GlobalController::GlobalController(AppState& app) : ScreenController(app, globalKeys()) {}

std::string GlobalController::hints() const {
    const ScreenController* screen = app().controller();
    std::vector<Hint> all;
    if (screen != nullptr)
        all = screen->keys.hints([&](Command c) { return screen->available(c); });
    // F1 on every screen; F2 where a session starts (elsewhere room goes to the screen's keys).
    const auto shown = [&](Command c) {
        return c != Command::Settings || app().screen() == Screen::Library;
    };
    for (Hint& h : keys.hints(shown))
        all.push_back(std::move(h));
    return hintLine(all);
}

std::vector<HelpRow> GlobalController::help() const {
    std::vector<HelpRow> rows;
    if (const ScreenController* screen = app().controller()) rows = helpRows(screen->keys);
    for (HelpRow& row : helpRows(keys)) {
        const bool listed = std::any_of(rows.begin(), rows.end(),
                                        [&](const HelpRow& r) { return r.words == row.words; });
        if (!listed) rows.push_back(std::move(row));
    }
    return rows;
}

bool GlobalController::unfinished() const {
    const Attempt* a = app().attempt();
    const ClassroomView* c = app().classroom();
    return (a && !a->finished() && !a->session().steps().empty() &&
            app().screen() == Screen::Play) ||
           (c && c->stage == ClassStage::Play);
}

bool GlobalController::perform(const Action& action, Clock::time_point) {
    AppState& state = app();
    switch (action.command) {
    case Command::Help:
        m_helpOpen = !m_helpOpen;
        helpScroll.to(ScrollRequest::Jump::Top);
        return true;
    case Command::Quit:
        if (!unfinished()) {
            m_quit = true;
            return true;
        }
        m_askingToQuit = true;
        state.setNotice("Quit? What you have done so far is kept, to resume later. Y or Ctrl+Q "
                        "quits, any other key stays.");
        return true;
    case Command::Settings:
        if (isClassroom(state.screen())) return false; // the learner's settings, not the class's
        state.screen() == Screen::Settings ? state.closeSettings() : state.openSettings();
        return true;
    case Command::Fullscreen:
        state.changeSetting(SettingRow::Fullscreen, 1);
        return true;
    case Command::ZoomIn:
    case Command::ZoomOut:
        state.changeSetting(SettingRow::TextScale, action.command == Command::ZoomIn ? 1 : -1);
        return true;
    case Command::ZoomReset: {
        Settings next = state.settings();
        next.textScale = 1.0f;
        state.setSettings(next);
        return true;
    }
    default:
        return false;
    }
}

bool GlobalController::handleKey(const KeyPress& press) {
    return m_askingToQuit ? quitKey(press) : helpKey(press);
}

// Y or Ctrl+Q again quits (what was done is kept either way); any other key stays.
bool GlobalController::quitKey(const KeyPress& press) {
    const bool yes = press.key == Key::Letter && press.letter == 'y' && !press.ctrl;
    const auto again = keys.find(press);
    m_askingToQuit = false;
    app().setNotice("");
    if (yes || (again && again->command == Command::Quit)) m_quit = true;
    return true;
}

// The help overlay keeps the keyboard while open: arrows and pages scroll it, anything else
// closes it.
bool GlobalController::helpKey(const KeyPress& press) {
    switch (press.key) {
    case Key::Up:
    case Key::Down:
        helpScroll.line(press.key == Key::Up ? -3 : 3);
        return true;
    case Key::PageUp:
    case Key::PageDown:
        helpScroll.page(press.key == Key::PageUp ? -1 : 1);
        return true;
    case Key::Home:
    case Key::End:
        helpScroll.to(press.key == Key::Home ? ScrollRequest::Jump::Top
                                             : ScrollRequest::Jump::Bottom);
        return true;
    default:
        m_helpOpen = false;
        return true;
    }
}

} // namespace frontline::app
