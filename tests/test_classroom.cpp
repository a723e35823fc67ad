// The classroom's rules, headless: setup checks, votes and locks, majority, ties, timeouts with
// and without a default, secret team votes, team turns and their scores, stepping back before a
// decision is taken, consequence cards, a scenario failing mid-session, and the class debrief.
#include "core/classroom.hpp"
#include "core/explorer.hpp"
#include "core/record.hpp"
#include "report/class_markdown.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace frontline;
using namespace std::chrono_literals;

namespace {

const script::Library& classLibrary() {
    static const auto library =
        script::loadLibrary({test::fixture("scoring"), test::fixture("classroom")});
    return library;
}

const ClassClock::time_point t0{};

ClassSession classOf(ClassSetup setup, const std::string& id = "t.class") {
    const script::LoadedFile* file = classLibrary().find(id);
    REQUIRE(file != nullptr);
    REQUIRE(file->usable());
    setup.scenario = id;
    return ClassSession(setup, file->scenario, file->scripting, classLibrary().rubric, t0);
}

ClassSetup noTimer(ClassMode mode = ClassMode::ClassVote, int teams = 2) {
    ClassSetup setup;
    setup.mode = mode;
    setup.teams = defaultTeams(teams);
    setup.discussionSeconds = 0;
    return setup;
}

// Votes, lock, reveal, take: one decision by hand count.
void decide(ClassSession& c, const std::vector<int>& votes) {
    for (std::size_t i = 0; i < votes.size(); ++i)
        REQUIRE(c.setVotes(i, votes[i]));
    REQUIRE(c.advance(t0)); // lock
    REQUIRE(c.advance(t0)); // reveal
    REQUIRE(c.advance(t0)); // take
    REQUIRE(c.phase() == Phase::Taken);
    REQUIRE(c.advance(t0)); // next
}

// A team's line on the scoreboard, which is ranked best first.
TeamScore scoreOf(const std::vector<TeamScore>& board, std::size_t team) {
    for (const TeamScore& t : board)
        if (t.team == team) return t;
    FAIL("team " << team << " is not on the scoreboard");
    return {};
}

bool mentions(const std::vector<std::string>& problems, const std::string& fragment) {
    for (const auto& p : problems)
        if (p.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Setup refuses 0 or 9 teams, odd discussion times and unnamed teams", "[classroom]") {
    ClassSetup setup;
    setup.scenario = "t.class";
    CHECK(problemsWith(setup).empty());

    setup.teams = {};
    CHECK(mentions(problemsWith(setup), "1 to 8 teams, not 0"));
    setup.teams = defaultTeams(8);
    CHECK(problemsWith(setup).empty());
    setup.teams.push_back({"Grey", "#888888"});
    CHECK(mentions(problemsWith(setup), "1 to 8 teams, not 9"));

    setup.teams = defaultTeams(2);
    for (int ok : {0, 15, 60, 300}) {
        setup.discussionSeconds = ok;
        CHECK(problemsWith(setup).empty());
    }
    for (int bad : {10, 301, -5}) {
        setup.discussionSeconds = bad;
        CHECK(mentions(problemsWith(setup), "not " + std::to_string(bad)));
    }
    setup.discussionSeconds = 60;

    setup.teams = {{" ", "#ff0000"}, {"Blue", "blue"}, {"Blue", "#0000ff"}};
    const auto problems = problemsWith(setup);
    CHECK(mentions(problems, "Team 1 needs a name"));
    CHECK(mentions(problems, "Team 2's colour must be written #rrggbb"));
    CHECK(mentions(problems, "Team 3 has the same name"));

    setup = ClassSetup{};
    CHECK(mentions(problemsWith(setup), "Pick a scenario"));
}

TEST_CASE("Default teams have distinct names and colours", "[classroom]") {
    const auto teams = defaultTeams(8);
    REQUIRE(teams.size() == 8);
    for (std::size_t i = 0; i < teams.size(); ++i)
        for (std::size_t j = i + 1; j < teams.size(); ++j) {
            CHECK(teams[i].name != teams[j].name);
            CHECK(teams[i].colour != teams[j].colour);
        }
    CHECK(defaultTeams(12).size() == 8);
}

TEST_CASE("Class vote: the majority option is taken", "[classroom]") {
    auto c = classOf(noTimer());
    REQUIRE(c.phase() == Phase::Voting);
    REQUIRE(c.current()->options.size() == 3);
    CHECK(c.addVote(0, 1));
    CHECK(c.addVote(0, 1));
    CHECK(c.addVote(1, 1));
    CHECK(c.addVote(0, -1)); // Shift+A takes one back
    CHECK(c.addVote(2, -1)); // never below zero
    CHECK(c.setVotes(1, 5)); // a typed count
    CHECK(c.current()->votes == std::vector<int>{1, 5, 0});
    CHECK_FALSE(c.setVotes(7, 1));
    CHECK(c.note() == "There is no option H.");

    REQUIRE(c.lock());
    REQUIRE(c.reveal());
    const Resolution r = c.resolution();
    REQUIRE(r.option);
    CHECK(*r.option == 1);
    CHECK(r.how == Settled::Majority);
    CHECK_FALSE(c.take(0)); // the trainer cannot overrule the room
    CHECK(c.note() == "The room chose B: Page Down takes it.");
    REQUIRE(c.take());
    CHECK(c.session().choiceIds() == std::vector<std::string>{"greet.interrupt"});
    CHECK(c.current()->taken == std::optional<std::size_t>(1));
    CHECK(c.current()->settled == Settled::Majority);
}

TEST_CASE("Votes keyed after lock are ignored with a note", "[classroom]") {
    auto c = classOf(noTimer());
    c.setVotes(0, 3);
    c.lock();
    CHECK_FALSE(c.addVote(1, 1));
    CHECK(c.note().find("Votes are locked") != std::string::npos);
    CHECK(c.current()->votes == std::vector<int>{3, 0, 0});
    c.reveal();
    CHECK_FALSE(c.setVotes(0, 9));
    CHECK(c.current()->votes[0] == 3);
}

TEST_CASE("A tie is broken by the trainer, among the tied options only", "[classroom]") {
    auto c = classOf(noTimer());
    c.setVotes(0, 4);
    c.setVotes(1, 4);
    c.setVotes(2, 1);
    c.lock();
    c.reveal();
    const Resolution r = c.resolution();
    CHECK_FALSE(r.option);
    CHECK(r.how == Settled::TrainerBrokeTie);
    CHECK(r.candidates == std::vector<std::size_t>{0, 1});
    CHECK_FALSE(c.take());
    CHECK(c.note() == "A tie: press A or B to choose.");
    CHECK_FALSE(c.take(2));
    CHECK(c.phase() == Phase::Revealed);
    REQUIRE(c.take(0));
    CHECK(c.current()->settled == Settled::TrainerBrokeTie);
    CHECK(c.session().choiceIds() == std::vector<std::string>{"greet.listen"});
}

TEST_CASE("Timer ends with no votes: the default option, else the trainer picks", "[classroom]") {
    ClassSetup setup = noTimer();
    setup.discussionSeconds = 15;
    auto c = classOf(setup);

    CHECK(c.secondsLeft(t0) == 15);
    CHECK(c.secondsLeft(t0 + 14500ms) == 1);
    CHECK(c.nextTick(t0 + 200ms) == t0 + 1000ms);
    CHECK_FALSE(c.tick(t0 + 14s));
    CHECK(c.phase() == Phase::Voting);
    CHECK(c.tick(t0 + 15s));
    CHECK(c.current()->timedOut);
    CHECK(c.note() == "Time is up: count the hands, then Page Down locks the vote.");
    // The vote stays open for the count; the clock shows 0:00 and asks for no more frames.
    CHECK(c.phase() == Phase::Voting);
    CHECK(c.secondsLeft(t0 + 20s) == 0);
    CHECK_FALSE(c.nextTick(t0 + 20s));
    CHECK_FALSE(c.tick(t0 + 21s)); // said once

    REQUIRE(c.lock());
    CHECK_FALSE(c.secondsLeft(t0 + 22s));
    REQUIRE(c.reveal());
    Resolution r = c.resolution();
    REQUIRE(r.option);
    CHECK(*r.option == 2); // "Say nothing" is marked default = true
    CHECK(r.how == Settled::DefaultOnTimeout);
    REQUIRE(c.advance(t0 + 16s));
    CHECK(c.current()->settled == Settled::DefaultOnTimeout);
    CHECK(c.session().choiceIds() == std::vector<std::string>{"greet.wait"});

    // "ask" marks no default: the trainer picks any option.
    REQUIRE(c.advance(t0 + 20s));
    REQUIRE(c.current()->node == "ask");
    CHECK(c.secondsLeft(t0 + 20s) == 15);
    REQUIRE(c.tick(t0 + 36s));
    REQUIRE(c.advance(t0 + 36s)); // lock
    REQUIRE(c.reveal());
    r = c.resolution();
    CHECK_FALSE(r.option);
    CHECK(r.how == Settled::TrainerPicked);
    CHECK(r.candidates == std::vector<std::size_t>{0, 1});
    CHECK_FALSE(c.take());
    CHECK(c.note() == "No votes: press the letter of the option to take.");
    REQUIRE(c.take(1));
    CHECK(c.current()->settled == Settled::TrainerPicked);
}

TEST_CASE("With no timer, no votes leave the pick to the trainer even with a default",
          "[classroom]") {
    auto c = classOf(noTimer());
    CHECK_FALSE(c.secondsLeft(t0));
    CHECK_FALSE(c.nextTick(t0));
    CHECK_FALSE(c.tick(t0 + 1000s));
    c.lock();
    c.reveal();
    CHECK_FALSE(c.resolution().option);
    CHECK(c.resolution().candidates.size() == 3);
}

TEST_CASE("Stepping back before the decision: reveal, lock and a taken branch undo",
          "[classroom]") {
    auto c = classOf(noTimer());
    c.setVotes(0, 2);
    c.lock();
    c.reveal();
    REQUIRE(c.back());
    CHECK(c.phase() == Phase::Locked);
    REQUIRE(c.back());
    CHECK(c.phase() == Phase::Voting);
    CHECK(c.setVotes(1, 5)); // changeable again
    CHECK_FALSE(c.back());
    CHECK(c.note() == "Votes are open: nothing to go back to.");

    c.lock();
    c.reveal();
    REQUIRE(c.take());
    CHECK(c.session().steps().size() == 1);
    REQUIRE(c.back()); // the branch is undone, the votes kept
    CHECK(c.phase() == Phase::Revealed);
    CHECK(c.session().steps().empty());
    CHECK_FALSE(c.current()->taken);
    CHECK(c.current()->votes == std::vector<int>{2, 5, 0});

    // Hands counted after the clock ran out decide as usual; reopened, the vote stays open.
    ClassSetup timed = noTimer();
    timed.discussionSeconds = 15;
    auto t = classOf(timed);
    t.tick(t0 + 20s);
    CHECK(t.setVotes(1, 4));
    t.lock();
    REQUIRE(t.back());
    CHECK(t.phase() == Phase::Voting);
    CHECK_FALSE(t.tick(t0 + 30s));
    CHECK(t.phase() == Phase::Voting);
    t.lock();
    t.reveal();
    CHECK(t.resolution().option == std::optional<std::size_t>(1));
    CHECK(t.resolution().how == Settled::Majority);
}

TEST_CASE("Counts stay hidden until reveal when the trainer asks", "[classroom]") {
    ClassSetup setup = noTimer();
    setup.hideUntilReveal = true;
    auto hidden = classOf(setup);
    CHECK_FALSE(hidden.countsVisible());
    hidden.lock();
    CHECK_FALSE(hidden.countsVisible());
    hidden.reveal();
    CHECK(hidden.countsVisible());

    setup.hideUntilReveal = false;
    CHECK(classOf(setup).countsVisible());
    setup.mode = ClassMode::SecretVote;
    CHECK_FALSE(classOf(setup).countsVisible()); // secret means secret
}

TEST_CASE("Secret team vote: picks unseen, the majority of teams decides, each team scored on "
          "its pick",
          "[classroom]") {
    auto c = classOf(noTimer(ClassMode::SecretVote, 3));
    CHECK(c.teamToPick() == std::optional<std::size_t>(0));
    CHECK_FALSE(c.setVotes(0, 3));        // teams pick, they do not count hands
    REQUIRE(c.pick(0));                   // Red: listen
    CHECK(c.note() == "Red has picked."); // who, never what
    CHECK(c.teamToPick() == std::optional<std::size_t>(1));
    REQUIRE(c.pick(1)); // Blue: interrupt
    REQUIRE(c.pick(0)); // Green: listen
    CHECK(c.current()->votes == std::vector<int>{2, 1, 0});
    // A correction: back to Blue, who changes their mind.
    REQUIRE(c.selectTeam(1));
    REQUIRE(c.pick(1));
    CHECK(c.current()->teamPicks == std::vector<std::optional<std::size_t>>{0, 1, 0});

    c.lock();
    c.reveal();
    REQUIRE(c.resolution().option == std::optional<std::size_t>(0));
    REQUIRE(c.take());

    // ask: Red leaks, Blue and Green verify.
    c.advance(t0);
    c.pick(1);
    c.pick(0);
    c.pick(0);
    c.lock();
    c.reveal();
    REQUIRE(c.take());
    CHECK(c.session().choiceIds().back() == "ask.verify");

    const auto board = c.scoreboard();
    REQUIRE(board.size() == 3);
    // Weights: t.listen 1, t.verify 4 (critical); each weight is worth two points.
    CHECK(scoreOf(board, 0).points == 2 * (1 - 4));
    CHECK(scoreOf(board, 0).criticalBreaches == std::vector<std::string>{"t.verify"});
    CHECK(scoreOf(board, 1).points == 2 * (-1 + 4));
    CHECK(scoreOf(board, 2).points == 2 * (1 + 4));
    CHECK(scoreOf(board, 2).favouredPicks == 2);
    CHECK(scoreOf(board, 1).favouredPicks == 1);
    CHECK(scoreOf(board, 0).decisions == 2);
    // Best first: Green, Blue, Red.
    CHECK(board[0].team == 2);
    CHECK(board[1].team == 1);
    CHECK(board[2].team == 0);
}

TEST_CASE("Team turns: teams decide in turn and each is scored on its own decisions",
          "[classroom]") {
    auto c = classOf(noTimer(ClassMode::TeamTurns, 2));
    CHECK(c.teamToPick() == std::optional<std::size_t>(0));
    REQUIRE(c.pick(0)); // Red listens
    REQUIRE(c.pick(1)); // ... then changes its mind: interrupt
    CHECK(c.current()->votes == std::vector<int>{0, 1, 0});
    c.lock();
    c.reveal();
    REQUIRE(c.take());
    c.advance(t0);
    CHECK(c.teamToPick() == std::optional<std::size_t>(1)); // Blue's turn
    c.pick(0);                                              // verify
    c.lock();
    c.reveal();
    c.take();
    c.advance(t0);
    CHECK(c.teamToPick() == std::optional<std::size_t>(0)); // Red again
    c.pick(0);                                              // refund and log
    c.lock();
    c.reveal();
    c.take();
    c.advance(t0);
    CHECK(c.phase() == Phase::Ended);

    const auto board = c.scoreboard();
    REQUIRE(board.size() == 2);
    const TeamScore red = scoreOf(board, 0), blue = scoreOf(board, 1);
    CHECK(red.decisions == 2);
    CHECK(red.points == 2 * (-1 + 3 + 2)); // breached listen, credited law and policy.log
    CHECK(red.favouredPicks == 1);
    CHECK(blue.decisions == 1);
    CHECK(blue.points == 2 * 4);
    CHECK(blue.favouredPicks == 1);
}

TEST_CASE("The principles favour the choice that breaches nothing and finishes best",
          "[classroom]") {
    auto c = classOf(noTimer());
    CHECK(c.current()->favoured == std::vector<std::size_t>{0}); // listen, not silence
    decide(c, {3, 0, 0});
    CHECK(c.current()->favoured == std::vector<std::size_t>{0}); // verify
    decide(c, {0, 3});
    CHECK(c.current()->favoured == std::vector<std::size_t>{0}); // refund and log
}

TEST_CASE("The consequence card: the reply, the reason and the rules behind the choice",
          "[classroom]") {
    auto c = classOf(noTimer());
    c.setVotes(1, 9); // interrupt
    c.lock();
    c.reveal();
    REQUIRE(c.take());
    const auto& card = c.current()->consequence;
    REQUIRE(card);
    CHECK(card->said == "Interrupt");
    REQUIRE_FALSE(card->reply.empty());
    CHECK(card->reply.front().text == "Can you see my order?");
    CHECK(card->why == "Interrupting annoys.");
    CHECK(card->moodAfter == card->moodBefore - 10);
    REQUIRE(card->rules.size() == 1);
    const RuleNote& rule = card->rules.front();
    CHECK(rule.kind == EvidenceKind::Breach);
    CHECK(rule.title == "Listen");
    CHECK(rule.requirement == "Let them talk.");
    CHECK(rule.source == "Test model");
    CHECK(rule.forCustomer == "Feels unheard.");
    CHECK(rule.forBusiness == "Longer calls.");
}

TEST_CASE("A scenario failing mid-session keeps what was played and lets the trainer end",
          "[classroom]") {
    auto c = classOf(noTimer(), "t.class-fails");
    CHECK(c.current()->favoured.empty()); // both options lead into the failure
    c.setVotes(0, 2);
    c.lock();
    c.reveal();
    CHECK_FALSE(c.take());
    REQUIRE(c.error());
    CHECK(c.error()->find("fails.lua:10") != std::string::npos);
    CHECK(c.error()->find("the customer line failed") != std::string::npos);
    CHECK(c.phase() == Phase::Revealed);
    CHECK(c.session().steps().empty()); // unchanged
    REQUIRE(c.advance(t0));             // the clicker's next ends the session
    CHECK(c.phase() == Phase::Ended);
    const ClassDebrief d = debriefClass(c);
    CHECK_FALSE(d.finished);
    CHECK(d.error);
    CHECK(d.ending == "greet");
}

TEST_CASE("Class debrief: the path, the splits, the teams and the class grade", "[classroom]") {
    auto c = classOf(noTimer());
    decide(c, {10, 6, 2}); // listen, but the room split
    decide(c, {12, 0});    // verify
    decide(c, {3, 9});     // repair: not what the principles favour
    REQUIRE(c.phase() == Phase::Ended);
    const ClassDebrief d = debriefClass(c);
    CHECK(d.finished);
    CHECK(d.ending == "done");
    CHECK(d.summary == "Sorted.");
    REQUIRE(d.decisions.size() == 3);
    CHECK(roomSplit(d.decisions[0]));       // 10 of 18 is under two thirds
    CHECK_FALSE(roomSplit(d.decisions[1])); // unanimous and favoured
    CHECK(roomSplit(d.decisions[2]));       // the room took what breaches the law
    CHECK(d.scoreboard.empty());            // one class, no teams
    // 2 x (listen 1 + verify 4 - law 3) = 4 of a best of 2 x (1 + 4 + 3 + 2) = 20.
    CHECK(d.debrief.points == 4);
    CHECK(d.debrief.best == 20);
    CHECK(d.debrief.grade == Grade::Refer);
}

TEST_CASE("Ending early keeps the decisions taken so far", "[classroom]") {
    auto c = classOf(noTimer());
    decide(c, {5, 0, 0});
    c.setVotes(0, 1); // the second decision is open, not taken
    c.end();
    CHECK(c.phase() == Phase::Ended);
    CHECK_FALSE(c.advance(t0));
    const ClassDebrief d = debriefClass(c);
    CHECK(d.decisions.size() == 1);
    CHECK_FALSE(d.finished);
    CHECK(d.ending == "ask");
}

TEST_CASE("A choice may be the default, once per node", "[classroom][lint]") {
    const auto* file = classLibrary().find("t.class");
    REQUIRE(file != nullptr);
    CHECK(file->scenario->find("greet")->choices[2].isDefault);
    CHECK_FALSE(file->scenario->find("greet")->choices[0].isDefault);

    const auto twice = test::loadText(R"(
scenario { id = "t.d", title = "T", brief = "B", customer = { name = "S" }, start = "a" }
node "a" { customer = "Hi",
  choice { "One", go = "e", default = true, why = "w" },
  choice { "Two", go = "e", default = true, why = "w" } }
ending "e" { kind = "resolved", summary = "S" })",
                                      "twice.lua");
    CHECK(test::anyMessage(twice.diagnostics, "marks 2 choices `default = true`", 3));

    const auto wrongType = test::loadText(R"(
scenario { id = "t.d", title = "T", brief = "B", customer = { name = "S" }, start = "a" }
node "a" { customer = "Hi",
  choice { "One", go = "e", default = "yes", why = "w" } }
ending "e" { kind = "resolved", summary = "S" })",
                                          "wrong.lua");
    CHECK(test::anyMessage(wrongType.diagnostics, "`default` must be true or false", 4));
}

