// The presenter view's model: what the trainer's own window says Page Down does next in every
// phase and mode, the votes it shows while the room's view hides them, the teaching notes, when
// the window opens, and that its timer keeps running while the projector is blanked.
#include "app/model/app_state.hpp"
#include "app/model/pacer.hpp"
#include "app/model/presenter.hpp"
#include "cli/cli.hpp"
#include "report.hpp" // the benchmark's report
#include "support.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace frontline;
using namespace frontline::app;
using frontline::test::fixture;
using namespace std::chrono_literals;

namespace {

const Clock::time_point t0 = Clock::time_point{} + 1000s;

AppState classState() {
    return AppState(script::loadLibrary({fixture("scoring"), fixture("classroom")}), Settings{});
}

// Each key a second after the last: a clicker's "next" pressed again within 600 ms is ignored.
Clock::time_point later() {
    static Clock::time_point at = t0;
    return at += 1s;
}

bool press(AppState& s, KeyPress k, Clock::time_point now = later()) {
    return s.handleKey(k, false, now);
}

// B blanks the projector: Shift+B keys option B.
const KeyPress optionB = letterKey('b', true);

// A class on the fixture (three decisions; the first has a default, C) started in `mode`.
ClassroomView& started(AppState& s, ClassMode mode, int seconds = 30, int teams = 2) {
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.mode = mode;
    c.setup.teams = defaultTeams(teams);
    c.setup.discussionSeconds = seconds;
    REQUIRE(c.start(t0));
    s.classroomChanged();
    REQUIRE(s.screen() == Screen::ClassPlay);
    return c;
}

NextStep next(const AppState& s) {
    return nextStep(*s.classroom());
}

} // namespace

TEST_CASE("Presenter: setup says Page Down starts the class, or what stops it", "[presenter]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    CHECK(nextStep(c).keys == "PgDn");
    CHECK(nextStep(c).action == "Start the class");
    c.setup.mode = ClassMode::TeamTurns;
    c.setup.teams = {{"Red", "#ff0000"}, {"Red", "#00ff00"}};
    const NextStep blocked = nextStep(c);
    CHECK(blocked.keys.empty());
    CHECK(blocked.action == "Fix the setup before starting");
    CHECK_THAT(blocked.detail, Catch::Contains("same name"));
    const PresenterNotes notes = presenterNotes(c, t0);
    CHECK(notes.stage == ClassStage::Setup);
    CHECK_THAT(notes.heading, Catch::Contains("Class setup") && Catch::Contains("team turns"));
    CHECK_FALSE(notes.keys.empty());
}

TEST_CASE("Presenter: a class vote's next step through lock, reveal, take and the next decision",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote);
    // Nothing cast and time left: Page Down waits, only L locks.
    CHECK(next(s).keys == "L");
    CHECK(next(s).action == "Lock with no votes");
    CHECK_THAT(next(s).detail, Catch::Contains("waits for votes or the timer"));
    for (const PresenterOption& o : presenterNotes(c, t0).options)
        CHECK_FALSE(o.leading); // with no votes, nothing leads
    press(s, letterKey('a'));
    press(s, letterKey('a'));
    press(s, optionB);
    CHECK(next(s).keys == "PgDn");
    CHECK(next(s).action == "Lock the vote");
    CHECK(next(s).detail.empty());
    press(s, digitKey(1));
    press(s, digitKey(2));
    CHECK(next(s).keys == "a letter");
    CHECK(next(s).action == "Give 12 hands to that option");
    press(s, key(Key::Backspace));
    press(s, key(Key::Backspace));
    press(s, key(Key::Minus));
    CHECK(next(s).action == "Take a hand away from that option");
    press(s, key(Key::Backspace));
    press(s, key(Key::PageDown));
    CHECK(c.session->phase() == Phase::Locked);
    CHECK(next(s).action == "Reveal");
    press(s, key(Key::PageDown));
    CHECK(next(s).keys == "PgDn");
    CHECK(next(s).action == "Take A and show the card");
    press(s, key(Key::PageDown));
    REQUIRE(c.session->phase() == Phase::Taken);
    CHECK(next(s).action == "Open decision 2");
    press(s, key(Key::PageDown));
    CHECK(next(s).action == "Lock with no votes"); // a new decision: nothing cast yet
    CHECK_THAT(presenterNotes(c, t0).heading, Catch::Contains("decision 2"));
}

