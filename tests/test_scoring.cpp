// Scoring: the rubric and organisations load with file:line errors, ids are checked, the explorer
// finds best and worst paths, the debrief grades and explains, expectations are checked.
#include "core/expectations.hpp"
#include "core/explorer.hpp"
#include "core/work_on.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using namespace frontline;

namespace {

const script::Library& scoringLibrary() {
    static const auto library = script::loadLibrary({test::fixture("scoring")});
    return library;
}

const script::LoadedFile& scoringScenario() {
    return *scoringLibrary().find("t.scoring");
}

Exploration exploreFixture() {
    return explore(scoringScenario().scenario, scoringScenario().scripting,
                   scoringLibrary().rubric);
}

Debrief debriefFor(const std::vector<std::string>& ids) {
    const auto found = exploreFixture();
    const Session session = test::play(scoringScenario(), ids);
    return debriefAgainst(session, scoringLibrary().rubric, found);
}

std::vector<Diagnostic> libraryErrors(const std::string& source, const std::string& name) {
    auto loaded = test::loadText(source, name);
    return loaded.diagnostics;
}

// Standard output and error together: these tests only look for messages.
test::CliRun cli(const std::vector<std::string>& args) {
    auto r = test::runCli(args);
    r.out += r.err;
    return r;
}

} // namespace

TEST_CASE("The fixture library loads cleanly with its rubric and two organisations",
          "[scoring][rubric]") {
    const auto& lib = scoringLibrary();
    for (const auto& e : lib.entries) {
        INFO(e.path << Catch::Detail::stringify(test::messages(e.diagnostics)));
        CHECK(e.ok());
    }
    CHECK(lib.rubric.principles().size() == 4);
    CHECK(lib.rubric.organisations().size() == 2);
    REQUIRE(lib.rubric.find("t.verify", "alpha") != nullptr);
    CHECK(lib.rubric.find("t.verify", "alpha")->critical);
    CHECK(lib.rubric.find("policy.log", "alpha")->weight == 2);
    CHECK(lib.rubric.find("policy.log", "beta")->weight == 5);
    CHECK(lib.rubric.find("policy.log", "gamma") == nullptr);
    CHECK(lib.curriculum.points.size() == 3);
}

TEST_CASE("Rubric and organisation mistakes are errors at their line", "[scoring][rubric]") {
    const std::string good =
        "consequence = { customer = \"c\", business = \"b\" }, source = \"S\", weight = 1";
    struct Case {
        std::string source;
        int line;
        std::string fragment;
    };
    const std::vector<Case> cases{
        {"principle \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = \"r\", " +
             good + ", wieght = 2 }",
         1, "unknown field `wieght` (did you mean `weight`?)"},
        {"\nprinciple \"a.b\" { kind = \"rule\", group = \"g\", title = \"t\", requires = \"r\", " +
             good + " }",
         2, "`kind` must be \"law\", \"policy\" or \"principle\""},
        {"principle \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = \"r\", "
         "weight = 1 }",
         1, "missing required field `source`"},
        {"\n\nprinciple \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = "
         "\"r\", " +
             good + ", cap = \"Distinction\" }",
         3,
         "`cap` must be \"Merit\", \"Pass\" or \"Refer\" (the best grade allowed), not "
         "\"Distinction\""},
        {"principle \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = \"r\", " +
             good + ", cap = \"Meritt\" }",
         1, "not \"Meritt\""},
        {"principle \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = \"r\", "
         "weight = 1, source = \"S\" }",
         1, "missing required field `consequence`"},
        {"principle \"a.b\" { kind = \"law\", group = \"g\", title = \"t\", requires = \"r\", "
         "source = \"S\", weight = 1, "
         "consequence = { customer = \"c\" } }",
         1, "missing required field `business`"},
        {"principle \"policy.x\" { kind = \"policy\", policy = \"d\", group = \"g\", title = "
         "\"t\", requires = \"r\", " +
             good + " }",
         1, "policy rules belong to an organisation"},
        {"organisation { id = \"o\", name = \"O\", sector = \"s\" }\nprinciple \"a.b\" { kind = "
         "\"law\", group = \"g\", title = \"t\", "
         "requires = \"r\", " +
             good + " }",
         2, "an organisation file defines only its policy.* rules"},
    };
    for (const auto& c : cases) {
        INFO(c.source);
        const auto ds = libraryErrors(c.source, "rubric.lua");
        INFO(Catch::Detail::stringify(test::messages(ds)));
        CHECK(test::anyMessage(ds, c.fragment, c.line));
    }
}

