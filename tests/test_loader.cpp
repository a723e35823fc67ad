// The loader: every field reaches the model, and every mistake is reported at its line.
#include "support.hpp"

#include <catch2/catch.hpp>

using namespace frontline;

namespace {

const std::string kHead = "scenario { id = \"t.loader\", title = \"T\", brief = \"B\", customer = "
                          "{ name = \"Sam\" }, start = \"a\" }\n";
const std::string kEnd = "ending \"end\" { kind = \"resolved\", summary = \"Done.\" }\n";

// Asserts that loading `source` reports an error at `line` whose message contains `fragment`.
void expectError(const std::string& source, int line, const std::string& fragment) {
    auto loaded = test::loadText(source, "case.lua");
    INFO(source);
    INFO(Catch::Detail::stringify(test::messages(loaded.diagnostics)));
    CHECK_FALSE(loaded.usable());
    bool found = false;
    for (const auto& d : loaded.diagnostics)
        found = found || (d.severity == Severity::Error && d.where.file == "case.lua" &&
                          d.where.line == line && d.message.find(fragment) != std::string::npos);
    CHECK(found);
}

std::string node(const std::string& choiceFields) {
    return "node \"a\" {\n  customer = \"Hi\",\n  choice { \"Go\", go = \"end\", why = \"w\", " +
           choiceFields + " },\n}\n";
}

} // namespace

TEST_CASE("Every scenario field reaches the model", "[loader]") {
    auto loaded = test::loadUsable(test::fixture("engine.lua"));
    const Scenario& s = *loaded.scenario;
    CHECK(s.id == "test.engine");
    CHECK(s.title == "Engine fixture");
    CHECK(s.brief == "A customer wants a refund.");
    CHECK(s.organisation == "testorg");
    CHECK(s.role == "Assistant");
    CHECK(s.level == 1);
    CHECK(s.minutes == 3);
    CHECK(s.topics == std::vector<std::string>{"testing"});
    CHECK(s.customer.name == "Sam Lee");
    CHECK(s.customer.look == "young-man");
    CHECK(s.customer.mood == 90);
    CHECK(s.start == "hello");
    CHECK(std::get<std::string>(s.initial.at("label")) == "start");
    CHECK(s.where.line == 2);
}

TEST_CASE("Nodes, endings and choices keep declaration order, fields and lines", "[loader]") {
    auto loaded = test::loadUsable(test::fixture("engine.lua"));
    const Scenario& s = *loaded.scenario;
    REQUIRE(s.nodes.size() == 4);
    CHECK(s.nodes[0].id == "hello");
    CHECK(s.nodes[1].id == "middle");
    CHECK(s.nodes[2].id == "done");
    CHECK(s.nodes[3].id == "lost");

    const Node& hello = s.nodes[0];
    CHECK(hello.where.line == 12);
    CHECK(hello.narration.literal == "Sam walks in.");
    REQUIRE(hello.choices.size() == 3);
    const Choice& greet = hello.choices[0];
    CHECK(greet.id == "hello.greet");
    CHECK(greet.where.line == 15);
    CHECK(greet.line.literal == "Greet warmly");
    CHECK(greet.go == "middle");
    CHECK(greet.mood == 20);
    CHECK(greet.minutes == 1);
    CHECK(greet.credit == std::vector<std::string>{"heat.hear", "heat.empathise"});
    CHECK(greet.why.literal == "Warmth helps.");
    const Choice& ignore = hello.choices[1];
    CHECK(ignore.breach == std::vector<std::string>{"service.professional"});
    CHECK(ignore.minutes == 5);
    REQUIRE(ignore.set.size() == 1);
    CHECK(ignore.set[0].first == "ignored");
    CHECK(hello.choices[2].when.flag == "ignored");

    const Node& middle = s.nodes[1];
    CHECK(middle.customer.isFunction());
    CHECK(middle.choices[0].effect != 0);
    CHECK(middle.choices[1].line.isFunction());
    CHECK(middle.choices[1].goFunction != 0);
    CHECK(middle.choices[1].goHints == std::vector<std::string>{"done", "lost"});
    CHECK(middle.choices[2].when.flag == "ignored");
    CHECK(middle.choices[2].when.negated);
    CHECK(middle.choices[3].when.function != 0);

    const Node& done = s.nodes[2];
    CHECK(done.isEnding);
    CHECK(done.endingKind == EndingKind::Resolved);
    CHECK(done.summary.literal == "Resolved after {count} counts.");
    CHECK(done.credit == std::vector<std::string>{"complaint.resolve"});
    CHECK(s.nodes[3].endingKind == EndingKind::Lost);
    CHECK(s.nodes[3].breach == std::vector<std::string>{"heat.own"});
}

