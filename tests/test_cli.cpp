// The command line, driven in-process: scripted and interactive play, lint, list, help.
#include "cli/cli.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <sstream>

namespace {

frontline::test::CliRun cli(const std::vector<std::string>& args, const std::string& input = "") {
    return frontline::test::runCli(args, input);
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++n;
    return n;
}

const std::string kKettle = frontline::test::library("library/faulty-kettle.lua");
const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

} // namespace

TEST_CASE("play --choose runs without input and prints the conversation and result",
          "[cli][play]") {
    const auto r = cli({"play", kKettle, "--choose", "3,1"});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("== The kettle that stopped heating =="));
    CHECK_THAT(r.out, Catch::Contains("Joan Patel: \"Hello. I bought this kettle"));
    CHECK_THAT(r.out,
               Catch::Contains("You: \"I'm sorry to hear that. Small appliances like kettles "
                               "are covered by the maker's guarantee"));
    CHECK_THAT(r.out, Catch::Contains("Why: Joan's contract is with Brightmart"));
    CHECK_THAT(r.out, Catch::Contains("== Ending: The customer was lost =="));
    CHECK_THAT(r.out, Catch::Contains("To work on:\n  \u2717 The seller is responsible"));
}

TEST_CASE("play --json is deterministic and names every step", "[cli][play][determinism]") {
    const auto a = cli({"play", kKettle, "--choose", "2,1,2,3", "--json", "--seed", "9"});
    const auto b = cli({"play", kKettle, "--choose", "2,1,2,3", "--json", "--seed", "9"});
    REQUIRE(a.code == 0);
    CHECK(a.out == b.out);
    const auto j = nlohmann::json::parse(a.out);
    CHECK(j["scenario"] == "brightmart.faulty-kettle");
    CHECK(j["seed"] == 9);
    CHECK(j["steps"].size() == 4);
    CHECK(j["steps"][0]["choice"] == "arrives.listen");
    CHECK(j["finished"] == false);
    CHECK(j["evidence"].size() > 0);
}

TEST_CASE("A scenario id from the library works wherever a file does", "[cli][play]") {
    const auto byId = cli(
        {"play", "brightmart.faulty-kettle", "--scenarios", kLibrary, "--choose", "3,1", "--json"});
    const auto byPath = cli({"play", kKettle, "--choose", "3,1", "--json"});
    REQUIRE(byId.code == 0);
    CHECK(byId.out == byPath.out);
    const auto typo = cli({"play", "brightmart.faulty-kettel", "--scenarios", kLibrary});
    CHECK(typo.code == 1);
    CHECK_THAT(typo.err, Catch::Contains("did you mean 'brightmart.faulty-kettle'?"));
}

TEST_CASE("A choice number that is not on offer is an error, not a crash", "[cli][play]") {
    const auto r = cli({"play", kKettle, "--choose", "2,7"});
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains(
                          "--choose step 2: there is no choice 7 at node 'describe' (4 on offer)"));
}

TEST_CASE("Playing by choice ids stops at an id that is not on offer and says where",
          "[cli][play]") {
    const auto r = cli({"play", kKettle, "--choose-ids", "arrives.listen,describe.gone"});
    CHECK(r.code == 1);
    CHECK_THAT(r.err,
               Catch::Contains("step 2, node 'describe': choice 'describe.gone' no longer exists"));
    // A real choice of another node: the route went elsewhere, and the message says where.
    const auto off = cli({"play", kKettle, "--choose-ids", "arrives.listen,options.offer-rights"});
    CHECK(off.code == 1);
    CHECK_THAT(off.err, Catch::Contains("choice 'options.offer-rights' belongs to node 'options': "
                                        "the route reached 'describe' instead"));
}

TEST_CASE("Interactive play answers nonsense with a message and asks again",
          "[cli][play][prompt]") {
    const auto r = cli({"play", kKettle}, "a\n0\n99\n\n  3 \n1\n");
    INFO(r.out);
    REQUIRE(r.code == 0);
    CHECK(count(r.out, "is not one of the choices") == 4);
    CHECK_THAT(r.out,
               Catch::Contains(
                   "\"a\" is not one of the choices. Type a number from 1 to 3, or q to quit."));
    CHECK_THAT(r.out, Catch::Contains("== Ending: The customer was lost =="));
}

TEST_CASE("Interactive play: u undoes in practice mode, q quits, end of input stops",
          "[cli][play][prompt]") {
    const auto undo = cli({"play", kKettle}, "3\nu\n2\nq\n");
    CHECK(undo.code == 0);
    CHECK_THAT(undo.out, Catch::Contains("-- Undone. Back at the previous choice. --"));
    CHECK_THAT(undo.out, Catch::Contains("You: \"Oh no, that's the last thing you need."));
    CHECK_THAT(undo.out, Catch::Contains("== Stopped before an ending =="));

    const auto eof = cli({"play", kKettle}, "2\n");
    CHECK(eof.code == 0);
    CHECK_THAT(eof.out, Catch::Contains("== Stopped before an ending =="));
}

