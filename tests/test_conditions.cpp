// Conditions without code: conditions in words (`when = "verified and mood < 30"`), {if ...}
// text in any text field, and a table-form `go` — parsed, played, linted and explored.
#include "support.hpp"

#include "core/conditional_text.hpp"
#include "core/explorer.hpp"
#include "core/word_condition.hpp"
#include "core/text.hpp"

#include <catch2/catch.hpp>

#include <random>

using namespace frontline;

namespace {

State stateWith(Variables vars, int mood = 50, int minutes = 0) {
    State s;
    s.vars = std::move(vars);
    s.mood = mood;
    s.minutes = minutes;
    return s;
}

bool holds(std::string_view text, const State& state) {
    const WordCondition::Parsed parsed = WordCondition::parse(text);
    INFO(text << ": " << parsed.error);
    REQUIRE(parsed.expression);
    return parsed.expression->holds(state);
}

std::string parseError(std::string_view text) {
    const WordCondition::Parsed parsed = WordCondition::parse(text);
    REQUIRE_FALSE(parsed.expression);
    return parsed.error;
}

} // namespace

TEST_CASE("Conditions in words: names, not, and, or, comparisons and brackets", "[conditions]") {
    const State s = stateWith({{"verified", true},
                               {"refunded", false},
                               {"count", std::int64_t{0}},
                               {"price", 34.99},
                               {"remedy", std::string("refund")}},
                              25, 7);
    // Lua's rule: only false and never set are false; 0 counts as set.
    CHECK(holds("verified", s));
    CHECK_FALSE(holds("refunded", s));
    CHECK_FALSE(holds("never_set", s));
    CHECK(holds("count", s));
    CHECK(holds("not refunded", s));
    CHECK(holds("not never_set", s));
    CHECK(holds("not not verified", s));
    CHECK(holds("verified and not refunded", s));
    CHECK_FALSE(holds("verified and refunded", s));
    CHECK(holds("refunded or verified", s));
    CHECK_FALSE(holds("refunded or never_set", s));
    // and binds tighter than or; brackets change it.
    CHECK(holds("verified or refunded and never_set", s));
    CHECK_FALSE(holds("(verified or refunded) and never_set", s));
    // Numbers, mood and minutes.
    CHECK(holds("mood < 30", s));
    CHECK_FALSE(holds("mood >= 30", s));
    CHECK(holds("minutes == 7", s));
    CHECK(holds("minutes ~= 8", s));
    CHECK(holds("minutes != 8", s));
    CHECK(holds("price > 30", s));
    CHECK(holds("price <= 34.99", s));
    CHECK(holds("count == 0", s));
    CHECK(holds("count >= -1", s));
    // Text and booleans compare with == and ~=; order comparisons need numbers.
    CHECK(holds("remedy == \"refund\"", s));
    CHECK(holds("remedy == 'refund'", s));
    CHECK(holds("remedy ~= \"repair\"", s));
    CHECK_FALSE(holds("remedy > 3", s));
    CHECK(holds("verified == true", s));
    CHECK(holds("refunded == false", s));
    // Never set equals nothing, and differs from everything.
    CHECK_FALSE(holds("never_set == 0", s));
    CHECK(holds("never_set ~= 0", s));
    CHECK_FALSE(holds("never_set < 3", s));
}

TEST_CASE("Conditions in words: the names read, the flag form, and the text kept",
          "[conditions]") {
    const auto parsed = WordCondition::parse("verified and (mood < 30 or attempts >= verified)");
    REQUIRE(parsed.expression);
    CHECK(parsed.expression->names() ==
          std::vector<std::string>{"verified", "mood", "attempts"});
    CHECK(parsed.expression->text() == "verified and (mood < 30 or attempts >= verified)");
    CHECK(WordCondition::parse("verified").expression->isFlag());
    CHECK(WordCondition::parse("not verified").expression->isFlag());
    CHECK_FALSE(WordCondition::parse("verified and refunded").expression->isFlag());
}

