// Every non-class screen laid out headless at text sizes 0.75 to 3 on 1024x768, 1280x720 and
// 1920x1080, with DejaVu and (at 1280x720) OpenDyslexic: no line of text cut at a region's right
// edge, the status bar's hints shown whole (wrapped, never cut), and the keyboard's selection,
// moved with Down and Up through every element of a list, always fully in view.
#include "app/model/drive.hpp"
#include "app/model/handbook.hpp"
#include "script/library.hpp"
#include "store/records.hpp"
#include "support.hpp"
#include "support/screen_harness.hpp"

#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <fstream>
#include <functional>
#include <memory>
#include <set>
#include <sstream>

using namespace frontline;
using namespace frontline::app;

namespace {

struct Display {
    float width, height;
};
constexpr float kTextSizes[] = {0.75f, 1.f, 1.5f, 2.f, 2.5f, 3.f};
constexpr Display kDisplays[] = {{1024, 768}, {1280, 720}, {1920, 1080}};

const script::Library& library() {
    static const script::Library loaded = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    return loaded;
}

// A list the keyboard's Down and Up move through: which elements belong to it, and how many
// there are on this state's screen.
struct KeyList {
    std::function<bool(const std::string& id)> holds;
    std::function<std::size_t(AppState&)> size;
    bool whole = false; // each element fits its region whole (else a taller one shows its top)
    KeyPress next = key(Key::Down), previous = key(Key::Up);
};

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

// A screen as driveTo reaches it, and the list on it, if any.
struct ScreenCase {
    const char* name;
    bool records = false; // progress needs an attempt on record
    std::optional<KeyList> list;
};

const KeyList kCards{[](const std::string& id) { return id.find('.') != std::string::npos; },
                     [](AppState& s) { return s.library().visible().size(); }};
const KeyList kModes{[](const std::string& id) { return id.size() > 3 && id[1] == ' '; },
                     [](AppState&) -> std::size_t { return 2; }};
const KeyList kChoices{[](const std::string& id) { return startsWith(id, "choice"); },
                       [](AppState& s) { return s.attempt()->offers().size(); }, true};
// In a playtest the inspector shares the screen: at the largest sizes a choice can be taller
// than what is left, and shows its top.
const KeyList kPlaytestChoices{kChoices.holds, kChoices.size};
const KeyList kPathRows{[](const std::string& id) { return startsWith(id, "row"); },
                        [](AppState& s) { return s.debriefView()->rows.size(); }};
// The handbook's sections, which Up/Down walk while the handbook has the keyboard.
const KeyList kSections{
    [](const std::string& id) { return startsWith(id, "section"); },
    [](AppState& s) {
        return matchingDocuments(*s.organisation(), s.play().handbookQuery).size();
    }};
const KeyList kSettingRowList{[](const std::string& id) { return startsWith(id, "setting"); },
                              [](AppState&) -> std::size_t { return kSettingRows; }, true};

// The class setup's rows (a team's row is "team<n>"), walked with Up and Down.
const KeyList kSetupRows{
    [](const std::string& id) { return startsWith(id, "row") || startsWith(id, "team"); },
    [](AppState& s) { return s.classroom()->rows().size(); }, true};

const ScreenCase kScreens[] = {
    {"library", false, kCards},
    {"briefing", false, kModes},
    {"play", false, kChoices},
    {"handbook", false, kSections}, // opened, the handbook has the keyboard
    {"debrief", false, {}},
    {"debrief-path", false, kPathRows},
    {"settings", false, kSettingRowList},
    {"author", false, {}},
    {"playtest", false, kPlaytestChoices},
    {"progress", true, {}},
    {"class-setup", false, kSetupRows},
    {"class-debrief", false, {}},
};

// A state on the screen, with its own records where it needs them.
struct Driven {
    std::unique_ptr<test::Scratch> folder;
    std::unique_ptr<store::Records> records;
    std::unique_ptr<AppState> state;
};

Driven driven(const ScreenCase& screen) {
    Driven d;
    d.state = std::make_unique<AppState>(library(), Settings{});
    if (screen.records) {
        d.folder = std::make_unique<test::Scratch>("screen-fit");
        d.records = std::make_unique<store::Records>(store::recordsPath(d.folder->dir.string()));
        d.state->useRecords(d.records.get());
        // One finished attempt, so progress draws its chart and its lists.
        std::string problem;
        REQUIRE(driveTo(*d.state, *screenRequestFor("debrief"), problem));
        d.state->backToLibrary();
    }
    std::string problem;
    REQUIRE(driveTo(*d.state, *screenRequestFor(screen.name), problem));
    return d;
}

// Regions whose text is meant to reach past their edge: the author's map is a canvas that
// pans, so a node's label at its edge is in reach.
bool pans(const std::string& region) {
    return region == "map";
}

void checkNothingCut(const FrameReport& report) {
    std::ostringstream cut;
    for (const FrameReport::CutLine& line : report.cut)
        if (!pans(line.region))
            cut << "  \"" << line.text << "\" in " << line.region << ", " << line.overBy
                << " px past its edge\n";
    INFO("text cut at a region's right edge:\n" << cut.str());
    CHECK(cut.str().empty());
}

void checkStatusWhole(const FrameReport& report) {
    REQUIRE(report.status.size() == 1);
    const FrameReport::Status& status = report.status.front();
    INFO("status bar \"" << status.text << "\" needs " << status.needed << " px, has "
                         << status.given);
    CHECK(status.given >= status.needed - 0.5f);
}

const FrameReport::Selectable* selectedIn(const FrameReport& report, const KeyList& list) {
    for (const FrameReport::Selectable& s : report.selectables)
        if (s.selected && list.holds(s.id)) return &s;
    return nullptr;
}

// Down through the whole list from its first element, then Up back to it: each element, once
// selected, lies whole inside the visible part of its region.
void checkSelectionInView(ScreenHarness& h, AppState& state, const KeyList& list, bool roomy) {
    const std::size_t count = list.size(state);
    REQUIRE(count > 0);
    for (std::size_t i = 0; i < count; ++i)
        state.handleKey(list.previous);
    h.draw(state);
    std::set<std::string> seen;
    auto checkSelected = [&](const char* moving) {
        const FrameReport::Selectable* s = selectedIn(h.report(), list);
        REQUIRE(s != nullptr);
        seen.insert(s->id);
        const FrameReport::Region* region = h.report().region(s->region);
        INFO(moving << ": " << s->id << " in " << s->region << " at y " << s->rect.y0 << "-"
                    << s->rect.y1 << ", the region shows y " << s->clip.y0 << "-" << s->clip.y1
                    << (region ? " scrolled " + std::to_string(region->scrollY) + " of " +
                                     std::to_string(region->scrollMaxY)
                               : std::string()));
        // A card or a path row taller than its region cannot be seen whole: its top is shown,
        // where it starts to be read. A choice or a settings row must always fit.
        if (!(list.whole && roomy) && s->rect.y1 - s->rect.y0 > s->clip.y1 - s->clip.y0)
            CHECK((s->rect.y0 >= s->clip.y0 - 1 && s->rect.y0 <= s->clip.y0 + h.em()));
        else
            CHECK(s->rect.inside(s->clip));
    };
    checkSelected("first");
    for (std::size_t i = 1; i < count; ++i) {
        h.press(state, list.next);
        checkSelected("next");
    }
    CHECK(seen.size() == count); // every element reached
    for (std::size_t i = 1; i < count; ++i) {
        h.press(state, list.previous);
        checkSelected("previous");
    }
}

// `roomy`: the display has room for each choice and settings row whole.
void checkScreen(ScreenHarness& h, const ScreenCase& screen, bool roomy = true) {
    Driven d = driven(screen);
    h.draw(*d.state);
    REQUIRE(d.state->screen() == screenRequestFor(screen.name)->screen);
    checkNothingCut(h.report());
    checkStatusWhole(h.report());
    if (screen.list) checkSelectionInView(h, *d.state, *screen.list, roomy);
}

// The region that scrolls on a screen: the first of `names` drawn that has anywhere to scroll.
const FrameReport::Region* scrolling(const FrameReport& report,
                                     std::initializer_list<const char*> names) {
    for (const char* name : names)
        if (const FrameReport::Region* r = report.region(name); r != nullptr && r->scrollMaxY > 0)
            return r;
    return nullptr;
}

// Whether a key reaches the end (or with `top`, the start) of the screen's scrolling region
// within `limit` presses.
bool reachesEdge(ScreenHarness& h, AppState& state, const KeyPress& k,
                 std::initializer_list<const char*> regions, bool top = false, int limit = 60) {
    const FrameReport::Region* region = scrolling(h.report(), regions);
    REQUIRE(region != nullptr);
    const std::string name = region->name;
    const auto presses = h.pressUntil(
        state, k,
        [&](const FrameReport& report) {
            const FrameReport::Region* r = report.region(name);
            return r != nullptr && (top ? r->scrollY <= 0 : r->scrollY >= r->scrollMaxY - 0.5f);
        },
        limit);
    return presses.has_value();
}

Settings lookAt(float textScale, bool dyslexic) {
    Settings look;
    look.textScale = textScale;
    look.dyslexicFont = dyslexic;
    return look;
}

} // namespace

