// Transcript tests (issue 21): NAME.transcript beside a scenario lists a learner's choices and
// what must be seen on the way; `frontline test` plays each and shows a diff where it differs.
#include "support.hpp"

#include "core/explorer.hpp"
#include "core/transcripts.hpp"
#include "script/library.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

using namespace frontline;

namespace {

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

// A scenario with its rubric and best achievable, loaded once per test binary.
struct Loaded {
    std::shared_ptr<const Scenario> scenario;
    std::shared_ptr<Scripting> scripting;
    Rubric rubric;
    int best = 0;
};

Loaded loadFrom(const script::Library& library, const std::string& id) {
    const script::LoadedFile* file = library.find(id);
    REQUIRE(file != nullptr);
    Loaded out{file->scenario, file->scripting, library.rubric, 0};
    out.best = explore(out.scenario, out.scripting, out.rubric).bestPoints();
    return out;
}

// t.scoring: a -> b -> c -> done, best a.listen,b.verify,c.refund (Distinction, 20 points).
const Loaded& scoring() {
    static const script::Library library = script::loadLibrary({test::fixture("scoring")});
    static const Loaded loaded = loadFrom(library, "t.scoring");
    return loaded;
}

const Loaded& kettle() {
    static const script::Library library =
        script::loadLibrary({test::library("library/faulty-kettle.lua")}, {},
                            [] { return script::loadLibraryHeaders({kLibrary}); });
    static const Loaded loaded = loadFrom(library, "brightmart.faulty-kettle");
    return loaded;
}

TranscriptRun run(const std::string& text, const Loaded& on = scoring()) {
    const TranscriptFile file = parseTranscript(text, "t.transcript");
    INFO(test::messages(file.problems).size());
    for (const auto& m : test::messages(file.problems))
        UNSCOPED_INFO(m);
    REQUIRE(file.problems.empty());
    return runTranscript(file, on.scenario, on.scripting, on.rubric, on.best);
}

// The one failure of a one-test transcript, as `frontline test` prints it.
std::string failureOf(const std::string& text, const Loaded& on = scoring()) {
    const TranscriptRun r = run(text, on);
    REQUIRE(r.failures.size() == 1);
    CHECK(r.passed == 0);
    return failureText(r.failures.front(), "    ");
}

std::vector<std::string> problemsOf(const std::string& text) {
    return test::messages(parseTranscript(text, "t.transcript").problems);
}

bool anyContains(const std::vector<std::string>& lines, const std::string& fragment) {
    for (const auto& line : lines)
        if (line.find(fragment) != std::string::npos) return true;
    return false;
}

} // namespace