TEST_CASE("Conditions in words: what is wrong is said, and hostile input is refused quickly",
          "[conditions]") {
    CHECK_THAT(parseError("mood = 3"), Catch::Contains("to compare, write '=='"));
    CHECK_THAT(parseError("verified and"), Catch::Contains("ends where a name"));
    CHECK_THAT(parseError("and verified"), Catch::Contains("not 'and'"));
    CHECK_THAT(parseError("verified refunded"), Catch::Contains("unexpected 'refunded'"));
    CHECK_THAT(parseError("(verified"), Catch::Contains("'(' is never closed"));
    CHECK_THAT(parseError("remedy == \"refund"), Catch::Contains("never closed"));
    CHECK_THAT(parseError("mood > 1.2.3"), Catch::Contains("not a number"));
    CHECK_THAT(parseError("s.verified"), Catch::Contains("'.' is not part of a condition"));
    CHECK_THAT(parseError(""), Catch::Contains("ends where a name"));
    CHECK_THAT(parseError(std::string(5000, 'a')), Catch::Contains("longer than"));
    CHECK_THAT(parseError(std::string(500, '(') + "a" + std::string(500, ')')),
               Catch::Contains("nests too deeply"));
    CHECK_THAT(parseError(std::string(300, 'n') + " " + [] {
                   std::string nots;
                   for (int i = 0; i < 300; ++i)
                       nots += "not ";
                   return nots + "a";
               }()),
               Catch::Contains("unexpected"));
    std::string nots;
    for (int i = 0; i < 300; ++i)
        nots += "not ";
    CHECK_THAT(parseError(nots + "a"), Catch::Contains("nests too deeply"));
}

TEST_CASE("Conditions in words: `not` and `and`/`or` agree with their definitions on random "
          "states",
          "[conditions][property]") {
    std::mt19937 rng(20261204);
    const std::vector<std::string> names{"a", "b", "c"};
    for (int round = 0; round < 500; ++round) {
        Variables vars;
        for (const std::string& n : names)
            switch (rng() % 4) {
            case 0:
                break; // never set
            case 1:
                vars[n] = true;
                break;
            case 2:
                vars[n] = false;
                break;
            default:
                vars[n] = std::int64_t(rng() % 5);
            }
        const State s = stateWith(vars, static_cast<int>(rng() % 101));
        const bool a = holds("a", s), b = holds("b", s), c = holds("c", s);
        INFO("round " << round);
        CHECK(holds("not a", s) == !a);
        CHECK(holds("a and b or c", s) == ((a && b) || c));
        CHECK(holds("a and (b or c)", s) == (a && (b || c)));
        CHECK(holds("not (a or b)", s) == (!a && !b));
        CHECK(holds("mood < 50 or mood >= 50", s));
        CHECK(holds("mood == mood", s));
    }
}

TEST_CASE("Conditional text: the branch that holds, with placeholders, nesting and {{",
          "[conditions]") {
    const State verified = stateWith({{"verified", true}, {"balance", std::int64_t{120}}}, 20);
    const State unverified = stateWith({{"verified", false}}, 80);
    const std::string greeting =
        "{if verified}Thanks, {customer}.{else}Before I go on, can I check a few details?{end}";
    CHECK(interpolate(greeting, verified, "Mrs Okafor") == "Thanks, Mrs Okafor.");
    CHECK(interpolate(greeting, unverified, "Mrs Okafor") ==
          "Before I go on, can I check a few details?");
    const std::string mood = "{if mood < 30}Just fix it.{elseif not verified}Who is this?{else}"
                             "Right, the balance is £{balance}.{end} Go on.";
    CHECK(interpolate(mood, verified, "S") == "Just fix it. Go on.");
    CHECK(interpolate(mood, unverified, "S") == "Who is this? Go on.");
    CHECK(interpolate(mood, stateWith({{"verified", true}, {"balance", std::int64_t{5}}}, 60),
                      "S") == "Right, the balance is £5. Go on.");
    // No branch holds and no {else}: nothing.
    CHECK(interpolate("A{if verified} B{end}.", unverified, "S") == "A.");
    // Nested blocks.
    const std::string nested = "{if verified}{if mood > 50}glad{else}cross{end}{else}who?{end}";
    CHECK(interpolate(nested, verified, "S") == "cross");
    CHECK(interpolate(nested, stateWith({{"verified", true}}, 90), "S") == "glad");
    CHECK(interpolate(nested, unverified, "S") == "who?");
    // "{{" stays a literal brace, inside a branch too.
    CHECK(interpolate("{if verified}{{if} is how{end}", verified, "S") == "{if} is how");
    // A malformed text shows as written, so the mistake is seen.
    const std::string broken = "{if verified}Thanks.";
    CHECK(interpolate(broken, verified, "S") == broken);
    // Directives are not placeholders.
    CHECK(placeholders(mood) == std::vector<std::string>{"balance"});
}

