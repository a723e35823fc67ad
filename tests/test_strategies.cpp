// Guessing must fail: naive strategies (longest, shortest, first, last, best of random walks)
// graded by lint, the `guessing` bar, and assessment mode's shuffled choices.
#include "core/strategies.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace frontline;
using frontline::test::anyMessage;
using frontline::test::loadText;

namespace {

Principle principle(const std::string& id, int weight, bool critical = false) {
    Principle p;
    p.id = id;
    p.title = id;
    p.source = "test";
    p.weight = weight;
    p.critical = critical;
    return p;
}

Rubric testRubric() {
    Rubric r;
    for (const char* id : {"t.a", "t.b", "t.c"})
        r.add(principle(id, 3));
    for (int i = 1; i <= 8; ++i)
        r.add(principle("t.s" + std::to_string(i), 3));
    r.add(principle("t.rude", 2));
    r.add(principle("t.wrong", 5, true));
    return r;
}

// The longest answer is always the right one (and never first or last).
const char* kLongest = R"(scenario { id = "t.longest", title = "L", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hello",
  choice { "What?", id = "rude", go = "b", breach = "t.rude", why = "Rude." },
  choice { "I am so sorry to hear that; tell me everything that happened.", id = "good", go = "b",
    credit = "t.a", why = "Good." },
  choice { "Go on then.", id = "meh", go = "b", why = "Meh." },
}
node "b" { customer = "It broke.",
  choice { "No.", id = "rude", go = "c", breach = "t.rude", why = "Rude." },
  choice { "Let me test it for you now, and then we can decide together.", id = "good", go = "c",
    credit = "t.b", why = "Good." },
  choice { "Shame.", id = "meh", go = "c", why = "Meh." },
}
node "c" { customer = "Well?",
  choice { "Bye.", id = "rude", go = "end", breach = "t.rude", why = "Rude." },
  choice { "You are entitled to a refund, and I can do that for you right away.", id = "good",
    go = "end", credit = "t.c", why = "Good." },
  choice { "Anything else?", id = "meh", go = "end", why = "Meh." },
}
ending "end" { kind = "resolved", summary = "Done." }
)";

// Eight decisions, each right answer neither the longest nor the shortest and never in the same
// place twice running; every wrong answer breaches a critical principle. Guessing gets Refer.
std::string guessingFails(const std::string& extra = "") {
    std::string lua = R"(scenario { id = "t.fails", title = "F", brief = "B",
  customer = { name = "Sam" }, start = "n1")" +
                      extra + R"( }
)";
    const char* wrongShort = "No.";
    const char* wrongLong = "Well, that really is not something I can do anything about today.";
    for (int i = 1; i <= 8; ++i) {
        const std::string next = i == 8 ? "end" : "n" + std::to_string(i + 1);
        const std::string good = "choice { \"Let me check that for you.\", id = \"good\", go = \"" +
                                 next + "\", credit = \"t.s" + std::to_string(i) +
                                 "\", why = \"Good.\" },\n";
        const std::string shortWrong = std::string("choice { \"") + wrongShort +
                                       "\", id = \"short\", go = \"" + next +
                                       "\", breach = \"t.wrong\", why = \"Wrong.\" },\n";
        const std::string longWrong = std::string("choice { \"") + wrongLong +
                                      "\", id = \"long\", go = \"" + next +
                                      "\", breach = \"t.wrong\", why = \"Wrong.\" },\n";
        std::string choices;
        switch (i % 3) {
        case 0:
            choices = good + shortWrong + longWrong;
            break;
        case 1:
            choices = shortWrong + good + longWrong;
            break;
        default:
            choices = longWrong + shortWrong + good;
            break;
        }
        lua += "node \"n" + std::to_string(i) + "\" { customer = \"Step " + std::to_string(i) +
               "\",\n" + choices + "}\n";
    }
    return lua + "ending \"end\" { kind = \"resolved\", summary = \"Done.\" }\n";
}

std::vector<StrategyRun> naive(const script::LoadedFile& f, const Rubric& rubric,
                               const NaiveOptions& options = {}) {
    REQUIRE(f.usable());
    const Exploration found = explore(f.scenario, f.scripting, rubric);
    return playNaive(f.scenario, f.scripting, rubric, found, options);
}

