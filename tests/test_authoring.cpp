// Authoring tools: playtest from any node, and lint that knows the domain.
#include "core/domain_lint.hpp"
#include "core/lint.hpp"
#include "core/playtest.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace frontline;
using frontline::test::anyMessage;
using frontline::test::loadText;

namespace {

// Reaching `refund` needs the kettle tested first; `hidden` sits behind a flag nothing sets,
// `orphan` behind no `go` at all.
const char* kPlaytest = R"(
scenario { id = "t.playtest", title = "P", brief = "B", customer = { name = "Sam", mood = 40 },
  start = "greet", state = { tested = false, tries = 0 } }
node "greet" {
  customer = "It's broken.",
  choice { "Test it", id = "test", go = "check", set = { tested = true }, mood = 10, minutes = 4 },
  choice { "Look at it", id = "look", go = "check", effect = function(s) s.tries = math.min(s.tries + 1, 2) end },
}
node "check" {
  customer = "Well?",
  choice { "Refund", id = "refund", go = "refund", when = "tested", mood = 5 },
  choice { "Try again", id = "again", go = "greet", effect = function(s) s.tries = math.min(s.tries + 1, 2) end },
  choice { "Secret", id = "secret", go = "hidden", when = "never" },
  choice { "Give up", id = "give-up", go = "lost" },
}
node "refund" { customer = "Thanks. Tries: {tries}", choice { "Bye", id = "bye", go = "done" } }
node "hidden" { customer = "Hidden", choice { "Bye", id = "bye", go = "done" } }
node "orphan" { customer = "Nobody", choice { "Bye", id = "bye", go = "done" } }
ending "done" { kind = "resolved", summary = "Done." }
ending "lost" { kind = "lost", summary = "Lost." }
)";

Principle principle(const std::string& id, int weight, bool critical = false) {
    Principle p;
    p.id = id;
    p.title = id;
    p.weight = weight;
    p.critical = critical;
    return p;
}

Rubric testRubric() {
    Rubric r;
    r.add(principle("t.listen", 3));
    r.add(principle("t.rude", 2));
    r.add(principle("t.disclose", 5, true));
    return r;
}

std::vector<Diagnostic> bestPathOf(const script::LoadedFile& f, const Rubric& rubric) {
    REQUIRE(f.scenario);
    return bestPathProblems(*f.scenario, explore(f.scenario, f.scripting, rubric), rubric);
}

std::string story(const std::string& choices) {
    return R"(scenario { id = "t.best", title = "B", brief = "B", customer = { name = "Sam" },
  start = "a" }
node "a" { customer = "Hello", )" +
           choices + R"( }
ending "end" { kind = "resolved", summary = "Done." }
)";
}

} // namespace

TEST_CASE("Playtest from here: the shortest path to a node, replayed, leaves the state real play "
          "would",
          "[authoring][playtest]") {
    const auto f = loadText(kPlaytest);
    REQUIRE(f.usable());
    const PathTo path = shortestPathTo(f.scenario, f.scripting, "refund");
    REQUIRE(path.choices);
    CHECK(*path.choices == std::vector<std::string>{"greet.test", "check.refund"});
    CHECK(path.errors.empty());

    // Replayed in a real session with the same seed, it arrives with the path's variables set.
    const Rebuilt r = rebuild(f.scenario, f.scripting, 1, *path.choices);
    REQUIRE_FALSE(r.stopped);
    const Session& s = *r.session;
    CHECK(s.node().id == "refund");
    CHECK(std::get<bool>(s.state().vars.at("tested")));
    CHECK(std::get<std::int64_t>(s.state().vars.at("tries")) == 0);
    CHECK(s.state().mood == 55);   // 40 + 10 + 5
    CHECK(s.state().minutes == 5); // 4 + 1
    CHECK(s.transcript().back().text == "Thanks. Tries: 0");
    CHECK(s.evidence().empty());

    // The start itself needs no choices; a node one step on, one.
    CHECK(shortestPathTo(f.scenario, f.scripting, "greet").choices->empty());
    CHECK(shortestPathTo(f.scenario, f.scripting, "lost").choices->size() == 2);
}

