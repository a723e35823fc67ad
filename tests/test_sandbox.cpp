// The sandbox: every hostile script is refused with a file:line diagnostic, quickly, within the
// memory cap, and leaves the program able to load and play the next scenario.
#include "support.hpp"

#include "core/explorer.hpp"
#include "core/text.hpp"
#include "script/lua_scripting.hpp"
#include "script/vm.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace frontline;
namespace fs = std::filesystem;

namespace {

struct Hostile {
    std::string path, stage, expect;
    int line = 1; // the line marked "-- <<<", or 1
};

Hostile readHostile(const fs::path& file) {
    Hostile h{file.string(), "load", "", 1};
    std::ifstream in(file);
    std::string text;
    for (int n = 1; std::getline(in, text); ++n) {
        if (text.rfind("-- stage: ", 0) == 0) h.stage = text.substr(10);
        if (text.rfind("-- expect: ", 0) == 0) h.expect = text.substr(11);
        if (text.find("-- <<<") != std::string::npos) h.line = n;
    }
    return h;
}

std::vector<Hostile> corpus() {
    std::vector<Hostile> all;
    for (const auto& entry : fs::directory_iterator(std::string(FRONTLINE_TEST_DATA) + "/hostile"))
        if (entry.path().extension() == ".lua") all.push_back(readHostile(entry.path()));
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    return all;
}

// Stage "explore": the explorer walks it and stops or fails with the expected message.
Diagnostic exploreError(const script::LoadedFile& loaded) {
    const Exploration found = explore(loaded.scenario, loaded.scripting, Rubric{});
    if (!found.errors.empty()) return found.errors.front(); // the call that was stopped
    if (!found.stopped.empty()) return errorAt(loaded.scenario->where, found.stopped);
    FAIL("the explorer met no error");
    return {};
}

// Under the sanitizers on a loaded machine the wall clock, the backstop behind every budget, may
// stop a budget or memory bomb first: that is the same refusal by another of the limits, and it
// may fall on an earlier line of the bomb (filling the heap, before the marked loop).
bool stoppedByClock(const Hostile& h, const std::string& message) {
    const bool bounded = h.expect == "instruction budget" || h.expect == "memory limit";
    return test::kSlowdown > 1 && bounded && message.find("ran too long") != std::string::npos;
}

// Whether `message` is the stop `h` expects.
bool expected(const Hostile& h, const std::string& message) {
    return message.find(h.expect) != std::string::npos || stoppedByClock(h, message);
}

// Loads and, for the play stages, starts a session and acts; returns the first error.
Diagnostic firstError(const Hostile& h) {
    auto loaded = script::loadScenarioFile(h.path);
    if (h.stage == "load") {
        REQUIRE_FALSE(loaded.usable());
        INFO(Catch::Detail::stringify(test::messages(loaded.diagnostics)));
        for (const auto& d : loaded.diagnostics)
            if (d.severity == Severity::Error && expected(h, d.message)) return d;
        FAIL("no error mentions \"" + h.expect + "\"");
    }
    INFO(Catch::Detail::stringify(test::messages(loaded.diagnostics)));
    REQUIRE(loaded.usable());
    if (h.stage == "explore") return exploreError(loaded);
    try {
        Session session(loaded.scenario, loaded.scripting, 1);
        if (h.stage == "offers") (void)session.offers();
        if (h.stage == "choose") session.choose("a.1");
    } catch (const ScriptError& e) {
        auto& vm = static_cast<script::LuaScripting&>(*loaded.scripting).vm();
        CHECK(vm.bytesInUse() <= vm.limits().memoryBytes);
        return errorAt(e.where(), e.message());
    }
    FAIL("the hostile function ran without an error");
    return {};
}

} // namespace

TEST_CASE("The hostile-script corpus has at least 40 scripts", "[sandbox]") {
    CHECK(corpus().size() >= 40);
}

