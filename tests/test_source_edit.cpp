// Editing a scenario's Lua text from the map: one field changes, every other byte stays.
#include "core/lua_literal.hpp"
#include "script/source_edit.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

using namespace frontline;
using script::addChoice;
using script::addNode;
using script::EditTarget;
using script::NewChoice;
using script::setField;
using script::SourceEdit;
using script::TextField;

namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t nl = text.find('\n', start);
        if (nl == std::string::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

// What changed between two texts, by lines: the lines before `first` and the lines after the
// changed run are the same in both. Old lines first..oldLast became new lines first..newLast
// (a last before first means none: a pure insertion or removal).
struct LineDiff {
    bool same = true;
    int first = 0, oldLast = 0, newLast = 0;
};

LineDiff lineDiff(const std::string& before, const std::string& after) {
    const auto a = linesOf(before), b = linesOf(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    LineDiff d;
    d.same = prefix == a.size() && prefix == b.size();
    d.first = static_cast<int>(prefix) + 1;
    d.oldLast = static_cast<int>(a.size() - suffix);
    d.newLast = static_cast<int>(b.size() - suffix);
    return d;
}

int lineOf(const std::string& text, const std::string& needle) {
    const std::size_t at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + at, '\n'));
}

std::string lineText(const std::string& text, int line) {
    return linesOf(text).at(static_cast<std::size_t>(line - 1));
}

script::LoadedFile loadClean(const std::string& text) {
    auto loaded = script::loadScenarioSource("edited.lua", text);
    INFO(text);
    for (const auto& e : loaded.errors())
        UNSCOPED_INFO(e);
    REQUIRE(loaded.usable());
    return loaded;
}

std::string shown(const Text& t) {
    return t.isFunction() ? "<function>" : t.literal;
}

// Every text of every node and choice, by "node field" or "node.choice field".
std::map<std::string, std::string> texts(const Scenario& s) {
    std::map<std::string, std::string> out;
    for (const Node& n : s.nodes) {
        out[n.id + " customer"] = shown(n.customer);
        out[n.id + " narration"] = shown(n.narration);
        out[n.id + " summary"] = shown(n.summary);
        out[n.id + " choices"] = std::to_string(n.choices.size());
        for (const Choice& c : n.choices) {
            out[c.id + " line"] = shown(c.line);
            out[c.id + " why"] = shown(c.why);
            out[c.id + " go"] = c.computedGo() ? "<computed>" : c.go;
        }
    }
    return out;
}

// The texts after an edit equal those before except `key`, which is `value`.
void requireOnlyChanged(const std::string& before, const std::string& after, const std::string& key,
                        const std::string& value) {
    auto expected = texts(*loadClean(before).scenario);
    REQUIRE(expected.count(key) == 1);
    expected[key] = value;
    CHECK(texts(*loadClean(after).scenario) == expected);
}

const Node& nodeIn(const script::LoadedFile& f, const std::string& id) {
    const Node* n = f.scenario->find(id);
    REQUIRE(n != nullptr);
    return *n;
}

const Choice& choiceIn(const script::LoadedFile& f, const std::string& id) {
    for (const Node& n : f.scenario->nodes)
        for (const Choice& c : n.choices)
            if (c.id == id) return c;
    FAIL("no choice " << id);
    throw 0;
}

SourceEdit setNodeText(const std::string& text, const script::LoadedFile& f,
                       const std::string& node, TextField field, const std::string& value) {
    return setField(text, nodeIn(f, node).where.line, EditTarget{field, "", node}, value);
}

SourceEdit setChoiceText(const std::string& text, const script::LoadedFile& f,
                         const std::string& choice, TextField field, const std::string& value) {
    return setField(text, choiceIn(f, choice).where.line, EditTarget{field, choice, ""}, value);
}

std::string kettleText() {
    return readText(test::library("library/faulty-kettle.lua"));
}

// Text that looks like code: braces, quotes, comment marks and long-string closers inside
// strings, comments between fields, several choices on one line, `..` joins, long strings.
const std::string kTricky =
    R"LUA(-- A fixture whose text looks like code: { } " ' -- ]] all inside strings.
scenario {
  id = "test.tricky",
  title = "Tricky } text",
  brief = "Braces { and quotes \" everywhere",
  customer = { name = "Ada", mood = 50 },
  start = "a",
  practice_only = true,
}

