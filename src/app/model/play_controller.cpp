// Play's keys. The choices: 1-9, or Up/Down and Enter; U undoes in practice. H opens the
// organisation's handbook, whose sections, search box and text Tab walks through. Nothing hidden
// can be taken: a number for a choice the screen does not show brings it into view first.
#include "app_state.hpp"
#include "handbook.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

// In assessment a new question ignores Enter this long: a key meant for the last one (or for
// "continue") must not answer it.
constexpr auto kEnterGrace = std::chrono::milliseconds(400);

Keymap playKeys() {
    const char* scroll = "scroll the conversation (or the handbook's text) a page";
    const char* ends = "the top or the end of the conversation (or the handbook's text)";
    const char* move = "move through the choices (or the handbook's sections or text)";
    return {
        {anyDigit(), Command::Choose, "choose"},
        {chord(Key::Up), Command::Up, "choose", false, move},
        {chord(Key::Down), Command::Down, "choose", false, move},
        // Not while typing: Enter is the text field's (the handbook's search, the inspector).
        {chord(Key::Enter), Command::Activate, "take", false,
         "take the selected choice; at the end, see the debrief"},
        {letter('d'), Command::SeeDebrief, "see the debrief"},
        {letter('u'), Command::Undo, "undo"},
        {chord(Key::Backspace), Command::Undo, ""},
        {letter('h'), Command::Handbook, "handbook"},
        {letter('s', false, true), Command::SaveTest, "save as test"},
        {{Key::PageUp, 0, -1, true, false}, Command::InspectorPageUp, ""},
        {{Key::PageDown, 0, -1, true, false}, Command::InspectorPageDown, ""},
        {{Key::Tab, 0, -1, false, false},
         Command::NextRegion,
         "next part",
         true,
         "with the handbook open: the choices, its sections, its search, its text"},
        {{Key::Tab, 0, -1, true, false}, Command::PreviousRegion, "", true, "the same, backwards"},
        {letter('f'), Command::Search, "", false, "search the handbook"},
        {chord(Key::PageUp), Command::PageUp, "", false, scroll},
        {chord(Key::PageDown), Command::PageDown, "", false, scroll},
        {chord(Key::Home), Command::Home, "", false, ends},
        {chord(Key::End), Command::End, "", false, ends},
        {chord(Key::Escape), Command::Back, "leave", true,
         "close the handbook, else leave (the attempt is kept to resume)"},
    };
}

} // namespace

PlayController::PlayController(AppState& app) : ScreenController(app, playKeys()) {}

bool PlayController::available(Command command) const {
    const Attempt* a = app().attempt();
    if (a == nullptr) return false;
    const bool over = a->finished() || a->error();
    switch (command) {
    case Command::Choose:
        return !over;
    case Command::Up:
    case Command::Down:
        return !over && region == Region::Choices;
    case Command::Activate:
        return !a->finished() && region == Region::Choices;
    case Command::SeeDebrief:
        return a->finished();
    case Command::Undo:
        return a->session().canUndo();
    case Command::Handbook:
        return app().organisation() != nullptr;
    case Command::SaveTest:
    case Command::InspectorPageUp:
    case Command::InspectorPageDown:
        return app().playtesting();
    case Command::NextRegion:
    case Command::PreviousRegion:
    case Command::Search:
        return handbookOpen;
    default:
        return true;
    }
}

void PlayController::toggleHandbook() {
    if (handbookOpen) return closeHandbook();
    handbookOpen = app().organisation() != nullptr;
    if (handbookOpen) region = Region::Sections;
}

void PlayController::closeHandbook() {
    handbookOpen = false;
    focusSearch = false;
    region = Region::Choices;
}

bool PlayController::shown(std::size_t index) const {
    return !shownChoices ||
           std::find(shownChoices->begin(), shownChoices->end(), index) != shownChoices->end();
}

bool PlayController::choose(std::size_t index, Clock::time_point now) {
    Attempt& a = *app().attempt();
    if (index >= a.offers().size()) return false;
    if (!shown(index)) { // bring it into view: the next press takes it
        a.select(index);
        if (handbookOpen) closeHandbook();
        return true;
    }
    app().choose(index);
    questionShown(now);
    return true;
}