const StrategyRun& runNamed(const std::vector<StrategyRun>& runs, const std::string& name) {
    auto it = std::find_if(runs.begin(), runs.end(),
                           [&](const StrategyRun& r) { return r.name == name; });
    REQUIRE(it != runs.end());
    return *it;
}

std::vector<std::string> idsOf(const std::vector<Offer>& offers) {
    std::vector<std::string> ids;
    for (const Offer& o : offers)
        ids.push_back(o.choice->id);
    return ids;
}

using frontline::test::Scratch;

} // namespace

TEST_CASE("Guessing: always the longest answer, when it is always right, is a lint error",
          "[strategies]") {
    const auto f = loadText(kLongest, "longest.lua");
    const auto runs = naive(f, testRubric());
    REQUIRE(runs.size() == 5);
    CHECK(runs[0].name == "longest");
    CHECK(runs[1].name == "shortest");
    CHECK(runs[2].name == "first");
    CHECK(runs[3].name == "last");
    CHECK(runs[4].name == "random");

    const StrategyRun& longest = runNamed(runs, "longest");
    CHECK(longest.grade == Grade::Distinction);
    CHECK(longest.percent == 100);
    CHECK(longest.choiceIds == std::vector<std::string>{"a.good", "b.good", "c.good"});
    CHECK(longest.ending == "end");
    // The others pick the rude or the idle answer every time.
    CHECK(runNamed(runs, "shortest").choiceIds ==
          std::vector<std::string>{"a.rude", "b.rude", "c.rude"});
    CHECK(runNamed(runs, "first").grade == Grade::Refer);
    CHECK(runNamed(runs, "last").choiceIds == std::vector<std::string>{"a.meh", "b.meh", "c.meh"});

    const auto problems = guessingProblems(*f.scenario, runs);
    INFO(Catch::Detail::stringify(test::messages(problems)));
    CHECK(hasErrors(problems));
    const auto it = std::find_if(problems.begin(), problems.end(), [](const Diagnostic& d) {
        return d.message.find("always the longest answer") != std::string::npos;
    });
    REQUIRE(it != problems.end());
    CHECK(it->severity == Severity::Error);
    CHECK(it->where.file == "longest.lua");
    CHECK(it->where.line == f.scenario->where.line);
    CHECK_THAT(it->message, Catch::Contains("grades Distinction (100%)"));
    CHECK_THAT(it->message,
               Catch::Contains("frontline play longest.lua --choose-ids a.good,b.good,c.good"));
    CHECK_THAT(guessingSummary(runs),
               Catch::StartsWith("longest Distinction 100%, shortest Refer"));
}

TEST_CASE("Guessing: a scenario where guessing fails gets no warning", "[strategies]") {
    const auto f = loadText(guessingFails(), "fails.lua");
    const auto runs = naive(f, testRubric());
    REQUIRE(runs.size() == 5);
    for (const StrategyRun& run : runs) {
        INFO(run.name << " " << toString(run.grade) << " " << run.percent);
        CHECK(run.grade == Grade::Refer);
        CHECK(run.problem.empty());
        CHECK(run.ending == "end");
        CHECK(run.choiceIds.size() == 8);
    }
    CHECK(guessingProblems(*f.scenario, runs).empty());
}

TEST_CASE("Guessing: the bar is Merit by default and a scenario may lower it, never raise it",
          "[strategies]") {
    Scenario s;
    s.where = {"bar.lua", 3};
    auto run = [](Grade grade, int percent) {
        StrategyRun r;
        r.name = "first";
        r.label = "always the first answer";
        r.grade = grade;
        r.percent = percent;
        r.choiceIds = {"a.x", "b.y"};
        r.ending = "end";
        return r;
    };
    const auto merit = std::vector{run(Grade::Merit, 75)};
    const auto pass = std::vector{run(Grade::Pass, 55)};
    const auto distinction = std::vector{run(Grade::Distinction, 90)};

    // Default: Merit warns, Distinction is an error, Pass is fine.
    CHECK(guessingBar(s) == Grade::Merit);
    auto d = guessingProblems(s, merit);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Warning);
    CHECK(d[0].where.line == 3);
    CHECK_THAT(format(d[0]), Catch::StartsWith("bar.lua:3: warning: guessing: always the first "
                                               "answer grades Merit (75%)"));
    CHECK_THAT(d[0].message, Catch::Contains("--choose-ids a.x,b.y"));
    CHECK(guessingProblems(s, pass).empty());
    d = guessingProblems(s, distinction);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Error);

    // Lowered to Pass: Merit is now an error too, Pass still fine.
    s.guessing = "Pass";
    CHECK(guessingBar(s) == Grade::Pass);
    d = guessingProblems(s, merit);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Error);
    CHECK(guessingProblems(s, pass).empty());

    // Lowered to Refer: even a Pass is an error.
    s.guessing = "Refer";
    d = guessingProblems(s, pass);
    REQUIRE(d.size() == 1);
    CHECK(d[0].severity == Severity::Error);

    // A route that never ended earns nothing, whatever it says.
    auto stuck = run(Grade::Distinction, 100);
    stuck.problem = "no ending after 200 choices";
    CHECK(guessingProblems(s, {stuck}).empty());
}