TEST_CASE("Playtest from here: a node no play reaches says so", "[authoring][playtest]") {
    const auto f = loadText(kPlaytest);
    REQUIRE(f.usable());
    for (const char* node : {"hidden", "orphan", "no-such-node"}) {
        INFO(node);
        const PathTo path = shortestPathTo(f.scenario, f.scripting, node);
        CHECK_FALSE(path.choices);
        CHECK_FALSE(path.budgetHit);
    }
    // A budget too small to search them all is reported, not taken for "unreachable" silently.
    const PathTo small = shortestPathTo(f.scenario, f.scripting, "hidden", 1, 2);
    CHECK_FALSE(small.choices);
    CHECK(small.budgetHit);
}

TEST_CASE("Playtest from here: failing author code on the way is reported, other routes tried",
          "[authoring][playtest]") {
    const auto f = loadText(R"(
scenario { id = "t.fails", title = "F", brief = "B", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hello",
  choice { "Boom", id = "boom", go = "b", effect = function(s) error("no such thing") end },
  choice { "Long way", id = "long", go = "c" },
}
node "c" { customer = "C", choice { "On", id = "on", go = "b" } }
node "b" { customer = "B", choice { "Bye", id = "bye", go = "end" } }
ending "end" { kind = "resolved", summary = "Done." }
)",
                            "fails.lua");
    REQUIRE(f.usable());
    const PathTo path = shortestPathTo(f.scenario, f.scripting, "b");
    REQUIRE(path.choices);
    CHECK(*path.choices == std::vector<std::string>{"a.long", "c.on"});
    REQUIRE(path.errors.size() == 1);
    CHECK(path.errors[0].where.file == "fails.lua");
    CHECK(path.errors[0].where.line == 5);
}

TEST_CASE("Playtest from here takes the route with the fewest breaches, or the shortest on request",
          "[authoring][playtest]") {
    const auto f = test::loadText(R"(
scenario { id = "t.routes", title = "R", brief = "B", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hello",
  choice { "Tell all", id = "leak", go = "b", breach = { "dpa.verify-identity" }, why = "No checks." },
  choice { "Check first", id = "check", go = "c", credit = { "dpa.verify-identity" } },
}
node "c" { customer = "C", choice { "Thanks", id = "on", go = "b" } }
node "b" { customer = "B", choice { "Bye", id = "bye", go = "end" } }
ending "end" { kind = "resolved", summary = "Done." }
)",
                                  "routes.lua");
    REQUIRE(f.usable());
    const PathTo cleanest = pathTo(f.scenario, f.scripting, "b");
    REQUIRE(cleanest.choices);
    CHECK(*cleanest.choices == std::vector<std::string>{"a.check", "c.on"});
    CHECK(cleanest.breaches == 0);
    const PathTo shortest = pathTo(f.scenario, f.scripting, "b", Route::Shortest);
    REQUIRE(shortest.choices);
    CHECK(*shortest.choices == std::vector<std::string>{"a.leak"});
    CHECK(shortest.breaches == 1);
}