node "a" {
  narration = [[A long string with "quotes", a } brace and -- no comment]],
  -- a comment with a } brace and a "quote
  customer = "Hello, " .. 'it\'s -- not a comment' ..
    " and ]] is fine }",
  --[==[ a long comment
  with ]] and } inside, and choice { "x", id = "one" } ]==]
  choice { "One } \"two\"", id = "one", go = "b", why = "Because { of } this" }, choice { 'Two ]]', id = "two", go = "b" },
  choice { "Three", id = "three", -- a comment: go = "a"
    go = "done", why = [=[multi ]] line
why]=] },
}

node "b" {
  customer = function(s) return "Computed" end,
  choice { function(s) return "Line" end, id = "fn", go = "done",
    why = function(s) return "Why" end },
  choice { "Plain", id = "plain", go = function(s) return "done" end, why = "x" },
}

ending "done" {
  kind = "resolved",
  summary = "It ended " .. "well.",
}
)LUA";

const std::string kNasty = "It's \"quoted\", {braced} -- not a comment ]] ]=] [[ \\ done";

} // namespace

TEST_CASE("the literal written for a text: quotes with escapes, or a long string for lines",
          "[source-edit]") {
    CHECK(luaLiteral("plain") == "\"plain\"");
    CHECK(luaLiteral("say \"hi\" \\ now") == "\"say \\\"hi\\\" \\\\ now\"");
    CHECK(luaLiteral(std::string("a\x01"
                                 "b\tc\r",
                                 6)) == "\"a\\001b\\tc\\r\"");
    CHECK(luaLiteral("two\nlines") == "[[two\nlines]]");
    CHECK(luaLiteral("has ]] in\nit") == "[=[has ]] in\nit]=]");
    CHECK(luaLiteral("ends with ]\nx]") == "[=[ends with ]\nx]]=]");
    CHECK(luaLiteral("\nstarts with a break") == "[[\n\nstarts with a break]]");
    CHECK(luaLiteral("line\nand a \r") == "\"line\\nand a \\r\"");
}

TEST_CASE("a node's customer line, written as a `..` join over two lines, becomes one literal",
          "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const auto edit = setNodeText(before, loaded, "arrives", TextField::Customer, kNasty);
    REQUIRE(edit.ok());
    const std::string& after = *edit.text;
    requireOnlyChanged(before, after, "arrives customer", kNasty);
    const int line = lineOf(before, "  customer = \"Hello. I bought this kettle");
    const auto d = lineDiff(before, after);
    CHECK(d.first == line);
    CHECK(d.oldLast == line + 1); // the join's two lines...
    CHECK(d.newLast == line);     // ...became one
    CHECK(lineText(after, line) == "  customer = " + luaLiteral(kNasty) + ",");
    CHECK(edit.firstLine == line);
    CHECK(edit.lastLine == line);
}

TEST_CASE("a missing narration goes on its own line after the customer line", "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const auto edit = setNodeText(before, loaded, "describe", TextField::Narration, "She sighs.");
    REQUIRE(edit.ok());
    requireOnlyChanged(before, *edit.text, "describe narration", "She sighs.");
    // The customer line of "describe" runs over two lines; narration follows them.
    const int customer = lineOf(before, "  customer = \"Twenty-five days");
    const auto d = lineDiff(before, *edit.text);
    CHECK(d.first == customer + 2);
    CHECK(d.oldLast == customer + 1); // nothing removed
    CHECK(d.newLast == customer + 2); // one line added
    CHECK(lineText(*edit.text, customer + 2) == "  narration = \"She sighs.\",");
    CHECK(edit.firstLine == customer + 2);
    CHECK(edit.lastLine == customer + 2);
}