TEST_CASE("Screen fit: every screen at every text size and display, nothing cut, selection seen",
          "[ui-headless][screen-fit]") {
    for (const float size : kTextSizes) {
        ScreenHarness h(lookAt(size, false), 1280, 720);
        for (const Display display : kDisplays) {
            h.setDisplay(display.width, display.height);
            for (const ScreenCase& screen : kScreens) {
                INFO(screen.name << " at text size " << size << " on " << display.width << "x"
                                 << display.height);
                checkScreen(h, screen);
            }
        }
    }
}

TEST_CASE("Screen fit: OpenDyslexic at every text size on 1280x720", "[ui-headless][screen-fit]") {
    for (const float size : kTextSizes) {
        ScreenHarness h(lookAt(size, true), 1280, 720);
        for (const ScreenCase& screen : kScreens) {
            INFO(screen.name << " in OpenDyslexic at text size " << size);
            // From 2.5 the longest choices in OpenDyslexic are taller than all 720 lines hold
            // below the status bar: each shows its top, the rest a scroll away.
            checkScreen(h, screen, size < 2.5f);
        }
    }
}

TEST_CASE("Screen fit: the library keeps the selected card in view after the text size changes",
          "[ui-headless][screen-fit]") {
    // As a learner found it: a card far down the list opened, the text made larger during play,
    // then back to the library.
    AppState state(library(), Settings{});
    ScreenHarness h(state.look(), 1280, 720);
    h.followsLook = true;
    h.draw(state);
    const std::size_t cards = state.library().visible().size();
    REQUIRE(cards > 6);
    for (std::size_t i = 0; i + 2 < cards; ++i)
        h.press(state, key(Key::Down));
    const std::string chosen = selectedIn(h.report(), kCards)->id;
    h.press(state, key(Key::Enter)); // the briefing
    h.press(state, key(Key::Enter)); // play
    REQUIRE(state.screen() == Screen::Play);
    h.press(state, key(Key::ZoomIn));
    h.press(state, key(Key::ZoomIn));
    REQUIRE(state.look().textScale > 1.f);
    h.press(state, key(Key::Escape));
    REQUIRE(state.screen() == Screen::Library);
    const FrameReport::Selectable* card = selectedIn(h.report(), kCards);
    REQUIRE(card != nullptr);
    CHECK(card->id == chosen);
    INFO(card->id << " at y " << card->rect.y0 << "-" << card->rect.y1 << ", the region shows y "
                  << card->clip.y0 << "-" << card->clip.y1);
    CHECK(card->rect.inside(card->clip));
    // Larger again on the library itself: still in view.
    h.press(state, key(Key::ZoomIn));
    card = selectedIn(h.report(), kCards);
    REQUIRE(card != nullptr);
    CHECK(card->rect.inside(card->clip));
}