TEST_CASE("Presenter: a tie and an empty vote wait for the trainer's letter", "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote);
    press(s, letterKey('a'));
    press(s, letterKey('c'));
    press(s, key(Key::PageDown));
    press(s, key(Key::PageDown));
    CHECK(next(s).keys == "A or C");
    CHECK(next(s).action == "Choose which to take and show the card");
    CHECK_THAT(next(s).detail, Catch::Contains("A tie"));
    press(s, key(Key::PageUp));
    press(s, key(Key::PageUp));
    press(s, key(Key::Minus));
    press(s, letterKey('a'));
    press(s, key(Key::Minus));
    press(s, letterKey('c'));
    REQUIRE(c.session->current()->totalVotes() == 0);
    press(s, letterKey('l')); // the explicit lock, with no votes and time left
    press(s, key(Key::PageDown));
    CHECK(next(s).keys == "A, B or C");
    CHECK(next(s).action == "Pick the option to take and show the card");
    CHECK_THAT(next(s).detail, Catch::Contains("No votes"));
}

TEST_CASE("Presenter: when time runs out with no votes it says the default will be taken",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote, 15);
    s.update(t0 + 16s);
    REQUIRE(c.session->current()->timedOut);
    CHECK(next(s).action == "Lock the vote");
    CHECK_THAT(next(s).detail, Catch::Contains("default, C, will be taken"));
    press(s, key(Key::PageDown), t0 + 17s);
    press(s, key(Key::PageDown), t0 + 18s);
    CHECK(next(s).action == "Take C and show the card");
    CHECK_THAT(next(s).detail, Catch::Contains("default"));
}

TEST_CASE("Presenter: the last decision's card leads to the class debrief", "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote, 0);
    for (int decision = 0; decision < 3; ++decision) {
        press(s, letterKey('a'));
        for (int step = 0; step < 3; ++step)
            press(s, key(Key::PageDown));
        REQUIRE(c.session->phase() == Phase::Taken);
        if (decision < 2) {
            CHECK(next(s).action == "Open decision " + std::to_string(decision + 2));
            press(s, key(Key::PageDown));
        }
    }
    CHECK(next(s).action == "End the scenario and show the class debrief");
    press(s, key(Key::PageDown));
    REQUIRE(s.screen() == Screen::ClassDebrief);
    CHECK(next(s).keys == "N");
    CHECK(next(s).action == "Set up another session");
    const PresenterNotes notes = presenterNotes(*s.classroom(), t0);
    CHECK(notes.stage == ClassStage::Debrief);
    CHECK(notes.options.empty());
    REQUIRE(notes.summary.size() == 3);
    CHECK_THAT(notes.summary[0], Catch::Contains("% of the best path."));
    CHECK(notes.summary[1] == "Sorted.");
    CHECK(notes.summary[2] == "3 decisions taken. The room never split.");
}

TEST_CASE("Presenter: team turns wait for the turn's team, and say so", "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::TeamTurns);
    CHECK(next(s).action == "Lock with no votes");
    CHECK(presenterNotes(c, t0).pendingTeams == "Red");
    press(s, optionB);
    CHECK(next(s).detail.empty());
    const PresenterNotes notes = presenterNotes(c, t0);
    CHECK(notes.pendingTeams.empty());
    CHECK(notes.options[1].teams == std::vector<std::string>{"Red"});
    CHECK_THAT(notes.heading, Catch::Contains("team turns"));
    press(s, key(Key::PageDown));
    press(s, key(Key::PageDown));
    CHECK(next(s).action == "Take B and show the card");
}