TEST_CASE("a choice's learner line, why and go change on their own lines only", "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const int choiceLine = choiceIn(loaded, "arrives.listen").where.line;
    CHECK(lineText(before, choiceLine).find("choice { \"Oh no, that's the last thing") !=
          std::string::npos); // the recorded line is the one with `choice {`

    SECTION("learner line") {
        const auto edit = setChoiceText(before, loaded, "arrives.listen", TextField::LearnerLine,
                                        "Tell me {what} happened.");
        REQUIRE(edit.ok());
        requireOnlyChanged(before, *edit.text, "arrives.listen line", "Tell me {what} happened.");
        const auto d = lineDiff(before, *edit.text);
        CHECK(d.first == choiceLine);
        CHECK(d.oldLast == choiceLine);
        CHECK(d.newLast == choiceLine);
        CHECK(lineText(*edit.text, choiceLine) ==
              "  choice { \"Tell me {what} happened.\", id = \"listen\",");
    }
    SECTION("why") {
        const std::string why = "Two\nlines ]] with a closer";
        // Found by its short id as well as by its full one.
        const auto edit =
            setField(before, choiceLine, EditTarget{TextField::Why, "listen", ""}, why);
        REQUIRE(edit.ok());
        requireOnlyChanged(before, *edit.text, "arrives.listen why", why);
        const int whyLine = lineOf(before, "why = \"Letting her explain");
        const auto d = lineDiff(before, *edit.text);
        CHECK(d.first == whyLine);
        CHECK(d.oldLast == whyLine);
        CHECK(d.newLast == whyLine + 1);
        CHECK(lineText(*edit.text, whyLine) == "    why = [=[Two");
        CHECK(lineText(*edit.text, whyLine + 1) == "lines ]] with a closer]=] },");
    }
    SECTION("go") {
        const auto edit = setChoiceText(before, loaded, "arrives.listen", TextField::Go, "tested");
        REQUIRE(edit.ok());
        requireOnlyChanged(before, *edit.text, "arrives.listen go", "tested");
        const auto d = lineDiff(before, *edit.text);
        CHECK(d.first == choiceLine + 1);
        CHECK(d.oldLast == choiceLine + 1);
        CHECK(lineText(*edit.text, choiceLine + 1).rfind("    go = \"tested\", mood = 10,", 0) ==
              0);
    }
}

TEST_CASE("a value worked out by a function is not edited: open the file at its line",
          "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const auto edit =
        setChoiceText(before, loaded, "descale_row.correct", TextField::Go, "options");
    CHECK_FALSE(edit.ok());
    const int line =
        lineOf(before, "    go = function(s)\n      if s.proof_checked then return \"options\"");
    CHECK(edit.openAtLine == line);
    CHECK(edit.message.rfind("not a plain text: open the file at line " + std::to_string(line),
                             0) == 0);

    const auto fixture = loadClean(kTricky);
    const auto customer = setNodeText(kTricky, fixture, "b", TextField::Customer, "x");
    CHECK(customer.openAtLine == lineOf(kTricky, "customer = function"));
    const auto learner = setChoiceText(kTricky, fixture, "b.fn", TextField::LearnerLine, "x");
    CHECK(learner.openAtLine == lineOf(kTricky, "choice { function"));
    const auto why = setChoiceText(kTricky, fixture, "b.fn", TextField::Why, "x");
    CHECK(why.openAtLine == lineOf(kTricky, "why = function"));
    const auto go = setChoiceText(kTricky, fixture, "b.plain", TextField::Go, "a");
    CHECK(go.openAtLine == lineOf(kTricky, "choice { \"Plain\""));
    CHECK_FALSE(go.ok());
    // A variable is not plain text either.
    const std::string named = "local words = \"Hi\"\n" + kTricky;
    std::string withVariable = named;
    withVariable.replace(withVariable.find("summary = \"It ended \" .. \"well.\""),
                         std::string("summary = \"It ended \" .. \"well.\"").size(),
                         "summary = words");
    const auto variable = setField(withVariable, lineOf(withVariable, "ending \"done\""),
                                   EditTarget{TextField::Summary, "", "done"}, "x");
    CHECK(variable.openAtLine == lineOf(withVariable, "summary = words"));
}