TEST_CASE("An ending's cap must be a grade below Distinction, said at its line",
          "[scoring][rubric]") {
    const auto loaded = test::loadText(R"(
scenario { id = "t.c", title = "T", brief = "B", customer = { name = "S" }, start = "a" }
node "a" { customer = "Hi", choice { "x", go = "e", why = "w" } }
ending "e" { kind = "lost", summary = "s", cap = "Top" }
)",
                                       "ending-cap.lua");
    CHECK(test::anyMessage(loaded.diagnostics,
                           "ending 'e': `cap` must be \"Merit\", \"Pass\" or \"Refer\"", 4));
}

TEST_CASE("Duplicate principle ids across files and missing policy documents are errors",
          "[scoring][rubric]") {
    const auto lib =
        script::loadLibrary({test::fixture("scoring"), test::fixture("scoring-duplicate")});
    bool duplicate = false;
    for (const auto& e : lib.entries)
        duplicate = duplicate || test::anyMessage(e.diagnostics, "is already defined at");
    CHECK(duplicate);

    const auto broken = script::loadLibrary({test::fixture("scoring-broken")});
    bool missingDoc = false;
    for (const auto& e : broken.entries)
        missingDoc =
            missingDoc || test::anyMessage(e.diagnostics,
                                           "cites policy document 'manul', which this "
                                           "organisation does not have (did you mean 'manual'?)",
                                           3);
    CHECK(missingDoc);
}

TEST_CASE("A credit or breach id the rubric lacks is a lint error with a suggestion",
          "[scoring][lint]") {
    const auto r = cli({"lint", test::fixture("scoring-broken/typo-scenario.lua"), "--scenarios",
                        test::fixture("scoring")});
    CHECK(r.code == 1);
    CHECK_THAT(r.out, Catch::Contains("typo-scenario.lua:4: error: 't.lisen' is not in the rubric "
                                      "(did you mean 't.listen'?)"));
    CHECK_THAT(r.out, Catch::Contains(
                          "typo-scenario.lua:5: error: 'policy.nothing' is not in the rubric"));
}

TEST_CASE("Tally statuses: demonstrated, breached, put right, not met", "[scoring]") {
    Tally t;
    t.add(Evidence{"a", EvidenceKind::Credit, 1, "n", "c", {}});
    t.add(Evidence{"b", EvidenceKind::Breach, 1, "n", "c", {}});
    t.add(Evidence{"c", EvidenceKind::Credit, 1, "n", "c", {}});
    t.add(Evidence{"c", EvidenceKind::Breach, 2, "n", "c", {}});
    t.add(Evidence{"e", EvidenceKind::Breach, 1, "n", "c", {}});
    t.add(Evidence{"e", EvidenceKind::Credit, 2, "n", "c", {}});
    CHECK(t.status("a") == Status::Demonstrated);
    CHECK(t.status("b") == Status::Breached);
    CHECK(t.status("c") == Status::Breached); // credited, then breached: the last word stands
    CHECK(t.status("e") == Status::PutRight);
    CHECK(t.everBreached("e"));
    CHECK_FALSE(t.everBreached("a"));
    CHECK(t.status("d") == Status::NotMet);
    CHECK(pointsOf(Status::Demonstrated, 3) == 6);
    CHECK(pointsOf(Status::PutRight, 3) == -3);
    CHECK(pointsOf(Status::Breached, 3) == -6);
    CHECK(pointsOf(Status::NotMet, 3) == 0);
}