TEST_CASE("Presenter: a secret vote names the teams yet to pick, which the room never sees",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::SecretVote, 30, 4);
    press(s, letterKey('a')); // Red
    press(s, letterKey('c')); // Blue
    CHECK(next(s).action == "Lock the vote");
    CHECK_THAT(next(s).detail, Catch::StartsWith("Green and Yellow have not picked") &&
                                   Catch::Contains("the second locks anyway"));
    const PresenterNotes hidden = presenterNotes(c, t0);
    CHECK_FALSE(hidden.roomSeesCounts);
    // The trainer sees every pick as it arrives, though the projector shows only who picked.
    CHECK(hidden.options[0].teams == std::vector<std::string>{"Red"});
    CHECK(hidden.options[2].teams == std::vector<std::string>{"Blue"});
    CHECK(hidden.totalVotes == 2);
    CHECK(hidden.teams);
    press(s, letterKey('c')); // Green
    CHECK_THAT(next(s).detail, Catch::StartsWith("Yellow has not picked"));
    press(s, letterKey('a')); // Yellow
    CHECK(next(s).detail.empty());
    press(s, key(Key::PageDown));
    press(s, key(Key::PageDown));
    CHECK(next(s).keys == "A or C");
    CHECK_THAT(presenterNotes(c, t0).heading, Catch::Contains("secret team vote"));
}

TEST_CASE("Presenter: a blanked projector and a failed script change what the next press does",
          "[presenter]") {
    AppState s = classState();
    started(s, ClassMode::ClassVote);
    press(s, key(Key::Period));
    REQUIRE(s.blanked());
    CHECK(next(s).keys == "any key");
    CHECK(next(s).action == "Bring the picture back");
    CHECK(presenterNotes(*s.classroom(), t0).blanked);

    AppState f = classState();
    REQUIRE(f.openClassroom("t.class-fails"));
    ClassroomView& c = *f.classroom();
    c.setup.discussionSeconds = 0;
    REQUIRE(c.start(t0));
    f.classroomChanged();
    press(f, letterKey('a'));
    for (int i = 0; i < 3; ++i)
        press(f, key(Key::PageDown));
    REQUIRE(c.session->error());
    CHECK(next(f).action == "End the session");
    CHECK_THAT(next(f).detail, Catch::Contains("the customer line failed"));
}

TEST_CASE("Presenter: counts the room's view hides, the favoured option and each option's rules",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote, 60);
    REQUIRE(c.setup.hideUntilReveal);
    for (int i = 0; i < 3; ++i)
        press(s, optionB);
    press(s, letterKey('a'));
    const PresenterNotes notes = presenterNotes(c, t0 + 2500ms);
    CHECK_FALSE(notes.roomSeesCounts);
    CHECK(notes.totalVotes == 4);
    CHECK_FALSE(notes.teams);
    REQUIRE(notes.options.size() == 3);
    CHECK(notes.options[1].votes == 3);
    CHECK(notes.options[1].percent == 75);
    CHECK(notes.options[1].leading);
    CHECK_FALSE(notes.options[0].leading);
    CHECK(notes.options[0].favoured);
    CHECK_FALSE(notes.options[1].favoured);
    CHECK(notes.options[2].isDefault);
    CHECK(notes.favoured == "The principles favour A.");
    CHECK(notes.customer == "Hello, my kettle broke.");
    REQUIRE(notes.options[1].rules.size() == 1);
    CHECK(notes.options[1].rules[0].breach);
    CHECK(notes.options[1].rules[0].title == "Listen");
    CHECK(notes.options[1].rules[0].source == "Test model");
    CHECK_FALSE(notes.options[0].rules[0].breach);
    CHECK(notes.secondsLeft == 58); // 57.5 s left shows as 58, as on the projector
    CHECK(notes.card == nullptr);
}

