// The debrief's keys: Left/Right between the findings and the path; Up/Down, PageUp/PageDown and
// Home/End scroll the findings or walk the path; T tries another answer at the selected step.
#include "app_state.hpp"

namespace frontline::app {

namespace {

Keymap debriefKeys() {
    return {
        {chord(Key::Left), Command::Findings, "findings"},
        {chord(Key::Right), Command::Path, "path"},
        {chord(Key::Up), Command::Up, "move", false, "scroll the findings, or move along the path"},
        {chord(Key::Down), Command::Down, "move", false,
         "scroll the findings, or move along the path"},
        {chord(Key::PageUp), Command::PageUp, "", false, "the same, a page at a time"},
        {chord(Key::PageDown), Command::PageDown, "", false, "the same, a page at a time"},
        {chord(Key::Home), Command::Home, "", false, "the top or the end"},
        {chord(Key::End), Command::End, "", false, "the top or the end"},
        {chord(Key::Enter), Command::Activate, "", true,
         "show the path; on it, try another answer at the selected step"},
        {letter('t'), Command::TryAnother, "try another answer"},
        {letter('r'), Command::PlayAgain, "play again"},
        {letter('l'), Command::Library, "library"},
        {chord(Key::Escape), Command::Back, "library", true, "back to the library"},
    };
}

} // namespace

DebriefController::DebriefController(AppState& app) : ScreenController(app, debriefKeys()) {}

bool DebriefController::available(Command command) const {
    const DebriefView* view = app().debriefView();
    if (view == nullptr) return false;
    if (command == Command::Findings) return view->tab != DebriefView::Tab::Findings;
    if (command == Command::Path) return view->tab != DebriefView::Tab::Path;
    if (command == Command::Library) return false; // Esc says it
    return true;
}

void DebriefController::tryOtherAnswer(std::size_t row) {
    const DebriefView* view = app().debriefView();
    if (view == nullptr || row >= view->rows.size()) return;
    const auto replay = view->replayTo(row);
    if (app().start(Mode::Practice, replay))
        app().setNotice("Practice from step " + std::to_string(replay.size() + 1) +
                        ": try another answer.");
}

void DebriefController::playAgain() {
    const Attempt* a = app().attempt();
    app().start(a ? a->session().mode() : app().briefing().mode);
}

bool DebriefController::perform(const Action& action, Clock::time_point) {
    DebriefView* view = app().debriefView();
    if (view == nullptr) return false;
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        view->scroll(action.command == Command::Up ? -3 : 3);
        return true;
    case Command::PageUp:
    case Command::PageDown:
        view->page(action.command == Command::PageUp ? -1 : 1);
        return true;
    case Command::Home:
    case Command::End:
        view->jumpTo(action.command == Command::Home ? DebriefView::Jump::Top
                                                     : DebriefView::Jump::Bottom);
        return true;
    case Command::Findings:
    case Command::Path:
        view->tab = action.command == Command::Findings ? DebriefView::Tab::Findings
                                                        : DebriefView::Tab::Path;
        return true;
    case Command::Activate:
        if (view->tab != DebriefView::Tab::Path) {
            view->tab = DebriefView::Tab::Path;
            return true;
        }
        tryOtherAnswer(view->selectedRow);
        return true;
    case Command::TryAnother:
        tryOtherAnswer(view->selectedRow);
        return true;
    case Command::PlayAgain:
        playAgain();
        return true;
    case Command::Library:
    case Command::Back:
        app().backToLibrary();
        return true;
    default:
        return false;
    }
}

} // namespace frontline::app
