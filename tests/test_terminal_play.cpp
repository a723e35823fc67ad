// Terminal play as a learner (and a screen-reader user) meets it: counts in words that agree, undo
// that explains itself, a menu that resumes and comes back after each scenario, and a short
// debrief with no internal ids unless every finding is asked for.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;
const std::string kKettle = frontline::test::library("library/faulty-kettle.lua");

using frontline::test::Scratch;

// One step that takes one minute: every count in the result is 1.
const char* const kOneStep = R"(scenario {
  id = "plural.one", title = "One step", brief = "A short one.",
  organisation = "brightmart", role = "Assistant", level = 1, minutes = 1,
  topics = { "testing" },
  customer = { name = "Sam Lee", look = "young-man", mood = 50 },
  start = "hello",
}

node "hello" {
  customer = "Hello.",
  choice { "Hello, how can I help?", id = "greet", go = "done", minutes = 1,
           credit = "heat.hear", why = "A greeting opens the door." },
}

ending "done" { kind = "resolved", customer = "Thanks.", summary = "Greeted and sorted." }
)";

// Two steps, so one choice and a quit leave an attempt unfinished; `first` names the first choice.
std::string twoSteps(const std::string& first) {
    return R"(scenario {
  id = "plural.two", title = "Two steps", brief = "A short one.",
  organisation = "brightmart", role = "Assistant", level = 1, minutes = 2,
  topics = { "testing" },
  customer = { name = "Sam Lee", look = "young-man", mood = 50 },
  start = "hello",
}

node "hello" {
  customer = "Hello.",
  choice { "Hello, how can I help?", id = ")" +
           first + R"(", go = "next", credit = "heat.hear", why = "A greeting." },
}

node "next" {
  customer = "It's broken.",
  choice { "Let's look.", id = "look", go = "done", why = "Looking." },
}

ending "done" { kind = "resolved", customer = "Thanks.", summary = "Sorted." }
)";
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1))
        ++n;
    return n;
}

// The menu runs with its records in `data`, so only this test's attempts are offered.
frontline::test::CliRun menu(const Scratch& data, const std::string& scenarios,
                             const std::string& input) {
    return frontline::test::runCli(
        {"--scenarios", scenarios, "--data-dir", (data.dir / "records").string()}, input);
}

// The lines of `text` from the one starting with `heading` up to the next blank line.
std::vector<std::string> section(const std::string& text, const std::string& heading) {
    std::vector<std::string> lines;
    const auto at = text.find("\n" + heading + "\n");
    if (at == std::string::npos) return lines;
    std::istringstream in(text.substr(at + heading.size() + 2));
    for (std::string line; std::getline(in, line) && !line.empty();)
        lines.push_back(line);
    return lines;
}

// Every internal id of the kettle a learner must never read: choice ids ("arrives.listen"),
// ending and node ids written with an underscore ("sent_away"), and the principle ids its routes
// credit or breach ("cra.retailer-liable").
std::set<std::string> kettleIds() {
    const auto loaded = frontline::test::loadUsable(kKettle);
    std::set<std::string> ids;
    for (const auto& node : loaded.scenario->nodes) {
        if (node.id.find('_') != std::string::npos) ids.insert(node.id);
        for (const auto& choice : node.choices)
            ids.insert(choice.id);
        for (const auto& list : {node.credit, node.breach})
            ids.insert(list.begin(), list.end());
    }
    for (const auto& route :
         {frontline::test::kettleBest(), std::vector<std::string>{"arrives.manufacturer"}}) {
        const auto session = frontline::test::play(loaded, route);
        for (const auto& e : session.evidence())
            ids.insert(e.principle);
    }
    return ids;
}

} // namespace

TEST_CASE("Terminal play counts in words that agree: 1 minute, 1 choice, a lone choice's prompt",
          "[cli][terminal-play]") {
    const Scratch scratch("terminal-play");
    const auto one = frontline::test::runCli(
        {"play", scratch.write("one.lua", kOneStep), "--scenarios", kLibrary, "--no-record"},
        "x\n1\n");
    INFO(one.out << one.err);
    REQUIRE(one.code == 0);
    CHECK_THAT(one.out, Catch::Contains("Time taken: 1 minute. 1 choice made."));
    CHECK_THAT(one.out, Catch::Contains("Your choice (1, q to quit): "));
    CHECK_THAT(one.out, Catch::Contains("\"x\" is not one of the choices. Type 1, or q to quit."));
    CHECK_THAT(one.out, !Catch::Contains("1 minutes") && !Catch::Contains("1 choices"));

    const auto two = frontline::test::runCli({"play", kKettle, "--choose", "3,1", "--no-record"});
    CHECK_THAT(two.out, Catch::Contains("2 choices made."));
}

