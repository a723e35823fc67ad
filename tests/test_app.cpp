// The window's state and decisions, tested without a display: what each key does on each
// screen, what the play and debrief screens hold, settings, themes, faces and the handbook.
#include "app/model/app_state.hpp"
#include "app/model/drive.hpp"
#include "app/model/face.hpp"
#include "app/model/handbook.hpp"
#include "app/model/settings.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>

using namespace frontline;
using namespace frontline::app;
using frontline::test::fixture;

namespace {

script::Library appLibrary() {
    return script::loadLibrary({fixture("scoring"), fixture("app")});
}

AppState freshState(Settings settings = {}) {
    return AppState(appLibrary(), settings);
}

// Opens a scenario and starts it from the library, as a learner at the keyboard would.
void startPlaying(AppState& state, const std::string& id, Mode mode = Mode::Practice) {
    REQUIRE(state.openBriefing(id));
    state.handleKey(digitKey(mode == Mode::Practice ? 1 : 2));
    state.handleKey(key(Key::Enter));
    REQUIRE(state.screen() == Screen::Play);
}

std::filesystem::path scratchDir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() / ("frontline-test-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

} // namespace

TEST_CASE("Every theme keeps text readable against what it is drawn on", "[app][theme]") {
    for (auto theme : {ThemeName::Dark, ThemeName::Light, ThemeName::HighContrast}) {
        const Palette& p = palette(theme);
        const double least = theme == ThemeName::HighContrast ? 7.0 : 4.5;
        CAPTURE(toString(theme));
        for (Rgba ground : {p.background, p.panel}) {
            for (Rgba ink :
                 {p.text, p.muted, p.customer, p.learner, p.good, p.bad, p.warning, p.accent})
                CHECK(contrastRatio(ink, ground) >= least);
        }
        for (Rgba face : {p.button, p.buttonHover, p.buttonActive})
            CHECK(contrastRatio(p.text, face) >= least);
    }
    CHECK(contrastRatio({0, 0, 0, 1}, {1, 1, 1, 1}) == Approx(21.0));
    CHECK(themeFrom("high-contrast") == ThemeName::HighContrast);
    CHECK_FALSE(themeFrom("neon"));
}

TEST_CASE("Settings survive a round trip, and a corrupt file gives the defaults",
          "[app][settings]") {
    Settings s;
    s.textScale = 2.5f;
    s.theme = ThemeName::HighContrast;
    s.dyslexicFont = true;
    s.timers = false;
    s.fullscreen = true;
    std::string problem;
    CHECK(settingsFromJson(toJson(s), problem) == s);
    CHECK(problem.empty());

    CHECK(settingsFromJson("{not json", problem) == Settings{});
    CHECK_THAT(problem, Catch::Contains("not a JSON object"));

    problem.clear();
    const Settings odd = settingsFromJson(
        R"({"text_scale": 99, "theme": "neon", "timers": "yes", "fullscreen": true})", problem);
    CHECK(odd.textScale == 3.0f); // clamped
    CHECK(odd.theme == ThemeName::Dark);
    CHECK(odd.timers); // wrong type keeps the default
    CHECK(odd.fullscreen);
    CHECK(clampTextScale(0.1f) == 0.75f);
    CHECK(clampTextScale(1.3f) == 1.25f);
    CHECK(clampTextScale(std::nanf("")) == 1.0f);
}

TEST_CASE("Settings are written whole and read back from the config folder", "[app][settings]") {
    const auto dir = scratchDir("settings");
    const std::string path = (dir / "nested" / "settings.json").string();
    std::string problem;
    CHECK(loadSettings(path, problem) == Settings{}); // missing: defaults, no complaint
    CHECK(problem.empty());
    Settings s;
    s.textScale = 1.5f;
    REQUIRE(saveSettings(path, s, problem));
    CHECK(loadSettings(path, problem) == s);
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    { std::ofstream(path) << "\x01\x02garbage"; }
    CHECK(loadSettings(path, problem) == Settings{});
    CHECK_FALSE(problem.empty());
}

TEST_CASE("The face shows at least five distinct expressions as mood rises", "[app][face]") {
    std::set<Expression> seen;
    float lastCurve = -2;
    for (int mood = 0; mood <= 100; mood += 5) {
        seen.insert(expressionFor(mood));
        const FaceShape f = faceFor(static_cast<float>(mood));
        CHECK(f.mouthCurve >= lastCurve); // a happier customer never frowns more
        lastCurve = f.mouthCurve;
    }
    CHECK(seen.size() >= 5);
    CHECK(expressionFor(0) == Expression::Furious);
    CHECK(expressionFor(100) == Expression::Delighted);
    CHECK(faceFor(0).flush > 0.9f);
    CHECK(faceFor(100).flush == 0.0f);
    CHECK(faceFor(0).browTilt < 0);
    CHECK(faceFor(90).browTilt > 0);
    CHECK(faceFor(-50).mouthCurve == faceFor(0).mouthCurve); // out of range is clamped
}

TEST_CASE("The handbook finds documents by every word, in any case", "[app][handbook]") {
    Organisation org;
    org.documents = {{"refunds", "Refunds and returns", "Faulty goods: refund within 30 days.", {}},
                     {"data", "Handling customer data", "Never read out card numbers.", {}}};
    CHECK(matchingDocuments(org, "") == std::vector<std::size_t>{0, 1});
    CHECK(matchingDocuments(org, "REFUND") == std::vector<std::size_t>{0});
    CHECK(matchingDocuments(org, "card   never") == std::vector<std::size_t>{1});
    CHECK(matchingDocuments(org, "refund card").empty());
    CHECK(snippetFor("a long text about refunds and more", "refunds", 12).find("refunds") !=
          std::string::npos);
}

TEST_CASE("Handbook text is reflowed: items keep their lines, wrapped lines join",
          "[app][handbook]") {
    const std::string text = "1. The law comes first. Faulty goods are\n"
                             "   covered by the Act.\n"
                             "2. Within 30 days: refund.\n"
                             "\n"
                             "Notes follow\n"
                             "here.\n"
                             "- a bullet";
    CHECK(reflow(text) == "1. The law comes first. Faulty goods are covered by the Act.\n"
                          "2. Within 30 days: refund.\n\n"
                          "Notes follow here.\n"
                          "- a bullet");
    CHECK(reflow("") == "");
    CHECK(reflow("\n\n  \n") == "");
}

TEST_CASE("The library shows a card per scenario and broken files apart", "[app][library]") {
    const auto library = appLibrary();
    LibraryView view(library, {});
    REQUIRE(view.cards().size() == 2);
    REQUIRE(view.broken().size() == 1);
    CHECK_THAT(view.broken()[0].path, Catch::EndsWith("broken.lua"));
    REQUIRE_FALSE(view.broken()[0].messages.empty());
    CHECK_THAT(view.broken()[0].messages[0], Catch::Contains("broken.lua:3: error"));
    CHECK(view.cards()[0].organisation == "Alpha"); // the name, not the id
    CHECK(view.topics() == std::vector<std::string>{"faults"});
    CHECK(view.levels() == std::vector<int>{2, 3});

    view.search = "FAILS";
    REQUIRE(view.visible().size() == 1);
    CHECK(view.selected()->id == "t.failing");
    view.search.clear();
    view.setLevel(2);
    REQUIRE(view.visible().size() == 1);
    CHECK(view.selected()->id == "t.scoring");
    view.setLevel(0);
    view.setTopic("faults");
    CHECK(view.selected()->id == "t.failing");
    view.setTopic("");
    view.moveSelection(-5); // clamped to the first shown
    CHECK(view.selected() == &view.cards()[0]);
    view.search = "no such title";
    CHECK(view.selected() == nullptr);
    view.moveSelection(1); // nothing shown: nothing happens
}

TEST_CASE("From the library to the debrief with the keyboard alone", "[app][keys]") {
    AppState state = freshState();
    CHECK(state.screen() == Screen::Library);
    state.handleKey(key(Key::Down));
    state.handleKey(key(Key::Up));
    state.handleKey(key(Key::Enter));
    REQUIRE(state.screen() == Screen::Briefing);
    CHECK(state.scenarioFile()->scenario->id == state.library().cards()[0].id);
    state.handleKey(digitKey(2));
    CHECK(state.briefing().mode == Mode::Assessment);
    state.handleKey(key(Key::Down));
    CHECK(state.briefing().mode == Mode::Practice);
    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Library);