TEST_CASE("The class debrief exports as Markdown", "[classroom][report]") {
    ClassSetup setup = noTimer(ClassMode::SecretVote, 2);
    setup.teams[0].name = "Red | the *best*";
    auto c = classOf(setup);
    for (int decision = 0; decision < 3; ++decision) {
        c.pick(0);
        c.pick(decision == 2 ? 1 : 0); // Blue repairs at the end: a tie, the trainer takes A
        c.advance(t0);
        c.advance(t0);
        if (!c.take()) REQUIRE(c.take(0));
        c.advance(t0);
    }
    REQUIRE(c.phase() == Phase::Ended);
    const std::string md = report::classMarkdown(debriefClass(c), "2026-11-23");
    CHECK_THAT(md, Catch::StartsWith("# Class debrief: Classroom fixture\n\nAlpha · secret team "
                                     "vote · 2026-11-23 · 3 decisions"));
    CHECK_THAT(md, Catch::Contains("Ending: **resolved**. Sorted."));
    CHECK(md.find("done") == std::string::npos); // no internal ids: the ending is "done"
    CHECK(md.find("refund.refund") == std::string::npos);
    CHECK_THAT(md, Catch::Contains("**Distinction**, 100% (20 of 20 points)"));
    CHECK_THAT(md, Catch::Contains("> Hello, my kettle broke."));
    // Said once: before decision 2's options, not also as decision 1's reply.
    const auto reply = md.find("> Can you see my order?");
    REQUIRE(reply != std::string::npos);
    CHECK(md.find("> Can you see my order?", reply + 1) == std::string::npos);
    CHECK(reply > md.find("### Decision 2"));
    CHECK(reply < md.find("- A. Check identity first"));
    CHECK_THAT(md, Catch::Contains(
                       "- A. Listen — 2 teams (100%) · *the principles favour this* · **taken** · "
                       "Red \\| the \\*best\\* · Blue"));
    CHECK_THAT(md, Catch::Contains(
                       "Settled by a tie, broken by the trainer: A. **Where the room split.**"));
    CHECK_THAT(md, Catch::Contains("- Decision 3: a tie, and the trainer took A, \"Yes, refund "
                                   "and log it\" (50%)."));
    // Ranked by points per decision, with missed picks.
    CHECK_THAT(md, Catch::Contains("| Red \\| the \\*best\\* | 6.7 | 3 | 0 | 3 | 4 | 0 | 20 |"));
    CHECK_THAT(md, Catch::Contains("| Blue | 1.3 | 3 | 0 | 2 | 2 | 1 | 4 |"));
    CHECK(md.find("| Red") < md.find("| Blue"));
    CHECK_THAT(md, Catch::Contains("  - Shows **Refund faulty goods** (Test Act s.1). Refund "
                                   "within 30 days. When it is ignored, the customer: Loses a "
                                   "remedy. The business: Enforcement."));
    CHECK_THAT(md, Catch::Contains("## Findings"));
    CHECK(report::classMarkdownName(debriefClass(c), "2026-11-23") ==
          "class-2026-11-23-classroom-fixture.md");
}