TEST_CASE("Guessing: `guessing = \"Pass\"` in a scenario turns its Merit guess into an error",
          "[strategies]") {
    const auto loose = loadText(guessingFails(), "loose.lua");
    REQUIRE(loose.usable());
    CHECK(guessingBar(*loose.scenario) == Grade::Merit);
    const auto strict = loadText(guessingFails(",\n  guessing = \"Pass\""), "strict.lua");
    INFO(Catch::Detail::stringify(test::messages(strict.diagnostics)));
    REQUIRE(strict.usable());
    CHECK(guessingBar(*strict.scenario) == Grade::Pass);
    CHECK(strict.scenario->guessing == "Pass");
    REQUIRE(loadText(guessingFails(",\n  guessing = \"Refer\""), "refer.lua").usable());
    REQUIRE(loadText(guessingFails(",\n  guessing = \"Merit\""), "merit.lua").usable());
}

TEST_CASE("Guessing: `guessing = \"Distinction\"` or an unknown grade is an error at its line",
          "[strategies]") {
    for (const std::string value : {"Distinction", "Great", "merit"}) {
        INFO(value);
        const auto f =
            loadText("-- a comment\n" + guessingFails(", guessing = \"" + value + "\""), "bad.lua");
        INFO(Catch::Detail::stringify(test::messages(f.diagnostics)));
        CHECK_FALSE(f.ok());
        REQUIRE(f.scenario);
        CHECK(anyMessage(f.diagnostics, "`guessing`", f.scenario->where.line));
        CHECK(f.scenario->where.file == "bad.lua");
        CHECK(f.scenario->where.line == 2);
        CHECK(guessingBar(*f.scenario) == Grade::Merit);
    }
    const auto number = loadText(guessingFails(", guessing = 2"), "number.lua");
    CHECK(anyMessage(number.diagnostics, "`guessing` must be text"));
}

