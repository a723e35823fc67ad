// The classroom screens' model without a display: the trainer runs a whole session from the
// keyboard (and a presentation clicker), the projector look never touches saved settings, the
// screen blanks, and the class debrief is saved as Markdown.
#include "app/model/app_state.hpp"
#include "app/model/drive.hpp"
#include "app/model/pacer.hpp"
#include "phone_client.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <thread>

using namespace frontline;
using namespace frontline::app;
using frontline::test::fixture;
using namespace std::chrono_literals;

namespace {

AppState classState() {
    return AppState(script::loadLibrary({fixture("scoring"), fixture("classroom")}), Settings{});
}

const Clock::time_point t0 = Clock::time_point{} + 1000s;

bool press(AppState& s, KeyPress k, Clock::time_point now = t0) {
    return s.handleKey(k, false, now);
}

// Opens the fixture's class setup and starts a session with no timer, `teams` teams strong.
ClassroomView& startClass(AppState& s, ClassMode mode = ClassMode::ClassVote, int teams = 2) {
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.mode = mode;
    c.setup.teams = defaultTeams(teams);
    c.setup.discussionSeconds = 0;
    REQUIRE(c.start(t0));
    s.classroomChanged();
    return c;
}

// Moves the setup's selection to the row for `field`.
void selectRow(AppState& s, SetupField field) {
    ClassroomView& c = *s.classroom();
    for (int guard = 0; guard < 20 && c.rows()[c.row].field != field; ++guard)
        press(s, key(Key::Down));
    REQUIRE(c.rows()[c.row].field == field);
}

std::string read(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("A trainer runs a whole class vote with the keyboard and a clicker", "[app][classroom]") {
    AppState s = classState();
    Settings applied;
    int looks = 0, saves = 0;
    s.onLookChanged = [&](const Settings& look) {
        applied = look;
        ++looks;
    };
    s.onSettingsChanged = [&](const Settings&) { ++saves; };
    const auto folder = std::filesystem::temp_directory_path() / "frontline-test-class-export";
    std::filesystem::remove_all(folder);
    s.classExportFolder = folder.string();

    REQUIRE(s.openBriefing("t.class"));
    REQUIRE(press(s, letterKey('c')));
    REQUIRE(s.screen() == Screen::ClassSetup);
    // The projector preset, applied without touching the saved settings.
    CHECK(looks == 1);
    CHECK(applied.textScale == 2.5f);
    CHECK(applied.theme == ThemeName::HighContrast);
    CHECK(applied.fullscreen);
    CHECK(s.settings().textScale == 1.0f);
    CHECK(s.hidesIdleCursor());

    selectRow(s, SetupField::Discussion);
    press(s, key(Key::Left)); // 60 -> 45 s
    CHECK(s.classroom()->setup.discussionSeconds == 45);
    selectRow(s, SetupField::Counts);
    press(s, key(Key::Enter)); // show counts as they come in
    CHECK_FALSE(s.classroom()->setup.hideUntilReveal);
    selectRow(s, SetupField::Start);
    REQUIRE(press(s, key(Key::Enter)));
    REQUIRE(s.screen() == Screen::ClassPlay);
    const ClassSession& c = *s.classroom()->session;

    // Hands: A three times, B once (Shift: plain B blanks), one taken back from A (Minus, then
    // A), then "12" and Shift+B sets B to 12.
    for (int i = 0; i < 3; ++i)
        press(s, letterKey('a'));
    press(s, letterKey('b', true));
    press(s, key(Key::Minus));
    press(s, letterKey('a'));
    press(s, digitKey(1));
    press(s, digitKey(2));
    CHECK(s.classroom()->typed == "12");
    press(s, letterKey('b', true));
    CHECK(s.classroom()->typed.empty());
    CHECK(c.current()->votes == std::vector<int>{2, 12, 0});
    CHECK_FALSE(s.blanked()); // Shift+B was a vote, not the blank key

    // The clock: one redraw a second; at 45 s it says so, and the count goes on.
    CHECK(s.nextDeadline(t0 + 200ms) == t0 + 1000ms);
    CHECK_FALSE(s.update(t0 + 44s));
    CHECK(s.update(t0 + 45s));
    CHECK(s.classroom()->notice == "Time is up: count the hands, then Page Down locks the vote.");
    CHECK_FALSE(s.nextDeadline(t0 + 46s)); // 0:00 needs no more frames
    press(s, key(Key::PageDown), t0 + 46s);
    CHECK(c.phase() == Phase::Locked);
    press(s, letterKey('a'), t0 + 46s);
    CHECK(c.current()->votes[0] == 2);
    CHECK(s.classroom()->notice.find("Votes are locked") != std::string::npos);

    // PageUp reopens, PageDown locks, reveals, takes, goes on: one press a second.
    press(s, key(Key::PageUp), t0 + 46s);
    CHECK(c.phase() == Phase::Voting);
    press(s, key(Key::PageDown), t0 + 47s);
    press(s, key(Key::PageDown), t0 + 48s);
    CHECK(c.phase() == Phase::Revealed);
    press(s, key(Key::PageDown), t0 + 49s);
    CHECK(c.phase() == Phase::Taken);
    CHECK(c.session().choiceIds() == std::vector<std::string>{"greet.interrupt"});
    press(s, key(Key::PageDown), t0 + 50s);
    CHECK(c.current()->node == "ask");

    // '.' blanks the screen, as B does.
    press(s, key(Key::Period), t0 + 51s);
    CHECK(s.blanked());
    CHECK_FALSE(s.nextDeadline(t0 + 51s)); // nothing to draw while blank
    press(s, key(Key::PageDown),
          t0 + 52s); // any key brings the picture back, and does nothing else
    CHECK_FALSE(s.blanked());
    CHECK(c.phase() == Phase::Voting);

    // A tie at "ask": the trainer presses the letter.
    press(s, letterKey('a'), t0 + 52s);
    press(s, letterKey('b', true), t0 + 52s);
    press(s, key(Key::PageDown), t0 + 53s);
    press(s, key(Key::PageDown), t0 + 54s);
    press(s, key(Key::PageDown), t0 + 55s);
    CHECK(c.phase() == Phase::Revealed);
    CHECK(s.classroom()->notice == "A tie: press A or B to choose.");
    press(s, letterKey('a'), t0 + 55s);
    CHECK(c.phase() == Phase::Taken);
    press(s, key(Key::PageDown), t0 + 56s);
    // On a consequence card B blanks, as everywhere.
    press(s, letterKey('a'), t0 + 56s);
    press(s, key(Key::PageDown), t0 + 57s);
    press(s, key(Key::PageDown), t0 + 58s);
    press(s, key(Key::PageDown), t0 + 59s);
    REQUIRE(c.phase() == Phase::Taken);
    press(s, letterKey('b'), t0 + 59s);
    CHECK(s.blanked());
    press(s, letterKey('b'), t0 + 59s);
    CHECK_FALSE(s.blanked());

    // Escape leaves fullscreen first; the ending's card, then the class debrief.
    press(s, key(Key::Escape), t0 + 59s);
    CHECK_FALSE(applied.fullscreen);
    CHECK(s.screen() == Screen::ClassPlay);
    press(s, key(Key::PageDown), t0 + 60s);
    REQUIRE(s.screen() == Screen::ClassDebrief);
    const ClassDebrief& d = *s.classroom()->debrief;
    CHECK(d.finished);
    CHECK(d.decisions.size() == 3);

    // Saved on arrival, so closing the program loses nothing; M saves the same file again.
    const std::string saved = s.classroom()->notice;
    REQUIRE(saved.rfind("Saved the class debrief to ", 0) == 0);
    const std::string path = saved.substr(std::string("Saved the class debrief to ").size());
    CHECK(read(path).find("# Class debrief: Classroom fixture") == 0);
    std::filesystem::remove(path);
    press(s, letterKey('m'));
    CHECK(s.classroom()->notice == saved);
    CHECK(std::filesystem::exists(path));
    CHECK(std::distance(std::filesystem::directory_iterator(folder),
                        std::filesystem::directory_iterator()) == 1);

    press(s, key(Key::Escape));
    CHECK(s.screen() == Screen::Library);
    CHECK(applied.textScale == 1.0f); // the learner's look is back
    CHECK(saves == 0);                // and nothing was saved over their settings
    CHECK_FALSE(s.hidesIdleCursor());

    // The next class starts from this one's setup.
    REQUIRE(s.openClassroom("t.class"));
    CHECK(s.classroom()->setup.discussionSeconds == 45);
    CHECK_FALSE(s.classroom()->setup.hideUntilReveal);
}

TEST_CASE("With the projector preset off, the learner's own look applies and changes as usual",
          "[app][classroom]") {
    Settings mine;
    mine.fullscreen = true;
    AppState s(script::loadLibrary({fixture("scoring"), fixture("classroom")}), mine);
    int saves = 0;
    s.onSettingsChanged = [&](const Settings&) { ++saves; };
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    selectRow(s, SetupField::Projector);
    press(s, key(Key::Enter));
    CHECK_FALSE(c.look.projector);
    CHECK(s.look().textScale == 1.0f);
    press(s, key(Key::ZoomIn));
    CHECK(s.settings().textScale == 1.25f);
    c.setup.discussionSeconds = 0;
    press(s, letterKey('s'));
    REQUIRE(s.screen() == Screen::ClassPlay);
    press(s, key(Key::Escape)); // leaves fullscreen first, as the preset would
    CHECK_FALSE(s.settings().fullscreen);
    CHECK(s.screen() == Screen::ClassPlay);
    CHECK(saves == 2);
}

TEST_CASE("Setup refuses a ninth team and a team count of 0 with a note", "[app][classroom]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    selectRow(s, SetupField::Mode);
    press(s, key(Key::Right));
    CHECK(c.setup.mode == ClassMode::TeamTurns);
    selectRow(s, SetupField::Teams);
    for (int i = 0; i < 10; ++i)
        press(s, key(Key::Right));
    CHECK(c.setup.teams.size() == 8);
    CHECK(c.notice == "A class has 1 to 8 teams.");
    for (int i = 0; i < 10; ++i)
        press(s, key(Key::Left));
    CHECK(c.setup.teams.size() == 1);
    CHECK(c.notice == "A class has 1 to 8 teams.");
    press(s, key(Key::Right));
    CHECK(c.setup.teams[1].name == "Blue");

    // A renamed team; a blank name is refused at the start.
    press(s, key(Key::Down));
    press(s, key(Key::Down));
    REQUIRE(c.rows()[c.row].field == SetupField::Team);
    press(s, key(Key::Enter));
    REQUIRE(c.renaming == std::optional<std::size_t>(1));
    c.setup.teams[1].name = "";                         // typed away
    CHECK_FALSE(s.handleKey(letterKey('x'), true, t0)); // letters are the text field's
    press(s, key(Key::Enter));
    CHECK_FALSE(c.renaming);
    press(s, key(Key::Right)); // its colour moves on
    CHECK(c.setup.teams[1].colour != defaultTeams(2)[1].colour);
    press(s, letterKey('s'));
    CHECK(s.screen() == Screen::ClassSetup);
    CHECK(c.notice == "Team 2 needs a name.");
}

TEST_CASE("Secret team vote from the keyboard: picks stay hidden until all are revealed",
          "[app][classroom]") {
    AppState s = classState();
    ClassroomView& c = startClass(s, ClassMode::SecretVote, 3);
    REQUIRE(s.screen() == Screen::ClassPlay);
    press(s, letterKey('a'));
    CHECK(c.notice == "Red has picked.");
    press(s, letterKey('b', true)); // Shift+B picks B: plain B blanks
    press(s, key(Key::Left));       // back to Blue to correct
    CHECK(c.session->teamToPick() == std::optional<std::size_t>(1));
    press(s, letterKey('a'));
    press(s, letterKey('c'));
    CHECK_FALSE(c.session->countsVisible());
    press(s, key(Key::PageDown), t0 + 1s);
    press(s, key(Key::PageDown), t0 + 2s);
    CHECK(c.session->countsVisible());
    CHECK(c.session->current()->votes == std::vector<int>{2, 0, 1});
}

TEST_CASE("Escape never ends a class: Ctrl+E asks, Y ends, keeping what was played",
          "[app][classroom]") {
    AppState s = classState();
    ClassroomView& c = startClass(s);
    press(s, letterKey('a'));
    for (int i = 1; i <= 4; ++i)
        press(s, key(Key::PageDown), t0 + i * 1s);
    REQUIRE(c.session->decisions().size() == 2);
    press(s, digitKey(4));
    press(s, letterKey('a')); // 4 hands for A at the second decision, when the class is ended
    // Escape leaves fullscreen, then does nothing but say how to end: never a class's end.
    for (int i = 0; i < 5; ++i)
        press(s, key(Key::Escape));
    CHECK(s.screen() == Screen::ClassPlay);
    CHECK_FALSE(c.look.fullscreen);
    CHECK(c.notice == "Escape does not end the class: Ctrl+E ends it.");

    // Ctrl+E asks; any other key goes on and clears the question (no stale prompt).
    press(s, letterKey('e', false, true));
    CHECK(c.confirmEnd);
    CHECK(c.notice == "End the class now? Press Y to end, any other key to go on.");
    press(s, key(Key::Up));
    CHECK_FALSE(c.confirmEnd);
    CHECK(c.notice.empty());
    CHECK(c.session->phase() == Phase::Voting);
    press(s, letterKey('y')); // Y alone is no command
    CHECK(s.screen() == Screen::ClassPlay);
    press(s, key(Key::Escape)); // cancels the question, and nothing more
    press(s, letterKey('e', false, true));
    press(s, key(Key::Escape));
    CHECK_FALSE(c.confirmEnd);
    CHECK(s.screen() == Screen::ClassPlay);

    press(s, letterKey('e', false, true));
    press(s, letterKey('y'));
    REQUIRE(s.screen() == Screen::ClassDebrief);
    CHECK(c.debrief->decisions.size() == 1);
    CHECK_FALSE(c.debrief->finished);
    // The hands already keyed at the open decision are kept for the debrief.
    REQUIRE(c.debrief->unfinished);
    CHECK(c.debrief->unfinished->votes == std::vector<int>{4, 0});
    press(s, letterKey('n')); // another session with the same setup
    CHECK(s.screen() == Screen::ClassSetup);
    CHECK(c.setup.discussionSeconds == 0);
}

TEST_CASE("A scenario failing mid-session shows the error and the clicker ends the session",
          "[app][classroom]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class-fails"));
    ClassroomView& c = *s.classroom();
    c.setup.discussionSeconds = 0;
    REQUIRE(c.start(t0));
    s.classroomChanged();
    press(s, letterKey('a'));
    press(s, key(Key::PageDown), t0 + 1s);
    press(s, key(Key::PageDown), t0 + 2s);
    press(s, key(Key::PageDown), t0 + 3s);
    REQUIRE(c.session->error());
    CHECK(s.screen() == Screen::ClassPlay);
    press(s, key(Key::PageDown), t0 + 4s);
    CHECK(s.screen() == Screen::ClassDebrief);
    CHECK(c.debrief->error);
}