// Keys while the handbook has the keyboard: sections with Up/Down, the text scrolled.
bool PlayController::handbookKey(const Action& action) {
    const Organisation* org = app().organisation();
    if (org == nullptr) return false;
    if (scrollFor(action, handbookScroll, region == Region::Text)) return true;
    switch (action.command) {
    case Command::Up:
    case Command::Down: {
        if (region != Region::Sections) return false;
        const auto shown = matchingDocuments(*org, handbookQuery);
        if (shown.empty()) return false;
        auto it = std::find(shown.begin(), shown.end(), handbookDocument);
        long at = it == shown.end() ? -1 : static_cast<long>(it - shown.begin());
        at = std::clamp(at + (action.command == Command::Up ? -1 : 1), 0L,
                        static_cast<long>(shown.size()) - 1);
        handbookDocument = shown[static_cast<std::size_t>(at)]; // the screen keeps it in view
        return true;
    }
    case Command::Activate: // Enter in the search box: on to the sections it found
        region = Region::Sections;
        return true;
    default:
        return false;
    }
}

bool PlayController::perform(const Action& action, Clock::time_point now) {
    Attempt* attempt = app().attempt();
    if (attempt == nullptr) return false;
    Attempt& a = *attempt;
    switch (action.command) {
    case Command::Back:
        if (handbookOpen)
            closeHandbook();
        else if (app().playtesting())
            app().leavePlaytest();
        else
            app().backToLibrary();
        return true;
    case Command::Handbook:
        toggleHandbook();
        return true;
    case Command::SaveTest:
        return app().savePlaytestAsTest();
    case Command::InspectorPageUp:
    case Command::InspectorPageDown:
        inspectorScroll.page(action.command == Command::InspectorPageUp ? -1 : 1);
        return true;
    case Command::NextRegion:
    case Command::PreviousRegion: {
        if (!handbookOpen) return false;
        constexpr int n = 4; // Choices, Sections, Search, Text
        const int step = action.command == Command::NextRegion ? 1 : n - 1;
        region = static_cast<Region>((static_cast<int>(region) + step) % n);
        focusSearch = region == Region::Search;
        return true;
    }
    case Command::Search:
        if (!handbookOpen) return false;
        region = Region::Search;
        focusSearch = true;
        return true;
    case Command::Undo:
        if (!a.session().canUndo()) return false;
        app().undo();
        questionShown(now);
        return true;
    case Command::Choose: // from any part: a number names a choice (brought into view if hidden)
        if (a.finished() || a.error()) return false;
        return choose(static_cast<std::size_t>(action.arg) - 1, now);
    default:
        break;
    }
    if (region != Region::Choices) return handbookKey(action);
    if (scrollFor(action, scroll)) return true;
    if (a.error()) {
        if (action.command != Command::Activate) return false;
        app().backToLibrary();
        return true;
    }
    if (a.finished()) {
        if (action.command != Command::Activate && action.command != Command::SeeDebrief)
            return false;
        app().finish();
        return true;
    }
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        a.moveSelection(action.command == Command::Up ? -1 : 1);
        return true;
    case Command::Activate:
        if (a.session().mode() == Mode::Assessment && now - m_questionAt < kEnterGrace)
            return false;
        if (a.selected() >= a.offers().size()) {
            app().setNotice("Pick a choice first: a number, or Up/Down.");
            return true;
        }
        return choose(a.selected(), now);
    default:
        return false;
    }
}

std::optional<Clock::time_point> PlayController::nextDeadline(Clock::time_point now) const {
    const Attempt* a = app().attempt();
    if (a == nullptr) return std::nullopt;
    if (a->animating(now)) return now + std::chrono::milliseconds(16); // ~60 frames/s
    if (!app().settings().timers || a->finished()) return std::nullopt;
    return a->nextTick(now); // at most one redraw a second
}

} // namespace frontline::app