TEST_CASE("Guessing: a looping or broken scenario neither crashes nor hangs", "[strategies]") {
    const auto started = std::chrono::steady_clock::now();

    // The first (and shortest) answer loops for ever; the last leaves.
    const auto loop = loadText(R"(scenario { id = "t.loop", title = "L", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Again?",
  choice { "Again", id = "again", go = "a", minutes = 0, why = "Round we go." },
  choice { "Let us finish here.", id = "leave", go = "end", credit = "t.a", why = "Done." },
}
ending "end" { kind = "resolved", summary = "Done." }
)");
    const auto runs = naive(loop, testRubric());
    REQUIRE(runs.size() == 5);
    for (const char* name : {"first", "shortest"}) {
        const StrategyRun& r = runNamed(runs, name);
        CHECK(r.grade == Grade::Refer);
        CHECK(r.ending.empty());
        CHECK_THAT(r.problem, Catch::Contains("no ending after 200 choices"));
        CHECK_FALSE(r.failed);
        CHECK(r.choiceIds.size() == 200);
    }
    CHECK(runNamed(runs, "last").ending == "end");
    CHECK(runNamed(runs, "random").ending == "end");

    // Text the explorer never renders fails in play: a runaway loop stopped by the instruction
    // budget, and a start node whose line raises an error.
    const auto runaway = loadText(R"(scenario { id = "t.runaway", title = "R", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hello",
  choice { "Fine", id = "fine", go = "b", why = "Ok." },
  choice { "Broken", id = "broken", go = function(s) error("boom") end, why = "Ok." },
}
node "b" { customer = "Then?",
  choice { function(s) while true do end end, id = "spin", go = "end", why = "Ok." },
  choice { "Done", id = "done", go = "end", credit = "t.a", why = "Ok." },
}
ending "end" { kind = "resolved", summary = "Done." }
)");
    const auto broken = naive(runaway, testRubric());
    REQUIRE(broken.size() == 5);
    for (const StrategyRun& r : broken) {
        INFO(r.name << ": " << r.problem);
        CHECK(r.grade == Grade::Refer);
        CHECK(r.failed);
        CHECK_FALSE(r.problem.empty());
    }
    CHECK_THAT(runNamed(broken, "longest").problem, Catch::Contains("boom"));
    // Each distinct failure is an error once; none is mistaken for a grade guessing earned.
    const auto failures = guessingProblems(*runaway.scenario, broken);
    INFO(Catch::Detail::stringify(test::messages(failures)));
    CHECK(hasErrors(failures));
    for (const Diagnostic& d : failures)
        CHECK_THAT(d.message, Catch::Contains("the scenario fails: "));
    CHECK_THAT(guessingSummary(broken), Catch::Contains("first no ending"));

    const auto startFails = loadText(R"(scenario { id = "t.start", title = "S", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = function(s) error("no greeting") end,
  choice { "Done", id = "done", go = "end", credit = "t.a", why = "Ok." },
}
ending "end" { kind = "resolved", summary = "Done." }
)");
    for (const StrategyRun& r : naive(startFails, testRubric())) {
        CHECK(r.failed);
        CHECK_THAT(r.problem, Catch::Contains("no greeting"));
        CHECK(r.choiceIds.empty());
    }

    // An exploration with nothing to grade against: nothing is played.
    CHECK(playNaive(loop.scenario, loop.scripting, testRubric(), Exploration{}).empty());

    const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
    CHECK(seconds.count() < 20);
}

TEST_CASE("Guessing: the same scenario always gives the same report", "[strategies]") {
    const Rubric rubric = testRubric();
    for (const std::string& lua : {std::string(kLongest), guessingFails()}) {
        const auto f = loadText(lua);
        const auto a = naive(f, rubric);
        const auto b = naive(f, rubric);
        REQUIRE(a.size() == b.size());
        for (std::size_t i = 0; i < a.size(); ++i) {
            INFO(a[i].name);
            CHECK(a[i].name == b[i].name);
            CHECK(a[i].grade == b[i].grade);
            CHECK(a[i].percent == b[i].percent);
            CHECK(a[i].choiceIds == b[i].choiceIds);
            CHECK(a[i].ending == b[i].ending);
        }
        CHECK(test::messages(guessingProblems(*f.scenario, a)) ==
              test::messages(guessingProblems(*f.scenario, b)));
    }
    // Another seed for the random picks may walk other routes; the same seed never does.
    const auto f = loadText(guessingFails());
    NaiveOptions other;
    other.pickSeed = 7;
    CHECK(runNamed(naive(f, rubric, other), "random").choiceIds ==
          runNamed(naive(f, rubric, other), "random").choiceIds);
}

TEST_CASE("Guessing: the bundled kettle scenario is judged deterministically, in good time",
          "[strategies][library]") {
    const auto library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    const auto* kettle = library.find("brightmart.faulty-kettle");
    REQUIRE(kettle);
    const Exploration found = explore(kettle->scenario, kettle->scripting, library.rubric);
    const auto a = playNaive(kettle->scenario, kettle->scripting, library.rubric, found);
    const auto b = playNaive(kettle->scenario, kettle->scripting, library.rubric, found);
    REQUIRE(a.size() == 5);
    CHECK(guessingSummary(a) == guessingSummary(b));
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].choiceIds == b[i].choiceIds);
        // Every finished route replays to the same ending in `frontline play --choose-ids`.
        if (a[i].problem.empty()) {
            const Rebuilt r = rebuild(kettle->scenario, kettle->scripting, 1, a[i].choiceIds);
            CHECK_FALSE(r.stopped);
            CHECK(r.session->node().id == a[i].ending);
        }
    }
}