    startPlaying(state, "t.scoring");
    const Attempt& a = *state.attempt();
    state.handleKey(digitKey(9)); // not on offer: nothing happens
    CHECK(a.session().steps().empty());
    state.handleKey(digitKey(1)); // listen
    state.handleKey(key(Key::Down));
    state.handleKey(key(Key::Enter)); // the second choice: leak
    state.handleKey(digitKey(1));     // refund
    REQUIRE(a.finished());
    CHECK(a.session().choiceIds() == std::vector<std::string>{"a.listen", "b.leak", "c.refund"});
    state.handleKey(digitKey(1)); // the conversation is over: digits do nothing
    state.handleKey(key(Key::Enter));
    REQUIRE(state.screen() == Screen::Debrief);
    const DebriefView& d = *state.debriefView();
    CHECK(d.debrief.grade == Grade::Refer); // a critical data breach
    CHECK(d.rows.size() == 3);
    CHECK(d.selectedRow == 1); // the first step that differs from the best path
    CHECK(state.library().cards()[0].best.has_value());
}

TEST_CASE("While a text field has the keyboard, letters and digits are text", "[app][keys]") {
    AppState state = freshState();
    CHECK_FALSE(state.handleKey(letterKey('f'), true));
    CHECK_FALSE(state.libraryScreen().focusSearch);
    CHECK(state.handleKey(letterKey('f')));
    CHECK(state.libraryScreen().focusSearch);
    CHECK(state.handleKey(key(Key::Enter), true)); // Enter still opens the selected card
    CHECK(state.screen() == Screen::Briefing);
    CHECK_FALSE(state.handleKey(digitKey(2), true));
    CHECK(state.briefing().mode == Mode::Practice);
}

