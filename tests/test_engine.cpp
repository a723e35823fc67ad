// Engine semantics: offers, conditions, effects, mood, clock, evidence, undo, determinism.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace frontline;
using frontline::test::fixture;

namespace {
const script::LoadedFile& engineFixture() {
    static const auto loaded = test::loadUsable(fixture("engine.lua"));
    return loaded;
}

std::vector<std::string> offeredIds(const Session& s) {
    std::vector<std::string> ids;
    for (const auto& o : s.offers())
        ids.push_back(o.choice->id);
    return ids;
}
} // namespace

TEST_CASE("A new session starts at the start node with the scenario's initial state", "[engine]") {
    Session s(engineFixture().scenario, engineFixture().scripting, 1);
    CHECK(s.node().id == "hello");
    CHECK(s.state().mood == 90);
    CHECK(s.state().minutes == 0);
    CHECK(std::get<std::int64_t>(s.state().vars.at("count")) == 0);
    REQUIRE(s.transcript().size() == 2);
    CHECK(s.transcript()[0].speaker == Speaker::Narration);
    CHECK(s.transcript()[1].text == "Hi, I'm Sam Lee. Mood 90.");
}

TEST_CASE("A choice whose flag is unset is not offered and setting the flag offers it",
          "[engine][conditions]") {
    auto loaded = test::loadText(R"(
scenario { id = "t.flag", title = "t", brief = "b", customer = { name = "S" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Look it up", id = "lookup", go = "a", set = { verified = true }, why = "w" },
  choice { "Read the balance", id = "balance", when = "verified", go = "end", why = "w" },
  choice { "Ask security questions", id = "security", when = "not verified", go = "a", why = "w" },
}
ending "end" { kind = "resolved", summary = "s" }
)");
    REQUIRE(loaded.usable());
    Session s(loaded.scenario, loaded.scripting, 1);
    CHECK(offeredIds(s) == std::vector<std::string>{"a.lookup", "a.security"});
    s.choose("a.lookup");
    CHECK(offeredIds(s) == std::vector<std::string>{"a.lookup", "a.balance"});
    CHECK_THROWS_AS(s.choose("a.security"), std::invalid_argument);
}

TEST_CASE("`not flag` and function conditions are evaluated against the state",
          "[engine][conditions]") {
    auto s = test::play(engineFixture(), {"hello.greet"});
    CHECK(offeredIds(s) == std::vector<std::string>{"middle.count", "middle.roll", "middle.sorry"});
    s.choose("middle.count");
    s.choose("middle.count");
    CHECK(offeredIds(s) == std::vector<std::string>{"middle.count", "middle.roll", "middle.sorry",
                                                    "middle.counted"});

    auto ignored = test::play(engineFixture(), {"hello.ignore"});
    CHECK(offeredIds(ignored) == std::vector<std::string>{"middle.count", "middle.roll"});
}

TEST_CASE("Choosing a choice that is not on offer throws and changes nothing", "[engine]") {
    Session s(engineFixture().scenario, engineFixture().scripting, 1);
    const auto before = s.transcript().size();
    CHECK_THROWS_AS(s.choose("hello.secret"), std::invalid_argument);
    CHECK_THROWS_AS(s.choose("no.such"), std::invalid_argument);
    CHECK(s.transcript().size() == before);
    CHECK(s.steps().empty());
}

TEST_CASE("Mood changes are clamped to 0..100", "[engine][mood]") {
    auto up = test::play(engineFixture(), {"hello.greet"});
    CHECK(up.state().mood == 100); // 90 + 20
    auto down = test::play(engineFixture(), {"hello.ignore"});
    CHECK(down.state().mood == 0); // 90 - 95
    CHECK(down.steps().back().moodBefore == 90);
    CHECK(down.steps().back().moodAfter == 0);
}

TEST_CASE("The clock adds each choice's minutes, one by default", "[engine][clock]") {
    CHECK(test::play(engineFixture(), {"hello.greet"}).state().minutes == 1);
    CHECK(test::play(engineFixture(), {"hello.ignore"}).state().minutes == 5);
}

TEST_CASE("set assigns variables and effect functions change the state", "[engine][effects]") {
    auto s = test::play(engineFixture(), {"hello.ignore", "middle.count"});
    CHECK(std::get<bool>(s.state().vars.at("ignored")) == true);
    CHECK(std::get<std::int64_t>(s.state().vars.at("count")) == 1);
    CHECK(std::get<std::string>(s.state().vars.at("label")) == "counted");
    CHECK(s.transcript().back().text == "You ignored me! Count 1");
}

TEST_CASE("Text functions and placeholders see the current state", "[engine][text]") {
    auto s = test::play(engineFixture(), {"hello.greet", "middle.count"});
    const auto offers = s.offers();
    CHECK(offers[1].text == "Roll a die (counted)");
    s.choose("middle.count");
    s.choose("middle.counted");
    CHECK(s.finished());
    CHECK(s.summary() == "Resolved after 2 counts.");
}

TEST_CASE("Evidence records each credit and breach with its step, node and choice",
          "[engine][evidence]") {
    auto s = test::play(engineFixture(),
                        {"hello.ignore", "middle.count", "middle.count", "middle.counted"});
    REQUIRE(s.evidence().size() == 2);
    CHECK(s.evidence()[0].principle == "service.professional");
    CHECK(s.evidence()[0].kind == EvidenceKind::Breach);
    CHECK(s.evidence()[0].step == 1);
    CHECK(s.evidence()[0].choice == "hello.ignore");
    CHECK(s.evidence()[1].principle == "complaint.resolve");
    CHECK(s.evidence()[1].kind == EvidenceKind::Credit);
    CHECK(s.evidence()[1].step == 4);
    CHECK(s.evidence()[1].choice.empty()); // credited by the ending
}

TEST_CASE("Undo restores node, state, transcript and evidence exactly", "[engine][undo]") {
    Session s(engineFixture().scenario, engineFixture().scripting, 1);
    s.choose("hello.greet");
    const State before = s.state();
    const auto transcript = s.transcript().size();
    const auto evidence = s.evidence().size();
    s.choose("middle.count");
    REQUIRE(s.canUndo());
    REQUIRE(s.undo());
    CHECK(s.node().id == "middle");
    CHECK(s.state() == before);
    CHECK(s.transcript().size() == transcript);
    CHECK(s.evidence().size() == evidence);
    REQUIRE(s.undo());
    CHECK(s.node().id == "hello");
    CHECK_FALSE(s.undo());
}

TEST_CASE("Assessment mode does not allow undo", "[engine][undo]") {
    auto s = test::play(engineFixture(), {"hello.greet"}, 1, Mode::Assessment);
    CHECK_FALSE(s.canUndo());
    CHECK_FALSE(s.undo());
    CHECK(s.node().id == "middle");
}

TEST_CASE("The same seed and choices give the same transcript and the seed drives randomness",
          "[engine][determinism]") {
    auto outcome = [](std::uint64_t seed) {
        auto s = test::play(engineFixture(), {"hello.greet", "middle.roll"}, seed);
        return s.node().id + ":" +
               std::to_string(std::get<std::int64_t>(s.state().vars.at("roll")));
    };
    for (std::uint64_t seed : {1u, 2u, 3u, 99u})
        CHECK(outcome(seed) == outcome(seed));
    std::set<std::string> endings;
    for (std::uint64_t seed = 1; seed <= 20; ++seed)
        endings.insert(outcome(seed).substr(0, outcome(seed).find(':')));
    CHECK(endings == std::set<std::string>{"done", "lost"}); // both branches happen across seeds
}

TEST_CASE("Pure functions do not advance the random source", "[engine][determinism]") {
    Session s(engineFixture().scenario, engineFixture().scripting, 5);
    s.choose("hello.greet");
    const auto rng = s.state().rng;
    for (int i = 0; i < 3; ++i)
        (void)s.offers(); // renders a text function each time
    CHECK(s.state().rng == rng);
}

TEST_CASE("A session rebuilt from scenario, seed and choice ids equals the original",
          "[engine][rebuild]") {
    auto original = test::play(engineFixture(), {"hello.greet", "middle.count", "middle.roll"}, 42);
    auto rebuilt =
        rebuild(engineFixture().scenario, engineFixture().scripting, 42, original.choiceIds());
    REQUIRE_FALSE(rebuilt.stopped);
    CHECK(rebuilt.applied == 3);
    CHECK(rebuilt.session->state() == original.state());
    CHECK(rebuilt.session->node().id == original.node().id);
    REQUIRE(rebuilt.session->transcript().size() == original.transcript().size());
    for (std::size_t i = 0; i < original.transcript().size(); ++i)
        CHECK(rebuilt.session->transcript()[i].text == original.transcript()[i].text);
}

TEST_CASE("Rebuilding after an edit stops at the first choice id that no longer exists",
          "[engine][rebuild]") {
    const std::string edited = R"(
scenario { id = "test.edited", title = "t", brief = "b", customer = { name = "Sam" }, start = "hello" }
node "hello" {
  customer = "Hi",
  choice { "Greet warmly", id = "greet", go = "middle", why = "w" },
}
node "middle" {
  customer = "Then",
  choice { "Renamed", id = "count-up", go = "done", why = "w" },
}
ending "done" { kind = "resolved", summary = "s" }
)";
    auto loaded = test::loadText(edited, "edited.lua");
    REQUIRE(loaded.usable());
    auto rebuilt = rebuild(loaded.scenario, loaded.scripting, 1,
                           {"hello.greet", "middle.count", "middle.roll"});
    REQUIRE(rebuilt.stopped);
    CHECK(rebuilt.applied == 1);
    CHECK(rebuilt.session->node().id == "middle");
    CHECK_THAT(*rebuilt.stopped, Catch::Contains("step 2") && Catch::Contains("middle.count") &&
                                     Catch::Contains("no longer exists"));
}