namespace {

// Stage "harmless": it loads, and the first choice of every node plays to an ending without an
// error; what it tried shows, if at all, as a warning with the expected words at the marked line.
void checkHarmless(const Hostile& h) {
    auto loaded = script::loadScenarioFile(h.path);
    INFO(Catch::Detail::stringify(test::messages(loaded.diagnostics)));
    REQUIRE(loaded.usable());
    Session session(loaded.scenario, loaded.scripting, 1);
    for (int step = 0; step < 50 && !session.finished(); ++step) {
        const auto offers = session.offers();
        REQUIRE_FALSE(offers.empty());
        (void)session.transcript();
        session.choose(offers.front().choice->id);
    }
    CHECK(session.finished());
    if (h.expect.empty()) return;
    std::vector<Diagnostic> all = loaded.diagnostics;
    for (const Diagnostic& d : loaded.scripting->notices())
        all.push_back(d);
    INFO(Catch::Detail::stringify(test::messages(all)));
    CHECK(test::anyMessage(all, h.expect, h.line));
    for (const Diagnostic& d : all)
        CHECK_FALSE(firstInvalidUtf8(d.message));
}

// Refused with the marked file:line and the expected words, within a second; then the program
// carries on: the next scenario loads and plays.
void checkHostile(const Hostile& h) {
    const auto good = test::fixture("engine.lua");
    const auto started = std::chrono::steady_clock::now();
    if (h.stage == "harmless") {
        checkHarmless(h);
    } else {
        const Diagnostic d = firstError(h); // includes closing the VM
        INFO(format(d));
        CHECK(d.where.file == h.path);
        CHECK((d.where.line == h.line || stoppedByClock(h, d.message)));
        CHECK(expected(h, d.message));
    }
    const auto took = std::chrono::steady_clock::now() - started;
    CHECK(took < std::chrono::duration<double>(test::kSlowdown));

    auto next = test::loadUsable(good);
    Session session(next.scenario, next.scripting, 1);
    session.choose("hello.greet");
    CHECK(session.node().id == "middle");
}

// The whole command a trainer runs, in a child process: `frontline lint FILE` ends by itself
// within 2 s, uses under 512 MB, and either fails with a file:line message or succeeds: never a
// crash, a hang or a runaway.
void checkLintSurvives(const Hostile& h) {
    const auto run = test::runCliIsolated({"lint", h.path}, 2.0 * test::kSlowdown);
    INFO(run.output);
    INFO("took " << run.seconds << " s, peak " << (run.peakKiB >> 10) << " MiB");
    REQUIRE(run.finished);
    CHECK(run.signal == 0);
    CHECK(run.peakKiB < 512 * 1024);
    // What the stage refuses, lint refuses too, at the same line: a failure on a route the
    // explorer walks is an error, never "0 errors".
    const std::string at = fs::path(h.path).filename().string() + ":" + std::to_string(h.line);
    if (h.stage != "harmless") {
        CHECK(run.code != 0);
        // A text function fails where a guessing walk renders it: lint quotes it in that error.
        CHECK_THAT(run.output, Catch::Contains(at + ": ") && Catch::Contains(": error: "));
    } else if (run.code != 0) {
        CHECK_THAT(run.output, Catch::Contains(": error: "));
    }
}

// Two named tests per script in tests/hostile.
const bool kHostileRegistered = [] {
    for (Hostile& h : corpus()) {
        const std::string name = fs::path(h.path).filename().string();
        test::registerTest("Hostile script is refused: " + name, "[sandbox][hostile]",
                           [h] { checkHostile(h); });
        test::registerTest("Hostile script cannot crash, hang or starve lint: " + name,
                           "[sandbox][hostile][isolated]", [h] { checkLintSurvives(h); });
    }
    return true;
}();

} // namespace

TEST_CASE("A budget stop cannot be swallowed: the VM raises again until the host's call ends",
          "[sandbox]") {
    script::Vm vm("sticky.lua");
    const auto failure = vm.run(
        "local n = 0\nwhile true do\n  pcall(function() while true do n = n + 1 end end)\nend\n");
    REQUIRE(failure);
    CHECK_THAT(failure->message, Catch::Contains("instruction budget"));
    // After the host's call returns the budget is fresh: the same VM runs new code.
    CHECK_FALSE(vm.run("x = 1"));
}

TEST_CASE("A memory bomb is stopped at the cap and the VM stays usable", "[sandbox]") {
    script::Limits limits;
    limits.memoryBytes = 8u << 20;
    script::Vm vm("bomb.lua", limits);
    const auto failure = vm.run("local t = {}\nfor i = 1, 1e9 do t[i] = i .. ('x'):rep(64) end\n");
    REQUIRE(failure);
    CHECK(failure->where.line == 2);
    CHECK_THAT(failure->message, Catch::Contains("memory limit (8 MiB)"));
    CHECK(vm.bytesInUse() <= limits.memoryBytes);
    CHECK_FALSE(vm.run("local ok = {} for i = 1, 100 do ok[i] = i end"));
}

TEST_CASE("Precompiled bytecode is refused even when handed over as the file itself", "[sandbox]") {
    const std::string bytecode = std::string("\x1bLua\x54\x00", 6) + std::string(64, '\0');
    auto loaded = test::loadText(bytecode, "binary.lua");
    REQUIRE_FALSE(loaded.usable());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics[0].where.line == 1);
    CHECK_THAT(loaded.diagnostics[0].message, Catch::Contains("binary chunk"));
}

TEST_CASE("A file over the size limit is refused before it is parsed", "[sandbox]") {
    const std::string huge(script::kMaxSourceBytes + 1, ' ');
    auto loaded = test::loadText(huge, "huge.lua");
    REQUIRE_FALSE(loaded.usable());
    CHECK_THAT(loaded.diagnostics.at(0).message, Catch::Contains("too large"));
    CHECK(loaded.diagnostics.at(0).where.line == 1);
}

TEST_CASE("The sandbox offers the documented safe library and nothing else", "[sandbox]") {
    script::Vm vm("probe.lua");
    const char* present = R"(
assert(type(string.find) == "function" and type(string.format) == "function")
assert(type(table.concat) == "function" and type(math.floor) == "function")
assert(type(utf8.char) == "function" and type(pairs) == "function")
assert(("hello world"):find("o w") == 5)          -- plain search
assert(("a.b"):find(".", 1) == 2)                  -- '.' is just a dot
assert(("ab"):rep(3, "-") == "ab-ab-ab")
assert(_G == _ENV)
)";
    CHECK_FALSE(vm.run(present));
    for (const char* absent :
         {"io", "os", "require", "load", "loadfile", "dofile", "debug", "coroutine",
          "collectgarbage", "package", "string.dump", "string.match", "string.gsub",
          "string.gmatch", "table.move", "math.randomseed"}) {
        CAPTURE(absent);
        const std::string probe = std::string("assert(") + absent + " == nil)";
        CHECK_FALSE(vm.run(probe));
    }
}

TEST_CASE("math.random draws from the seeded source, the same for the same seed",
          "[sandbox][determinism]") {
    auto draw = [](std::uint64_t seed) {
        script::Vm vm("rng.lua");
        Rng rng(seed);
        vm.useRandom(&rng);
        CHECK_FALSE(vm.run("result = math.random(1, 1000000)"));
        return rng.state();
    };
    CHECK(draw(7) == draw(7));
    CHECK(draw(7) != draw(8));
}