TEST_CASE("tricky text: braces, quotes, comment marks and closing long brackets inside strings do not confuse it",
          "[source-edit]") {
    const auto loaded = loadClean(kTricky);
    const int aLine = nodeIn(loaded, "a").where.line;
    CHECK(aLine == lineOf(kTricky, "node \"a\" {"));
    // Two choices on one line, each recorded at it.
    const int shared = lineOf(kTricky, "choice { \"One }");
    CHECK(choiceIn(loaded, "a.one").where.line == shared);
    CHECK(choiceIn(loaded, "a.two").where.line == shared);

    const auto expectOneLine = [&](const SourceEdit& edit, int line, const std::string& key,
                                   const std::string& value) {
        REQUIRE(edit.ok());
        requireOnlyChanged(kTricky, *edit.text, key, value);
        const auto d = lineDiff(kTricky, *edit.text);
        CHECK(d.first == line);
        CHECK(d.oldLast == line);
        CHECK(d.newLast == line);
        return *edit.text;
    };
    SECTION("a customer line joined from three strings over two lines") {
        const auto edit = setNodeText(kTricky, loaded, "a", TextField::Customer, kNasty);
        REQUIRE(edit.ok());
        requireOnlyChanged(kTricky, *edit.text, "a customer", kNasty);
        const int line = lineOf(kTricky, "customer = \"Hello, \"");
        const auto d = lineDiff(kTricky, *edit.text);
        CHECK((d.first == line && d.oldLast == line + 1 && d.newLast == line));
    }
    SECTION("a long-string narration") {
        expectOneLine(setNodeText(kTricky, loaded, "a", TextField::Narration, "Now plain."),
                      lineOf(kTricky, "narration = [["), "a narration", "Now plain.");
    }
    SECTION("the second of two choices on one line, found by its id") {
        const std::string after =
            expectOneLine(setChoiceText(kTricky, loaded, "a.two", TextField::LearnerLine, "Deux"),
                          shared, "a.two line", "Deux");
        CHECK(lineText(after, shared).find("choice { \"Deux\", id = \"two\"") != std::string::npos);
        CHECK(lineText(after, shared).find("\"One } \\\"two\\\"\"") != std::string::npos);
    }
    SECTION("the first of them") {
        expectOneLine(setChoiceText(kTricky, loaded, "a.one", TextField::Why, "{Braces} ]]"),
                      shared, "a.one why", "{Braces} ]]");
    }
    SECTION("a missing why on an inline choice goes inline") {
        const std::string after =
            expectOneLine(setChoiceText(kTricky, loaded, "a.two", TextField::Why, "Because."),
                          shared, "a.two why", "Because.");
        CHECK(lineText(after, shared).find("go = \"b\", why = \"Because.\" },") !=
              std::string::npos);
    }
    SECTION("a long-string why over two lines, after a comment") {
        const auto edit = setChoiceText(kTricky, loaded, "a.three", TextField::Why, "Short.");
        REQUIRE(edit.ok());
        requireOnlyChanged(kTricky, *edit.text, "a.three why", "Short.");
        const int goLine = lineOf(kTricky, "    go = \"done\", why = [=[");
        const auto d = lineDiff(kTricky, *edit.text);
        CHECK((d.first == goLine && d.oldLast == goLine + 1 && d.newLast == goLine));
        CHECK(lineText(*edit.text, goLine) == "    go = \"done\", why = \"Short.\" },");
    }
    SECTION("go of a choice whose first line has a comment mentioning go") {
        expectOneLine(setChoiceText(kTricky, loaded, "a.three", TextField::Go, "b"),
                      lineOf(kTricky, "    go = \"done\", why = [=["), "a.three go", "b");
    }
    SECTION("an ending's summary, joined") {
        expectOneLine(setNodeText(kTricky, loaded, "done", TextField::Summary, "Done {here}."),
                      lineOf(kTricky, "summary ="), "done summary", "Done {here}.");
    }
    SECTION("a missing narration where the customer line is a function") {
        const auto edit = setNodeText(kTricky, loaded, "b", TextField::Narration, "He waits.");
        REQUIRE(edit.ok());
        requireOnlyChanged(kTricky, *edit.text, "b narration", "He waits.");
        const int line = lineOf(kTricky, "customer = function");
        const auto d = lineDiff(kTricky, *edit.text);
        CHECK((d.first == line + 1 && d.oldLast == line && d.newLast == line + 1));
        CHECK(lineText(*edit.text, line + 1) == "  narration = \"He waits.\",");
    }
    SECTION("a missing customer line on an ending goes first, on its own line") {
        const auto edit = setNodeText(kTricky, loaded, "done", TextField::Customer, "Bye.");
        REQUIRE(edit.ok());
        requireOnlyChanged(kTricky, *edit.text, "done customer", "Bye.");
        const int line = lineOf(kTricky, "  kind = \"resolved\"");
        CHECK(lineText(*edit.text, line) == "  customer = \"Bye.\",");
        CHECK(lineDiff(kTricky, *edit.text).newLast == line);
    }
}