TEST_CASE("Exploring part-way counts the evidence so far, and bestOnly skips the rest",
          "[classroom][explore]") {
    const script::LoadedFile& file = *classLibrary().find("t.class");
    Session session(file.scenario, file.scripting, 1);
    session.choose("greet.interrupt"); // breaches t.listen (weight 1)
    const Exploration full = exploreFrom(session, classLibrary().rubric);
    REQUIRE(full.best);
    CHECK(full.best->choices ==
          std::vector<std::string>{"ask.verify", "refund.refund"}); // what is left to play
    CHECK(full.best->points.points == 2 * (-1 + 4 + 3 + 2));
    CHECK(full.worst);

    ExploreOptions options;
    options.bestOnly = true;
    const Exploration quick = exploreFrom(session, classLibrary().rubric, options);
    REQUIRE(quick.best);
    CHECK(quick.best->points.points == full.best->points.points);
    CHECK_FALSE(quick.worst);
    CHECK(quick.bestWhenBreached.empty());
}

TEST_CASE("Options are named by letter, and shares rounded half up", "[classroom]") {
    CHECK(optionLetter(0) == "A");
    CHECK(optionLetter(3) == "D");
    CHECK(optionLetters({1}) == "B");
    CHECK(optionLetters({0, 2}) == "A or C");
    CHECK(optionLetters({0, 1, 3}) == "A, B or D");
    CHECK(votePercent(1, 3) == 33);
    CHECK(votePercent(1, 2) == 50);
    CHECK(votePercent(1, 8) == 13); // 12.5 rounds up
    CHECK(votePercent(0, 0) == 0);
    CHECK(votePercent(5, 0) == 0);
}