TEST_CASE("Screen fit: the debrief's findings scroll to their end and back from the keyboard",
          "[ui-headless][screen-fit]") {
    for (const float size : {1.f, 2.f, 3.f}) {
        INFO("text size " << size);
        ScreenHarness h(lookAt(size, false), 1280, 720);
        Driven d = driven({"debrief"});
        h.draw(*d.state);
        // At size 3 the findings run to some 120 pages.
        CHECK(reachesEdge(h, *d.state, key(Key::PageDown), {"tab", "body"}, false, 200));
        CHECK(reachesEdge(h, *d.state, key(Key::Home), {"tab", "body"}, true));
        CHECK(reachesEdge(h, *d.state, key(Key::End), {"tab", "body"}));
        CHECK(reachesEdge(h, *d.state, key(Key::PageUp), {"tab", "body"}, true, 200));
    }
}

TEST_CASE("Screen fit: progress scrolls to its end from the keyboard",
          "[ui-headless][screen-fit]") {
    for (const float size : {1.f, 2.f, 3.f}) {
        INFO("text size " << size);
        ScreenHarness h(lookAt(size, false), 1280, 720);
        Driven d = driven({"progress", true});
        h.draw(*d.state);
        CHECK(reachesEdge(h, *d.state, key(Key::PageDown), {"body"}));
    }
}