namespace {

const char* kSix = R"(scenario { id = "t.six", title = "Six", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Pick one.",
  choice { "One", id = "c1", go = "b", why = "1" },
  choice { "Two", id = "c2", go = "b", why = "2" },
  choice { "Three", id = "c3", go = "b", why = "3" },
  choice { "Four", id = "c4", go = "b", why = "4" },
  choice { "Five", id = "c5", go = "b", why = "5" },
  choice { "Six", id = "c6", go = "b", why = "6" },
}
node "b" { customer = "And again.",
  choice { "One", id = "c1", go = "end", why = "1" },
  choice { "Two", id = "c2", go = "end", why = "2" },
  choice { "Three", id = "c3", go = "end", why = "3" },
  choice { "Four", id = "c4", go = "end", why = "4" },
  choice { "Five", id = "c5", go = "end", why = "5" },
  choice { "Six", id = "c6", go = "end", why = "6" },
}
ending "end" { kind = "resolved", summary = "Done." }
)";

} // namespace

TEST_CASE("Assessment shuffles the choices the same way for the same seed, and practice does not",
          "[strategies][assessment]") {
    const auto f = loadText(kSix);
    REQUIRE(f.usable());
    const std::vector<std::string> authors{"a.c1", "a.c2", "a.c3", "a.c4", "a.c5", "a.c6"};

    for (const Mode mode : {Mode::Practice, Mode::Silent})
        for (std::uint64_t seed : {1, 2, 3, 99})
            CHECK(idsOf(Session(f.scenario, f.scripting, seed, mode).offers()) == authors);

    const auto shown = idsOf(Session(f.scenario, f.scripting, 1, Mode::Assessment).offers());
    CHECK(shown != authors);
    auto sorted = shown;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == authors); // a permutation: every choice, once
    // The same seed, the same order, however often it is asked.
    Session again(f.scenario, f.scripting, 1, Mode::Assessment);
    CHECK(idsOf(again.offers()) == shown);
    CHECK(idsOf(again.offers()) == shown);
    // Some other seed orders them differently.
    bool differs = false;
    for (std::uint64_t seed = 2; seed < 20 && !differs; ++seed)
        differs = idsOf(Session(f.scenario, f.scripting, seed, Mode::Assessment).offers()) != shown;
    CHECK(differs);
    // The rendered text follows its choice.
    for (const Offer& o : again.offers())
        CHECK(o.text == o.choice->line.literal);

    // The next step has its own order, and a replay (resume) from the seed and choice ids shows
    // the same one.
    Session live(f.scenario, f.scripting, 5, Mode::Assessment);
    live.choose(idsOf(live.offers()).front());
    const Rebuilt resumed = rebuild(f.scenario, f.scripting, 5, live.choiceIds(), Mode::Assessment);
    REQUIRE_FALSE(resumed.stopped);
    CHECK(idsOf(resumed.session->offers()) == idsOf(live.offers()));
    auto second = idsOf(live.offers());
    std::sort(second.begin(), second.end());
    CHECK(second == std::vector<std::string>{"b.c1", "b.c2", "b.c3", "b.c4", "b.c5", "b.c6"});
}

TEST_CASE("Assessment play numbers the choices in the order shown", "[strategies][assessment]") {
    const Scratch scratch("assessment");
    const std::string file = scratch.write("six.lua", kSix);
    const auto r = test::runCli({"play", file, "--assessment", "--choose", "1,1", "--no-record"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("shuffled"));
    // Choice 1 is whatever is listed first, not the author's first.
    const auto f = loadText(kSix);
    Session s(f.scenario, f.scripting, 1, Mode::Assessment);
    const std::string firstShown = s.offers().front().text;
    CHECK_THAT(r.out, Catch::Contains("  1. " + firstShown + "\n"));
    CHECK_THAT(r.out, Catch::Contains("You: \"" + firstShown + "\""));
    s.choose(s.offers().front().choice->id);
    CHECK_THAT(r.out, Catch::Contains("You: \"" + s.offers().front().text + "\""));
}

TEST_CASE("A text function that fails on a route a guesser takes is a lint error with its line",
          "[strategies]") {
    // The explorer follows `when` and `go` but does not render text: a guesser meets this first.
    const auto f = loadText(R"(scenario { id = "t.text", title = "T", brief = "B",
  customer = { name = "S" }, start = "a", state = { secret = false }, practice_only = true }
local function ready(s) return s.secret end
node "a" { customer = "Hi",
  choice { "Tell them everything", id = "tell", go = "b", set = { secret = true }, why = "w" },
  choice { "Keep", id = "keep", go = "b", why = "w" } }
node "b" { customer = function(s) if ready(s) then error("boom") end return "Ok" end,
  choice { "End", id = "end", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "s" }
)",
                            "text.lua");
    REQUIRE(f.usable());
    const auto problems = guessingProblems(*f.scenario, naive(f, testRubric()));
    INFO(Catch::Detail::stringify(test::messages(problems)));
    REQUIRE(problems.size() == 1); // said once, though several strategies meet it
    CHECK(problems[0].severity == Severity::Error);
    CHECK_THAT(problems[0].message, Catch::Contains("the scenario fails: text.lua:7: boom") &&
                                        Catch::Contains("--choose-ids a.tell"));
}