TEST_CASE("Every line form of a transcript is read", "[transcripts]") {
    const TranscriptFile file = parseTranscript("\xEF\xBB\xBF# a comment\r\n"
                                                "\n"
                                                "test: first   route\r\n"
                                                "seed: 7\n"
                                                "  customer:   Hello  \n"
                                                "offers: listen, a.interrupt\n"
                                                "choose: listen\n"
                                                "choose: \"Check  identity\"\n"
                                                "customer: ... refund ...\n"
                                                "customer: Can I ...\n"
                                                "customer: ... a refund?\n"
                                                "choose: c.refund\n"
                                                "ending: done\n"
                                                "grade: Distinction\n"
                                                "breach: t.listen\n"
                                                "Credit: t.law\n"
                                                "stop\n"
                                                "# after stop, only comments and a new test\n"
                                                "test: second\n"
                                                "choose: interrupt\n",
                                                "t.transcript");
    INFO(test::messages(file.problems).size());
    REQUIRE(file.problems.empty());
    REQUIRE(file.tests.size() == 2);
    const TranscriptTest& t = file.tests[0];
    CHECK(t.name == "first route");
    CHECK(t.line == 3);
    CHECK_FALSE(t.malformed);
    using Kind = TranscriptLine::Kind;
    REQUIRE(t.lines.size() == 13);
    CHECK(t.lines[0].kind == Kind::Seed);
    CHECK(t.lines[0].seed == 7);
    CHECK(t.lines[1].kind == Kind::Customer);
    CHECK(t.lines[1].value == "Hello");
    CHECK(t.lines[1].line == 5);
    CHECK_FALSE(t.lines[1].anyBefore);
    CHECK(t.lines[2].kind == Kind::Offers);
    CHECK(t.lines[2].ids == std::vector<std::string>{"listen", "a.interrupt"});
    CHECK(t.lines[3].kind == Kind::Choose);
    CHECK(t.lines[3].value == "listen");
    CHECK_FALSE(t.lines[3].quoted);
    CHECK(t.lines[4].quoted);
    CHECK(t.lines[4].value == "Check identity");
    CHECK(t.lines[4].written == "choose: \"Check identity\"");
    CHECK((t.lines[5].anyBefore && t.lines[5].anyAfter && t.lines[5].value == "refund"));
    CHECK((!t.lines[6].anyBefore && t.lines[6].anyAfter && t.lines[6].value == "Can I"));
    CHECK((t.lines[7].anyBefore && !t.lines[7].anyAfter && t.lines[7].value == "a refund?"));
    CHECK(t.lines[8].value == "c.refund");
    CHECK((t.lines[9].kind == Kind::Ending && t.lines[9].value == "done"));
    CHECK((t.lines[10].kind == Kind::Grade && t.lines[10].value == "Distinction"));
    CHECK((t.lines[11].kind == Kind::Breach && t.lines[11].value == "t.listen"));
    CHECK((t.lines[12].kind == Kind::Credit && t.lines[12].value == "t.law"));
    CHECK(file.tests[1].name == "second");
    CHECK(file.tests[1].lines.size() == 1);
    CHECK(transcriptPathFor("scenarios/library/faulty-kettle.lua") ==
          "scenarios/library/faulty-kettle.transcript");
    CHECK(transcriptPathFor("dir.v2/kettle") == "dir.v2/kettle.transcript");
}

TEST_CASE("A transcript that matches the route passes, every kind of line checked",
          "[transcripts]") {
    const TranscriptRun good = run("test: best route\n"
                                   "customer: Hello\n"
                                   "offers: interrupt, listen\n"
                                   "choose: listen\n"
                                   "credit: t.listen\n"
                                   "customer: My   kettle broke.\n"
                                   "choose: \"Check\"\n"
                                   "customer: Can I have ...\n"
                                   "customer: ... a refund?\n"
                                   "customer: ... have a ...\n"
                                   "offers: c.refund, repair, verified-refund\n"
                                   "choose: c.refund\n"
                                   "ending: done\n"
                                   "grade: Distinction\n"
                                   "credit: t.law\n"
                                   "\n"
                                   "test: interrupting costs a grade\n"
                                   "choose: interrupt\n"
                                   "breach: t.listen\n"
                                   "choose: verify\n"
                                   "choose: refund\n"
                                   "grade: Merit\n"
                                   "breach: t.listen\n");
    CHECK(good.passed == 2);
    CHECK(good.failed == 0);
    CHECK(good.failures.empty());
}