TEST_CASE("Rebuilding names a choice whose condition no longer holds", "[engine][rebuild]") {
    auto rebuilt =
        rebuild(engineFixture().scenario, engineFixture().scripting, 1, {"hello.secret"});
    REQUIRE(rebuilt.stopped);
    CHECK(rebuilt.applied == 0);
    CHECK_THAT(*rebuilt.stopped,
               Catch::Contains("hello.secret") && Catch::Contains("condition does not hold"));
}

TEST_CASE("A failing effect leaves the session unchanged and names the file and line",
          "[engine][errors]") {
    auto loaded = test::loadText(R"(
scenario { id = "test.fail", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Break", go = "end", set = { x = 1 },
           effect = function(s) s.x = 2; error("broken on purpose") end, why = "w" },
}
ending "end" { kind = "lost", summary = "s" }
)",
                                 "fail.lua");
    REQUIRE(loaded.usable());
    Session s(loaded.scenario, loaded.scripting, 1);
    try {
        s.choose("a.1");
        FAIL("expected a ScriptError");
    } catch (const ScriptError& e) {
        CHECK(e.where().file == "fail.lua");
        CHECK(e.where().line == 6);
        CHECK_THAT(e.what(), Catch::Contains("broken on purpose"));
    }
    CHECK(s.node().id == "a");
    CHECK(s.state().vars.count("x") == 0);
    CHECK(s.steps().empty());
}

TEST_CASE("A computed go to a missing node is an error at the choice's line", "[engine][errors]") {
    auto loaded = test::loadText(R"(
scenario { id = "test.go", title = "t", brief = "b", customer = { name = "Sam" }, start = "a" }
node "a" {
  customer = "Hi",
  choice { "Go", go = function(s) local to = "nowhere" return to end, why = "w" },
}
)",
                                 "go.lua");
    // Returned through a variable, so lint cannot tell (a plain `return "nowhere"` is a lint
    // error: test_edges.cpp): play must still stop with the choice's line.
    REQUIRE(loaded.usable());
    Session s(loaded.scenario, loaded.scripting, 1);
    CHECK_THROWS_WITH(s.choose("a.1"), Catch::Contains("go.lua:5") && Catch::Contains("nowhere"));
    CHECK(s.node().id == "a");
}