TEST_CASE("Lint: a breaching choice without a why is an error, other choices only warn",
          "[authoring][lint]") {
    const auto f =
        loadText(story(R"(choice { "Shout", id = "shout", go = "end", breach = "t.rude" },
  choice { "Wait", id = "wait", go = "end" })"));
    REQUIRE(f.scenario);
    const auto found = lint(*f.scenario);
    CHECK(anyMessage(found, "choice 'a.shout' breaches 't.rude' but has no `why`", 3));
    CHECK(hasErrors(found));
    CHECK(anyMessage(found, "choice 'a.wait' has no `why`", 4));
    const auto fixed = loadText(
        story(R"(choice { "Shout", id = "shout", go = "end", breach = "t.rude", why = "Rude." })"));
    CHECK_FALSE(hasErrors(lint(*fixed.scenario)));
}

TEST_CASE("Lint: lines too long to read on a projector are warnings, counted in characters",
          "[authoring][lint]") {
    const std::string limit(kProjectorCharacters, 'a');
    const std::string over = limit + "b";
    // 220 curly quotes are 660 bytes but 220 characters: fine.
    std::string curly;
    for (std::size_t i = 0; i < kProjectorCharacters; ++i)
        curly += "\xe2\x80\x9c";
    const auto f = loadText(R"(scenario { id = "t.long", title = "L", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = ")" + over +
                            R"(", narration = ")" + over + R"(",
  choice { ")" + over + R"(", id = "long", go = "b", why = "w" },
  choice { ")" + limit + R"(", id = "fits", go = "b", why = "w" } }
node "b" { customer = ")" + curly +
                            R"(",
  choice { function(s) return ")" +
                            over + R"(" end, id = "computed", go = "end", why = "w" } }
ending "end" { kind = "resolved", summary = "Done." }
)");
    REQUIRE(f.scenario);
    const auto found = lint(*f.scenario);
    CHECK(anyMessage(found, "node 'a': the customer line is 221 characters long", 3));
    CHECK(anyMessage(found, "node 'a': the narration is 221 characters long", 3));
    CHECK(anyMessage(found, "choice 'a.long': its text is 221 characters long", 4));
    CHECK_FALSE(anyMessage(found, "a.fits"));
    CHECK_FALSE(anyMessage(found, "node 'b'"));
    CHECK_FALSE(anyMessage(found, "b.computed")); // measured in play, not by lint
    CHECK_FALSE(hasErrors(found));
}

TEST_CASE("Lint: an ending with no summary is an error", "[authoring][lint]") {
    const auto f = loadText(R"(scenario { id = "t.s", title = "S", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hi", choice { "Bye", id = "bye", go = "end", why = "w" } }
ending "end" { kind = "resolved" }
)");
    REQUIRE(f.scenario);
    CHECK(anyMessage(lint(*f.scenario), "ending 'end' needs a `summary` for the debrief", 4));
}

TEST_CASE("Lint: a critical principle breached on every path is an error", "[authoring][lint]") {
    const auto f = loadText(story(
        R"(choice { "Read it out", id = "read", go = "end", breach = "t.disclose", why = "w" },
  choice { "Read and listen", id = "both", go = "end", breach = "t.disclose", credit = "t.listen", why = "w" })"));
    const auto found = bestPathOf(f, testRubric());
    CHECK(anyMessage(found, "the best path breaches 't.disclose', a critical principle"));
    CHECK(anyMessage(found, "best path: a.both"));
    CHECK(hasErrors(found));
    CHECK_FALSE(anyMessage(found, "not Distinction")); // said once, as the critical breach
}

TEST_CASE("Lint: a node where every choice breaches a critical principle is an error at that node",
          "[authoring][lint]") {
    const auto f = loadText(R"(scenario { id = "t.forced", title = "F", brief = "B",
  customer = { name = "Sam" }, start = "a" }
node "a" { customer = "Hello",
  choice { "Listen", id = "listen", go = "b", credit = "t.listen", why = "w" } }
node "b" { customer = "What's my balance?",
  choice { "Read it out", id = "read", go = "end", breach = "t.disclose", why = "w" },
  choice { "Read it slowly", id = "slow", go = "end", breach = "t.disclose", why = "w" } }
ending "end" { kind = "resolved", summary = "Done." }
)");
    const auto found = bestPathOf(f, testRubric());
    CHECK(anyMessage(found, "every route breaches a critical principle at 'b'"));
    const auto at = std::find_if(found.begin(), found.end(), [](const Diagnostic& d) {
        return d.message.find("at 'b'") != std::string::npos;
    });
    REQUIRE(at != found.end());
    CHECK(at->where.line == 5);
    CHECK(at->severity == Severity::Error);
}