TEST_CASE("A hand count over the class size is refused with a note, and the size is checked",
          "[classroom][hands]") {
    ClassSetup setup = noTimer();
    setup.classSize = 24;
    auto c = classOf(setup);
    CHECK_FALSE(c.setVotes(0, 25));
    CHECK(c.note() == "25 hands is more than the class of 24: not counted.");
    CHECK_FALSE(c.setVotes(0, 999));
    CHECK(c.current()->votes == std::vector<int>{0, 0, 0});
    REQUIRE(c.setVotes(0, 20));
    CHECK_FALSE(c.setVotes(1, 5)); // 25 hands in all
    CHECK(c.note().find("That makes 25 hands in a class of 24") == 0);
    REQUIRE(c.setVotes(1, 4));
    CHECK_FALSE(c.addVote(2, 1));
    REQUIRE(c.setVotes(0, 10)); // a recount replaces, so the total drops again
    CHECK(c.current()->votes == std::vector<int>{10, 4, 0});

    ClassSetup sizes;
    sizes.scenario = "t.class";
    for (int bad : {0, 201, -3}) {
        sizes.classSize = bad;
        CHECK(mentions(problemsWith(sizes), "1 to 200 people, not " + std::to_string(bad)));
    }
    for (int ok : {1, 30, 200}) {
        sizes.classSize = ok;
        CHECK(problemsWith(sizes).empty());
    }
}