TEST_CASE("Grade bands and percentages", "[scoring]") {
    CHECK(gradeFor(85) == Grade::Distinction);
    CHECK(gradeFor(84) == Grade::Merit);
    CHECK(gradeFor(70) == Grade::Merit);
    CHECK(gradeFor(69) == Grade::Pass);
    CHECK(gradeFor(50) == Grade::Pass);
    CHECK(gradeFor(49) == Grade::Refer);
    CHECK(percentOf(8, 10) == 80);
    CHECK(percentOf(-3, 10) == 0);
    CHECK(percentOf(10, 10) == 100);
    CHECK(percentOf(0, 0) == 100); // nothing to earn, and nothing lost
    CHECK(percentOf(-2, 0) == 0);
    CHECK(percentOf(-2, -2) == 0); // even the best route loses points: nothing to grade
}

TEST_CASE("The explorer finds the best and worst paths and every ending", "[scoring][explorer]") {
    const auto found = exploreFixture();
    CHECK_FALSE(found.budgetHit);
    CHECK(found.errors.empty());
    REQUIRE(found.best);
    CHECK(found.best->choices == std::vector<std::string>{"a.listen", "b.verify", "c.refund"});
    CHECK(found.bestPoints() == 20); // 2 x (1 + 4 + 3 + 2, alpha's policy weight)
    REQUIRE(found.worst);
    CHECK(found.worst->choices == std::vector<std::string>{"a.interrupt", "b.leak", "c.repair"});
    CHECK(found.worst->points.points == -16); // 2 x -(1 + 4 + 3)
    CHECK(found.gradeOf(found.worst->points) == Grade::Refer);
    CHECK(found.endings.count("done") == 1);
    CHECK(found.unreached.empty());
    CHECK(found.creditable.count("policy.log") == 1);
    CHECK(found.breachable.count("t.verify") == 1);
}

TEST_CASE("The same scenario is scored against another organisation's policies",
          "[scoring][organisations]") {
    auto moved = std::make_shared<Scenario>(*scoringScenario().scenario);
    moved->organisation = "beta";
    moved->reindex();
    const auto found = explore(moved, scoringScenario().scripting, scoringLibrary().rubric);
    CHECK(found.bestPoints() == 26); // beta weighs its logging rule at 5
}

TEST_CASE("A debrief grades, subtotals and explains every finding", "[scoring][debrief]") {
    const Debrief d = debriefFor({"a.interrupt", "b.verify", "c.refund"});
    CHECK(d.points == 16); // 2 x (4 + 3 + 2) - 2 x 1
    CHECK(d.best == 20);
    CHECK(d.percent == 80);
    CHECK(d.grade == Grade::Merit);
    REQUIRE(d.subtotals.size() == 3);
    CHECK(d.subtotals[0].kind == PrincipleKind::Law);
    CHECK(d.subtotals[0].points == 14);
    CHECK(d.subtotals[0].possible == 14);
    CHECK(d.subtotals[1].points == 4);
    CHECK(d.subtotals[2].points == -2);
    const auto listen = std::find_if(d.findings.begin(), d.findings.end(),
                                     [](const Finding& f) { return f.principle == "t.listen"; });
    REQUIRE(listen != d.findings.end());
    CHECK(listen->status == Status::Breached);
    CHECK(listen->point == "At step 1 you said: \"Interrupt\"");
    CHECK(listen->evidence == "Listen: Let them talk. (Test model)");
    CHECK_THAT(listen->explain,
               Catch::Contains("Feels unheard.") && Catch::Contains("Longer calls."));
}