TEST_CASE("Practice gives the reason after each choice and undo, assessment neither",
          "[app][play]") {
    AppState state = freshState();
    startPlaying(state, "t.failing");
    state.handleKey(digitKey(1));
    const Attempt* a = state.attempt();
    const Rubric& rubric = state.content().rubric;
    REQUIRE(a->feedback(rubric));
    CHECK(a->feedback(rubric)->why == "Listening helps.");
    CHECK(a->feedback(rubric)->moodSentence() == "The customer's mood rose by 20.");
    CHECK(a->animating(Clock::now()));
    state.handleKey(letterKey('u'));
    CHECK(a->session().steps().empty());
    CHECK_FALSE(a->feedback(rubric));

    state.handleKey(key(Key::Escape));
    startPlaying(state, "t.failing", Mode::Assessment);
    state.handleKey(digitKey(1));
    a = state.attempt();
    CHECK_FALSE(a->feedback(state.content().rubric)); // no reasons and no marks in assessment
    state.handleKey(letterKey('u'));
    CHECK(a->session().steps().size() == 1); // no undo in assessment
}

TEST_CASE("A script that fails mid-play shows file:line and keeps the attempt", "[app][play]") {
    AppState state = freshState();
    startPlaying(state, "t.failing");
    state.handleKey(digitKey(2)); // sets broken: the next node's `when` raises
    const Attempt* a = state.attempt();
    REQUIRE(a->error());
    CHECK_THAT(*a->error(), Catch::Contains("failing-when.lua:12"));
    CHECK_THAT(*a->error(), Catch::Contains("the when broke"));
    CHECK(a->session().steps().size() == 1); // the step taken stands
    state.handleKey(digitKey(1));            // choices are closed while the error shows
    CHECK(a->session().steps().size() == 1);
    state.handleKey(letterKey('u')); // undo clears it and offers the first step again
    CHECK_FALSE(a->error());
    CHECK(a->offers().size() == 2);

    state.handleKey(digitKey(1)); // listen: node b works this time
    REQUIRE_FALSE(a->error());
    state.handleKey(digitKey(2)); // its computed go fails
    REQUIRE(a->error());
    CHECK_THAT(*a->error(), Catch::Contains("go failed"));
    CHECK(a->session().node().id == "b"); // the session is as before the failed choice
    state.handleKey(key(Key::Enter));     // back to the library, attempt kept for resuming
    CHECK(state.screen() == Screen::Library);
    REQUIRE(state.openBriefing("t.failing"));
    REQUIRE(state.canResume());
    state.handleKey(letterKey('r'));
    CHECK(state.screen() == Screen::Play);
    CHECK(state.attempt()->session().steps().size() == 1);
}