TEST_CASE("Phone votes add to the hands in the tally, the resolution and the split",
          "[classroom][phones]") {
    auto c = classOf(noTimer());
    REQUIRE(c.setVotes(0, 3)); // hands for A
    PhoneTally phones;
    phones.room = {1, 4, 0};
    phones.joined = 6;
    phones.voted = 5;
    REQUIRE(c.setPhoneTally(phones));
    const Decision& d = *c.current();
    CHECK(d.votes == std::vector<int>{3, 0, 0}); // keyed hands are kept apart
    CHECK(d.phoneVotes == std::vector<int>{1, 4, 0});
    CHECK(d.votesFor(0) == 4);
    CHECK(d.votesFor(1) == 4);
    CHECK(d.totalVotes() == 8);
    CHECK(c.phonesJoined() == 6);
    CHECK(c.phonesVoted() == 5);
    // A later count replaces the last; a bad one is fitted, never trusted.
    phones.room = {1, 5, -7, 99};
    REQUIRE(c.setPhoneTally(phones));
    CHECK(d.phoneVotes == std::vector<int>{1, 5, 0});
    CHECK(d.allVotes() == std::vector<int>{4, 5, 0});
    REQUIRE(c.lock());
    phones.room = {50, 0, 0}; // a late packet after the lock changes nothing
    CHECK_FALSE(c.setPhoneTally(phones));
    CHECK(d.phoneVotes == std::vector<int>{1, 5, 0});
    REQUIRE(c.reveal());
    CHECK(c.resolution().option == std::optional<std::size_t>(1)); // 5 beat 4 with the phones
    REQUIRE(c.take());
    CHECK(roomSplit(d)); // 5 of 9 is under two thirds
    const std::string md = report::classMarkdown(debriefClass(c), "2026-12-04");
    CHECK_THAT(md, Catch::Contains("- B. Interrupt — 5 votes (56%): 0 by hand, 5 by phone"));
    // The records keep what the reveal counted: hands and phones together.
    const ClassRecord kept = classRecordOf(debriefClass(c), c.session().scenario());
    REQUIRE_FALSE(kept.decisions.empty());
    CHECK(kept.decisions[0].votes == std::vector<int>{4, 5, 0});
}