TEST_CASE("Screen fit: the handbook's text scrolls to its end from the keyboard",
          "[ui-headless][screen-fit]") {
    for (const float size : {1.f, 2.f, 3.f}) {
        INFO("text size " << size);
        ScreenHarness h(lookAt(size, false), 1280, 720);
        Driven d = driven({"handbook"});
        h.draw(*d.state);
        CHECK(reachesEdge(h, *d.state, key(Key::PageDown), {"handbook", "body"}));
    }
}

namespace {

// Where a screen's region can scroll, End reaches its end and Home its top, and unless its
// pages walk a selection (the debrief's path, kept in view) so do PageDown and PageUp.
void checkEnds(ScreenHarness& h, AppState& state, std::initializer_list<const char*> regions,
               bool pages = true) {
    if (scrolling(h.report(), regions) == nullptr) return; // all of it is on screen
    CHECK(reachesEdge(h, state, key(Key::End), regions));
    CHECK(reachesEdge(h, state, key(Key::Home), regions, true));
    if (!pages) return;
    CHECK(reachesEdge(h, state, key(Key::PageDown), regions, false, 200));
    CHECK(reachesEdge(h, state, key(Key::PageUp), regions, true, 200));
}

} // namespace

TEST_CASE("Keyboard only: at text sizes 1, 2 and 3 on 1280x720 every scrolling region reaches its "
          "end and its top, the help list too",
          "[ui-headless][screen-fit]") {
    for (const float size : {1.f, 2.f, 3.f}) {
        INFO("text size " << size);
        ScreenHarness h(lookAt(size, false), 1280, 720);
        for (const char* name : {"briefing", "play", "settings", "handbook", "debrief-path",
                                 "playtest", "class-debrief"}) {
            INFO(name);
            Driven d = driven({name});
            h.draw(*d.state);
            checkEnds(h, *d.state, {"transcript", "handbook", "tab", "inspector", "body"},
                      std::string_view(name) != "debrief-path");
        }
        // A playtest's inspector, beside the conversation: Shift+PageDown and Shift+PageUp.
        {
            Driven d = driven({"playtest"});
            h.draw(*d.state);
            // (In one column, at large sizes, it is part of the page the other keys scroll.)
            const FrameReport::Region* inspector = h.report().region("inspector");
            if (inspector != nullptr && inspector->scrollMaxY > 0) {
                KeyPress down = key(Key::PageDown), up = key(Key::PageUp);
                down.shift = up.shift = true;
                CHECK(reachesEdge(h, *d.state, down, {"inspector"}));
                CHECK(reachesEdge(h, *d.state, up, {"inspector"}, true));
            }
        }
        // The projector's decision, vote and card scroll (only below the back row's floor)
        // with Down and Up, and PageDown scrolls before it advances.
        for (const char* name : {"class-vote", "class-reveal", "class-card"}) {
            INFO(name);
            Driven d = driven({name});
            h.draw(*d.state);
            if (scrolling(h.report(), {"play-flowing"}) == nullptr) continue;
            CHECK(reachesEdge(h, *d.state, key(Key::Down), {"play-flowing"}));
            CHECK(reachesEdge(h, *d.state, key(Key::Up), {"play-flowing"}, true));
        }
        Driven d = driven({"library"});
        h.press(*d.state, key(Key::Help));
        REQUIRE(d.state->global().helpOpen());
        const FrameReport::Region* help = h.report().region("Keys on this screen###help");
        REQUIRE(help != nullptr);
        const float helpScrolls = help->scrollMaxY; // the report is redrawn by the presses below
        checkEnds(h, *d.state, {"Keys on this screen###help"});
        CHECK(d.state->global().helpOpen());        // scrolling kept it open
        if (size >= 2) CHECK(helpScrolls > 0); // the list is long: it must scroll
    }
}

