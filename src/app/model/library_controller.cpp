// The library's keys: Up/Down through the cards, Enter opens one; Tab walks the search box, the
// topic and level filters and the list; Left/Right change the filter that has the keyboard.
#include "app_state.hpp"

#include <algorithm>

namespace frontline::app {

namespace {

Keymap libraryKeys() {
    return {
        {chord(Key::Up), Command::Up, "choose", false, "move through the cards"},
        {chord(Key::Down), Command::Down, "choose", false, "move through the cards"},
        {chord(Key::PageUp), Command::PageUp, "", false, "move four cards"},
        {chord(Key::PageDown), Command::PageDown, "", false, "move four cards"},
        {chord(Key::Home), Command::Home, "", false, "the first or the last card"},
        {chord(Key::End), Command::End, "", false, "the first or the last card"},
        {chord(Key::Enter), Command::Activate, "open", true,
         "open the selected scenario's briefing"},
        {letter('f'), Command::Search, "search"},
        {letter('t'), Command::Topic, "topic"},
        {letter('l'), Command::Level, "level"},
        {chord(Key::Left), Command::Left, "", false, "change the filter that has the keyboard"},
        {chord(Key::Right), Command::Right, "", false, "change the filter that has the keyboard"},
        {{Key::Tab, 0, -1, false, false}, Command::NextRegion, "", true},
        {{Key::Tab, 0, -1, true, false}, Command::PreviousRegion, "", true},
        {letter('r'), Command::Resume, "resume"},
        {letter('c'), Command::Classroom, "class"},
        {letter('a'), Command::Author, "author"},
        {letter('p'), Command::Progress, "progress"},
        {chord(Key::Escape), Command::Back, "", true,
         "from the search or a filter back to the cards"},
    };
}

constexpr int kPage = 4; // cards a PageUp/PageDown moves by

template <typename T> T stepThrough(const std::vector<T>& values, const T& now, int direction) {
    // "any" (the default value) sits before the first value.
    const auto it = std::find(values.begin(), values.end(), now);
    const int n = static_cast<int>(values.size()) + 1;
    const int at = it == values.end() ? 0 : static_cast<int>(it - values.begin()) + 1;
    const int next = ((at + direction) % n + n) % n;
    return next == 0 ? T{} : values[static_cast<std::size_t>(next - 1)];
}

} // namespace

LibraryController::LibraryController(AppState& app)
    : ScreenController(app, libraryKeys()), view(app.content(), app.best()) {}

bool LibraryController::available(Command command) const {
    switch (command) {
    case Command::Resume:
        return app().resumeOffer().has_value();
    case Command::Activate:
    case Command::Classroom:
    case Command::Author:
        return view.selected() != nullptr;
    default:
        return true;
    }
}

void LibraryController::nextTopic(int direction) {
    view.setTopic(stepThrough(view.topics(), view.topic(), direction));
}

void LibraryController::nextLevel(int direction) {
    view.setLevel(stepThrough(view.levels(), view.level(), direction));
}

bool LibraryController::perform(const Action& action, Clock::time_point) {
    const Card* card = view.selected();
    switch (action.command) {
    case Command::Up:
    case Command::Down:
        region = Region::List;
        view.moveSelection(action.command == Command::Up ? -1 : 1);
        return true;
    case Command::PageUp:
    case Command::PageDown:
        region = Region::List;
        view.moveSelection(action.command == Command::PageUp ? -kPage : kPage);
        return true;
    case Command::Home:
    case Command::End:
        region = Region::List;
        view.moveSelection(action.command == Command::Home ? -100000 : 100000);
        return true;
    case Command::Left:
    case Command::Right: {
        const int direction = action.command == Command::Left ? -1 : 1;
        if (region == Region::Topic)
            nextTopic(direction);
        else if (region == Region::Level)
            nextLevel(direction);
        else
            return false;
        return true;
    }
    case Command::Topic:
        region = Region::Topic;
        nextTopic(1);
        return true;
    case Command::Level:
        region = Region::Level;
        nextLevel(1);
        return true;
    case Command::NextRegion:
    case Command::PreviousRegion: {
        constexpr int n = 4; // List, Search, Topic, Level
        const int step = action.command == Command::NextRegion ? 1 : n - 1;
        region = static_cast<Region>((static_cast<int>(region) + step) % n);
        focusSearch = region == Region::Search;
        return true;
    }
    case Command::Search:
        region = Region::Search;
        focusSearch = true;
        return true;
    case Command::Activate:
        if (region == Region::Search) region = Region::List; // Enter in the search box
        return card != nullptr && app().openBriefing(card->id);
    case Command::Back:
        if (region == Region::List) return false;
        region = Region::List;
        return true;
    case Command::Classroom:
        return app().openClassroom(card != nullptr ? card->id : std::string());
    case Command::Author:
        return card != nullptr && app().openAuthor(card->id);
    case Command::Progress:
        return app().openProgress();
    case Command::Resume:
        return app().resumeOffer() && app().resumeStored();
    default:
        return false;
    }
}

void LibraryController::refresh() {
    const LibraryView filters = view;
    view = LibraryView(app().content(), app().best());
    view.search = filters.search;
    view.setTopic(filters.topic());
    view.setLevel(filters.level());
    if (const Card* card = filters.selected())
        for (std::size_t i = 0; i < view.cards().size(); ++i)
            if (view.cards()[i].id == card->id) view.select(i);
}

} // namespace frontline::app