TEST_CASE("inline tables get inline fields, and a last entry without a comma gets one",
          "[source-edit]") {
    const std::string text = R"LUA(scenario { id = "t.inline", title = "T", brief = "B",
  customer = { name = "Bo" }, start = "a", practice_only = true }
node "a" { customer = "Hi", choice { "Go on", id = "on", go = "end" } }
ending "end" { kind = "resolved",
  summary = "Over" }
)LUA";
    const auto loaded = loadClean(text);
    const auto narration = setNodeText(text, loaded, "a", TextField::Narration, "Rain.");
    REQUIRE(narration.ok());
    CHECK(lineText(*narration.text, 3) ==
          "node \"a\" { customer = \"Hi\", narration = \"Rain.\", choice { \"Go on\", id = \"on\", "
          "go = \"end\" } }");
    requireOnlyChanged(text, *narration.text, "a narration", "Rain.");

    const auto why = setChoiceText(text, loaded, "a.on", TextField::Why, "Yes.");
    REQUIRE(why.ok());
    CHECK(lineText(*why.text, 3).find("go = \"end\", why = \"Yes.\" } }") != std::string::npos);

    const auto customer = setNodeText(text, loaded, "end", TextField::Customer, "Bye.");
    REQUIRE(customer.ok());
    requireOnlyChanged(text, *customer.text, "end customer", "Bye.");
    CHECK(lineText(*customer.text, 4) ==
          "ending \"end\" { customer = \"Bye.\", kind = \"resolved\",");

    // A choice with no id is found by its number when it is the only such choice on its line.
    const std::string unnamed = R"LUA(scenario { id = "t.unnamed", title = "T", brief = "B",
  customer = { name = "Bo" }, start = "a", practice_only = true }
node "a" {
  customer = "Hi",
  choice { "Go on", go = "end" }
}
ending "end" { kind = "resolved", summary = "Over" }
)LUA";
    const auto plain = loadClean(unnamed);
    const auto byNumber = setChoiceText(unnamed, plain, "a.1", TextField::Why, "Fine.");
    REQUIRE(byNumber.ok());
    requireOnlyChanged(unnamed, *byNumber.text, "a.1 why", "Fine.");
    CHECK(lineText(*byNumber.text, 5) == "  choice { \"Go on\", go = \"end\", why = \"Fine.\" }");
}

TEST_CASE("adding a choice puts it last in the node, indented like the others", "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const Node& blamed = nodeIn(loaded, "blamed");
    const NewChoice added{"Let me \"check\" {that}.", "check", "tested", "Checking ]] helps."};
    const auto edit = addChoice(before, blamed.where.line, "blamed", added);
    REQUIRE(edit.ok());
    const auto after = loadClean(*edit.text);
    const Node& grown = nodeIn(after, "blamed");
    REQUIRE(grown.choices.size() == blamed.choices.size() + 1);
    const Choice& c = grown.choices.back();
    CHECK(c.id == "blamed.check");
    CHECK(c.line.literal == added.learnerLine);
    CHECK(c.go == "tested");
    CHECK(c.why.literal == added.why);
    // Only the new line, straight after the node's last choice.
    const int lastWhy = lineOf(before, "why = \"Owning a badly worded question");
    const auto d = lineDiff(before, *edit.text);
    CHECK((d.first == lastWhy + 1 && d.oldLast == lastWhy && d.newLast == lastWhy + 1));
    CHECK(lineText(*edit.text, lastWhy + 1) ==
          "  choice { \"Let me \\\"check\\\" {that}.\", id = \"check\", go = \"tested\", why = "
          "\"Checking ]] helps.\" },");
    CHECK((edit.firstLine == lastWhy + 1 && edit.lastLine == lastWhy + 1));
    // Nothing else moved: every other node and choice reads as before.
    auto expected = texts(*loaded.scenario);
    auto got = texts(*after.scenario);
    for (const auto& key :
         {"blamed choices", "blamed.check line", "blamed.check why", "blamed.check go"})
        got.erase(key), expected.erase(key);
    CHECK(got == expected);

    SECTION("refused: an id the node already has, an ending, a bad id") {
        CHECK(addChoice(before, blamed.where.line, "blamed", {"x", "apologise", "tested", ""})
                  .message == "'blamed' already has a choice with id \"apologise\"");
        const Node& ending =
            *std::find_if(loaded.scenario->nodes.begin(), loaded.scenario->nodes.end(),
                          [](const Node& n) { return n.isEnding; });
        CHECK(addChoice(before, ending.where.line, ending.id, added)
                  .message.find("an ending has no choices") != std::string::npos);
        CHECK(addChoice(before, blamed.where.line, "blamed", {"x", "a.b", "tested", ""})
                  .message.find("must be letters") != std::string::npos);
        CHECK(addChoice(before, blamed.where.line, "describe", added)
                  .message.find("does not declare") != std::string::npos);
    }
}