namespace {

// A draft with 30 nodes nothing reaches: 30 problems, more than the side panel shows at once.
std::string draftWithProblems() {
    std::string lua = R"(scenario { id = "t.problems", title = "Problems", brief = "B",
  customer = { name = "Sam" }, start = "greet" }
node "greet" { customer = "Hello.", choice { "Bye", id = "bye", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "Done." }
)";
    for (int i = 0; i < 30; ++i)
        lua += "node \"orphan" + std::to_string(i) +
               "\" { customer = \"Lost.\", choice { \"Bye\", id = \"bye\", go = \"done\", why = "
               "\"w\" } }\n";
    return lua;
}

} // namespace

TEST_CASE("Keyboard only: the author's problems are walked with P and the side panel scrolls to "
          "its end, at text sizes 1, 2 and 3 on 1280x720",
          "[ui-headless][screen-fit]") {
    test::Scratch folder("screen-fit-author");
    folder.write("draft.lua", draftWithProblems());
    const script::Library content = script::loadLibrary({folder.dir.string()});
    const KeyList problems{[](const std::string& id) { return startsWith(id, "problem"); },
                           [](AppState& s) { return s.author()->problems().size(); },
                           false,
                           letterKey('p'),
                           letterKey('p', true)};
    for (const float size : {1.f, 2.f, 3.f}) {
        INFO("text size " << size);
        ScreenHarness h(lookAt(size, false), 1280, 720);
        AppState state(content, Settings{});
        REQUIRE(state.openAuthor("t.problems"));
        REQUIRE(state.author()->problems().size() >= 30);
        h.draw(state);
        checkNothingCut(h.report());
        checkStatusWhole(h.report());
        checkSelectionInView(h, state, problems, true);
        // Walked back to the first problem, which selected the node it is about.
        const AuthorView& view = *state.author();
        CHECK(view.problem == std::size_t{0});
        if (view.problems().front().node) CHECK(view.selected == view.problems().front().node);
        checkEnds(h, state, {"side", "body"});
    }
}