TEST_CASE("Lint: a best path that cannot earn Distinction is an error", "[authoring][lint]") {
    // Every way through loses more than it gains: the best play scores below zero.
    const auto f = loadText(story(
        R"(choice { "Snap", id = "snap", go = "end", breach = "t.rude", why = "w" },
  choice { "Snap and listen", id = "mixed", go = "end", breach = { "t.rude", "t.listen" }, why = "w" })"));
    const auto found = bestPathOf(f, testRubric());
    CHECK(anyMessage(found, "the best path grades Refer, not Distinction"));
    CHECK(anyMessage(found, "the route with the most points breaches 't.rude'"));
}

TEST_CASE("Lint: a best path that must breach something is a warning, a clean one passes",
          "[authoring][lint]") {
    const auto forced = loadText(story(
        R"(choice { "Listen, then snap", id = "snap", go = "end", credit = "t.listen", breach = "t.rude", why = "w" })"));
    const auto found = bestPathOf(forced, testRubric());
    CHECK(anyMessage(found, "the route with the most points breaches 't.rude'"));
    CHECK_FALSE(hasErrors(found));

    const auto clean = loadText(story(
        R"(choice { "Listen", id = "listen", go = "end", credit = "t.listen", why = "w" },
  choice { "Snap", id = "snap", go = "end", breach = "t.rude", why = "w" })"));
    CHECK(bestPathOf(clean, testRubric()).empty());
}

TEST_CASE("Explorer findings become diagnostics at the node's line", "[authoring][lint]") {
    const auto f = loadText(kPlaytest, "playtest.lua");
    REQUIRE(f.usable());
    const Exploration found = explore(f.scenario, f.scripting, testRubric());
    const auto problems = explorationProblems(*f.scenario, found);
    CHECK(anyMessage(problems, "'hidden' is never reached", 17));
    // No go leads there: said in lint's words, so the author screen lists it once (test_edges).
    CHECK(anyMessage(problems, "node 'orphan' can never be reached from the start", 18));
    for (const Diagnostic& d : problems)
        CHECK(d.where.file == "playtest.lua");
}

TEST_CASE("frontline new writes a commented starter that lints clean, passes test and plays",
          "[authoring][cli][new]") {
    using frontline::test::runCli;
    const auto dir = std::filesystem::temp_directory_path() / "frontline-test-new";
    std::filesystem::remove_all(dir);
    const std::string file = (dir / "late.lua").string();
    const std::string library = FRONTLINE_SCENARIOS_DIR;

    const auto made =
        runCli({"new", "brightmart.late-call-back", "-o", file, "--scenarios", library});
    REQUIRE(made.code == 0);
    CHECK_THAT(made.out, Catch::Contains("Wrote " + file));
    CHECK_THAT(made.out, Catch::Contains("frontline test " + file));

    const auto lint = runCli({"lint", file, "--scenarios", library});
    CHECK(lint.code == 0);
    CHECK_THAT(lint.out, Catch::Contains("1 file checked: 0 errors, 0 warnings"));
    const auto test = runCli({"test", file, "--scenarios", library});
    CHECK(test.code == 0);
    CHECK_THAT(test.out, Catch::Contains("PASS brightmart.late-call-back"));
    const auto play = runCli({"play", file, "--scenarios", library, "--choose", "1,1"});
    CHECK(play.code == 0);
    CHECK_THAT(play.out, Catch::Contains("Distinction"));

    // The organisation came from the id's prefix; the file says how to check it.
    std::ifstream in(file);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_THAT(text, Catch::Contains("organisation = \"brightmart\""));
    CHECK_THAT(text, Catch::Contains("--   frontline lint " + file));
    CHECK_THAT(text, Catch::Contains("title = \"Late call back\""));

    // Never overwrites; refuses what cannot be right, saying why.
    const auto again =
        runCli({"new", "brightmart.late-call-back", "-o", file, "--scenarios", library});
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains("already exists; nothing was written"));
    for (const char* id : {"late call", "Brightmart.Late", "late-call"}) { // lint's rule, a dot
        const auto bad = runCli({"new", id, "--scenarios", library});
        CHECK(bad.code == 2);
        CHECK_THAT(bad.err, Catch::Contains("is not a scenario id"));
    }
    const auto org = runCli({"new", "x.late", "--organisation", "brightmrt", "-o",
                             (dir / "x.lua").string(), "--scenarios", library});
    CHECK(org.code == 1);
    CHECK_THAT(org.err, Catch::Contains("did you mean 'brightmart'?"));
    CHECK_FALSE(std::filesystem::exists(dir / "x.lua"));
    const auto taken = runCli({"new", "brightmart.faulty-kettle", "--scenarios", library});
    CHECK(taken.code == 1);
    CHECK_THAT(taken.err, Catch::Contains("already has a scenario"));
    std::filesystem::remove_all(dir);
}