TEST_CASE("Choices without an id are numbered by position within their node", "[loader]") {
    auto loaded = test::loadText(
        kHead +
        "node \"a\" {\n  customer = \"Hi\",\n  choice { \"One\", go = \"end\", why = \"w\" },\n"
        "  choice { \"Two\", id = \"two\", go = \"end\", why = \"w\" },\n  choice { \"Three\", go "
        "= \"end\", why = \"w\" },\n}\n" +
        kEnd);
    REQUIRE(loaded.usable());
    const auto& choices = loaded.scenario->nodes[0].choices;
    CHECK(choices[0].id == "a.1");
    CHECK(choices[1].id == "a.two");
    CHECK(choices[2].id == "a.3");
}

TEST_CASE("set entries are applied in name order, whatever Lua's table order",
          "[loader][determinism]") {
    auto loaded = test::loadText(
        kHead + node("set = { zeta = 1, alpha = true, mid = \"x\", beta = 2.5 }") + kEnd);
    REQUIRE(loaded.usable());
    const auto& set = loaded.scenario->nodes[0].choices[0].set;
    REQUIRE(set.size() == 4);
    CHECK(set[0].first == "alpha");
    CHECK(set[1].first == "beta");
    CHECK(std::get<double>(set[1].second) == 2.5);
    CHECK(set[2].first == "mid");
    CHECK(set[3].first == "zeta");
}

TEST_CASE("Mistakes are reported at the line of the declaration that holds them", "[loader]") {
    struct Case {
        std::string source;
        int line;
        std::string fragment;
    };
    const std::vector<Case> cases{
        {kHead + node("go_to = \"x\""), 4, "unknown field `go_to` (did you mean `go`?)"},
        {kHead + node("credits = \"heat.hear\""), 4,
         "unknown field `credits` (did you mean `credit`?)"},
        {kHead + node("mood = \"high\""), 4, "`mood` must be a whole number, not text"},
        {kHead + node("mood = 1.5"), 4, "`mood` must be a whole number, not 1.5"},
        {kHead + node("mood = 250"), 4, "`mood` must be between -100 and 100"},
        {kHead + node("minutes = -1"), 4, "`minutes` must be between 0 and 1440"},
        {kHead + node("when = \"two words\""), 4,
         "`when = \"two words\"`: unexpected 'words' after a complete condition (write a flag"},
        {kHead + node("when = 3"), 4, "`when` must be text, not a whole number"},
        {kHead + node("set = { x = {} }"), 4, "must be true/false, a number or text, not a table"},
        {kHead + node("set = { 1, 2 }"), 4, "`set` names must be simple words"},
        {kHead + node("credit = { 42 }"), 4, "`credit` entries must be principle ids"},
        {kHead + node("breach = true"), 4, "`breach` must be a principle id or a list of them"},
        {kHead + node("effect = \"x\""), 4, "`effect` must be a function, not text"},
        {kHead + node("id = \"a.b\""), 4, "`id` must be letters, digits"},
        {kHead + node("why = \"\""), 4, "`why` is empty"},
        {kHead + "node \"a\" {\n  customer = \"Hi\",\n  choice { go = \"end\" },\n}\n" + kEnd, 4,
         "has no text"},
        {kHead +
             "node \"a\" {\n  customer = \"Hi\",\n  choice { \"A\", \"B\", go = \"end\" },\n}\n" +
             kEnd,
         4, "2 unnamed entries"},
        {kHead + "node \"a\" {\n  customer = \"Hi\",\n  choice { \"A\" },\n}\n" + kEnd, 4,
         "has no `go`"},
        {kHead +
             "node \"a\" {\n  customer = \"Hi\",\n  go = \"end\",\n  choice { \"A\", go = \"end\" "
             "},\n}\n" +
             kEnd,
         2, "`go` belongs inside a choice"},
        {kHead + "node \"a\" {\n  customer = 42,\n  choice { \"A\", go = \"end\" },\n}\n" + kEnd, 2,
         "`customer` must be text or a function, not a whole number"},
        {kHead + "node \"a\" {\n  customer = \"Hi\",\n  \"stray text\",\n}\n" + kEnd, 2,
         "entry 1 is not a choice"},
        {kHead + node("") + "choice { \"Lost\", go = \"end\" }\n" + kEnd, 6, "not inside a node"},
        {kHead + node("") + "node \"b\"\n" + kEnd, 6, "declared without its table"},
        {kHead + node("") + "node { customer = \"x\" }\n" + kEnd, 6, "node needs an id first"},
        {kHead + node("") + "ending \"end\" { summary = \"s\" }\n", 6, "needs a `kind`"},
        {kHead + node("") + "ending \"end\" { kind = \"happy\", summary = \"s\" }\n", 6,
         "`kind` must be \"resolved\""},
        {kHead + node("") +
             "ending \"end\" { kind = \"lost\", summary = \"s\", choice { \"x\", go = \"a\" } }\n",
         6, "an ending has no choices"},
        {kHead + node("") + kEnd + kHead, 7, "already declares a scenario at line 1"},
        {"scenario { id = \"Bad Id\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, "
         "start = \"a\" }\n" +
             node("") + kEnd,
         1, "`id` must be lowercase"},
        {"scenario { title = \"T\", brief = \"B\", customer = { name = \"S\" }, start = \"a\" }\n" +
             node("") + kEnd,
         1, "missing required field `id`"},
        {"scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = \"Sam\", start = \"a\" "
         "}\n" +
             node("") + kEnd,
         1, "`customer` must be a table"},
        {"scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = { mood = 5 }, start = "
         "\"a\" }\n" +
             node("") + kEnd,
         1, "needs a `name`"},
        {"scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = { name = \"S\", mood = "
         "101 }, start = \"a\" }\n" +
             node("") + kEnd,
         1, "`mood` must be between 0 and 100"},
        {"scenario { id = \"t.x\", title = \"\", brief = \"B\", customer = { name = \"S\" }, start "
         "= \"a\" }\n" +
             node("") + kEnd,
         1, "`title` must not be empty"},
        {"scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, "
         "start = \"a\", topic = {} }\n" +
             node("") + kEnd,
         1, "unknown field `topic` (did you mean `topics`?)"},
        {node("") + kEnd, 1, "declares no scenario"},
        {"", 1, "declares no scenario"},
        {kHead + "node \"a\" {\n  customer = \"Hi\"\n  choice { \"A\", go = \"end\" },\n}\n", 4,
         "'}' expected"},
        {kHead + "local x = nil + 1\n", 2, "attempt to perform arithmetic on a nil value"},
        {kHead + "error(\"my own message\")\n", 2, "my own message"},
    };
    for (const auto& c : cases)
        expectError(c.source, c.line, c.fragment);
}