TEST_CASE("Presenter: the card's teaching notes, even when the room's are held for the debrief",
          "[presenter]") {
    AppState s = classState();
    REQUIRE(s.openClassroom("t.class"));
    ClassroomView& c = *s.classroom();
    c.setup.holdRules = true; // assessment style: the projector keeps the rules for the debrief
    REQUIRE(c.start(t0));
    s.classroomChanged();
    press(s, optionB);
    for (int i = 0; i < 3; ++i)
        press(s, key(Key::PageDown));
    REQUIRE(c.session->phase() == Phase::Taken);
    const PresenterNotes notes = presenterNotes(c, t0);
    REQUIRE(notes.card != nullptr);
    CHECK(notes.card->said == "Interrupt");
    REQUIRE_FALSE(notes.card->rules.empty());
    CHECK(notes.card->rules[0].source == "Test model");
    CHECK(notes.card->rules[0].forCustomer == "Feels unheard.");
    CHECK(notes.card->why == "Interrupting annoys.");
    CHECK(notes.rulesHeldFromRoom);
    CHECK(notes.options[1].taken);
    CHECK_FALSE(notes.secondsLeft); // the timer stops once the vote is locked
}

TEST_CASE("Presenter: the controls list follows the phase", "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote);
    const auto has = [&](const std::string& keys, const std::string& does) {
        const auto list = presenterNotes(c, t0).keys;
        return std::any_of(list.begin(), list.end(), [&](const KeyHelp& k) {
            return k.keys == keys && k.does.find(does) != std::string::npos;
        });
    };
    CHECK(has("PgDn", "lock the vote"));
    CHECK(has("12 then A", "set A"));
    press(s, letterKey('a'));
    press(s, key(Key::PageDown));
    CHECK(has("PgDn", "reveal"));
    CHECK_FALSE(has("PgDn", "lock the vote"));
    press(s, key(Key::PageDown));
    press(s, key(Key::PageDown));
    CHECK(has("PgUp", "undo"));
}

TEST_CASE("Presenter window opens in the classroom with two displays or when asked for",
          "[presenter]") {
    using P = PresenterChoice;
    for (Screen screen : {Screen::ClassSetup, Screen::ClassPlay, Screen::ClassDebrief}) {
        CHECK(presenterWanted(P::Auto, 2, screen, false));
        CHECK_FALSE(presenterWanted(P::Auto, 1, screen, false)); // one display: as today
        CHECK(presenterWanted(P::Always, 1, screen, false));
        CHECK_FALSE(presenterWanted(P::Never, 2, screen, false));
        CHECK_FALSE(presenterWanted(P::Always, 2, screen, true)); // the trainer closed it
    }
    for (Screen screen : {Screen::Library, Screen::Play, Screen::Debrief, Screen::Settings})
        CHECK_FALSE(presenterWanted(P::Always, 2, screen, false));
}

TEST_CASE("Presenter timer runs down every second while the projector is blanked",
          "[presenter][frames]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote, 15);
    press(s, key(Key::Period));
    REQUIRE(s.blanked());
    auto now = t0;
    CHECK_FALSE(s.nextDeadline(now)); // the black projector needs no frames
    // The loop with both windows: it sleeps towards the sooner of the two deadlines.
    Pacer pacer;
    std::vector<int> shown;
    for (int guard = 0; guard < 100 && *c.session->secondsLeft(now) > 0; ++guard) {
        auto deadline = s.nextDeadline(now);
        if (const auto presenter = presenterDeadline(s, now))
            deadline = deadline ? std::min(*deadline, *presenter) : *presenter;
        const int sleep = pacer.sleepMs(deadline, now, false);
        REQUIRE(sleep >= 0);
        now += std::chrono::milliseconds(sleep);
        s.update(now);
        if (pacer.due(now)) shown.push_back(*presenterNotes(c, now).secondsLeft);
    }
    REQUIRE(shown.size() == 15);
    for (std::size_t i = 0; i < shown.size(); ++i)
        CHECK(shown[i] == 14 - static_cast<int>(i));
    CHECK(c.session->current()->timedOut);
    CHECK_FALSE(presenterDeadline(s, now)); // run out: nothing more to count
    AppState library = classState();
    CHECK_FALSE(presenterDeadline(library, now));
}