TEST_CASE("Classroom screens can be reached by name, as screenshots do",
          "[app][classroom][drive]") {
    CHECK(screenRequestFor("class-setup")->screen == Screen::ClassSetup);
    CHECK(screenRequestFor("class-reveal")->classPhase == Phase::Revealed);
    CHECK(screenRequestFor("class-card")->classPhase == Phase::Taken);
    std::string problem;

    AppState reveal = classState();
    ScreenRequest r = *screenRequestFor("class-reveal");
    r.scenario = "t.class";
    r.choose = {1};
    r.votes = {3, 9};
    REQUIRE(driveTo(reveal, r, problem));
    CHECK(reveal.screen() == Screen::ClassPlay);
    const ClassSession& c = *reveal.classroom()->session;
    CHECK(c.phase() == Phase::Revealed);
    CHECK(c.current()->node == "ask");
    CHECK(c.current()->votes == std::vector<int>{3, 9});
    CHECK(c.secondsLeft(Clock::now()) == std::nullopt); // locked: the timer stopped

    AppState vote = classState();
    ScreenRequest v = *screenRequestFor("class-vote");
    v.scenario = "t.class";
    REQUIRE(driveTo(vote, v, problem));
    const auto left = vote.classroom()->session->secondsLeft(Clock::now());
    REQUIRE(left);
    CHECK(*left <= 37);

    AppState debrief = classState();
    ScreenRequest d = *screenRequestFor("class-debrief");
    d.scenario = "t.class";
    d.classMode = ClassMode::SecretVote;
    d.choose = {2};
    REQUIRE(driveTo(debrief, d, problem));
    CHECK(debrief.screen() == Screen::ClassDebrief);
    const ClassDebrief& report = *debrief.classroom()->debrief;
    CHECK(report.decisions.size() == 3);
    CHECK(report.scoreboard.size() == 4);
    CHECK(report.decisions[0].taken == std::optional<std::size_t>(1));

    AppState bad = classState();
    ScreenRequest b = *screenRequestFor("class-card");
    b.scenario = "t.class";
    b.choose = {1, 1, 1, 1};
    CHECK_FALSE(driveTo(bad, b, problem));
    CHECK_THAT(problem, Catch::Contains("step 4"));
}