TEST_CASE("A runtime error stops the file and reports only its cause", "[loader]") {
    auto loaded = test::loadText(kHead + "node \"a\" {\n  customer = \"Hi\",\n  choice { \"A\", go "
                                         "= \"end\" },\n}\nlocal x = nil .. \"\"\n");
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics[0].where.line == 6);
    CHECK(loaded.scenario == nullptr);
}

TEST_CASE("A folder with one broken file and good ones loads every good one", "[loader][library]") {
    auto library = script::loadLibrary({test::fixture("mixed")});
    REQUIRE(library.entries.size() == 4);
    CHECK(library.usable().size() == 3);
    const auto& broken = library.entries[0];
    CHECK_FALSE(broken.usable());
    CHECK_THAT(format(broken.diagnostics.at(0)), Catch::Contains("a-broken.lua:3:"));
    CHECK(library.find("mixed.one") != nullptr);
    CHECK(library.find("mixed.three") != nullptr);
}

TEST_CASE("A file named twice, in its folder and on its own, is read once", "[loader][library]") {
    auto library = script::loadLibrary({test::fixture("mixed"), test::fixture("mixed/b-one.lua")});
    REQUIRE(library.entries.size() == 4);
    CHECK(library.find("mixed.one") != nullptr);
    for (const auto& entry : library.entries)
        CHECK_FALSE(test::anyMessage(entry.diagnostics, "is also used by"));
}

TEST_CASE("A missing path is reported, not ignored", "[loader][library]") {
    auto library = script::loadLibrary({test::fixture("no-such-folder")});
    CHECK(library.entries.empty());
    REQUIRE(library.problems.size() == 1);
    CHECK(library.problems[0].message == "no such file or folder");
}