TEST_CASE("Each kind of mismatch fails its test with a diff of written against happened",
          "[transcripts]") {
    SECTION("the customer's line") {
        CHECK(failureOf("test: t\nchoose: listen\ncustomer: My toaster broke.\n") ==
              "t.transcript:3: test 't': the customer's line at node 'b' is not the one written\n"
              "      choose: listen\n"
              "    - customer: My toaster broke.\n"
              "    + customer: My kettle broke.\n");
        CHECK(failureOf("test: t\ncustomer: ... toaster ...\nchoose: listen\n") ==
              "t.transcript:2: test 't': the customer's line at node 'a' does not hold the words "
              "written\n"
              "    - customer: ... toaster ...\n"
              "    + customer: Hello\n");
        CHECK_THAT(failureOf("test: t\ncustomer: Hello there ...\nchoose: listen\n"),
                   Catch::Contains("+ customer: Hello\n"));
        CHECK_THAT(failureOf("test: t\ncustomer: ... Hello there\nchoose: listen\n"),
                   Catch::Contains("+ customer: Hello\n"));
    }
    SECTION("the choices on offer") {
        CHECK(failureOf("test: t\nchoose: listen\nchoose: verify\noffers: refund, repair\n") ==
              "t.transcript:4: test 't': the choices on offer at node 'c' are not the ones "
              "written; also on offer: verified-refund\n"
              "      choose: listen\n"
              "      choose: verify\n"
              "    - offers: refund, repair\n"
              "    + offers: refund, repair, verified-refund\n");
        CHECK_THAT(failureOf("test: t\nchoose: listen\nchoose: leak\noffers: refund, "
                             "verified-refund\n"),
                   Catch::Contains("not on offer: verified-refund; also on offer: repair"));
    }
    SECTION("a choice not on offer says which were") {
        CHECK(failureOf("test: t\nchoose: listen\nchoose: shout\n") ==
              "t.transcript:3: test 't': choice 'shout' is not on offer at node 'b' (choice 2): "
              "the scenario has no such choice\n"
              "      choose: listen\n"
              "    - choose: shout\n"
              "    + offers: verify, leak\n");
        CHECK_THAT(failureOf("test: t\nchoose: refund\n"),
                   Catch::Contains("choice 'refund' is not on offer at node 'a' (choice 1): it "
                                   "is a choice at node 'c'"));
        CHECK_THAT(failureOf("test: t\nchoose: listen\nchoose: leak\nchoose: verified-refund\n"),
                   Catch::Contains("its condition does not hold here"));
    }
    SECTION("a choice by the learner's words") {
        CHECK(failureOf("test: t\nchoose: \"Shout\"\n") ==
              "t.transcript:2: test 't': no choice on offer starts with \"Shout\" at node 'a' "
              "(choice 1)\n"
              "    - choose: \"Shout\"\n"
              "    + choose: \"Listen\"\n"
              "    + choose: \"Interrupt\"\n");
    }
    SECTION("the ending, the grade and the evidence") {
        const std::string route = "test: t\nchoose: interrupt\nchoose: verify\nchoose: refund\n";
        CHECK(failureOf(route + "ending: walked\n") ==
              "t.transcript:5: test 't': the route ended at 'done', not 'walked'\n"
              "      choose: verify\n"
              "      choose: refund\n"
              "    - ending: walked\n"
              "    + ending: done\n");
        CHECK(failureOf(route + "grade: Distinction\n") ==
              "t.transcript:5: test 't': the route grades Merit (80%, 16 of 20 points), not "
              "Distinction\n"
              "      choose: verify\n"
              "      choose: refund\n"
              "    - grade: Distinction\n"
              "    + grade: Merit\n");
        CHECK(failureOf(route + "breach: t.verify\n") ==
              "t.transcript:5: test 't': the route so far does not breach 't.verify'\n"
              "      choose: verify\n"
              "      choose: refund\n"
              "    - breach: t.verify\n"
              "    + breach: t.listen\n");
        CHECK_THAT(failureOf("test: t\nchoose: listen\nbreach: t.listen\n"),
                   Catch::Contains("    + (nothing breached so far)\n"));
        CHECK_THAT(failureOf(route + "credit: t.listen\n"),
                   Catch::Contains("    - credit: t.listen\n    + credit: t.verify\n    + "
                                   "credit: t.law\n    + credit: policy.log\n"));
    }
    SECTION("checks that need an ending, and choices after it") {
        CHECK(failureOf("test: t\nchoose: listen\ngrade: Merit\n") ==
              "t.transcript:3: test 't': the route has not ended: it is at node 'b'\n"
              "      choose: listen\n"
              "    - grade: Merit\n"
              "    + (not ended: at node 'b')\n");
        CHECK_THAT(failureOf("test: t\nchoose: listen\nending: done\n"),
                   Catch::Contains("the route has not ended"));
        CHECK_THAT(failureOf("test: t\nchoose: listen\nchoose: verify\nchoose: refund\nchoose: "
                             "listen\n"),
                   Catch::Contains("the route has already ended, at 'done'\n"));
    }
    SECTION("only the first difference of a test is reported, the rest still run") {
        const TranscriptRun r = run("test: one\nchoose: listen\ncustomer: No.\ncustomer: No "
                                    "again.\n"
                                    "test: two\nchoose: listen\n"
                                    "test: three\nchoose: nothing\n");
        CHECK(r.passed == 1);
        CHECK(r.failed == 2);
        REQUIRE(r.failures.size() == 2);
        CHECK(r.failures[0].where.line == 3);
        CHECK(r.failures[1].test == "three");
    }
}

