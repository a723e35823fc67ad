// The briefing's keys: 1/2 or Up/Down pick practice or assessment, Enter starts, R resumes.
#include "app_state.hpp"

namespace frontline::app {

namespace {

Keymap briefingKeys() {
    return {
        {chord(Key::Enter), Command::Activate, "start", true, "start in the chosen mode"},
        {letter('r'), Command::Resume, "resume"},
        {{Key::Digit, 0, 1, false, false}, Command::Practice, "practice"},
        {{Key::Digit, 0, 2, false, false}, Command::Assessment, "assessment"},
        {chord(Key::Up), Command::Up, "", false, "switch between practice and assessment"},
        {chord(Key::Down), Command::Down, "", false, "switch between practice and assessment"},
        {chord(Key::PageUp), Command::PageUp, "", false, "scroll the brief a page"},
        {chord(Key::PageDown), Command::PageDown, "", false, "scroll the brief a page"},
        {chord(Key::Home), Command::Home, "", false, "the brief's top or end"},
        {chord(Key::End), Command::End, "", false, "the brief's top or end"},
        {letter('c'), Command::Classroom, "class"},
        {letter('a'), Command::Author, "author"},
        {chord(Key::Escape), Command::Back, "library", true, "back to the library"},
    };
}

} // namespace

BriefingController::BriefingController(AppState& app) : ScreenController(app, briefingKeys()) {}

bool BriefingController::available(Command command) const {
    if (command == Command::Resume) return app().canResume();
    return true;
}

bool BriefingController::perform(const Action& action, Clock::time_point now) {
    if (scrollFor(action, scroll)) return true;
    const script::LoadedFile* file = app().scenarioFile();
    switch (action.command) {
    case Command::Practice:
    case Command::Assessment:
        mode = action.command == Command::Practice ? Mode::Practice : Mode::Assessment;
        return true;
    case Command::Up:
    case Command::Down:
        mode = mode == Mode::Practice ? Mode::Assessment : Mode::Practice;
        return true;
    case Command::Activate:
        return app().start(mode, {}, true, now);
    case Command::Resume:
        if (!app().canResume()) return false;
        app().resume();
        return true;
    case Command::Classroom:
        return file != nullptr && app().openClassroom(file->scenario->id);
    case Command::Author:
        return file != nullptr && app().openAuthor(file->scenario->id);
    case Command::Back:
        app().go(Screen::Library);
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
