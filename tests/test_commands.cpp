// Named commands and keymaps: the status bar's hints and the help overlay come from the same
// keymap the keys are looked up in; every screen's keys reach what it shows; quitting asks only
// when something is unfinished; assessment neither pre-selects nor takes a hasty Enter.
#include "app/model/app_state.hpp"
#include "app/model/drive.hpp"
#include "app/model/handbook.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>

using namespace frontline;
using namespace frontline::app;
using namespace std::chrono_literals;

namespace {

script::Library realLibrary() {
    return script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
}

void playFrom(AppState& state, const std::string& id, Mode mode = Mode::Practice,
              Clock::time_point now = Clock::now()) {
    REQUIRE(state.openBriefing(id));
    REQUIRE(state.start(mode, {}, false, now));
    REQUIRE(state.screen() == Screen::Play);
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("Status bar hints come from the keymap: a rebinding changes the hint and the key",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    playFrom(state, "brightmart.faulty-kettle");
    CHECK_FALSE(contains(state.hints(), "undo")); // nothing to undo yet
    REQUIRE(state.handleKey(digitKey(1)));
    CHECK(contains(state.hints(), "U undo"));

    state.play().keys.rebind(Command::Undo, letter('z'));
    CHECK(contains(state.hints(), "Z undo"));
    CHECK_FALSE(contains(state.hints(), "U undo"));
    CHECK_FALSE(state.handleKey(letterKey('u'))); // no longer bound
    CHECK(state.attempt()->session().steps().size() == 1);
    CHECK(state.handleKey(letterKey('z')));
    CHECK(state.attempt()->session().steps().empty());
}

TEST_CASE("Hints name only what can be done now", "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    CHECK_FALSE(contains(state.hints(), "resume")); // no unfinished attempt is offered
    CHECK(contains(state.hints(), "Up/Down choose · Enter open"));
    CHECK(contains(state.hints(), "F1 keys · F2 settings"));
    playFrom(state, "brightmart.faulty-kettle");
    CHECK(contains(state.hints(), "F1 keys")); // on every screen; F2 only where one starts
    CHECK_FALSE(contains(state.hints(), "F2"));
    CHECK(contains(state.hints(), "1-9/Up/Down choose"));
    CHECK_FALSE(contains(state.hints(), "see the debrief"));
    while (!state.attempt()->finished())
        REQUIRE(state.handleKey(digitKey(1)));
    CHECK(contains(state.hints(), "D see the debrief"));
    CHECK_FALSE(contains(state.hints(), "choose"));
}

TEST_CASE("Every command on every screen has words in the help, and F1 shows them",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    for (const Screen screen : {Screen::Library, Screen::Briefing, Screen::Play, Screen::Debrief,
                                Screen::Settings, Screen::Author, Screen::Progress}) {
        state.go(screen);
        const ScreenController* controller = state.controller();
        REQUIRE(controller != nullptr);
        const auto help = state.global().help();
        std::set<std::string> words;
        for (const HelpRow& row : help) {
            CHECK_FALSE(row.keys.empty());
            CHECK_FALSE(row.words.empty());
            words.insert(row.words);
        }
        // Every key is listed, with what it does on this screen.
        for (const Binding& b : controller->keys.bindings()) {
            const std::string said = b.help.empty() ? std::string(describe(b.command)) : b.help;
            const bool listed = std::any_of(help.begin(), help.end(), [&](const HelpRow& r) {
                return r.words == said && contains(r.keys, keyLabel(b.keys));
            });
            CHECK(listed);
        }
        CHECK(words.count("quit (an unfinished attempt is kept)") == 1);
    }
    state.go(Screen::Library);
    REQUIRE(state.handleKey(key(Key::Help)));
    CHECK(state.global().helpOpen());
    CHECK(state.handleKey(key(Key::End))); // scrolls the list, keeps it open
    CHECK(state.global().helpScroll.jump == ScrollRequest::Jump::Bottom);
    CHECK(state.global().helpOpen());
    CHECK(state.handleKey(key(Key::Down))); // never reaches the library
    CHECK(state.library().selected() == &state.library().cards()[0]);
    CHECK(state.handleKey(key(Key::Escape)));
    CHECK_FALSE(state.global().helpOpen());
    CHECK(state.handleKey(key(Key::Question)));
    CHECK(state.global().helpOpen());
}

TEST_CASE("Ctrl+Q quits at once, or asks first while an attempt is unfinished", "[app][commands]") {
    {
        AppState state(realLibrary(), Settings{});
        CHECK(state.handleKey(letterKey('q', false, true)));
        CHECK(state.quitRequested());
    }
    AppState state(realLibrary(), Settings{});
    CHECK_FALSE(state.handleKey(letterKey('q'))); // a plain Q is not Ctrl+Q
    playFrom(state, "brightmart.faulty-kettle");
    REQUIRE(state.handleKey(digitKey(1)));
    CHECK(state.handleKey(letterKey('q', false, true)));
    CHECK_FALSE(state.quitRequested());
    CHECK(contains(state.notice(), "Quit?"));
    CHECK(state.handleKey(digitKey(1))); // any other key stays, and is not a choice
    CHECK_FALSE(state.quitRequested());
    CHECK(state.attempt()->session().steps().size() == 1);
    CHECK(state.notice().empty());
    state.handleKey(letterKey('q', false, true));
    CHECK(state.handleKey(letterKey('y')));
    CHECK(state.quitRequested());
}

TEST_CASE("Assessment never pre-selects and a new question ignores Enter for 400 ms",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    const Clock::time_point t0 = Clock::now();
    playFrom(state, "brightmart.faulty-kettle", Mode::Assessment, t0);
    const Attempt& a = *state.attempt();
    CHECK(a.selected() == Attempt::kNoSelection);
    CHECK_FALSE(state.handleKey(key(Key::Enter), false, t0 + 100ms));
    CHECK(a.session().steps().empty());
    CHECK(state.handleKey(key(Key::Enter), false, t0 + 500ms)); // nothing selected: it says so
    CHECK(a.session().steps().empty());
    CHECK(contains(state.notice(), "Pick a choice first"));
    CHECK(state.handleKey(key(Key::Down), false, t0 + 600ms));
    CHECK(a.selected() == 0);
    CHECK(state.handleKey(key(Key::Enter), false, t0 + 700ms));
    REQUIRE(a.session().steps().size() == 1);
    CHECK(a.selected() == Attempt::kNoSelection); // the next question: nothing chosen for it
    state.handleKey(key(Key::Up), false, t0 + 750ms);
    CHECK(a.selected() == a.offers().size() - 1); // Up from nothing starts at the end
    CHECK_FALSE(state.handleKey(key(Key::Enter), false, t0 + 800ms)); // 100 ms after it showed
    CHECK(a.session().steps().size() == 1);
    CHECK(state.handleKey(key(Key::Enter), false, t0 + 1200ms));
    CHECK(a.session().steps().size() == 2);
}

TEST_CASE("Practice still selects the first choice, and Enter takes it at once",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    const Clock::time_point t0 = Clock::now();
    playFrom(state, "brightmart.faulty-kettle", Mode::Practice, t0);
    CHECK(state.attempt()->selected() == 0);
    CHECK(state.handleKey(key(Key::Enter), false, t0 + 10ms));
    CHECK(state.attempt()->session().steps().size() == 1);
}

TEST_CASE("The handbook from the keyboard: Tab to its sections, search and text, Up/Down through "
          "every section",
          "[app][commands][handbook]") {
    AppState state(realLibrary(), Settings{});
    playFrom(state, "brightmart.faulty-kettle");
    const Organisation* org = state.organisation();
    REQUIRE(org != nullptr);
    REQUIRE(org->documents.size() >= 2);
    PlayController& play = state.play();
    REQUIRE(state.handleKey(letterKey('h')));
    REQUIRE(play.handbookOpen);
    CHECK(play.region == PlayController::Region::Sections);
    std::set<std::size_t> seen{play.handbookDocument};
    for (std::size_t i = 0; i < org->documents.size(); ++i) {
        state.handleKey(key(Key::Down));
        seen.insert(play.handbookDocument);
    }
    CHECK(seen.size() == org->documents.size()); // every section reached
    CHECK(state.attempt()->session().steps().empty());
    CHECK(state.attempt()->selected() == 0); // Down moved the sections, not the choices

    state.handleKey(key(Key::Tab));
    CHECK(play.region == PlayController::Region::Search);
    CHECK(play.focusSearch);
    CHECK_FALSE(state.handleKey(letterKey('r'), true)); // typing in the search box
    state.handleKey(key(Key::Tab), true);
    CHECK(play.region == PlayController::Region::Text);
    state.handleKey(key(Key::PageDown));
    CHECK(play.handbookScroll.pages == 1);
    state.handleKey(key(Key::End));
    CHECK(play.handbookScroll.jump == ScrollRequest::Jump::Bottom);
    state.handleKey(KeyPress{Key::Tab, 0, 0, true}); // Shift+Tab: back to the search box
    CHECK(play.region == PlayController::Region::Search);

    state.handleKey(key(Key::Escape)); // closes the handbook, stays in play
    CHECK_FALSE(play.handbookOpen);
    CHECK(play.region == PlayController::Region::Choices);
    CHECK(state.screen() == Screen::Play);
}

TEST_CASE("A number for a choice the screen does not show brings it into view before taking it",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    playFrom(state, "brightmart.faulty-kettle");
    const Attempt& a = *state.attempt();
    REQUIRE(a.offers().size() >= 2);
    state.play().shownChoices = std::vector<std::size_t>{0}; // only the first is whole on screen
    CHECK(state.handleKey(digitKey(2)));
    CHECK(a.session().steps().empty());
    CHECK(a.selected() == 1);
    state.play().shownChoices = std::vector<std::size_t>{0, 1}; // the screen scrolled to it
    CHECK(state.handleKey(digitKey(2)));
    CHECK(a.session().steps().size() == 1);
}

TEST_CASE("The library's filters from the keyboard: T and L step, Tab and Left/Right too",
          "[app][commands][library]") {
    AppState state(realLibrary(), Settings{});
    LibraryView& view = state.library();
    const auto topics = view.topics();
    const auto levels = view.levels();
    REQUIRE(topics.size() >= 2);
    REQUIRE_FALSE(levels.empty());
    std::set<std::string> seenTopics;
    for (std::size_t i = 0; i <= topics.size(); ++i) {
        state.handleKey(letterKey('t'));
        seenTopics.insert(view.topic());
    }
    CHECK(seenTopics.size() == topics.size() + 1); // every topic, and "any"
    CHECK(view.topic().empty());                   // round again to "any"
    state.handleKey(letterKey('l'));
    CHECK(view.level() == levels.front());
    state.handleKey(key(Key::Left)); // the level filter has the keyboard
    CHECK(view.level() == 0);
    state.handleKey(key(Key::Escape)); // back to the list
    CHECK(state.libraryScreen().region == LibraryController::Region::List);
    state.handleKey(key(Key::Tab));
    CHECK(state.libraryScreen().region == LibraryController::Region::Search);
    CHECK(state.libraryScreen().focusSearch);
    state.handleKey(key(Key::Tab), true);
    CHECK(state.libraryScreen().region == LibraryController::Region::Topic);
    state.handleKey(key(Key::Right));
    CHECK(view.topic() == topics.front());
    state.handleKey(key(Key::End));
    CHECK(state.libraryScreen().region == LibraryController::Region::List);
    CHECK(view.selected() == &view.cards()[view.visible().back()]);
}

TEST_CASE("Settings open on their first row, and a notice goes with the next key that acts",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    state.handleKey(key(Key::Settings));
    state.handleKey(key(Key::End));
    CHECK(state.settingsScreen().row == kSettingRows - 1);
    state.handleKey(key(Key::Escape));
    state.handleKey(key(Key::Settings));
    CHECK(state.settingsScreen().row == 0);
    state.handleKey(key(Key::Escape));

    state.setNotice("Practice from step 3: try another answer.");
    CHECK_FALSE(state.handleKey(letterKey('z'))); // does nothing: the notice stays
    CHECK_FALSE(state.notice().empty());
    state.handleKey(key(Key::Down));
    CHECK(state.notice().empty());
}

TEST_CASE("Screen names come from one table, both ways", "[app][commands]") {
    for (std::size_t i = 0; i < kScreenCount; ++i) {
        const auto screen = static_cast<Screen>(i);
        REQUIRE(screenFrom(toString(screen)) == screen);
    }
    CHECK_FALSE(screenFrom("handbook")); // a view of play, not a screen
    CHECK(contains(screenNameList(), "author, progress, handbook, playtest"));
}

namespace {

// The keyboard guide's table of keys, built from the keymaps the program looks keys up in.
std::string keysGuide() {
    AppState state(realLibrary(), Settings{});
    const std::pair<Screen, const char*> screens[] = {{Screen::Library, "The library"},
                                                      {Screen::Briefing, "A briefing"},
                                                      {Screen::Play, "Play"},
                                                      {Screen::Debrief, "The debrief"},
                                                      {Screen::Settings, "Settings"},
                                                      {Screen::Progress, "Progress"},
                                                      {Screen::Author, "The author's map"}};
    std::string out;
    const auto table = [&](const char* title, const Keymap& keymap) {
        out += std::string("\n### ") + title + "\n\n| Keys | What |\n|---|---|\n";
        for (const HelpRow& row : helpRows(keymap)) {
            std::string keys = row.keys;
            for (std::size_t at = keys.find('|'); at != std::string::npos;
                 at = keys.find('|', at + 2))
                keys.replace(at, 1, "\\|");
            out += "| " + keys + " | " + row.words + " |\n";
        }
    };
    table("Every screen", state.global().keys);
    for (const auto& [screen, title] : screens) {
        state.go(screen);
        table(title, state.controller()->keys);
    }
    return out;
}

} // namespace

TEST_CASE("The keyboard guide lists every key of every screen as the keymaps bind them",
          "[app][commands][docs]") {
    const std::string path = std::string(FRONTLINE_TEST_DATA) + "/../docs/keyboard.md";
    const std::string begin = "<!-- keys:begin -->", end = "<!-- keys:end -->";
    std::ifstream in(path);
    std::string doc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto from = doc.find(begin), to = doc.find(end);
    REQUIRE(from != std::string::npos);
    REQUIRE(to != std::string::npos);
    const std::string expected = keysGuide() + "\n";
    const std::string actual = doc.substr(from + begin.size(), to - from - begin.size());
    if (actual != expected && std::getenv("FRONTLINE_UPDATE_DOCS") != nullptr) {
        doc.replace(from + begin.size(), actual.size(), expected);
        std::ofstream(path) << doc;
        FAIL("docs/keyboard.md rewritten from the keymaps: review the diff, then run again");
    }
    INFO("the keymaps say:\n" << expected);
    CHECK(actual == expected);
}

TEST_CASE("Keys by name: every key a keymap binds is found by the name the help gives it, and "
          "--keys drives a screen",
          "[app][commands]") {
    AppState state(realLibrary(), Settings{});
    int named = 0;
    const auto check = [&](const Keymap& keymap) {
        for (const Binding& b : keymap.bindings()) {
            if ((b.keys.key == Key::Letter && b.keys.letter == 0) ||
                (b.keys.key == Key::Digit && b.keys.digit < 0))
                continue; // "A-Z", "1-9": many keys
            const auto press = keyNamed(keyLabel(b.keys));
            INFO(keyLabel(b.keys));
            REQUIRE(press);
            CHECK(keymap.find(*press).has_value());
            ++named;
        }
    };
    check(state.global().keys);
    for (const Screen screen : {Screen::Library, Screen::Briefing, Screen::Play, Screen::Debrief,
                                Screen::Settings, Screen::Author, Screen::Progress}) {
        state.go(screen);
        check(state.controller()->keys);
    }
    CHECK(named > 60);
    CHECK(keyNamed("pgdn")->key == Key::PageDown);
    CHECK(keyNamed("Shift+Tab")->shift);
    CHECK(keyNamed("ctrl+q")->ctrl);
    CHECK(keyNamed("escape")->key == Key::Escape);
    CHECK_FALSE(keyNamed("nonsense"));
    CHECK_FALSE(keyNamed("ctrl+"));

    AppState driven(realLibrary(), Settings{});
    ScreenRequest request = *screenRequestFor("play");
    request.scenario = "brightmart.faulty-kettle";
    request.keys = {"down", "Down"};
    std::string problem;
    REQUIRE(driveTo(driven, request, problem));
    CHECK(driven.attempt()->selected() == 2);
    request.keys = {"sideways"};
    AppState refused(realLibrary(), Settings{});
    CHECK_FALSE(driveTo(refused, request, problem));
    CHECK_THAT(problem, Catch::Contains("no key is called 'sideways'"));
}