TEST_CASE("A 15 s class timer with no input shows every second from 0:15 to 0:00",
          "[app][classroom][frames]") {
    // The window's loop, run in simulated time: sleep as the pacer says (waking exactly then, as
    // SDL does when no input arrives), let the state update, draw when a frame is owed.
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& view = *s.classroom();
    view.setup.discussionSeconds = 15;
    auto now = Clock::now();
    REQUIRE(view.start(now));
    s.classroomChanged();
    const ClassSession& c = *view.session;
    Pacer pacer;
    std::vector<int> shown{*c.secondsLeft(now)}; // the first frame, drawn as the vote opens
    for (int guard = 0; guard < 200 && *c.secondsLeft(now) > 0; ++guard) {
        const int sleep = pacer.sleepMs(s.nextDeadline(now), now, false);
        REQUIRE(sleep >= 0); // a running timer never sleeps until input
        now += std::chrono::milliseconds(sleep);
        s.update(now);
        if (pacer.due(now)) shown.push_back(c.secondsLeft(now).value_or(-1));
    }
    // One frame per second, each one second less, the last ten among them, down to zero.
    const std::vector<int> expected{15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    CHECK(shown == expected);
    CHECK(c.current()->timedOut);
}

TEST_CASE("The pacer wakes at or after a deadline, never just before it", "[app][frames]") {
    Pacer pacer;
    const Clock::time_point t = Clock::time_point{} + 5s;
    CHECK(pacer.sleepMs(std::nullopt, t, false) == -1);
    CHECK_FALSE(pacer.due(t + 1h));                        // no deadline: nothing is owed
    CHECK(pacer.sleepMs(t + 999'600us, t, false) == 1000); // 999.6 ms rounds up
    CHECK_FALSE(pacer.due(t + 999ms));
    CHECK(pacer.due(t + 1000ms));
    CHECK_FALSE(pacer.due(t + 2000ms));         // owed once
    CHECK(pacer.sleepMs(t + 1s, t, true) == 0); // frames owed: no sleep
}

TEST_CASE("A clicker's double press is ignored, so no press skips a card or locks a fresh vote",
          "[app][classroom][clicker]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.discussionSeconds = 60;
    press(s, key(Key::PageDown), t0); // the clicker starts the class from its setup
    REQUIRE(s.screen() == Screen::ClassPlay);
    const ClassSession& session = *c.session;
    press(s, letterKey('a'), t0 + 50ms);
    press(s, key(Key::PageDown), t0 + 100ms); // the start's double press locks nothing
    CHECK(session.phase() == Phase::Voting);
    press(s, key(Key::PageDown), t0 + 2s);
    CHECK(session.phase() == Phase::Locked);
    press(s, key(Key::PageDown), t0 + 2s + 300ms); // within 600 ms: ignored
    CHECK(session.phase() == Phase::Locked);
    press(s, key(Key::PageDown), t0 + 3s);
    CHECK(session.phase() == Phase::Revealed);
    press(s, key(Key::Enter), t0 + 4s); // Enter is "next" too: the branch and its card
    CHECK(session.phase() == Phase::Taken);
    press(s, key(Key::PageDown), t0 + 4s + 599ms); // the card stays
    CHECK(session.phase() == Phase::Taken);
    press(s, key(Key::PageDown), t0 + 5s);
    REQUIRE(session.current()->node == "ask");
    press(s, key(Key::PageDown), t0 + 5s + 200ms); // the fresh decision is not locked
    CHECK(session.phase() == Phase::Voting);
    press(s, key(Key::PageDown), t0 + 7s); // nor later, with no votes and time left
    CHECK(session.phase() == Phase::Voting);
    CHECK(c.notice == "No votes yet: wait for the timer, or press L to lock with none.");
    press(s, key(Key::PageDown), t0 + 7s + 100ms); // its double, ignored
    CHECK(session.phase() == Phase::Voting);
    // PageUp brings the card back.
    press(s, key(Key::PageUp), t0 + 8s);
    CHECK(session.phase() == Phase::Taken);
    CHECK(session.current()->node == "greet");
    press(s, key(Key::PageDown), t0 + 9s);
    press(s, letterKey('l'), t0 + 9s); // L locks with no votes, on purpose
    CHECK(session.phase() == Phase::Locked);
}

TEST_CASE("PageDown scrolls a page before it advances, PageUp before it goes back",
          "[app][classroom][clicker]") {
    AppState s = classState();
    ClassroomView& c = startClass(s);
    const ClassSession& session = *c.session;
    CHECK(c.scrollTop); // a new class starts at the top
    c.scrollTop = false;
    press(s, letterKey('a'));
    c.moreBelow = true; // the screen: options hidden below
    press(s, key(Key::PageDown), t0 + 1s);
    CHECK(c.scrollLines == 10);
    CHECK(session.phase() == Phase::Voting);
    press(s, key(Key::PageDown), t0 + 2s);
    CHECK(c.scrollLines == 20);
    c.scrollLines = 0; // the screen consumed it
    c.moreBelow = false;
    c.moreAbove = true;
    press(s, key(Key::PageUp), t0 + 3s);
    CHECK(c.scrollLines == -10);
    CHECK(session.phase() == Phase::Voting);
    c.moreAbove = false;
    press(s, key(Key::PageDown), t0 + 4s);
    CHECK(session.phase() == Phase::Locked);
    CHECK(c.scrollLines == 0); // every phase change starts at the top
    CHECK(c.scrollTop);
    c.scrollTop = false;
    press(s, key(Key::Down));
    CHECK(c.scrollLines == 3);
    press(s, key(Key::PageUp), t0 + 5s);
    CHECK(session.phase() == Phase::Voting);
    CHECK(c.scrollLines == 0);
    CHECK(c.scrollTop);
}

TEST_CASE("B blanks in every state, Shift+letter keys any option, Minus then a letter takes one",
          "[app][classroom][clicker]") {
    AppState s = classState();
    ClassroomView& c = startClass(s);
    const ClassSession& session = *c.session;
    auto blanks = [&] {
        press(s, letterKey('b'));
        const bool blank = s.blanked();
        press(s, letterKey('b')); // and back
        return blank && !s.blanked();
    };
    CHECK(blanks()); // voting, with an option B on screen
    CHECK(session.current()->votes == std::vector<int>{0, 0, 0});
    press(s, letterKey('b', true));
    press(s, letterKey('b', true));
    press(s, letterKey('c', true));
    press(s, letterKey('a'));
    CHECK(session.current()->votes == std::vector<int>{1, 2, 1});
    press(s, key(Key::Minus));
    CHECK(c.removing);
    press(s, letterKey('b', true));
    CHECK(session.current()->votes == std::vector<int>{1, 1, 1});
    CHECK_FALSE(c.removing);
    press(s, key(Key::Minus));
    press(s, key(Key::Backspace)); // changed its mind: nothing taken
    press(s, letterKey('a'));
    CHECK(session.current()->votes == std::vector<int>{2, 1, 1});
    press(s, letterKey('a', false, true)); // Ctrl+letter keys nothing
    CHECK(session.current()->votes == std::vector<int>{2, 1, 1});
    press(s, key(Key::Minus));
    press(s, letterKey('c'));
    press(s, letterKey('b', true));
    CHECK(session.current()->votes == std::vector<int>{2, 2, 0}); // a tie
    press(s, key(Key::PageDown), t0 + 1s);
    CHECK(blanks()); // locked
    press(s, key(Key::PageDown), t0 + 2s);
    REQUIRE(session.phase() == Phase::Revealed);
    CHECK(blanks()); // a tie between A and B: B still blanks
    CHECK(session.phase() == Phase::Revealed);
    press(s, letterKey('b', true)); // Shift+B breaks the tie for B
    CHECK(session.phase() == Phase::Taken);
    CHECK(session.current()->taken == std::optional<std::size_t>(1));
    CHECK(blanks()); // the card
}

TEST_CASE("Hand counts refuse too many digits, more than the class and a count left untyped",
          "[app][classroom][hands]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    selectRow(s, SetupField::ClassSize);
    for (int i = 0; i < 6; ++i)
        press(s, key(Key::Left));
    CHECK(c.setup.classSize == 24);
    c.setup.discussionSeconds = 0;
    REQUIRE(c.start(t0));
    s.classroomChanged();
    const ClassSession& session = *c.session;
    for (int digit : {1, 2, 3, 4})
        press(s, digitKey(digit));
    CHECK(c.typed == "123");
    CHECK(c.notice == "A count has at most 3 digits: press its letter, or Backspace.");
    press(s, letterKey('a'));
    CHECK(c.notice == "123 hands is more than the class of 24: not counted.");
    CHECK(session.current()->votes == std::vector<int>{0, 0, 0});
    CHECK(c.typed.empty());
    press(s, digitKey(1));
    press(s, digitKey(2));
    press(s, key(Key::PageDown), t0 + 1s);
    CHECK(session.phase() == Phase::Voting); // the typed count is not lost silently
    CHECK(c.typed == "12");
    CHECK(c.notice == "Press a letter for the typed count first (12), or Backspace.");
    press(s, letterKey('c', true));
    CHECK(session.current()->votes == std::vector<int>{0, 0, 12});
    press(s, key(Key::PageDown), t0 + 1s + 100ms); // the refused press did not count as acted
    CHECK(session.phase() == Phase::Locked);
}

TEST_CASE("Setup: the clicker and F5 start the class, and Up/Down reach every row",
          "[app][classroom][setup]") {
    AppState s = classState();
    s.classPhones.on = true;
    s.classPhones.port = 0;
    s.classPhones.bind = "127.0.0.1";
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.mode = ClassMode::SecretVote;
    c.setup.teams = defaultTeams(8);
    const auto rows = c.rows();
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        press(s, key(Key::Down));
    CHECK(c.row == rows.size() - 1);
    CHECK(rows.back().field == SetupField::Start);
    for (std::size_t i = 0; i + 1 < rows.size(); ++i)
        press(s, key(Key::Up));
    CHECK(c.row == 0);
    const auto has = [&](SetupField f) {
        return std::any_of(rows.begin(), rows.end(),
                           [&](const SetupRow& r) { return r.field == f; });
    };
    CHECK(has(SetupField::ClassSize));
    CHECK(has(SetupField::Phones));
    CHECK(c.phones); // as the window asked
    CHECK(c.port == 0);
    selectRow(s, SetupField::ClassSize);
    c.setup.classSize = 200;
    press(s, key(Key::Right));
    CHECK(c.setup.classSize == 200);
    CHECK(c.notice == "A class has 1 to 200 people.");
    selectRow(s, SetupField::Phones);
    press(s, key(Key::Enter));
    CHECK_FALSE(c.phones);

    press(s, key(Key::Present));
    CHECK(s.screen() == Screen::ClassPlay);
    CHECK(c.paceLine(t0 + 125s) == "Decision 1 of about 3 · 2 min");

    AppState clicker = classState();
    REQUIRE(clicker.openClassroom("t.class"));
    press(clicker, key(Key::PageDown));
    CHECK(clicker.screen() == Screen::ClassPlay);
}

TEST_CASE("Every class debrief opens at the top, and a new session forgets the last notice",
          "[app][classroom]") {
    AppState s = classState();
    const auto folder = std::filesystem::temp_directory_path() / "frontline-test-class-top";
    std::filesystem::remove_all(folder);
    s.classExportFolder = folder.string();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.discussionSeconds = 0;
    for (int session = 0; session < 2; ++session) {
        const Clock::time_point at = t0 + session * 100s;
        press(s, key(Key::Present), at);
        REQUIRE(s.screen() == Screen::ClassPlay);
        CHECK(c.scrollTop);
        c.scrollTop = false; // the screen went to the top, then down the options
        press(s, letterKey('a'), at);
        press(s, key(Key::Down), at);
        press(s, letterKey('e', false, true), at);
        press(s, letterKey('y'), at);
        REQUIRE(s.screen() == Screen::ClassDebrief);
        CHECK(c.scrollTop);
        CHECK_FALSE(c.debriefScroll.any());
        CHECK(c.notice.rfind("Saved the class debrief to ", 0) == 0);
        c.scrollTop = false;
        for (int i = 0; i < 8; ++i)
            press(s, key(Key::PageDown), at);
        CHECK(c.debriefScroll.pages == 8);
        press(s, letterKey('n'), at);
        REQUIRE(s.screen() == Screen::ClassSetup);
        CHECK(c.notice.empty()); // "Saved ..." was about the last session
        CHECK(c.scrollTop);
        CHECK(c.scrollLines == 0);
        CHECK_FALSE(c.debriefScroll.any()); // the next debrief opens at its top
        c.scrollTop = false;
    }
    std::filesystem::remove_all(folder);
}

TEST_CASE("A double press cannot answer the warning that a team has not picked",
          "[app][classroom][clicker]") {
    AppState s = classState();
    ClassroomView& c = startClass(s, ClassMode::SecretVote, 3);
    press(s, letterKey('a'));
    press(s, letterKey('c'));
    press(s, key(Key::PageDown), t0 + 1s);
    CHECK(c.notice == "Green has not picked: L or Page Down again locks anyway.");
    press(s, key(Key::PageDown), t0 + 1s + 150ms); // the same press, bounced: no answer
    CHECK(c.session->phase() == Phase::Voting);
    press(s, key(Key::PageDown), t0 + 2s); // a second, meant press
    CHECK(c.session->phase() == Phase::Locked);
}

TEST_CASE("The timer running out leaves the question to end the class on screen",
          "[app][classroom]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.discussionSeconds = 15;
    REQUIRE(c.start(t0));
    s.classroomChanged();
    press(s, letterKey('e', false, true));
    CHECK(s.update(t0 + 15s)); // the clock still redraws at 0:00
    CHECK(c.notice == "End the class now? Press Y to end, any other key to go on.");
    press(s, key(Key::Right)); // goes on
    CHECK(c.notice.empty());
    CHECK(s.screen() == Screen::ClassPlay);
}

TEST_CASE("Phones vote through the join server into the class and keyed hands add to them",
          "[app][classroom][phones]") {
    AppState s = classState();
    std::atomic<int> wakes{0};
    std::vector<std::string> announced;
    s.classPhones.on = true;
    s.classPhones.port = 0;
    s.classPhones.bind = "127.0.0.1";
    s.classPhones.wake = [&] { ++wakes; };
    s.classPhones.announce = [&](const std::string& address) { announced.push_back(address); };
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    REQUIRE(press(s, key(Key::Present)));
    REQUIRE(s.screen() == Screen::ClassPlay);
    const auto info = c.joinInfo();
    REQUIRE(info);
    CHECK(info->problem.empty());
    CHECK(info->qrSize >= 21);
    CHECK(info->qrDark.size() == std::size_t(info->qrSize * info->qrSize));
    REQUIRE_FALSE(announced.empty());
    CHECK(announced.front() == info->address);
    CHECK(info->typed == typedAddress(info->address));
    CHECK(typedAddress("http://192.168.1.20:8080/?room=KQTV") == "192.168.1.20:8080");
    CHECK_THAT(c.notice, Catch::Contains(info->address));
    const std::string base = info->address.substr(0, info->address.find("/?"));
    REQUIRE(base.rfind("http://127.0.0.1:", 0) == 0);

    // 60 phones at once: 30 for A, 20 for B, 10 for C.
    const int decision = c.session->current()->step;
    std::vector<std::thread> phones;
    std::atomic<int> accepted{0};
    for (int i = 0; i < 60; ++i)
        phones.emplace_back([&, i] {
            frontline::bench::Phone phone(base);
            const int option = i < 30 ? 0 : i < 50 ? 1 : 2;
            if (phone.vote(info->roomCode, frontline::bench::tokenFor(i + 1), decision, option)
                    .status == 200)
                ++accepted;
        });
    for (auto& t : phones)
        t.join();
    CHECK(accepted == 60);
    CHECK(wakes > 0);
    const Decision& d = *c.session->current();
    for (int tries = 0; tries < 200 && d.phoneVotes != std::vector<int>{30, 20, 10}; ++tries) {
        s.update(t0);
        std::this_thread::sleep_for(10ms);
    }
    CHECK(d.phoneVotes == std::vector<int>{30, 20, 10});
    CHECK(c.joinInfo()->voted == 60);

    // A hand keyed for someone without a phone adds to the phones' count.
    REQUIRE(press(s, letterKey('b', true), t0 + 100ms));
    CHECK(d.votesFor(1) == 21);
    CHECK(d.totalVotes() == 61);

    // The lock closes the phones' vote at once: a late vote is refused and changes nothing.
    REQUIRE(press(s, key(Key::PageDown), t0 + 1s));
    REQUIRE(c.session->phase() == Phase::Locked);
    frontline::bench::Phone late(base);
    CHECK(late.vote(info->roomCode, frontline::bench::tokenFor(99), decision, 2).status == 409);
    CHECK(late.vote("ZZZZ", frontline::bench::tokenFor(98), decision, 2).status == 403);
    s.update(t0 + 1s);
    CHECK(d.phoneVotes == std::vector<int>{30, 20, 10});
    REQUIRE(press(s, key(Key::PageDown), t0 + 2s));
    REQUIRE(c.session->phase() == Phase::Revealed);
    CHECK(c.session->resolution().option == std::optional<std::size_t>(0));
    CHECK(c.phoneLink().refused() >= 2);
}