TEST_CASE("The debrief opens with what to work on: step, what was said, the better line, the cost",
          "[scoring][debrief]") {
    const Debrief d = debriefFor({"a.interrupt", "b.verify", "c.repair"});
    REQUIRE(d.workOn.size() == 2);
    CHECK(d.workOn[0].principle == "t.listen");
    CHECK(d.workOn[0].step == 1);
    CHECK(d.workOn[0].said == "Interrupt");
    CHECK(d.workOn[0].better == "Listen");
    CHECK(d.workOn[0].betterStep == 1);
    CHECK(d.workOn[0].sameNode);
    CHECK(d.workOn[0].points == -2);
    CHECK_FALSE(d.workOn[0].cap); // good practice caps nothing
    CHECK(d.workOn[1].principle == "t.law");
    CHECK(d.workOn[1].step == 3);
    CHECK(d.workOn[1].better == "Yes, refund and log it");
    CHECK(d.workOn[1].cap == std::optional<Grade>(Grade::Pass)); // law left breached
    const WorkOnText text = describe(d.workOn[1]);
    CHECK(text.mark == Mark::Breached);
    CHECK(text.headline == "Step 3: Refund faulty goods (Test Act s.1): breached, -"
                           "6 points");
    CHECK(text.said == "You said: \u201cRepairs only\u201d");
    CHECK(text.better ==
          "Better here, as the best path said at step 3: \u201cYes, refund and log it\u201d");
    CHECK(text.cap == "Left breached, this limits the grade to Pass at best.");
    // Every finding carries what it gained or cost, and they add up to the score.
    int sum = 0;
    for (const Finding& f : d.findings)
        sum += f.points;
    CHECK(sum == d.points);
}

TEST_CASE(
    "The worked example of docs/scoring.md: put right costs half, a lost customer caps at Pass",
    "[scoring][debrief][docs]") {
    auto play = [](const std::string& choose) {
        const auto r = cli({"play", test::fixture("scoring-example/call-back.lua"), "--scenarios",
                            test::fixture("scoring"), "--choose", choose, "--json"});
        INFO(r.out);
        return nlohmann::json::parse(r.out)["debrief"];
    };
    const auto best = play("1,1");
    CHECK(best["points"] == 12);
    CHECK(best["best_points"] == 12);
    CHECK(best["grade"] == "Distinction");
    const auto putRight = play("2,1,1");
    CHECK(putRight["points"] == 9); // listen breached then shown: -1 instead of +2
    CHECK(putRight["grade"] == "Merit");
    const auto leftBreached = play("2,2,1");
    CHECK(leftBreached["points"] == 8); // -2: costs more than putting it right
    CHECK(leftBreached["grade"] == "Pass");
    const auto lost = play("1,2");
    CHECK(lost["percent"] == 100);
    CHECK(lost["grade"] == "Pass");
    CHECK(lost["reason"] == "100% of the best achievable (12 of 12 points) would be Distinction, "
                            "but the conversation ended with the customer lost, which limits the "
                            "grade to Pass at best.");
}

TEST_CASE("A mistake put right is still something to work on, at half the cost",
          "[scoring][debrief]") {
    auto loaded = test::loadText(R"(
scenario { id = "t.fix", title = "T", brief = "B", customer = { name = "S" }, start = "a" }
node "a" { customer = "Hi",
  choice { "Snap", id = "snap", go = "b", breach = "t.listen", why = "w" },
  choice { "Listen", id = "listen", go = "end", credit = "t.listen", why = "w" } }
node "b" { customer = "Rude!", choice { "Sorry, go on", id = "sorry", go = "end", credit = "t.listen", why = "w" } }
ending "end" { kind = "resolved", summary = "s" }
)",
                                 "fix.lua");
    REQUIRE(loaded.usable());
    const auto found = explore(loaded.scenario, loaded.scripting, scoringLibrary().rubric);
    const Session session = test::play(loaded, {"a.snap", "b.sorry"});
    const Debrief d = debriefAgainst(session, scoringLibrary().rubric, found);
    REQUIRE(d.workOn.size() == 1);
    CHECK(d.workOn[0].status == Status::PutRight);
    CHECK(d.workOn[0].points == -1);
    CHECK(d.points == -1);
    CHECK(d.best == 2);
    CHECK(describe(d.workOn[0]).mark == Mark::Partly);
    CHECK_THAT(describe(d.workOn[0]).headline, Catch::Contains("put right later"));
}