TEST_CASE("Assessment mode shows no feedback and offers no undo", "[cli][play][prompt]") {
    const auto r = cli({"play", kKettle, "--assessment"}, "2\nu\nq\n");
    CHECK(r.code == 0);
    CHECK_THAT(r.out, !Catch::Contains("Why:"));
    CHECK_THAT(r.out, Catch::Contains("There is no undo in assessment mode. Type a number"));
    CHECK_THAT(r.out, Catch::Contains("assessment (no feedback, no undo)"));
}

TEST_CASE("lint exits 0 on the bundled library and 1 with file:line on a broken file",
          "[cli][lint]") {
    const auto good = cli({"lint", kLibrary});
    CHECK(good.code == 0);
    CHECK_THAT(good.out, Catch::Contains("files checked: 0 errors, 0 warnings"));

    const auto bad = cli({"lint", frontline::test::fixture("mixed")});
    CHECK(bad.code == 1);
    CHECK_THAT(bad.out, Catch::Contains(
                            "mixed/a-broken.lua:3: error: script exceeded its instruction budget"));
    CHECK_THAT(bad.out, Catch::Contains("4 files checked: 1 error, 0 warnings"));

    const auto missing = cli({"lint", "no/such/path"});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.out, Catch::Contains("no/such/path: error: no such file or folder"));
}

TEST_CASE("A hostile scenario played from the command line fails with file:line, exit 1",
          "[cli][play]") {
    const auto r =
        cli({"play", std::string(FRONTLINE_TEST_DATA) + "/hostile/infinite_loop_in_text.lua"});
    CHECK(r.code == 1);
    CHECK_THAT(r.err, Catch::Contains(
                          "infinite_loop_in_text.lua:6: script exceeded its instruction budget"));
}

TEST_CASE("list shows every good scenario and the broken ones apart", "[cli][list]") {
    const auto r = cli({"list", frontline::test::fixture("mixed")});
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("mixed.one") && Catch::Contains("mixed.two") &&
                          Catch::Contains("mixed.three"));
    CHECK(count(r.out, "\n") == 4); // header + three scenarios
    CHECK_THAT(r.err, Catch::Contains("not loaded: ") && Catch::Contains("a-broken.lua:3"));

    const auto library = cli({"list", "--scenarios", kLibrary});
    CHECK_THAT(library.out,
               Catch::Contains("brightmart.faulty-kettle") && Catch::Contains("consumer-rights"));
}

TEST_CASE("Help works on every command", "[cli]") {
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"--help"}, {"play", "--help"}, {"lint", "--help"}, {"list", "--help"}}) {
        const auto r = cli(args);
        CAPTURE(args);
        CHECK(r.code == 0);
        CHECK_THAT(r.out, Catch::Contains("--scenarios"));
    }
    const auto bad = cli({"play", "--no-such-flag"});
    CHECK(bad.code != 0);
}

TEST_CASE("With no command, the learner picks a scenario from the library and plays it",
          "[cli][play][prompt]") {
    const auto r = cli({"--scenarios", frontline::test::fixture("mixed")}, "x\n1\n1\n");
    INFO(r.out);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("Frontline: choose a scenario to play."));
    CHECK_THAT(r.out, Catch::Contains("Type a number from 1 to 3, or q to quit."));
    CHECK_THAT(r.out, Catch::Contains("== Ending: Resolved =="));
}

namespace {

struct WindowCall {
    int code = 0;
    std::string out, err;
    std::optional<frontline::cli::WindowRequest> request;
};

// Runs the command line with a stand-in window that records what it was asked for, and either
// "opens" (returns 0) or reports that no display exists.
WindowCall withWindow(std::vector<std::string> args, bool displayExists,
                      const std::string& input = "q\n") {
    args.insert(args.begin(), "frontline");
    std::istringstream in(input);
    std::ostringstream out, err;
    WindowCall call;
    const frontline::cli::WindowLauncher window = [&](const frontline::cli::WindowRequest& r,
                                                      std::string& why) -> std::optional<int> {
        call.request = r;
        if (displayExists) return 0;
        why = "no display (test)";
        return std::nullopt;
    };
    call.code = frontline::cli::run(args, in, out, err, window);
    call.out = out.str();
    call.err = err.str();
    return call;
}

} // namespace