TEST_CASE("Words that start two choices are ambiguous, and say so", "[transcripts]") {
    const auto f = test::loadText(
        "scenario { id = \"t.two\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, "
        "start = \"a\" }\n"
        "node \"a\" { customer = \"Hi\",\n"
        "  choice { \"Sorry, go on\", id = \"on\", go = \"end\", why = \"w\" },\n"
        "  choice { \"Sorry, no\", id = \"no\", go = \"end\", why = \"w\" } }\n"
        "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    REQUIRE(f.usable());
    const Loaded two{f.scenario, f.scripting, Rubric{}, 0};
    CHECK(failureOf("test: t\nchoose: \"Sorry,\"\n", two) ==
          "t.transcript:2: test 't': 2 choices on offer start with \"Sorry,\" at node 'a' (choice "
          "1): quote more of the line, or choose by id\n"
          "    - choose: \"Sorry,\"\n"
          "    + choose: \"Sorry, go on\"\n"
          "    + choose: \"Sorry, no\"\n");
    CHECK(run("test: t\nchoose: \"Sorry, n\"\nending: end\n", two).passed == 1);
}

TEST_CASE("A malformed transcript line is a problem at its line that says what is allowed",
          "[transcripts]") {
    const auto at = [](const std::string& text, const std::string& fragment, int line) {
        const TranscriptFile file = parseTranscript(text, "t.transcript");
        INFO(text);
        for (const auto& m : test::messages(file.problems))
            UNSCOPED_INFO(m);
        CHECK(test::anyMessage(file.problems, fragment, line));
        CHECK(anyContains(test::messages(file.problems),
                          "t.transcript:" + std::to_string(line) + ": error: "));
    };
    at("test: t\nchose: listen\n",
       "'chose:' is not a transcript line: a transcript line is one of: "
       "`test: NAME`, `choose: ID`",
       2);
    at("test: t\nchoose listen\n", "is not a transcript line", 2);
    at("customer: Hello\ntest: t\nchoose: a\n", "comes before any test", 1);
    at("test: t\nchoose:\n", "'choose:' needs a choice id", 2);
    at("test: t\nchoose: I'm sorry\n", "put them in quotes", 2);
    at("test: t\nchoose: \"I'm sorry\n", "need a closing quote", 2);
    at("test: t\nchoose: \"  \"\n", "the quotes hold nothing", 2);
    at("test: t\nchoose: a\ncustomer: ... ...\n", "'customer:' needs the customer's line", 3);
    at("test: t\nchoose: a\ncustomer:\n", "'customer:' needs", 3);
    at("test: t\nchoose: a\noffers: a,,b\n", "offers: write choice ids separated by commas", 3);
    at("test: t\nchoose: a\ngrade: merit\n", "grade: write Distinction, Merit, Pass or Refer", 3);
    at("test: t\nchoose: a\nending: walked out\n", "takes one id", 3);
    at("test: t\nchoose: a\nseed: 2\n", "seed: goes first", 3);
    at("test: t\nseed: -1\nchoose: a\n", "seed: needs a whole number", 2);
    at("test: t\nchoose: a\nstop\nchoose: b\n", "comes after `stop`", 4);
    at("test: t\ncustomer: Hi\n", "test 't' has no `choose:` line", 1);
    at("test:\nchoose: a\n", "`test:` needs a name", 1);
    at("test: t\nchoose: a\ntest: t\nchoose: a\n", "a second test named 't'", 3);
    at("stop\n", "`stop` comes before any test", 1);
    at("# only a comment\n", "no tests", 1);

    // A test with a malformed line fails without being played; the others still run.
    const TranscriptFile file = parseTranscript(
        "test: bad\nchoose: listen\ngrade: merit\ntest: good\nchoose: listen\n", "t.transcript");
    const TranscriptRun r =
        runTranscript(file, scoring().scenario, scoring().scripting, scoring().rubric, 20);
    CHECK(r.passed == 1);
    CHECK(r.failed == 1);
    CHECK(r.failures.empty()); // its problem is the parse's, reported once
}

TEST_CASE("Hostile transcripts: binary bytes, huge files and 10,000 tests end cleanly",
          "[transcripts][hostile]") {
    SECTION("binary bytes give a bounded list of problems, all valid text") {
        std::mt19937 random(21);
        std::string bytes(200000, '\0');
        for (char& c : bytes)
            c = static_cast<char>(random() & 0xFF);
        const TranscriptFile file = parseTranscript(bytes, "t.transcript");
        CHECK_FALSE(file.problems.empty());
        CHECK(file.problems.size() <= 31);
        CHECK_THAT(file.problems.back().message, Catch::Contains("more problems"));
        for (const auto& d : file.problems)
            CHECK(d.message.size() < 1000);
        // Whatever it read as tests plays without throwing.
        CHECK_NOTHROW(
            runTranscript(file, scoring().scenario, scoring().scripting, scoring().rubric, 20));
    }
    SECTION("a line of a megabyte is quoted short") {
        const auto problems = problemsOf("test: t\nchoose: " + std::string(1 << 20, 'x') + " y\n");
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().size() < 400);
    }
    SECTION("a megabyte-long test name and line are shown short in the diff") {
        const TranscriptRun r =
            run("test: " + std::string(100000, 'n') +
                "\nchoose: listen\ncustomer: " + std::string(1 << 20, 'x') + "\n");
        REQUIRE(r.failures.size() == 1);
        CHECK(failureText(r.failures.front()).size() < 5000);
    }
    SECTION("a file over the size limit is one problem, not read") {
        test::Scratch scratch("transcripts-huge");
        const std::string path = scratch.write("big.transcript", "");
        {
            std::ofstream out(path, std::ios::binary);
            const std::string chunk = "# filler\n";
            for (std::size_t n = 0; n < (9u << 20) / chunk.size(); ++n)
                out << chunk;
        }
        const TranscriptFile file = readTranscript(path);
        CHECK(file.tests.empty());
        REQUIRE(file.problems.size() == 1);
        CHECK_THAT(format(file.problems.front()), Catch::Contains("big.transcript: error: is "
                                                                  "larger than 8 MB"));
        CHECK_THAT(
            format(readTranscript(scratch.dir.string() + "/none.transcript").problems.front()),
            Catch::Contains("cannot be read"));
        std::filesystem::create_directory(scratch.dir / "folder.transcript");
        CHECK_THAT(
            format(readTranscript((scratch.dir / "folder.transcript").string()).problems.front()),
            Catch::Contains("folder.transcript: error: is a folder"));
    }
    SECTION("10,000 tests run, each on its own") {
        std::string text;
        for (int i = 0; i < 10000; ++i)
            text += "test: route " + std::to_string(i) +
                    "\nchoose: " + (i % 2 ? "listen" : "interrupt") +
                    "\nchoose: verify\nchoose: refund\n" +
                    "grade: " + (i % 2 ? "Distinction" : "Merit") + "\n";
        const auto started = std::chrono::steady_clock::now();
        const TranscriptRun r = run(text);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        CHECK(r.passed == 10000);
        CHECK(r.failed == 0);
        CHECK(seconds < 20.0 * test::kSlowdown);
    }
}