TEST_CASE("No better line where the best route says the same, and an ending's cap names the ending",
          "[scoring][debrief]") {
    auto loaded = test::loadText(R"(
scenario { id = "t.same", title = "T", brief = "B", customer = { name = "S" }, start = "a",
  organisation = "alpha" }
node "a" { customer = "Hi",
  choice { "Snap, then help", id = "snap", go = "b", breach = "t.listen", why = "w" } }
node "b" { customer = "Well?",
  choice { "Refund and log it", id = "refund", go = "done", credit = { "t.law", "policy.log" }, why = "w" } }
ending "done" { kind = "resolved", summary = "s", cap = "Merit" }
)",
                                 "same.lua");
    REQUIRE(loaded.usable());
    const auto found = explore(loaded.scenario, loaded.scripting, scoringLibrary().rubric);
    const Session session = test::play(loaded, {"a.snap", "b.refund"});
    const Debrief d = debriefAgainst(session, scoringLibrary().rubric, found);
    REQUIRE(d.workOn.size() == 1);
    CHECK(d.workOn[0].better.empty()); // the best route snaps too: nothing better to quote
    CHECK(describe(d.workOn[0]).better.empty());
    CHECK(d.grade == Grade::Merit);
    // The ending in the author's words, never its id.
    CHECK_THAT(d.reason, Catch::EndsWith("but the conversation ended with \"s\", which "
                                         "limits the grade to Merit at best."));
}

TEST_CASE("One critical breach grades Refer whatever the percentage, and says why",
          "[scoring][debrief]") {
    const Debrief d = debriefFor({"a.listen", "b.leak", "c.refund"});
    CHECK(d.percent == 20); // 2 x (1 - 4 + 3 + 2) = 4 of 20
    CHECK(d.grade == Grade::Refer);
    CHECK_THAT(d.reason, Catch::Contains("\"Verify identity\" (Test Act s.2) is a critical rule"));
}

TEST_CASE("Principles the best path shows and the learner left out are not met",
          "[scoring][debrief]") {
    const Debrief d = debriefFor({"a.listen", "b.verify", "c.verified-refund"});
    const auto log = std::find_if(d.findings.begin(), d.findings.end(),
                                  [](const Finding& f) { return f.principle == "policy.log"; });
    REQUIRE(log != d.findings.end());
    CHECK(log->status == Status::NotMet);
    CHECK(d.percent == 80);
}

TEST_CASE("Expectations that do not hold are reported at their line", "[scoring][expectations]") {
    auto scenario = std::make_shared<Scenario>(*scoringScenario().scenario);
    scenario->expectations = {
        {Expectation::Kind::BestEnding, "elsewhere", {}, {"x.lua", 3}},
        {Expectation::Kind::Breaching, "t.listen", "Distinction", {"x.lua", 4}},
        {Expectation::Kind::Reachable, "nowhere", {}, {"x.lua", 5}},
        {Expectation::Kind::WorstGrade, "Pass", {}, {"x.lua", 6}},
    };
    scenario->reindex();
    const auto ds = checkExpectations(*scenario, exploreFixture());
    REQUIRE(ds.size() == 4);
    CHECK(ds[0].where.line == 3);
    CHECK_THAT(ds[0].message, Catch::Contains("ends at 'done', not 'elsewhere'"));
    CHECK_THAT(ds[1].message, Catch::Contains("grades Merit, not Distinction"));
    CHECK_THAT(ds[2].message, Catch::Contains("'nowhere' is not a node or ending"));
    CHECK_THAT(ds[3].message, Catch::Contains("the worst path grades Refer (0%), not Pass"));
    CHECK(checkExpectations(*scoringScenario().scenario, exploreFixture()).empty());
}