TEST_CASE("In team modes a team with no pick takes its phones' clear majority at the lock",
          "[classroom][phones]") {
    auto c = classOf(noTimer(ClassMode::SecretVote, 3));
    REQUIRE(c.pick(0)); // Red keys A
    PhoneTally phones;
    phones.byTeam = {{0, 9, 0}, {0, 3, 1}, {2, 2, 0}}; // Red's phones lose to its keyed pick
    REQUIRE(c.setPhoneTally(phones));
    // Green's phones are tied: the lock names the missing team once, then goes ahead.
    CHECK_FALSE(c.lock());
    CHECK(c.note() == "Green has not picked: L or Page Down again locks anyway.");
    CHECK(c.phase() == Phase::Voting);
    REQUIRE(c.lock());
    const Decision& d = *c.current();
    CHECK(d.teamPicks == std::vector<std::optional<std::size_t>>{0, 1, std::nullopt});
    CHECK(d.pickedByPhones == std::vector<bool>{false, true, false});
    CHECK(d.votes == std::vector<int>{1, 1, 0});
    CHECK(d.missingTeams() == std::vector<std::size_t>{2});
    // Reopened, the phones speak again: Green's now break their tie.
    REQUIRE(c.back());
    CHECK_FALSE(d.teamPicks[1]);
    phones.byTeam[2] = {3, 2, 0};
    REQUIRE(c.setPhoneTally(phones));
    REQUIRE(c.lock()); // nobody missing: no warning
    CHECK(d.votes == std::vector<int>{2, 1, 0});
    REQUIRE(c.reveal());
    CHECK(c.settledLine() == "The teams chose A. Page Down takes it.");

    // Team turns: the turn team's phones pick; other teams' phones do not count.
    auto turns = classOf(noTimer(ClassMode::TeamTurns, 2));
    phones.byTeam = {{0, 0, 4}, {7, 0, 0}};
    REQUIRE(turns.setPhoneTally(phones));
    REQUIRE(turns.lock());
    CHECK(turns.current()->votes == std::vector<int>{0, 0, 1});
    REQUIRE(turns.reveal());
    CHECK(turns.settledLine() == "Red picked C. Page Down takes it.");
}

TEST_CASE("The clicker's next never locks a vote nobody has cast while time is left",
          "[classroom][clicker]") {
    ClassSetup setup = noTimer();
    setup.discussionSeconds = 15;
    auto c = classOf(setup);
    CHECK_FALSE(c.advance(t0 + 1s));
    CHECK(c.note() == "No votes yet: wait for the timer, or press L to lock with none.");
    CHECK(c.phase() == Phase::Voting);
    REQUIRE(c.tick(t0 + 15s)); // time ran out: next may lock with none, and the default decides
    REQUIRE(c.advance(t0 + 16s));
    CHECK(c.phase() == Phase::Locked);

    auto untimed = classOf(noTimer());
    CHECK_FALSE(untimed.advance(t0));
    CHECK(untimed.note() == "No votes yet: count them first, or press L to lock with none.");
    REQUIRE(untimed.lock()); // the explicit lock does
    PhoneTally phones;
    phones.room = {0, 1, 0};
    auto phoned = classOf(noTimer());
    REQUIRE(phoned.setPhoneTally(phones));
    CHECK(phoned.advance(t0)); // a phone's vote is a vote
}