TEST_CASE("u at the first step says there is nothing to undo yet", "[cli][terminal-play]") {
    const auto first = frontline::test::runCli({"play", kKettle, "--no-record"}, "u\nq\n");
    INFO(first.out);
    CHECK_THAT(first.out,
               Catch::Contains("  Nothing to undo yet. Type a number from 1 to 3, or q to quit."));
    CHECK_THAT(first.out, !Catch::Contains("is not one of the choices"));

    const auto assessed =
        frontline::test::runCli({"play", kKettle, "--assessment", "--no-record"}, "u\nq\n");
    CHECK_THAT(assessed.out, Catch::Contains("There is no undo in assessment mode."));
    CHECK_THAT(assessed.out, !Catch::Contains("Nothing to undo yet"));
}

TEST_CASE("The menu offers the learner's unfinished attempt and r resumes it",
          "[cli][terminal-play][records]") {
    const Scratch data("terminal-play");
    const auto listed = menu(data, kLibrary, "q\n");
    const auto at = listed.out.find(". The kettle that stopped heating\n");
    REQUIRE(at != std::string::npos);
    const std::string kettle =
        listed.out.substr(listed.out.rfind(' ', at) + 1, at - listed.out.rfind(' ', at) - 1);
    CHECK_THAT(listed.out, !Catch::Contains("r. Resume"));

    // One choice, then quit: the attempt is kept, and the menu (not a flag) is said to offer it.
    const auto left = menu(data, kLibrary, kettle + "\n2\nq\n\nq\n");
    INFO(left.out << left.err);
    CHECK_THAT(left.out, Catch::Contains("unfinished: the menu offers to resume it."));
    CHECK_THAT(left.out, !Catch::Contains("--resume"));
    CHECK_THAT(left.out, Catch::Contains("  r. Resume: The kettle that stopped heating, step 2\n"));
    CHECK_THAT(left.out, Catch::Contains(", r to resume, q to quit): "));

    const auto resumed = menu(data, kLibrary, "r\n1\nq\nq\n");
    INFO(resumed.out << resumed.err);
    CHECK(resumed.code == 0);
    CHECK_THAT(resumed.out, Catch::Contains("Resuming your attempt from "));
    CHECK_THAT(resumed.out, Catch::Contains("1 of 1 choice replayed."));
    CHECK_THAT(resumed.out,
               Catch::Contains("  r. Resume: The kettle that stopped heating, step 2"));
    CHECK_THAT(resumed.out, !Catch::Contains("--resume"));
    // It carried on the same attempt: two choices are now made, and the menu offers step 3.
    const auto again = menu(data, kLibrary, "q\n");
    CHECK_THAT(again.out, Catch::Contains("  r. Resume: The kettle that stopped heating, step 3"));
    // Picking the scenario by number starts afresh; the menu already offered the old attempt, so
    // no flag is mentioned.
    const auto fresh = menu(data, kLibrary, kettle + "\nq\nq\n");
    CHECK_THAT(fresh.out, Catch::Contains("== The kettle that stopped heating =="));
    CHECK_THAT(fresh.out, !Catch::Contains("--resume"));
}

TEST_CASE("After a debrief from the menu, Enter goes back to the menu for the next scenario",
          "[cli][terminal-play]") {
    const Scratch data("terminal-play");
    const std::string mixed = frontline::test::fixture("mixed");
    const auto two = menu(data, mixed, "1\n1\n\n1\n1\nq\n");
    INFO(two.out << two.err);
    CHECK(two.code == 0);
    CHECK(count(two.out, "Frontline: choose a scenario to play.") == 2);
    CHECK(count(two.out, "== Debrief: ") == 2);
    CHECK(count(two.out, "Enter for the menu, f for every finding, q to quit: ") == 2);

    const auto full = menu(data, mixed, "1\n1\nf\nq\n");
    CHECK_THAT(full.out, Catch::Contains("WHAT YOU SHOWED, AND WHAT THE BEST ROUTE SHOWS"));
    CHECK(count(full.out, "Frontline: choose a scenario to play.") == 1);

    const auto stray = menu(data, mixed, "1\n1\nzz\n"); // then the input ends: no hang
    CHECK(stray.code == 0);
    CHECK_THAT(stray.out, Catch::Contains("\"zz\" is not one of those."));
}