TEST_CASE("The explorer reports dead ends, loops with no way out, errors and its budget",
          "[scoring][explorer]") {
    auto loaded = test::loadText(R"(
scenario { id = "t.trouble", title = "T", brief = "B", customer = { name = "S" }, start = "a", state = { n = 0 } }
node "a" {
  customer = "Hi",
  choice { "Loop", id = "loop", go = "spin", why = "w" },
  choice { "Stuck", id = "stuck", go = "stuck", set = { locked = true }, why = "w" },
  choice { "Count", id = "count", go = "a", effect = function(s) s.n = s.n + 1 end, why = "w" },
  choice { "Fail", id = "fail", go = function(s) error("broken go") end, why = "w" },
}
node "spin" { customer = "Round", choice { "Again", go = "spin", why = "w" } }
node "stuck" { customer = "Hm", choice { "Only if unlocked", when = "not locked", go = "a", why = "w" } }
)",
                                 "trouble.lua");
    REQUIRE(loaded.usable());
    ExploreOptions options;
    options.maxStates = 50;
    const auto found = explore(loaded.scenario, loaded.scripting, Rubric{}, options);
    CHECK(found.budgetHit); // the counter never stops growing
    CHECK(found.deadEnds == std::vector<std::string>{"stuck"});
    REQUIRE_FALSE(found.errors.empty());
    CHECK_THAT(found.errors[0].message, Catch::Contains("broken go"));
    CHECK_FALSE(found.best); // no ending exists
}

TEST_CASE("Loops with no way out are found when the walk completes", "[scoring][explorer]") {
    auto loaded = test::loadText(R"(
scenario { id = "t.loop", title = "T", brief = "B", customer = { name = "S" }, start = "a" }
node "a" { customer = "Hi", choice { "Spin", go = "spin", why = "w" }, choice { "End", go = "end", why = "w" } }
node "spin" { customer = "Round", choice { "Again", go = "spin", why = "w" } }
ending "end" { kind = "resolved", summary = "s" }
)",
                                 "loop.lua");
    REQUIRE(loaded.usable());
    const auto found = explore(loaded.scenario, loaded.scripting, Rubric{});
    CHECK_FALSE(found.budgetHit);
    CHECK(found.trapped == std::vector<std::string>{"spin"});
}

TEST_CASE("frontline test prints a line per scenario and closes with N passed, N failed",
          "[scoring][cli]") {
    const auto ok =
        cli({"test", test::fixture("scoring-example"), "--scenarios", test::fixture("scoring")});
    CHECK(ok.code == 0);
    CHECK_THAT(ok.out,
               Catch::Contains("PASS t.call-back") && Catch::Contains("1 passed, 0 failed"));
    const auto bad =
        cli({"test", test::fixture("scoring-broken"), "--scenarios", test::fixture("scoring")});
    CHECK(bad.code == 1);
    CHECK_THAT(bad.out, Catch::Contains("FAIL") && Catch::Contains("0 passed, 2 failed"));
}