TEST_CASE("Try the other answer reopens the scenario at that step in practice", "[app][debrief]") {
    AppState state = freshState();
    startPlaying(state, "t.scoring", Mode::Assessment);
    for (int n : {2, 2, 2})
        state.handleKey(digitKey(n));
    state.finish();
    REQUIRE(state.screen() == Screen::Debrief);
    DebriefView& d = *state.debriefView();
    CHECK(d.rows[0].differs);
    CHECK(d.replayTo(2) == std::vector<std::string>{"a.interrupt", "b.leak"});
    state.handleKey(key(Key::Right)); // the path tab
    state.handleKey(key(Key::Down));
    state.handleKey(letterKey('t'));
    REQUIRE(state.screen() == Screen::Play);
    const Attempt& a = *state.attempt();
    CHECK(a.session().mode() == Mode::Practice);
    CHECK(a.session().choiceIds() == std::vector<std::string>{"a.interrupt"});
    CHECK(a.session().node().id == "b");
}

TEST_CASE("Paths line up on the choices they share and mark where they part", "[app][debrief]") {
    // You: x y q z     Best: x z w   -> x shared; y and q yours alone (paired with nothing of
    // the best's, since z is shared next); z shared; w the best path's alone.
    const auto rows =
        alignPaths({{"a", "a.x", "X"}, {"b", "b.y", "Y"}, {"b", "b.q", "Q"}, {"c", "c.z", "Z"}},
                   {{"a", "a.x", "X"}, {"c", "c.z", "Z"}, {"d", "d.w", "W"}});
    REQUIRE(rows.size() == 5);
    CHECK_FALSE(rows[0].differs);
    CHECK(rows[1].differs);
    CHECK(rows[1].learner->text == "Y");
    CHECK_FALSE(rows[1].best);
    CHECK(rows[2].learner->text == "Q");
    CHECK_FALSE(rows[3].differs);
    CHECK(rows[3].step == 4);
    CHECK(rows[4].differs);
    CHECK_FALSE(rows[4].learner);
    CHECK(rows[4].best->text == "W");
    CHECK(rows[4].learnerBefore == 4); // trying another answer there replays all four steps

    // Different choices at the same point are paired on one row.
    const auto swapped =
        alignPaths({{"a", "a.x", "X"}, {"b", "b.y", "Y"}}, {{"a", "a.x", "X"}, {"b", "b.z", "Z"}});
    REQUIRE(swapped.size() == 2);
    CHECK(swapped[1].learner->text == "Y");
    CHECK(swapped[1].best->text == "Z");
    CHECK(swapped[1].learnerBefore == 1);

    // Steps at different nodes were never alternatives: each gets a row of its own.
    const auto apart = alignPaths({{"a", "a.x", "X"}, {"b", "b.y", "Y"}, {"c", "c.z", "Z"}},
                                  {{"a", "a.x", "X"}, {"d", "d.w", "W"}, {"c", "c.z", "Z"}});
    REQUIRE(apart.size() == 4);
    CHECK(apart[1].learner->text == "Y");
    CHECK_FALSE(apart[1].best);
    CHECK_FALSE(apart[2].learner);
    CHECK(apart[2].best->text == "W");
    CHECK(apart[2].learnerBefore == 2);
}

TEST_CASE("The debrief pages and jumps with PageUp, PageDown, Home and End",
          "[app][debrief][keys]") {
    DebriefView view;
    view.rows.resize(12);
    view.scroll(3);
    view.page(1);
    CHECK(view.scrollLines == 3);
    CHECK(view.scrollPages == 1);
    view.jumpTo(DebriefView::Jump::Bottom);
    CHECK(view.jump == DebriefView::Jump::Bottom);
    CHECK(view.scrollPages == 0); // a jump replaces any scrolling asked before it

    view.tab = DebriefView::Tab::Path;
    view.page(1);
    CHECK(view.selectedRow == 5);
    view.page(3);
    CHECK(view.selectedRow == 11); // held at the last row
    view.jumpTo(DebriefView::Jump::Top);
    CHECK(view.selectedRow == 0);
    view.jumpTo(DebriefView::Jump::Bottom);
    CHECK(view.selectedRow == 11);
}