TEST_CASE("Back from a decision just opened returns to the consequence card before it",
          "[classroom][clicker]") {
    auto c = classOf(noTimer());
    REQUIRE(c.setVotes(1, 4));
    REQUIRE(c.advance(t0));
    REQUIRE(c.advance(t0));
    REQUIRE(c.advance(t0)); // take: the card
    REQUIRE(c.advance(t0)); // one press too many: "ask" opens
    REQUIRE(c.current()->node == "ask");
    REQUIRE(c.back()); // the card comes back
    CHECK(c.phase() == Phase::Taken);
    CHECK(c.decisions().size() == 1);
    REQUIRE(c.current()->consequence);
    CHECK(c.current()->consequence->said == "Interrupt");
    // From there, back steps as before, and the decision is taken again the same way.
    REQUIRE(c.back());
    CHECK(c.phase() == Phase::Revealed);
    REQUIRE(c.take());
    CHECK(c.session().choiceIds() == std::vector<std::string>{"greet.interrupt"});
    REQUIRE(c.advance(t0));
    CHECK(c.current()->node == "ask");
    // With hands keyed, the open vote is kept: back has nothing to undo.
    REQUIRE(c.setVotes(0, 1));
    CHECK_FALSE(c.back());
    CHECK(c.current()->node == "ask");
}

TEST_CASE("Fair team scores: points per decision and missed picks, ranked after every decision",
          "[classroom][scores]") {
    auto c = classOf(noTimer(ClassMode::TeamTurns, 2));
    CHECK(c.scoreboard().size() == 2);
    CHECK(c.scoreboard()[0].pointsPerDecision == 0); // nothing taken: all level at 0
    // Decision 1, Red: listen (+2).
    REQUIRE(c.pick(0));
    c.lock();
    c.reveal();
    REQUIRE(c.take());
    auto board = c.scoreboard();
    CHECK(board[0].team == 0);
    CHECK(scoreOf(board, 0).points == 2);
    CHECK(scoreOf(board, 0).pointsPerDecision == 2.0);
    CHECK(scoreOf(board, 1).decisions == 0);
    // Decision 2, Blue does not pick: the trainer takes verify. A miss, not Blue's points.
    REQUIRE(c.advance(t0));
    REQUIRE_FALSE(c.lock());
    CHECK(c.note() == "Blue has not picked: L or Page Down again locks anyway.");
    REQUIRE(c.lock());
    c.reveal();
    REQUIRE(c.take(0));
    board = c.scoreboard();
    CHECK(scoreOf(board, 1).missed == 1);
    CHECK(scoreOf(board, 1).decisions == 0);
    CHECK(scoreOf(board, 1).points == 0);
    CHECK(scoreOf(board, 1).pointsPerDecision == 0.0);
    // Decision 3, Red: refund and log (law 3 + log 2 = +10), two turns: 12 / 2 = 6.
    REQUIRE(c.advance(t0));
    REQUIRE(c.pick(0));
    c.lock();
    c.reveal();
    REQUIRE(c.take());
    board = c.scoreboard();
    CHECK(scoreOf(board, 0).points == 12);
    CHECK(scoreOf(board, 0).pointsPerDecision == 6.0);
    CHECK(board[0].team == 0);

    // A missed pick scores nothing: missing never lifts a team's points per decision.
    auto secret = classOf(noTimer(ClassMode::SecretVote, 2));
    for (int decision = 0; decision < 3; ++decision) {
        secret.pick(0);                    // Red
        if (decision == 0) secret.pick(0); // Blue picks only at the first
        if (!secret.lock()) secret.lock(); // Blue missing: locked anyway
        secret.reveal();
        REQUIRE(secret.take());
        secret.advance(t0);
    }
    const TeamScore blueSecret = scoreOf(secret.scoreboard(), 1);
    CHECK(blueSecret.decisions == 1);
    CHECK(blueSecret.missed == 2);
    CHECK(blueSecret.points == 2);
    CHECK(blueSecret.pointsPerDecision == Approx(2.0 / 3));

    // Raw points would put the team with more turns first; per decision does not.
    std::vector<TeamScore> ranked(3);
    ranked[0].team = 0, ranked[0].points = 13, ranked[0].pointsPerDecision = 13.0 / 3;
    ranked[1].team = 1, ranked[1].points = 10, ranked[1].pointsPerDecision = 5.0;
    ranked[2].team = 2, ranked[2].points = 10, ranked[2].pointsPerDecision = 5.0;
    ranked[2].favouredPicks = 2;
    rankTeams(ranked);
    CHECK(ranked[0].team == 2); // level per decision: more favoured picks first
    CHECK(ranked[1].team == 1);
    CHECK(ranked[2].team == 0);
}

TEST_CASE("Pacing: decisions taken, decisions left by the shortest and longest route, minutes",
          "[classroom][pace]") {
    const auto file = test::loadText(R"(
scenario { id = "t.pace", title = "Pace", brief = "B", organisation = "alpha",
  customer = { name = "S" }, start = "a" }
node "a" { customer = "One",
  choice { "Quick", id = "quick", go = "done", why = "w" },
  choice { "Long", id = "long", go = "b", why = "w" } }
node "b" { customer = "Two", choice { "On", id = "on", go = "c", why = "w" },
  choice { "Back", id = "back", go = "a", why = "w" } }
node "c" { customer = "Three", choice { "On", id = "on", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "S" })",
                                     "pace.lua");
    REQUIRE(file.usable());
    ClassSetup setup = noTimer();
    setup.scenario = "t.pace";
    ClassSession c(setup, file.scenario, file.scripting, classLibrary().rubric, t0);
    Pace p = c.pace(t0 + 90s);
    CHECK(p.taken == 0);
    CHECK(p.leftShortest == 1);
    CHECK(p.leftLongest == 3); // a, b, c: the loop back to a is not a route
    CHECK(p.minutes == 1);
    c.setVotes(1, 3);
    c.lock();
    c.reveal();
    REQUIRE(c.take()); // long: at b now, the card on screen
    p = c.pace(t0 + 12min);
    CHECK(p.taken == 1);
    CHECK(p.leftShortest == 2);
    CHECK(p.leftLongest == 2);
    CHECK(p.minutes == 12);
}