TEST_CASE("Presenter flags and the port reach the window's options", "[presenter][cli]") {
    std::optional<cli::WindowRequest> seen;
    const cli::WindowLauncher launcher = [&](const cli::WindowRequest& r, std::string&) {
        seen = r;
        return std::optional<int>(0);
    };
    const auto run = [&](std::vector<std::string> args) {
        seen.reset();
        std::istringstream in;
        std::ostringstream out, err;
        args.insert(args.begin(), "frontline");
        return cli::run(args, in, out, err, launcher);
    };
    REQUIRE(run({}) == 0);
    CHECK_FALSE(seen->presenter);
    CHECK_FALSE(seen->noPresenter);
    CHECK(seen->port == 8080);
    REQUIRE(run({"--presenter", "--port", "9123"}) == 0);
    CHECK(seen->presenter);
    CHECK(seen->port == 9123);
    REQUIRE(run({"--no-presenter"}) == 0);
    CHECK(seen->noPresenter);
    CHECK(run({"--presenter", "--no-presenter"}) != 0);
    CHECK_FALSE(seen);
    CHECK(run({"--port", "0"}) != 0);
    CHECK(run({"--port", "70000"}) != 0);
    CHECK(run({"--port", "http"}) != 0);
    REQUIRE(run({}) == 0);
    CHECK_FALSE(seen->phones);
    CHECK_FALSE(seen->noPhones);
    REQUIRE(run({"--phones"}) == 0);
    CHECK(seen->phones);
    REQUIRE(run({"--no-phones"}) == 0);
    CHECK(seen->noPhones);
    CHECK(run({"--phones", "--no-phones"}) != 0);
}

TEST_CASE("The benchmark's table reports the class-vote screen's frame cost with 60 votes",
          "[presenter][bench]") {
    using nlohmann::json;
    const json joined =
        bench::joinParts({json{{"window",
                                {{"class_vote_frame", {{"app_ms_median", 1.234}}},
                                 {"class_reveal_frame", {{"app_ms_median", 2.5}}}}}}});
    const std::string shown = bench::table(joined);
    CHECK_THAT(shown, Catch::Contains("Frame, class vote, 60 votes") && Catch::Contains("1.23 ms"));
    CHECK_THAT(shown, Catch::Contains("class vote revealed") && Catch::Contains("2.50 ms"));
}

TEST_CASE("Presenter: ending asks first, and a screen with more below scrolls before it acts",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote);
    press(s, letterKey('a'));
    press(s, letterKey('e', false, true)); // Ctrl+E
    REQUIRE(c.confirmEnd);
    CHECK(next(s).keys == "Y");
    CHECK(next(s).action == "End the class");
    press(s, key(Key::Down)); // any other key goes on
    CHECK(next(s).action == "Lock the vote");
    c.moreBelow = true; // as the projector's screen says when its options run past the fold
    CHECK(next(s).keys == "PgDn");
    CHECK(next(s).action == "Scroll the projector down a page");
    CHECK(next(s).detail == "Then Page Down: Lock the vote.");
}

TEST_CASE("Presenter: phones' votes count beside the hands, with how many joined and voted",
          "[presenter]") {
    AppState s = classState();
    ClassroomView& c = started(s, ClassMode::ClassVote);
    press(s, letterKey('a'));
    PhoneTally tally;
    tally.room = {2, 5, 0};
    tally.joined = 9;
    tally.voted = 7;
    REQUIRE(c.session->setPhoneTally(tally));
    CHECK_FALSE(presenterNotes(c, t0).phones); // phones off: the presenter says nothing of them
    c.phones = true; // as the setup's phones row leaves it (no server here: the tally is given)
    const PresenterNotes notes = presenterNotes(c, t0);
    CHECK(notes.phones);
    CHECK(notes.phonesJoined == 9);
    CHECK(notes.phonesVoted == 7);
    CHECK(notes.totalVotes == 8);
    CHECK(notes.options[0].votes == 3); // one hand and two phones
    CHECK(notes.options[0].phoneVotes == 2);
    CHECK(notes.options[1].votes == 5);
    CHECK(notes.options[1].leading);
    CHECK_THAT(notes.pace, Catch::StartsWith("Decision 1 of about"));
}