TEST_CASE("A practice-only scenario reports guessing without judging it, and is never assessed",
          "[strategies][assessment]") {
    std::string lua = kLongest;
    lua.replace(lua.find("start = \"a\" }"), 13, "start = \"a\", practice_only = true }");
    const auto f = loadText(lua, "drill.lua");
    REQUIRE(f.usable());
    CHECK(f.scenario->practiceOnly);
    const auto runs = naive(f, testRubric());
    CHECK(runNamed(runs, "longest").grade == Grade::Distinction); // still measured...
    CHECK(guessingProblems(*f.scenario, runs).empty());           // ...but not judged
    CHECK_NOTHROW(Session(f.scenario, f.scripting, 1, Mode::Practice));
    CHECK_THROWS_WITH(Session(f.scenario, f.scripting, 1, Mode::Assessment),
                      Catch::Contains("is for practice only"));

    const Scratch scratch("drill");
    for (const auto& [from, to] : std::vector<std::pair<std::string, std::string>>{
             {"\"t.a\"", "\"heat.hear\""},
             {"\"t.b\"", "\"heat.empathise\""},
             {"\"t.c\"", "\"heat.apologise\""},
             {"\"t.rude\"", "\"heat.own\""}}) // the library's rubric, which play loads
        for (auto at = lua.find(from); at != std::string::npos; at = lua.find(from, at))
            lua.replace(at, from.size(), to);
    const std::string file = scratch.write("drill.lua", lua);
    const auto assess = test::runCli({"play", file, "--assessment", "--no-record"}, "1\n");
    CHECK(assess.code != 0);
    CHECK_THAT(assess.out + assess.err, Catch::Contains("is for practice only"));

    const auto plain = loadText(kLongest, "plain.lua");
    CHECK_FALSE(plain.scenario->practiceOnly); // the default
}

TEST_CASE("lint and test report guessing per scenario, with a route play accepts",
          "[strategies][cli]") {
    const Scratch scratch("lint");
    // The kettle's principles, so the library's rubric scores it.
    std::string lua = kLongest;
    for (const auto& [from, to] :
         std::vector<std::pair<std::string, std::string>>{{"\"t.a\"", "\"heat.hear\""},
                                                          {"\"t.b\"", "\"heat.empathise\""},
                                                          {"\"t.c\"", "\"heat.apologise\""},
                                                          {"\"t.rude\"", "\"heat.own\""}})
        for (auto at = lua.find(from); at != std::string::npos; at = lua.find(from, at))
            lua.replace(at, from.size(), to);
    const std::string file = scratch.write("longest.lua", lua);

    const auto lint = test::runCli({"lint", file});
    INFO(lint.out << lint.err);
    CHECK(lint.code == 1);
    CHECK_THAT(lint.out, Catch::Contains(file + ":1: note: guessing: longest Distinction 100%"));
    CHECK_THAT(lint.out,
               Catch::Contains(file + ":1: error: guessing: always the longest answer grades "
                                      "Distinction (100%)"));
    CHECK_THAT(lint.out, Catch::Contains("--choose-ids a.good,b.good,c.good"));

    const auto test = test::runCli({"test", file});
    CHECK(test.code == 1);
    CHECK_THAT(test.out, Catch::Contains("FAIL t.longest"));
    CHECK_THAT(test.out, Catch::Contains("guessing: longest Distinction 100%"));
    CHECK_THAT(test.out, Catch::Contains("error: guessing: always the longest answer"));

    const auto replay =
        test::runCli({"play", file, "--choose-ids", "a.good,b.good,c.good", "--no-record"});
    INFO(replay.err);
    CHECK(replay.code == 0);
    CHECK_THAT(replay.out, Catch::Contains("== Debrief: Distinction (100%) =="));
}