TEST_CASE("Author: the hover card wraps at a readable width and stays on the screen",
          "[ui-headless][screen-fit][author]") {
    // As a trainer found it: over a node, a card one character wide ran off the window.
    for (const Display display : {Display{1920, 1080}, Display{1280, 720}}) {
        INFO(display.width << "x" << display.height);
        ScreenHarness h(lookAt(1, false), display.width, display.height);
        AppState state(library(), Settings{});
        REQUIRE(state.openAuthor("brightmart.faulty-kettle"));
        h.draw(state);
        const AuthorView& view = *state.author();
        const FrameReport::Region* map = h.report().region("map");
        REQUIRE(map != nullptr);
        const Node* describe = view.scenario().find("describe");
        REQUIRE(describe != nullptr);
        // Where the node's box is: the canvas starts inside the map's frame.
        const Point at = view.toCanvas(
            view.layout().nodes[view.scenario().indexOf(*describe)].centre, view.unit);
        const float pad = ImGui::GetStyle().WindowPadding.x;
        h.mouse = ImVec2(map->visible.x0 + pad + at.x, map->visible.y0 + pad + at.y);
        h.draw(state);
        REQUIRE(view.hovered == view.scenario().indexOf(*describe));
        const ImGuiWindow* tip = ImGui::FindWindowByName("##Tooltip_00");
        REQUIRE(tip != nullptr);
        INFO("the card at " << tip->Pos.x << "," << tip->Pos.y << ", " << tip->Size.x << " x "
                            << tip->Size.y);
        CHECK(tip->Size.x >= 10 * h.em());
        CHECK(tip->Size.x <= display.width * 0.5f);
        CHECK(tip->Pos.x >= 0);
        CHECK(tip->Pos.y >= 0);
        CHECK(tip->Pos.x + tip->Size.x <= display.width + 1);
        CHECK(tip->Pos.y + tip->Size.y <= display.height + 1);
    }
}

TEST_CASE("Editing on the map from the keyboard: E puts the cursor in the first field, Enter "
          "saves it, Escape stops editing",
          "[ui-headless][author][edit]") {
    test::Scratch folder("screen-fit-edit");
    const std::string path = folder.write("draft.lua", R"(scenario { id = "t.keys", title = "Keys",
  brief = "B", customer = { name = "Sam" }, start = "greet" }
node "greet" {
  customer = "Hello.",
  choice { "Bye", id = "bye", go = "done", why = "w" },
}
ending "done" { kind = "resolved", summary = "Done." }
)");
    const std::string dir = folder.dir.string();
    AppState state(script::loadLibrary({dir}), Settings{});
    state.loadContent = [dir] { return script::loadLibrary({dir}); };
    ScreenHarness h(lookAt(1, false), 1280, 720);
    REQUIRE(state.openAuthor("t.keys"));
    h.draw(state);
    REQUIRE(state.author()->selected);
    h.press(state, letterKey('e'));
    REQUIRE(state.author()->editing);
    ImGuiIO& io = ImGui::GetIO();
    CHECK(io.WantTextInput); // the first field has the keyboard: typing goes into it
    // While typing, Enter is the field's: it saves, and starts no playtest.
    CHECK_FALSE(state.handleKey(key(Key::Enter), true));
    auto type = [&](const std::string& text) {
        for (const char c : text)
            io.AddInputCharacter(static_cast<unsigned>(c));
        h.draw(state, 2);
        const FrameReport::Region* side = h.report().region("side");
        REQUIRE(side != nullptr);
        return side->scrollMaxY; // how far the side panel runs past the screen
    };
    const float fits = type(" Still there?"); // changed, so with its Save button
    // Now wider than its box, which ImGui 1.86 does not wrap: while it is typed in, the whole of
    // it is shown wrapped under the box, lines more of the side panel.
    const float wider = type(" I can wait while you find the order number, there is no rush "
                             "at all on my side this afternoon.");
    CHECK(wider >= fits + 2 * h.em());
    constexpr int kEnter = 13;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeysDown[kEnter] = true;
    h.draw(state, 1);
    io.KeysDown[kEnter] = false;
    h.draw(state);
    const Node* greet = state.author()->scenario().find("greet");
    REQUIRE(greet != nullptr);
    CHECK_THAT(greet->customer.literal, Catch::Contains("Still there?"));
    std::ifstream in(path);
    const std::string saved((std::istreambuf_iterator<char>(in)), {});
    CHECK_THAT(saved, Catch::Contains("Still there?"));
    CHECK(state.screen() == Screen::Author);
    // Escape stops editing; a second one goes back to the library.
    state.handleKey(key(Key::Escape));
    CHECK_FALSE(state.author()->editing);
    CHECK(state.screen() == Screen::Author);
    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Library);
}
