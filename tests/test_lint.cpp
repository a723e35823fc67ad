// Structural checks: what lint finds without playing, each at its line.
#include "support.hpp"

#include "core/explorer.hpp"
#include "core/lint.hpp"

#include <catch2/catch.hpp>

using namespace frontline;

namespace {

std::vector<Diagnostic> lintText(const std::string& source) {
    return test::loadText(source, "lint.lua").diagnostics;
}

const std::string kHead = "scenario { id = \"t.lint\", title = \"T\", brief = \"B\", customer = { "
                          "name = \"S\" }, start = \"a\" }\n";

bool has(const std::vector<Diagnostic>& ds, Severity severity, int line,
         const std::string& fragment) {
    for (const auto& d : ds)
        if (d.severity == severity && d.where.line == line &&
            d.message.find(fragment) != std::string::npos)
            return true;
    return false;
}

} // namespace

TEST_CASE("Lint: a missing or unknown start", "[lint]") {
    auto missing = lintText(
        "scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = { name = \"S\" } }\n"
        "node \"a\" { customer = \"Hi\", choice { \"x\", go = \"a\", why = \"w\" } }\n");
    CHECK(has(missing, Severity::Error, 1, "missing required field `start`"));
    CHECK(has(missing, Severity::Error, 1, "has no `start`"));
    auto unknown = lintText(
        "scenario { id = \"t.x\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, start "
        "= \"arive\" }\n"
        "node \"arrive\" { customer = \"Hi\", choice { \"x\", go = \"arrive\", why = \"w\" } }\n");
    CHECK(has(unknown, Severity::Error, 1,
              "`start` names 'arive', which is not a node (did you mean 'arrive'?)"));
}

TEST_CASE("Lint: a go to a node that does not exist, with a suggestion", "[lint]") {
    auto ds = lintText(
        kHead +
        "node \"a\" {\n  customer = \"Hi\",\n  choice { \"x\", go = \"explain\", why = \"w\" "
        "},\n}\n"
        "node \"explains\" { customer = \"Yes\", choice { \"y\", go = \"a\", why = \"w\" } }\n");
    CHECK(has(ds, Severity::Error, 4,
              "goes to 'explain', which is not a node or ending (did you mean 'explains'?)"));
}

TEST_CASE("Lint: nodes never reached, dead ends, duplicates", "[lint]") {
    auto ds = lintText(
        kHead +
        "node \"a\" { customer = \"Hi\", choice { \"x\", id = \"x\", go = \"end\", why = \"w\" },\n"
        "  choice { \"y\", id = \"x\", go = \"end\", why = \"w\" } }\n"
        "node \"island\" { customer = \"Alone\", choice { \"z\", go = \"end\", why = \"w\" } }\n"
        "node \"stuck\" { customer = \"No way out\" }\n"
        "node \"a\" { customer = \"Again\", choice { \"q\", go = \"end\", why = \"w\" } }\n"
        "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    CHECK(has(ds, Severity::Error, 3, "choice id 'a.x' is already used at line 2"));
    CHECK(has(ds, Severity::Warning, 4, "node 'island' can never be reached from the start"));
    CHECK(has(ds, Severity::Error, 5, "has no choices and is not an ending"));
    CHECK(has(ds, Severity::Error, 6, "node id 'a' is already used at line 2"));
}

TEST_CASE("Lint: the node ids quoted in a computed go count as edges", "[lint]") {
    auto hinted = lintText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", why = \"w\",\n"
                "  go = function(s) if s.mood > 50 then return \"b\" end return \"end\" end } }\n"
                "node \"b\" { customer = \"B\", choice { \"y\", go = \"end\", why = \"w\" } }\n"
                "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    CHECK_FALSE(test::anyMessage(hinted, "reached"));
    auto opaque = lintText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", why = \"w\", go = function(s) "
                "return s.next end } }\n"
                "node \"b\" { customer = \"B\", choice { \"y\", go = \"a\", why = \"w\" } }\n");
    CHECK(has(opaque, Severity::Warning, 3, "only a computed `go` could lead here"));
}

TEST_CASE("Lint: empty text, missing why, unset flags and unknown placeholders", "[lint]") {
    auto ds = lintText(kHead + "node \"a\" {\n  narration = \"{nobody} waits\",\n"
                               "  choice { \"x\", go = \"end\", when = \"verified\" },\n}\n"
                               "ending \"end\" { kind = \"resolved\", summary = \"  \" }\n");
    CHECK(has(ds, Severity::Warning, 4, "has no `why`"));
    CHECK(has(ds, Severity::Warning, 4,
              "depends on 'verified', which is never set: it will never be offered"));
    CHECK(has(ds, Severity::Warning, 2, "uses {nobody}, which is never set"));
    CHECK(has(ds, Severity::Error, 6, "needs a `summary`"));
}

TEST_CASE("Lint output is sorted by file and line", "[lint]") {
    auto ds =
        lintText(kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", go = \"nowhere\" } }\n"
                         "node \"b\" { customer = \"B\" }\n");
    for (std::size_t i = 1; i < ds.size(); ++i)
        CHECK(ds[i - 1].where.line <= ds[i].where.line);
}

TEST_CASE("The bundled library lints with no errors and no warnings", "[lint][library]") {
    auto library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    REQUIRE(library.entries.size() >= 2);
    for (const auto& entry : library.entries) {
        INFO(entry.path << "\n" << Catch::Detail::stringify(test::messages(entry.diagnostics)));
        CHECK(entry.diagnostics.empty());
    }
}

TEST_CASE("Each bundled scenario has 14 nodes, 3 endings and a best path 5 decisions deep",
          "[library]") {
    auto library = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    REQUIRE(library.usable().size() >= 12);
    for (const auto* entry : library.usable()) {
        CAPTURE(entry->scenario->id);
        std::size_t nodes = 0, endings = 0;
        for (const auto& n : entry->scenario->nodes)
            (n.isEnding ? endings : nodes) += 1;
        CHECK(nodes >= 14);
        CHECK(endings >= 3);
        const auto found = explore(entry->scenario, entry->scripting, library.rubric);
        REQUIRE(found.best);
        CHECK(found.best->choices.size() >= 5);
        CHECK(found.gradeOf(found.best->points) == Grade::Distinction);
        REQUIRE(found.worst);
        CHECK(found.gradeOf(found.worst->points) == Grade::Refer);
    }
}