TEST_CASE("Conditional text: what lint is told, and the names read", "[conditions]") {
    CHECK(conditionalTextProblem("plain {customer} text").empty());
    CHECK(conditionalTextProblem("{if a}x{elseif b}y{else}z{end}").empty());
    CHECK_THAT(conditionalTextProblem("{if a}x"), Catch::Contains("never closed with {end}"));
    CHECK_THAT(conditionalTextProblem("x{else}y"), Catch::Contains("{else} at character 2 has no"));
    CHECK_THAT(conditionalTextProblem("x{end}"), Catch::Contains("{end} at character 2"));
    CHECK_THAT(conditionalTextProblem("{if a}x{else}y{else}z{end}"),
               Catch::Contains("comes after {else}"));
    CHECK_THAT(conditionalTextProblem("{if mood = 3}x{end}"),
               Catch::Contains("{if mood = 3} at character 1: '=' sets a value"));
    std::string deep;
    for (int i = 0; i < 40; ++i)
        deep += "{if a}";
    CHECK_THAT(conditionalTextProblem(deep), Catch::Contains("nest more than"));
    CHECK(conditionNames("{if a and b}x{elseif not c}y{end} {d}") ==
          std::vector<std::string>{"a", "b", "c"});
}

namespace {

const std::string kScenario = R"(scenario { id = "t.words", title = "Words", brief = "B",
  customer = { name = "Mrs Okafor" }, start = "greet",
  state = { verified = false, attempts = 0 } }
node "greet" {
  customer = "{if verified}Thanks, {customer}.{else}Hello?{end}",
  choice { "Check her details", id = "check", go = "greet", set = { verified = true },
           why = "w", when = "not verified" },
  choice { "Hurry her", id = "rush", go = "greet", mood = -30, why = "w",
           when = "not verified and mood >= 50" },
  choice { "Tell her the balance", id = "tell", why = "w",
           go = { { when = "verified and mood >= 50", go = "told" },
                  { when = "not verified", go = "disclosed" },
                  "cross" } },
}
node "cross" { customer = "Hmm.", choice { "Sorry", id = "sorry", go = "told", why = "w" } }
ending "told" { kind = "resolved", summary = "{if verified}Checked and told.{else}Told.{end}" }
ending "disclosed" { kind = "lost", summary = "Told without checking." }
)";

} // namespace