TEST_CASE("No command opens the window with the options given", "[cli][window]") {
    const auto r = withWindow({"--screen", "play", "--scenario", "brightmart.faulty-kettle",
                               "--choose", "2,1", "--size", "800x600", "--scale", "2.5", "--theme",
                               "high-contrast", "--screenshot", "out.png", "--dyslexic-font"},
                              true);
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(r.request);
    CHECK(r.request->screen == "play");
    CHECK(r.request->scenario == "brightmart.faulty-kettle");
    CHECK(r.request->choose == std::vector<int>{2, 1});
    CHECK(r.request->width == 800);
    CHECK(r.request->height == 600);
    CHECK(r.request->scale == 2.5f);
    CHECK(r.request->theme == "high-contrast");
    CHECK(r.request->screenshot == "out.png");
    CHECK(r.request->dyslexicFont);
    CHECK_FALSE(r.request->scenariosDir.empty());
}

TEST_CASE("A scenario file given alone opens on the author's map, and a missing one is refused",
          "[cli][window]") {
    const std::string file = frontline::test::library("library/faulty-kettle.lua");
    const auto r = withWindow({file}, true);
    INFO(r.err);
    REQUIRE(r.code == 0);
    REQUIRE(r.request);
    CHECK(r.request->file == file);
    CHECK(r.request->screen == "author");
    // Another screen when asked for.
    const auto play = withWindow({file, "--screen", "play"}, true);
    REQUIRE(play.request);
    CHECK(play.request->screen == "play");
    const auto missing = withWindow({"no/such/file.lua"}, true);
    CHECK(missing.code == 1);
    CHECK_FALSE(missing.request);
    CHECK_THAT(missing.err, Catch::Contains("no/such/file.lua is not a file"));
}

TEST_CASE("Without a display, no command falls back to terminal play with one line",
          "[cli][window]") {
    const auto r = withWindow({}, false);
    CHECK(r.code == 0);
    CHECK(r.err == "frontline: no display (test); playing in the terminal instead.\n");
    CHECK_THAT(r.out, Catch::Contains("Frontline: choose a scenario to play."));

    const auto shot = withWindow({"--screenshot", "x.png"}, false);
    CHECK(shot.code == 1);
    CHECK_THAT(shot.err, Catch::Contains("cannot render a screenshot: no display (test)"));
}

TEST_CASE("Window options out of range are refused before any window opens", "[cli][window]") {
    for (const auto& bad : std::vector<std::vector<std::string>>{
             {"--size", "10x10"}, {"--size", "wide"}, {"--size", "800x600x2"}}) {
        const auto r = withWindow(bad, true);
        CHECK(r.code == 1);
        CHECK_THAT(r.err, Catch::Contains("--size must be WxH"));
        CHECK_FALSE(r.request);
    }
    CHECK(withWindow({"--theme", "neon"}, true).code != 0);
    CHECK(withWindow({"--scale", "9"}, true).code != 0);
}

TEST_CASE("frontline graph prints the map as DOT: endings by kind, unreachable grey, errors red, "
          "computed gos dashed",
          "[cli][graph]") {
    const auto r = cli({"graph", frontline::test::fixture("graph/map.lua"), "--scenarios",
                        frontline::test::fixture("scoring")});
    REQUIRE(r.code == 0);
    const std::string& dot = r.out;
    CHECK_THAT(dot,
               Catch::StartsWith("digraph \"t.map\" {\n  graph [label=\"Map \\\"fixture\\\"\""));
    CHECK_THAT(dot, Catch::EndsWith("}\n"));
    CHECK_THAT(dot, Catch::Contains("\"a\" [label=\"a\\nHello\", penwidth=3];")); // the start
    CHECK_THAT(dot, Catch::Contains("\"lonely\" [label=\"lonely\\nNobody comes here\", "
                                    "fillcolor=\"#dddddd\""));
    CHECK_THAT(dot, Catch::Contains("\"boom\" [label=\"boom\\nBoom\", color=\"#d00000\""));
    CHECK_THAT(dot, Catch::Contains("\"end\" [label=\"end\\nOver.\\n(escalated)\", peripheries=2, "
                                    "fillcolor=\"#ffe08a\"]"));
    CHECK_THAT(dot, Catch::Contains("\"a\" -> \"b\" [label=\"route\", style=dashed];"));
    CHECK_THAT(dot, Catch::Contains("\"a\" -> \"c\" [label=\"route\", style=dashed];"));
    CHECK_THAT(dot, Catch::Contains("\"a\" -> \"?\" [label=\"anywhere\", style=dashed];"));
    CHECK_THAT(dot, Catch::Contains("\"a\" -> \"boom\" [label=\"interrupt\", color=\"#c0392b\""));
    CHECK_THAT(dot, Catch::Contains("\"b\" -> \"end\" [label=\"done\"];"));

    const auto missing = cli({"graph", "no.such-scenario"});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("no.such-scenario"));
}