TEST_CASE("The debrief is short by default: grade, ending title, three to work on, three done "
          "well, no internal ids, and --full gives every finding",
          "[cli][terminal-play]") {
    const auto bad = frontline::test::runCli({"play", kKettle, "--choose", "3,1", "--no-record"});
    INFO(bad.out);
    REQUIRE(bad.code == 0);
    CHECK_THAT(bad.out, Catch::Contains("== Ending: The customer was lost ==\nJoan was sent"));
    CHECK_THAT(bad.out, Catch::Contains("== Debrief: Refer (0%) =="));
    const auto work = section(bad.out, "To work on:");
    REQUIRE_FALSE(work.empty());
    CHECK(work.size() <= 3);
    CHECK_THAT(work[0], Catch::Contains("Consumer Rights Act 2015"));
    CHECK_THAT(work[0], Catch::Contains(": breached at step 2, -6 points"));
    CHECK_THAT(bad.out, !Catch::Contains("WHAT YOU SHOWED"));
    CHECK_THAT(bad.out, Catch::Contains("add --full for every finding"));

    const auto best = frontline::test::runCli(
        {"play", kKettle, "--no-record", "--choose-ids",
         "arrives.listen,describe.test-it,tested.ask-proof,no_receipt.accept-app,options.offer-"
         "rights,choose.your-choice,wants_replacement.replace-properly,wrap_up.log"});
    INFO(best.out);
    const auto well = section(best.out, "Done well:");
    REQUIRE(well.size() == 3);
    for (const auto& line : well) {
        CHECK_THAT(line, Catch::StartsWith("  \u2713 "));
        CHECK_THAT(line, Catch::Contains(" points") && Catch::Contains("("));
    }

    const auto full =
        frontline::test::runCli({"play", kKettle, "--choose", "3,1", "--no-record", "--full"});
    CHECK_THAT(full.out, Catch::Contains("WHAT YOU SHOWED, AND WHAT THE BEST ROUTE SHOWS"));
    CHECK(count(full.out, "\n") > count(bad.out, "\n") + 20);

    for (const auto& id : kettleIds()) {
        INFO(id);
        CHECK_THAT(bad.out, !Catch::Contains(id));
        CHECK_THAT(best.out, !Catch::Contains(id));
        CHECK_THAT(full.out, !Catch::Contains(id));
    }
}

TEST_CASE("Resuming after the scenario changed says after how many choices replay stopped, with no "
          "ids",
          "[cli][terminal-play][records]") {
    const Scratch scratch("terminal-play");
    const std::string file = scratch.write("two.lua", twoSteps("greet_first"));
    const std::string data = (scratch.dir / "records").string();
    const std::vector<std::string> common{"--scenarios", kLibrary, "--data-dir", data};
    auto args = [&](std::vector<std::string> more) {
        more.insert(more.begin(), file);
        more.insert(more.begin(), "play");
        more.insert(more.end(), common.begin(), common.end());
        return more;
    };
    REQUIRE(frontline::test::runCli(args({}), "1\nq\n").code == 0);
    scratch.write("two.lua", twoSteps("wave_first")); // the stored choice no longer exists
    const auto resumed = frontline::test::runCli(args({"--resume"}), "q\n");
    INFO(resumed.out << resumed.err);
    REQUIRE(resumed.code == 0);
    CHECK_THAT(resumed.out, Catch::Contains("The scenario has changed since: replay stopped after "
                                            "0 choices. You continue from there."));
    CHECK_THAT(resumed.out, !Catch::Contains("greet_first") && !Catch::Contains("'hello'"));
}

TEST_CASE("A scenario stuck with no choice on offer says so without naming its node",
          "[cli][terminal-play]") {
    const Scratch scratch("terminal-play");
    const std::string file = scratch.write("stuck.lua", R"(scenario {
  id = "stuck.one", title = "Stuck", brief = "B.",
  organisation = "brightmart", role = "Assistant", level = 1, minutes = 2,
  topics = { "testing" },
  customer = { name = "Sam Lee", look = "young-man", mood = 50 },
  start = "hello_there",
}

node "hello_there" {
  customer = "Hello.",
  choice { "Only when flagged", id = "flagged", when = "never_set", go = "done", why = "W." },
}

ending "done" { kind = "resolved", customer = "Thanks.", summary = "Sorted." }
)");
    const auto r =
        frontline::test::runCli({"play", file, "--scenarios", kLibrary, "--no-record"}, "");
    INFO(r.out << r.err);
    REQUIRE(r.code == 0);
    CHECK_THAT(r.out,
               Catch::Contains("(No choice is on offer here: the scenario is stuck. Tell its "
                               "author.)"));
    CHECK_THAT(r.out, !Catch::Contains("hello_there"));
}