TEST_CASE("Settings keys change, clamp and report every change", "[app][settings][keys]") {
    AppState state = freshState();
    int calls = 0;
    state.onSettingsChanged = [&](const Settings&) { ++calls; };
    state.handleKey(key(Key::Settings));
    REQUIRE(state.screen() == Screen::Settings);
    for (int i = 0; i < 12; ++i)
        state.handleKey(key(Key::Right)); // text size, up to its limit
    CHECK(state.settings().textScale == kMaxTextScale);
    CHECK(calls == 8); // 1.0 -> 3.0 in steps of 0.25; no call once at the limit
    state.handleKey(key(Key::Down));
    state.handleKey(key(Key::Right));
    CHECK(state.settings().theme == ThemeName::Light);
    state.handleKey(key(Key::Left));
    state.handleKey(key(Key::Left));
    CHECK(state.settings().theme == ThemeName::HighContrast);
    state.handleKey(key(Key::Down));
    state.handleKey(key(Key::Enter));
    CHECK(state.settings().dyslexicFont);
    state.handleKey(key(Key::ZoomReset));
    CHECK(state.settings().textScale == 1.0f);
    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Library);
    state.handleKey(key(Key::Fullscreen));
    CHECK(state.settings().fullscreen);
}

TEST_CASE("An idle screen asks for no frames, a visible timer for one a second", "[app][frames]") {
    Settings timed;
    AppState state = freshState(timed);
    const auto now = Clock::now();
    CHECK_FALSE(state.nextDeadline(now)); // the library: nothing moves
    startPlaying(state, "t.scoring");
    const auto next = state.nextDeadline(Clock::now());
    REQUIRE(next);
    CHECK(*next - Clock::now() <= std::chrono::seconds(1));

    Settings untimed;
    untimed.timers = false;
    AppState quiet = freshState(untimed);
    startPlaying(quiet, "t.failing");
    CHECK_FALSE(quiet.nextDeadline(Clock::now()));
    quiet.handleKey(digitKey(1)); // the mood changes: an animation runs, then stops
    CHECK(quiet.nextDeadline(Clock::now()));
    CHECK_FALSE(quiet.nextDeadline(Clock::now() + std::chrono::seconds(2)));
}

TEST_CASE("Screens can be reached by name, as screenshots do", "[app][drive]") {
    CHECK(screenRequestFor("handbook")->handbook);
    CHECK(screenRequestFor("debrief")->screen == Screen::Debrief);
    CHECK(screenRequestFor("debrief-path")->pathTab);
    CHECK_FALSE(screenRequestFor("nowhere"));

    AppState state = freshState();
    std::string problem;
    ScreenRequest debrief;
    debrief.screen = Screen::Debrief;
    debrief.scenario = "t.scoring";
    debrief.pathTab = true;
    REQUIRE(driveTo(state, debrief, problem));
    CHECK(state.screen() == Screen::Debrief);
    CHECK(state.debriefView()->tab == DebriefView::Tab::Path);

    AppState other = freshState();
    ScreenRequest bad;
    bad.screen = Screen::Play;
    bad.scenario = "t.scoring";
    bad.choose = {1, 7};
    CHECK_FALSE(driveTo(other, bad, problem));
    CHECK_THAT(problem, Catch::Contains("step 2: there is no choice 7"));
    ScreenRequest unknown;
    unknown.screen = Screen::Briefing;
    unknown.scenario = "t.nope";
    CHECK_FALSE(driveTo(other, unknown, problem));
    CHECK_THAT(problem, Catch::Contains("t.nope"));
}

TEST_CASE("Best grades keep the better result and survive a corrupt file", "[app][records]") {
    BestGrades best;
    CHECK(best.record("s", {Grade::Pass, 55}));
    CHECK_FALSE(best.record("s", {Grade::Refer, 90})); // a critical breach is not better
    CHECK(best.record("s", {Grade::Merit, 70}));
    CHECK_FALSE(best.record("s", {Grade::Merit, 65}));
    std::string problem;
    const BestGrades back = BestGrades::fromJson(best.toJson(), problem);
    REQUIRE(back.find("s"));
    CHECK(back.find("s")->grade == Grade::Merit);
    CHECK(back.find("s")->percent == 70);
    CHECK_FALSE(BestGrades::fromJson("[1,2]", problem).find("s"));
    CHECK_FALSE(problem.empty());
}