TEST_CASE("routes prints each route's transcript, rendered for that route, with its grade",
          "[cli][routes]") {
    const auto r = cli({"routes", frontline::test::fixture("scoring-example/call-back.lua"),
                        "--scenarios", frontline::test::fixture("scoring")});
    INFO(r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("--- Route 1 of 5\n"));
    CHECK_THAT(r.out,
               Catch::Contains("   1. You [a.listen]: \"Let them explain\"\n      +t.listen"));
    CHECK_THAT(r.out, Catch::Contains("--- Route 2 of 5 (steps 1-1 as route 1)"));
    CHECK_THAT(r.out,
               Catch::Contains("   2. You [b.form]: \"Just fill in the form\"\n     Sam: \"So "
                               "what now?\"\n     ... from here every way on reads as "
                               "listed from route 1 after its step 1."));
    CHECK_THAT(r.out, Catch::Contains("== Ending 'walked' (lost): Refunded, but they will not "
                                      "come back.\n     Grade: Pass (100%"));
    CHECK_THAT(r.out, Catch::Contains("5 routes: 3 to an ending, 2 join an earlier route"));
    CHECK_THAT(r.out,
               Catch::Contains("Endings of the routes printed to an ending: done 2, walked 1"));
    const auto summary = cli({"routes", frontline::test::fixture("scoring-example/call-back.lua"),
                              "--scenarios", frontline::test::fixture("scoring"), "--summary"});
    CHECK(count(summary.out, " -> ") == 5);
    CHECK_THAT(summary.out, Catch::Contains("a.interrupt,b.sorry -> as route 1 after its step 1"));
    const auto limited = cli({"routes", frontline::test::fixture("scoring-example/call-back.lua"),
                              "--scenarios", frontline::test::fixture("scoring"), "--limit", "3"});
    CHECK(limited.code == 1);
    CHECK_THAT(limited.out, Catch::Contains("Stopped at 3 routes (--limit); more exist."));
    // Every distinct line once, under its node, with the first route saying it.
    const auto lines = cli({"routes", frontline::test::fixture("scoring-example/call-back.lua"),
                            "--scenarios", frontline::test::fixture("scoring"), "--lines"});
    CHECK(lines.code == 0);
    CHECK_THAT(lines.out, Catch::Contains("12 distinct lines"));
    CHECK_THAT(lines.out, Catch::Contains("Node 'b'\n  customer: \"Can I finish?\"\n      (route "
                                          "4; on 2 routes)\n"));
    CHECK_THAT(lines.out, Catch::Contains("Ending 'walked'\n  Summary: \"Refunded, but they will "
                                          "not come back.\"\n      (route 2; on 1 route)"));
    CHECK(count(lines.out, "\"So what now?\"") == 1);
}

TEST_CASE("explore calibrates: per principle the best and worst grade of a route breaching it, per "
          "ending the best grade, each route replaying to the grade printed",
          "[cli][calibration]") {
    const frontline::test::CliRun run =
        frontline::test::runCli({"explore", "brightmart.faulty-kettle"});
    REQUIRE(run.code == 0);
    CHECK_THAT(run.out, Catch::Contains("When a principle is breached"));
    CHECK_THAT(run.out, Catch::Contains("Best grade that reaches each ending:"));
    // Every route printed, replayed, grades as the line above it says.
    std::istringstream lines(run.out);
    std::string line, grade;
    int replayed = 0;
    while (std::getline(lines, line) && line.rfind("When a principle is breached", 0) != 0) {
    }
    while (std::getline(lines, line)) {
        const auto at = line.find("--choose-ids ");
        const auto percent = line.find("%)");
        if (at == std::string::npos) {
            if (percent != std::string::npos) grade = line; // the grades the routes below show
            continue;
        }
        const bool worst = line.find("worst --choose-ids") != std::string::npos;
        const bool best = line.find("best  --choose-ids") != std::string::npos;
        const std::string ids = line.substr(at + 13);
        const frontline::test::CliRun play = frontline::test::runCli(
            {"play", "brightmart.faulty-kettle", "--choose-ids", ids, "--full"});
        REQUIRE(play.code == 0);
        const auto head = play.out.find("== Debrief: ");
        REQUIRE(head != std::string::npos);
        const std::string said = play.out.substr(head + 12, play.out.find(" ==", head) - head - 12);
        INFO(line << "\n" << grade);
        // The grade line holds "best G (P%) ... worst G (P%)" or, for an ending, one grade.
        if (worst)
            CHECK(grade.substr(grade.find(" worst ") + 7) == said);
        else if (best)
            CHECK(grade.find("best " + said) != std::string::npos);
        else
            CHECK(grade.find(said) != std::string::npos);
        ++replayed;
    }
    CHECK(replayed > 10);
}