TEST_CASE("frontline play shows the debrief and puts it in --json", "[scoring][cli]") {
    const auto text = cli({"play", "t.scoring", "--scenarios", test::fixture("scoring"), "--choose",
                           "2,1,1", "--full"});
    CHECK_THAT(text.out, Catch::Contains("== Debrief: Merit (80%) =="));
    CHECK_THAT(text.out, Catch::Contains("[-] Listen — breached, -"
                                         "2 points"));
    // What to work on comes before the findings.
    const auto work = text.out.find("WHAT TO WORK ON\n\u2717 Step 1: Listen (Test model): "
                                    "breached, -"
                                    "2 points\n    You said: \u201cInterrupt\u201d\n"
                                    "    Better here, as the best path said at step 1: "
                                    "\u201cListen\u201d\n");
    CHECK(work != std::string::npos);
    CHECK(work < text.out.find("[-] Listen"));
    const auto json = cli({"play", "t.scoring", "--scenarios", test::fixture("scoring"), "--choose",
                           "2,1,1", "--json"});
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["debrief"]["grade"] == "Merit");
    CHECK(j["debrief"]["findings"][0]["source"] == "Test Act s.2");
    CHECK(j["debrief"]["findings"][0]["points"] == 8);
    REQUIRE(j["debrief"]["work_on"].size() == 1);
    CHECK(j["debrief"]["work_on"][0]["principle"] == "t.listen");
    CHECK(j["debrief"]["work_on"][0]["step"] == 1);
    CHECK(j["debrief"]["work_on"][0]["better"] == "Listen");
    CHECK(j["debrief"]["work_on"][0]["points"] == -2);
}

TEST_CASE("frontline coverage lists covered points, gaps and points no conversation shows",
          "[scoring][cli]") {
    const auto r = cli({"coverage", "--scenarios", test::fixture("scoring")});
    CHECK(r.code == 1); // one gap
    CHECK_THAT(r.out, Catch::Contains("[ok]  Listens") &&
                          Catch::Contains("[GAP] Something never credited") &&
                          Catch::Contains("[n/a] Keeps a portfolio"));
    CHECK_THAT(r.out,
               Catch::Contains("1 points covered, 1 not covered, 1 not shown by a conversation"));
    // A rubric principle, or an organisation's policy, that no scenario credits or breaches.
    CHECK_THAT(r.out, Catch::Contains("Rubric: 6 principles and policies, 2 never credited or "
                                      "breached:\n  [GAP] t.unused\n  [GAP] beta policy.log\n"));
}

TEST_CASE("frontline explore prints the best path as replayable ids, and JSON on request",
          "[scoring][cli]") {
    const auto text = cli({"explore", "t.scoring", "--scenarios", test::fixture("scoring")});
    CHECK(text.code == 0);
    CHECK_THAT(text.out, Catch::Contains("Best path: Distinction (100%, 20 points), ending 'done'\n"
                                         "  --choose-ids a.listen,b.verify,c.refund"));
    CHECK_THAT(text.out, Catch::Contains("Worst path: Refer (0%, -16 points)"));
    const auto json =
        cli({"explore", "t.scoring", "--scenarios", test::fixture("scoring"), "--json"});
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["exploration"]["best"]["grade"] == "Distinction");
    CHECK(j["exploration"]["budget_hit"] == false);
    // Verified or not, nothing reads the flag after the ending: one end situation, not two.
    CHECK(j["exploration"]["endings"]["done"] == 1);
}

TEST_CASE("The library lends its rubric to every folder: its own files are no redefinition, "
          "another's are, and a lone file borrows it",
          "[scoring][rubric]") {
    int calls = 0;
    const auto lend = [&] {
        ++calls;
        return script::loadLibrary({test::fixture("scoring")});
    };
    const auto own = script::loadLibrary({test::fixture("scoring")}, {}, lend);
    CHECK(calls == 1);
    CHECK(own.rubric.principles().size() == 4);
    for (const auto& entry : own.entries)
        CHECK_FALSE(test::anyMessage(entry.diagnostics, "already defined in the library"));
    const auto other = script::loadLibrary({test::fixture("scoring-duplicate")}, {}, lend);
    CHECK(other.rubric.principles().size() == 4);
    CHECK(test::anyMessage(other.entries.front().diagnostics, "already defined in the library"));
    const auto lone =
        script::loadLibrary({test::fixture("scoring-broken/typo-scenario.lua")}, {}, lend);
    CHECK(calls == 3); // once for each library
    CHECK(lone.rubric.principles().size() == 4);
    CHECK(test::anyMessage(lone.entries.front().diagnostics, "'t.lisen' is not in the rubric", 4));
}