TEST_CASE("A table-form go and a condition in words play as written", "[conditions]") {
    const script::LoadedFile loaded = test::loadText(kScenario, "words.lua");
    INFO(test::messages(loaded.diagnostics).size());
    for (const std::string& m : test::messages(loaded.diagnostics))
        UNSCOPED_INFO(m);
    REQUIRE(loaded.usable());
    // Straight to the balance: not verified, so the second rule.
    Session direct = test::play(loaded, {"greet.tell"});
    CHECK(direct.node().id == "disclosed");
    // Checked first: the greeting changes, and the first rule holds at mood 50.
    Session checked = test::play(loaded, {"greet.check"});
    CHECK(checked.transcript().back().text == "Thanks, Mrs Okafor.");
    Session told = test::play(loaded, {"greet.check", "greet.tell"});
    CHECK(told.node().id == "told");
    CHECK(told.summary() == "Checked and told.");
    // Hurried first: mood 20, so neither condition holds and the last rule decides.
    Session cross = test::play(loaded, {"greet.rush", "greet.check", "greet.tell"});
    CHECK(cross.node().id == "cross");
    // The map and the explorer see every rule's target.
    const Choice& tell = loaded.scenario->find("greet")->choices[2];
    REQUIRE(tell.goRules.size() == 3);
    CHECK(loaded.scenario->targetsOf(tell).size() == 3);
    CHECK(loaded.scenario->decisive.count("verified") == 1);
    CHECK(loaded.scenario->decisive.count("mood") == 1);
}

TEST_CASE("Lint checks conditions in words, {if} text and go rules, with suggestions",
          "[conditions][lint]") {
    auto lint = [](const std::string& from, const std::string& to) {
        std::string text = kScenario;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        return test::loadText(text, "words.lua").diagnostics;
    };
    CHECK(test::messages(test::loadText(kScenario, "words.lua").diagnostics).empty());
    // A misspelt target in a rule: an error, with the id meant.
    CHECK(test::anyMessage(lint("go = \"told\" }", "go = \"tld\" }"),
                           "rule 1 of its `go` goes to 'tld', which is not a node or ending (did you mean "
                           "'told'?)"));
    // A misspelt flag in a rule, in `when`, in {if}.
    CHECK(test::anyMessage(lint("when = \"not verified\", go", "when = \"not verfied\", go"),
                           "rule 2 of its `go` reads 'verfied', which is never set (did you mean "
                           "'verified'?)"));
    CHECK(test::anyMessage(lint("when = \"not verified\" }", "when = \"verfied or attempts > 2\" }"),
                           "`when` reads 'verfied', which is never set (did you mean 'verified'?)"));
    CHECK(test::anyMessage(lint("{if verified}Thanks", "{if verifed}Thanks"),
                           "has {if ...} on 'verifed', which is never set (did you mean "
                           "'verified'?)"));
    // Malformed: errors, with where in the text.
    CHECK(test::anyMessage(lint("Hello?{end}", "Hello?"), "is never closed with {end}"));
    CHECK(test::anyMessage(lint("Checked and told.{else}", "Checked and told.{else}{else}"),
                           "comes after {else}"));
    CHECK(test::anyMessage(lint("when = \"not verified\" }", "when = \"mood = 3\" }"),
                           "'=' sets a value; to compare, write '=='"));
    // Rules that can leave no target, or hide behind one that always holds.
    CHECK(test::anyMessage(lint("\"cross\" } }", "} }"), "all have a `when`"));
    CHECK(test::anyMessage(lint("\"cross\" } }", "\"cross\", \"told\" } }"),
                           "rule 4 of its `go` comes after a rule with no `when`"));
    CHECK(test::anyMessage(lint("\"cross\" } }", "{ go = \"cross\", time = 2 } } }"),
                           "time"));
    // The rule's own braces forgotten.
    CHECK(test::anyMessage(
        lint("go = { { when = \"verified and mood >= 50\", go = \"told\" },",
             "go = { when = \"verified and mood >= 50\", go = \"told\","),
        "`when` belongs inside a rule's own braces"));
}

TEST_CASE("The explorer follows go rules and conditions in words", "[conditions]") {
    const script::LoadedFile loaded = test::loadText(kScenario, "words.lua");
    REQUIRE(loaded.usable());
    const Exploration found =
        explore(loaded.scenario, loaded.scripting, Rubric{});
    CHECK(found.endings.count("told") == 1);
    CHECK(found.endings.count("disclosed") == 1);
    for (const std::string& id : found.unreached)
        UNSCOPED_INFO("unreached: " << id);
    CHECK(found.unreached.empty());
    CHECK(found.errors.empty());
}