TEST_CASE("Team modes speak as teams: whose turn, who picked, who is missing", "[classroom]") {
    CHECK(possessive("Red") == "Red's");
    CHECK(possessive("Owls") == "Owls'");

    ClassSetup setup = noTimer(ClassMode::TeamTurns, 2);
    setup.discussionSeconds = 15;
    setup.teams[0].name = "Owls";
    auto turns = classOf(setup);
    CHECK(turns.turnLine() == "Owls' turn: Owls, tell the trainer your pick.");
    REQUIRE(turns.tick(t0 + 15s));
    CHECK(turns.note() == "Time is up: Owls, your pick now. Then Page Down locks it.");
    REQUIRE(turns.pick(2));
    CHECK(turns.note() == "Owls picked C.");
    CHECK(turns.turnLine() == "Owls picked C. Page Down locks it.");
    turns.lock();
    turns.reveal();
    REQUIRE(turns.take());
    CHECK(turns.saidBy() == "Owls said");

    auto secret = classOf(noTimer(ClassMode::SecretVote, 4));
    secret.pick(0);
    secret.pick(0);
    secret.pick(1);
    CHECK(secret.turnLine() ==
          "Yellow: tell the trainer your pick. The screen shows only who has picked.");
    REQUIRE(secret.pick(1)); // the last team: nobody is waited for any more
    CHECK(secret.note() == "Yellow has picked. Every team has picked: Page Down locks the vote.");
    CHECK_FALSE(secret.teamToPick());
    CHECK(secret.turnLine() == "Every team has picked. Page Down locks the vote.");
    CHECK_FALSE(secret.pick(0));
    CHECK(secret.note() == "Every team has picked: Left or Right chooses a team to correct.");
    REQUIRE(secret.back()); // back to the last team, to correct it
    CHECK(secret.teamToPick() == std::optional<std::size_t>(3));

    // A team missing is warned of at the lock and named at the reveal and in the debrief.
    auto missing = classOf(noTimer(ClassMode::SecretVote, 4));
    missing.pick(0);
    missing.pick(0);
    missing.pick(1);
    CHECK_FALSE(missing.advance(t0));
    CHECK(missing.note() == "Yellow has not picked: L or Page Down again locks anyway.");
    REQUIRE(missing.advance(t0));
    REQUIRE(missing.reveal());
    CHECK(missing.settledLine() == "The teams chose A. Page Down takes it. Yellow did not pick.");
    REQUIRE(missing.take());
    missing.end();
    const std::string md = report::classMarkdown(debriefClass(missing), "2026-12-04");
    CHECK_THAT(md, Catch::Contains("Settled by the teams' majority, A. Yellow did not pick."));
    CHECK(scoreOf(missing.scoreboard(), 3).missed == 1);
}

TEST_CASE("The class debrief in the room's words: defaults, single teams, early ends",
          "[classroom][report]") {
    ClassSetup setup = noTimer();
    setup.discussionSeconds = 15;
    auto c = classOf(setup);
    REQUIRE(c.tick(t0 + 15s)); // no votes: the default, "Say nothing"
    REQUIRE(c.advance(t0 + 16s));
    REQUIRE(c.advance(t0 + 16s));
    REQUIRE(c.advance(t0 + 16s));
    REQUIRE(c.current()->settled == Settled::DefaultOnTimeout);
    REQUIRE(c.advance(t0 + 17s));
    REQUIRE(c.setVotes(0, 5));
    REQUIRE(c.setVotes(1, 19));
    c.end(); // early, with hands keyed at "ask"
    const ClassDebrief d = debriefClass(c);
    REQUIRE(d.unfinished);
    CHECK(d.unfinished->votes == std::vector<int>{5, 19});
    const std::string md = report::classMarkdown(d, "2026-12-04");
    CHECK_THAT(md,
               Catch::Contains(
                   "The class ended the session early, at decision 2: \"Can you see my order?\""));
    CHECK_THAT(md, Catch::Contains("- Decision 1: No votes: the scenario's default, C, \"Say "
                                   "nothing\"; the principles favour A"));
    CHECK(md.find("(0%)") == std::string::npos); // no share of no votes
    CHECK_THAT(md, Catch::Contains("- C. Say nothing — no votes · **taken**"));
    CHECK_THAT(md, Catch::Contains("Settled by no votes, so the scenario's default, C."));
    // The open decision with the hands keyed.
    CHECK_THAT(md, Catch::Contains("- A. Check identity first — 5 votes (21%)"));
    CHECK_THAT(md, Catch::Contains("- B. Read out the account — 19 votes (79%)"));
    CHECK_THAT(md, Catch::Contains("Open when the class ended: nothing was taken."));
    // Findings speak of the room, not of one learner.
    CHECK(md.find("you said") == std::string::npos);
    CHECK(md.find("You ") == std::string::npos);
    CHECK_THAT(md, Catch::Contains("The room did not show this"));
    CHECK(md.find("ended at") == std::string::npos);

    // Team turns: the team's pick is said as the team's.
    auto turns = classOf(noTimer(ClassMode::TeamTurns, 2));
    turns.pick(1);
    turns.lock();
    turns.reveal();
    REQUIRE(turns.take());
    turns.end();
    const std::string tmd = report::classMarkdown(debriefClass(turns), "2026-12-04");
    CHECK_THAT(
        tmd, Catch::Contains("- Decision 1: Red picked B, \"Interrupt\"; the principles favour A"));
    CHECK_THAT(tmd, Catch::Contains("Settled by Red's pick, B."));
    CHECK(tmd.find("the room took") == std::string::npos);
}