TEST_CASE("adding a node: after a declaration, or at the end before the expect lines",
          "[source-edit]") {
    const std::string before = kettleText();
    const auto loaded = loadClean(before);
    const NewChoice next{"Let's see.", "see", "tested", ""};

    SECTION("after the node that holds the line") {
        const Node& blamed = nodeIn(loaded, "blamed");
        const auto edit = addNode(before, "checking", "Go on {then}.", next, blamed.where.line + 1);
        REQUIRE(edit.ok());
        const auto after = script::loadScenarioSource("edited.lua", *edit.text);
        REQUIRE(after.scenario != nullptr);
        const Node& added = nodeIn(after, "checking");
        CHECK(added.customer.literal == "Go on {then}.");
        REQUIRE(added.choices.size() == 1);
        CHECK(added.choices[0].id == "checking.see");
        CHECK(added.choices[0].go == "tested");
        // It follows "blamed": the nodes' order is the declaration order.
        const auto& nodes = after.scenario->nodes;
        CHECK(nodes[after.scenario->indexOf(added) - 1].id == "blamed");
        const int blankAfterBlamed = lineOf(before, "node \"tested\"") - 1;
        const auto d = lineDiff(before, *edit.text);
        CHECK(d.oldLast < d.first); // nothing removed
        CHECK(d.newLast - d.first + 1 == 5);
        CHECK(lineText(*edit.text, blankAfterBlamed + 1) == "node \"checking\" {");
        CHECK(lineText(*edit.text, blankAfterBlamed + 2) == "  customer = \"Go on {then}.\",");
        CHECK(lineText(*edit.text, blankAfterBlamed + 3) ==
              "  choice { \"Let's see.\", id = \"see\", go = \"tested\" },");
        CHECK(lineText(*edit.text, blankAfterBlamed + 4) == "}");
        // The only new diagnostics are about the new node (no one goes to it yet).
        for (const auto& e : after.errors())
            CHECK(e.find("checking") != std::string::npos);
    }
    SECTION("at the end, before the trailing expect lines and their comment") {
        std::string withComment = before;
        withComment.insert(withComment.find("\nexpect {") + 1, "-- What we promise\n");
        const auto edit = addNode(withComment, "late", "Still here.", next, 0);
        REQUIRE(edit.ok());
        const auto after = script::loadScenarioSource("edited.lua", *edit.text);
        REQUIRE(after.scenario != nullptr);
        CHECK(after.scenario->nodes.back().id == "late");
        CHECK(after.scenario->expectations.size() == loaded.scenario->expectations.size());
        const int comment = lineOf(*edit.text, "-- What we promise");
        CHECK(lineOf(withComment, "-- What we promise") == comment - 5);
        CHECK(lineText(*edit.text, comment - 5) == "node \"late\" {");
        CHECK(lineText(*edit.text, comment - 1).empty());
        CHECK(lineText(*edit.text, comment + 1) == "expect { best_grade = \"Distinction\" }");
        const auto d = lineDiff(withComment, *edit.text);
        CHECK(d.oldLast < d.first);
        CHECK(d.first == comment - 5);
        CHECK(d.newLast == comment - 1);
    }
    SECTION("at the end of a file with no expect lines") {
        const std::string noExpect = before.substr(0, before.find("\nexpect {") + 1);
        const auto edit = addNode(noExpect, "late", "Still here.", next, 0);
        REQUIRE(edit.ok());
        CHECK(edit.text->substr(0, noExpect.size()) == noExpect);
        CHECK(edit.text->substr(noExpect.size()) ==
              "\nnode \"late\" {\n  customer = \"Still here.\",\n  choice { \"Let's see.\", id = "
              "\"see\", go = \"tested\" },\n}\n");
        // A file that does not end with a line break gets one before the node.
        const auto unended = addNode(noExpect.substr(0, noExpect.size() - 2), "late", "x", next, 0);
        REQUIRE(unended.ok());
        CHECK(unended.text->find("}\n\nnode \"late\" {") != std::string::npos);
        REQUIRE(script::loadScenarioSource("edited.lua", *unended.text).scenario != nullptr);
    }
    SECTION("refused: an id in use, a bad id") {
        CHECK(addNode(before, "blamed", "x", next, 0).message.find("already has a node") !=
              std::string::npos);
        CHECK(addNode(before, "two words", "x", next, 0).message.find("must be letters") !=
              std::string::npos);
    }
}