TEST_CASE("A transcript written from a played route passes, and fails with a diff once the "
          "scenario's line changes",
          "[transcripts]") {
    const Loaded& k = kettle();
    const auto best = rebuild(k.scenario, k.scripting, 1, test::kettleBest()).session;
    REQUIRE(best->finished());
    const std::string written = transcriptOf(*best, k.rubric, k.best, "best route");
    INFO(written);
    CHECK_THAT(written, Catch::StartsWith("test: best route\ncustomer: Hello. I bought this "
                                          "kettle here not even a month ago"));
    CHECK_THAT(written, Catch::Contains("\nchoose: listen\n"));
    CHECK_THAT(written, Catch::Contains("\ncustomer: See? That's exactly what it does at home.\n"));
    CHECK_THAT(written, Catch::EndsWith("choose: log\ncustomer: Thank you. I'll go home and have "
                                        "a proper cup of tea at last.\nending: replaced\ngrade: "
                                        "Distinction\n"));
    CHECK(run(written, k).passed == 1);

    // A route through a breach: its breaches are written, and the lower grade.
    const auto slip =
        rebuild(k.scenario, k.scripting, 1,
                {"arrives.listen", "describe.ask-proof", "no_receipt.accept-app",
                 "options.test-first", "tested.to-options", "options.offer-rights",
                 "choose.your-choice", "wants_replacement.replace-properly", "wrap_up.shrug"})
            .session;
    const std::string slipped = transcriptOf(*slip, k.rubric, k.best, "not logged");
    CHECK_THAT(slipped, Catch::EndsWith("ending: sorted_not_logged\ngrade: Merit\nbreach: "
                                        "complaint.log\nbreach: policy.complaint-sla\n"));
    CHECK(run(slipped, k).passed == 1);

    // The trainer rewords a line the test saw: the test now fails, showing both wordings.
    std::ifstream in(test::library("library/faulty-kettle.lua"), std::ios::binary);
    std::string source((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string was = "See? That's exactly what it does at home.";
    const auto at = source.find(was);
    REQUIRE(at != std::string::npos);
    source.replace(at, was.size(), "See? It does just the same at home.");
    const script::LoadedFile edited = script::loadScenarioSource("faulty-kettle.lua", source);
    REQUIRE(edited.scenario != nullptr);
    const Loaded changed{edited.scenario, edited.scripting, k.rubric, k.best};
    const std::string diff = failureOf(written, changed);
    CHECK_THAT(diff, Catch::Contains(": test 'best route': the customer's line at node 'tested' "
                                     "is not the one written\n"));
    CHECK_THAT(diff, Catch::Contains("    - customer: See? That's exactly what it does at home.\n"
                                     "    + customer: See? It does just the same at home.\n"));
}

TEST_CASE("transcriptOf writes what replays: a seed, dotted lines and an unfinished route",
          "[transcripts]") {
    const auto f = test::loadText(
        "scenario { id = \"t.dots\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, "
        "start = \"a\" }\n"
        "node \"a\" { customer = \"Well...\",\n"
        "  choice { \"Go on\", id = \"on\", go = \"b\", why = \"w\" } }\n"
        "node \"b\" { customer = function(s) return \"...roll \" .. s.random(1, 1000) end,\n"
        "  choice { \"Done\", id = \"done\", go = \"end\", why = \"w\" } }\n"
        "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    REQUIRE(f.usable());
    const Loaded dots{f.scenario, f.scripting, Rubric{}, 0};
    const Session session = test::play(f, {"a.on"}, 42);
    const std::string written = transcriptOf(session, Rubric{}, 0, "  two\nwords ");
    INFO(written);
    CHECK_THAT(written, Catch::StartsWith("test: two words\nseed: 42\ncustomer: ... Well... ...\n"
                                          "choose: on\ncustomer: ... ...roll "));
    CHECK_THAT(written, !Catch::Contains("ending:"));
    CHECK(run(written, dots).passed == 1);
}

TEST_CASE("frontline test runs the transcript beside each scenario, with a diff on failure",
          "[transcripts][cli]") {
    test::Scratch scratch("transcripts-cli");
    std::ifstream in(test::library("library/faulty-kettle.lua"), std::ios::binary);
    const std::string source((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    const std::string scenario = scratch.write("kettle.lua", source);
    const std::string transcript =
        scratch.write("kettle.transcript", "test: listens first\n"
                                           "choose: listen\n"
                                           "customer: ... Twenty-five days ...\n"
                                           "test: blames the customer\n"
                                           "choose: listen\n"
                                           "choose: blame\n"
                                           "customer: I want my money back.\n");
    const auto failing = test::runCli({"test", scenario, "--scenarios", kLibrary});
    INFO(failing.out);
    CHECK(failing.code == 1);
    CHECK_THAT(failing.out, Catch::Contains("FAIL brightmart.faulty-kettle ("));
    CHECK_THAT(failing.out, Catch::Contains("; transcript tests: 1 passed, 1 failed)\n"));
    CHECK_THAT(failing.out,
               Catch::Contains("  " + transcript +
                               ":7: test 'blames the customer': the customer's line at node "
                               "'blamed' is not the one written\n"
                               "      choose: listen\n"
                               "      choose: blame\n"
                               "    - customer: I want my money back.\n"
                               "    + customer: I descale it every fortnight, thank you very "
                               "much. I'm not daft. Are you saying I broke it?\n"));
    CHECK_THAT(failing.out, Catch::EndsWith("0 passed, 1 failed; transcript tests: 1 passed, 1 "
                                            "failed\n"));

    scratch.write("kettle.transcript", "test: listens first\nchoose: listen\n");
    const auto passing = test::runCli({"test", scenario, "--scenarios", kLibrary});
    CHECK(passing.code == 0);
    CHECK_THAT(passing.out, Catch::EndsWith("1 passed, 0 failed; transcript tests: 1 passed, 0 "
                                            "failed\n"));
    // Naming the transcript tests the scenario beside it.
    const auto byTranscript = test::runCli({"test", transcript, "--scenarios", kLibrary});
    CHECK(byTranscript.code == 0);
    CHECK_THAT(byTranscript.out, Catch::Contains("PASS brightmart.faulty-kettle"));

    // A malformed line fails the scenario with its file:line.
    scratch.write("kettle.transcript", "test: t\nchoose: listen\ngrade: merit\n");
    const auto malformed = test::runCli({"test", scenario, "--scenarios", kLibrary});
    CHECK(malformed.code == 1);
    CHECK_THAT(malformed.out, Catch::Contains(transcript + ":3: error: grade: write Distinction"));

    // A transcript with no scenario beside it is an error, not silently skipped.
    const std::string orphan = scratch.write("gone.transcript", "test: t\nchoose: listen\n");
    const auto orphaned = test::runCli({"test", scratch.dir.string(), "--scenarios", kLibrary});
    INFO(orphaned.out);
    CHECK(orphaned.code == 1);
    CHECK_THAT(orphaned.out, Catch::Contains("gone.transcript:1: error: no scenario beside this "
                                             "transcript to test: expected gone.lua in the same "
                                             "folder"));
    const auto named = test::runCli({"test", orphan, "--scenarios", kLibrary});
    CHECK(named.code == 1);
    CHECK_THAT(named.out, Catch::Contains("no scenario beside this transcript"));

    // Binary bytes in a transcript: a clean failure, and the output stays printable.
    const char binaryText[] = "test: t\nchoose: \x1b[2J\xff\xfe\x00zz\n";
    scratch.write("kettle.transcript", std::string(binaryText, sizeof binaryText - 1));
    const auto binary = test::runCli({"test", scenario, "--scenarios", kLibrary});
    CHECK(binary.code == 1);
    CHECK(binary.out.find('\x1b') == std::string::npos);
}

TEST_CASE("The bundled kettle's transcript tests pass under frontline test", "[transcripts][cli]") {
    const auto r = test::runCli({"test", test::library("library/faulty-kettle.lua")});
    INFO(r.out);
    CHECK(r.code == 0);
    CHECK_THAT(r.out, Catch::Contains("transcript tests: 3 passed)"));
    CHECK_THAT(r.out,
               Catch::EndsWith("1 passed, 0 failed; transcript tests: 3 passed, 0 failed\n"));
}