TEST_CASE("malformed text gets a message, never a crash or a hang", "[source-edit]") {
    const EditTarget customer{TextField::Customer, "", ""};
    SECTION("a node whose braces never close") {
        const std::string text =
            "node \"a\" {\n  customer = \"Hi\",\n  choice { \"x\", go = \"a\" \n";
        const auto edit = setField(text, 1, customer, "Hello");
        CHECK_FALSE(edit.ok());
        CHECK(edit.message ==
              "line 1: the { of this node never closes; fix the file before editing it here");
    }
    SECTION("a closer of the wrong kind") {
        const std::string text = "node \"a\" {\n  customer = \"Hi\" )\n";
        CHECK(setField(text, 1, customer, "Hello").message.find("never closes") !=
              std::string::npos);
    }
    SECTION("a line that does not declare what was asked") {
        const std::string text = kettleText();
        CHECK(setField(text, 3, customer, "x").message ==
              "line 3 does not declare a node or ending; the file may have changed since it was "
              "loaded");
        CHECK(setField(text, 99999, customer, "x")
                  .message.rfind("line 99999 is not in the file", 0) == 0);
        CHECK(setField(text, 0, customer, "x").message.rfind("line 0 is not in the file", 0) == 0);
        const int listen = lineOf(text, "id = \"listen\"");
        CHECK(setField(text, listen, EditTarget{TextField::Why, "nope", ""}, "x").message ==
              "line " + std::to_string(listen) +
                  " does not declare a choice with id \"nope\"; the file may have changed since it "
                  "was loaded");
        const int arrives = lineOf(text, "node \"arrives\"");
        CHECK(setField(text, arrives, EditTarget{TextField::Summary, "", ""}, "x").message ==
              "'arrives' is a node, not an ending: only endings have a summary");
        CHECK(setField(text, arrives, EditTarget{TextField::Customer, "", "describe"}, "x")
                  .message.find("does not declare node or ending 'describe'") != std::string::npos);
    }
    SECTION("strings and comments that never close") {
        CHECK(setField("node \"a\" {\n  customer = \"Hi,\n}\n", 1, customer, "x").message ==
              "line 2: a text in quotes is not closed on its line; fix the file before editing it "
              "here");
        CHECK(
            setField("node \"a\" {\n  customer = [[Hi,\n}\n", 1, customer, "x").message ==
            "line 2: a long text opened with [[ never closes; fix the file before editing it here");
        CHECK(setField("--[[ open\nnode \"a\" { customer = \"x\" }\n", 2, customer, "x")
                  .message.find("never closes") != std::string::npos);
    }
    SECTION("binary bytes") {
        std::string binary(4096, '\0');
        for (std::size_t i = 0; i < binary.size(); ++i)
            binary[i] = static_cast<char>((i * 7919) % 256);
        const auto edit = setField(binary, 1, customer, "x");
        CHECK_FALSE(edit.ok());
        CHECK_FALSE(edit.message.empty());
        CHECK_FALSE(addNode(binary, "n", "x", {"y", "c", "n", ""}, 1).message.empty());
        CHECK_FALSE(addChoice(binary, 1, "n", {"y", "c", "n", ""}).message.empty());
    }
    SECTION("a file too big to be a scenario") {
        const std::string huge((8u << 20) + 1, ' ');
        CHECK(setField(huge, 1, customer, "x").message ==
              "the file is larger than 8 MiB; edit it in a text editor");
        CHECK(addNode(huge, "n", "x", {"y", "c", "n", ""}, 1).message ==
              "the file is larger than 8 MiB; edit it in a text editor");
    }
    SECTION("deep nesting and many open braces take linear time") {
        const auto started = std::chrono::steady_clock::now();
        const std::string open = "node \"a\" {\n" + std::string(1'000'000, '{');
        CHECK(setField(open, 1, customer, "x").message.find("never closes") != std::string::npos);
        const std::string deep = "node \"a\" {\n" + std::string(500'000, '{') +
                                 std::string(500'000, '}') + ",\n  customer = \"Hi\",\n}\n";
        const auto edit = setField(deep, 1, customer, "Hello");
        REQUIRE(edit.ok());
        CHECK(edit.text->find("customer = \"Hello\",") != std::string::npos);
        std::string choices = "node \"a\" {\n";
        for (int i = 0; i < 100'000; ++i)
            choices += "  choice { \"x\", id = \"c" + std::to_string(i) + "\", go = \"a\" },\n";
        choices += "}\n";
        CHECK(setField(choices, 50'002, EditTarget{TextField::Why, "c50000", ""}, "W").ok());
        CHECK(addChoice(choices, 1, "a", {"y", "new", "a", ""}).ok());
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        CHECK(seconds < 10 * test::kSlowdown);
    }
}

// For every node and choice of every bundled scenario: a customer line, learner line or why set
// to awkward text reads back exactly, and the diff stays inside that declaration.
TEST_CASE("every text of every library scenario round-trips through an edit", "[source-edit]") {
    std::mt19937 random(20240521);
    const std::vector<std::string> pieces = {"\"", "'",  "\n", "{", "}",  "]]", "]=]", "[[",
                                             "--", "\\", "..", " ", "\t", "£5", "Ray", "kettle"};
    const auto awkward = [&]() {
        std::string t = "Ray";
        const int n = 3 + static_cast<int>(random() % 10);
        for (int i = 0; i < n; ++i)
            t += pieces[random() % pieces.size()];
        return t;
    };
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(test::library("library")))
        if (entry.path().extension() == ".lua") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 20);
    int edits = 0, skipped = 0;
    for (const auto& file : files) {
        const std::string before = readText(file.string());
        const auto loaded = loadClean(before);
        const Scenario& s = *loaded.scenario;
        // Every line where a declaration starts: an edit must stay between one and the next.
        std::vector<int> starts = {s.where.line, static_cast<int>(linesOf(before).size()) + 1};
        for (const Node& n : s.nodes) {
            starts.push_back(n.where.line);
            for (const Choice& c : n.choices)
                starts.push_back(c.where.line);
        }
        std::sort(starts.begin(), starts.end());
        const auto nextStart = [&](int line) {
            return *std::upper_bound(starts.begin(), starts.end(), line);
        };
        const auto check = [&](const Text& current, int line, const EditTarget& target,
                               const std::string& key, int spanEnd) {
            if (current.isFunction()) {
                ++skipped;
                return;
            }
            const std::string value = awkward();
            INFO(file.filename().string() << " " << key << " at line " << line << " = " << value);
            const auto edit = setField(before, line, target, value);
            REQUIRE(edit.ok());
            const auto after = loadClean(*edit.text);
            auto expected = texts(s);
            expected[key] = value;
            CHECK(texts(*after.scenario) == expected);
            const auto d = lineDiff(before, *edit.text);
            CHECK(d.first >= line);
            CHECK(d.oldLast <= spanEnd);
            ++edits;
        };
        for (const Node& n : s.nodes) {
            // A node's own fields lie before its first choice or, when after it, before the next
            // node.
            int nextNode = static_cast<int>(linesOf(before).size()) + 1;
            for (const Node& m : s.nodes)
                if (m.where.line > n.where.line) nextNode = std::min(nextNode, m.where.line);
            check(n.customer, n.where.line, {TextField::Customer, "", n.id}, n.id + " customer",
                  nextNode);
            for (const Choice& c : n.choices) {
                const std::string shortId = c.id.substr(n.id.size() + 1);
                check(c.line, c.where.line, {TextField::LearnerLine, shortId, ""}, c.id + " line",
                      nextStart(c.where.line));
                check(c.why, c.where.line, {TextField::Why, shortId, ""}, c.id + " why",
                      nextStart(c.where.line));
            }
        }
    }
    CHECK(edits > 500);
    WARN(edits << " edits, " << skipped << " texts that are functions skipped");
}
