// The rough edges a trainer met writing a scenario (issue 21): authoring runs kept out of the
// learner records, `new` printing commands that work when copied, `--scenarios` on every command,
// lint naming misspelt targets, flags and fields with a suggestion, and each problem said once.
#include "cli/cli.hpp"
#include "support.hpp"

#include "core/domain_lint.hpp"
#include "core/explorer.hpp"
#include "store/records.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

using namespace frontline;
using test::runCli;

namespace {

namespace fs = std::filesystem;

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

std::size_t count(const std::string& text, const std::string& fragment) {
    std::size_t n = 0;
    for (auto at = text.find(fragment); at != std::string::npos; at = text.find(fragment, at + 1))
        ++n;
    return n;
}

std::size_t attemptsIn(const fs::path& dataDir) {
    store::Records records(store::recordsPath(dataDir.string()));
    return records.attempts().size();
}

std::string readText(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A command line as a POSIX shell splits it: blanks separate words, '...' keeps everything
// inside (the '\'' idiom included), and an unquoted # starts a comment.
std::vector<std::string> shellWords(const std::string& line) {
    std::vector<std::string> words;
    std::string word;
    bool inWord = false, quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '\'')
                quoted = false;
            else
                word += c;
        } else if (c == '\'') {
            quoted = inWord = true;
        } else if (c == '\\' && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else if (c == ' ' || c == '\t') {
            if (inWord) words.push_back(word);
            word.clear();
            inWord = false;
        } else if (c == '#' && !inWord) {
            break;
        } else {
            word += c;
            inWord = true;
        }
    }
    REQUIRE_FALSE(quoted); // an unclosed quote: the shell would wait for more
    if (inWord) words.push_back(word);
    return words;
}

// The command lines in `text` that start with `prefix` then "frontline ", split as a shell would,
// without the program name.
std::vector<std::vector<std::string>> commandsIn(const std::string& text,
                                                 const std::string& prefix) {
    std::vector<std::vector<std::string>> out;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        if (line.rfind(prefix + "frontline ", 0) == 0) {
            auto words = shellWords(line.substr(prefix.size()));
            words.erase(words.begin());
            out.push_back(std::move(words));
        }
    return out;
}

// A library of one's own in a folder whose name has a space and a quote: the bundled rubric and
// organisations, no scenarios yet.
struct OwnLibrary {
    test::Scratch scratch{"edges"};
    fs::path dir = scratch.dir / "Jo's scenarios";
    OwnLibrary() {
        fs::create_directories(dir / "library");
        for (const char* part : {"rubric", "brightmart", "northway", "keystone"})
            fs::copy(fs::path(kLibrary) / part, dir / part, fs::copy_options::recursive);
        fs::copy_file(fs::path(kLibrary) / "curriculum.lua", dir / "curriculum.lua");
    }
};

struct WindowAsked {
    int code = 0;
    std::optional<cli::WindowRequest> request;
};

// Runs the command line with a stand-in window that keeps what it was asked to open.
WindowAsked openInWindow(std::vector<std::string> args) {
    args.insert(args.begin(), "frontline");
    std::istringstream in;
    std::ostringstream out, err;
    WindowAsked asked;
    const cli::WindowLauncher window = [&](const cli::WindowRequest& r,
                                           std::string&) -> std::optional<int> {
        asked.request = r;
        return 0;
    };
    asked.code = cli::run(args, in, out, err, window);
    return asked;
}

const std::string kHead = "scenario { id = \"t.edges\", title = \"T\", brief = \"B\", customer = "
                          "{ name = \"S\" }, start = \"a\", state = { verified = false } }\n";

bool has(const std::vector<Diagnostic>& ds, Severity severity, const std::string& fragment) {
    return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) {
        return d.severity == severity && d.message.find(fragment) != std::string::npos;
    });
}

} // namespace

// ---- 1. Authoring runs are not learner records ------------------------------------------------

TEST_CASE("play by --choose or --choose-ids records nothing unless --record says so",
          "[edges][records][cli]") {
    test::Scratch data("edges-records");
    const std::string kettle = "brightmart.faulty-kettle";
    auto play = [&](std::vector<std::string> args, const std::string& input = "") {
        args.insert(args.begin(), {"play", kettle, "--scenarios", kLibrary, "--data-dir",
                                   data.dir.string(), "--learner", "Sam"});
        return runCli(args, input);
    };
    const auto byNumber = play({"--choose", "3,1"});
    REQUIRE(byNumber.code == 0);
    CHECK_THAT(byNumber.out, Catch::Contains("Not recorded"));
    CHECK_THAT(byNumber.out, Catch::Contains("Add --record"));
    std::string best;
    for (const auto& id : test::kettleBest())
        best += (best.empty() ? "" : ",") + id;
    REQUIRE(play({"--choose-ids", best}).code == 0);
    REQUIRE(play({"--choose", "2", "--json"}).code == 0);
    CHECK(attemptsIn(data.dir) == 0);

    const auto kept = play({"--choose", "3,1", "--record"});
    REQUIRE(kept.code == 0);
    CHECK_THAT(kept.out, Catch::Contains("Recorded as attempt 1 for Sam."));
    CHECK(attemptsIn(data.dir) == 1);

    // A learner playing at the keyboard is recorded as before, unless --no-record.
    REQUIRE(play({}, "3\n1\n").code == 0);
    CHECK(attemptsIn(data.dir) == 2);
    REQUIRE(play({"--no-record"}, "3\n1\n").code == 0);
    CHECK(attemptsIn(data.dir) == 2);
    // Both at once is a contradiction, refused.
    CHECK(play({"--record", "--no-record", "--choose", "3,1"}).code != 0);
}

TEST_CASE("play's help lists --record and --no-record with no stray default in braces",
          "[edges][cli]") {
    const auto help = runCli({"play", "--help"});
    REQUIRE(help.code == 0);
    CHECK_THAT(help.out, Catch::Contains("--record"));
    CHECK_THAT(help.out, Catch::Contains("--no-record"));
    CHECK_THAT(help.out, !Catch::Contains("{false}"));
    CHECK_THAT(help.out, !Catch::Contains("{true}"));
}

// ---- 2. `new --scenarios DIR` prints commands that work when copied ---------------------------

TEST_CASE("new --scenarios DIR prints Next lines and a header that work when copied whole",
          "[edges][new][cli]") {
    OwnLibrary own;
    const std::string id = "brightmart.late-call";
    const auto made = runCli({"new", id, "--scenarios", own.dir.string()});
    INFO(made.out << made.err);
    REQUIRE(made.code == 0);
    const auto next = commandsIn(made.out, "  ");
    REQUIRE(next.size() == 4);
    for (const auto& args : next) {
        CAPTURE(args);
        // Each carries the folder as one word, the space and quote in its name kept.
        const auto at = std::find(args.begin(), args.end(), "--scenarios");
        REQUIRE(at != args.end());
        REQUIRE(at + 1 != args.end());
        CHECK(*(at + 1) == own.dir.string());
        if (args.front() == "--screen") { // the window: what it would open is in that library
            const auto asked = openInWindow(args);
            REQUIRE(asked.code == 0);
            REQUIRE(asked.request);
            CHECK(asked.request->screen == "author");
            CHECK(asked.request->scenario == id);
            CHECK(script::loadLibrary({asked.request->scenariosDir}).find(id) != nullptr);
            continue;
        }
        auto run = args;
        if (run.front() == "play") run.insert(run.end(), {"--choose", "1,1"});
        const auto r = runCli(run);
        INFO(r.out << r.err);
        CHECK(r.code == 0);
    }
    // The starter's own header: the same commands, the play line by id.
    const std::string file = (own.dir / "library" / "late-call.lua").string();
    const auto header = commandsIn(readText(file), "--   ");
    REQUIRE(header.size() == 3);
    for (auto args : header) {
        CAPTURE(args);
        CHECK(std::find(args.begin(), args.end(), own.dir.string()) != args.end());
        if (args.front() == "play") args.insert(args.end(), {"--choose", "1,1"});
        const auto r = runCli(args);
        INFO(r.out << r.err);
        CHECK(r.code == 0);
    }
    CHECK(header[2][1] == id);

    // Written outside the library (-o): played by its path, and no window line.
    const std::string elsewhere = (own.scratch.dir / "draft folder" / "draft.lua").string();
    const auto drafted =
        runCli({"new", "brightmart.draft", "-o", elsewhere, "--scenarios", own.dir.string()});
    REQUIRE(drafted.code == 0);
    const auto draftNext = commandsIn(drafted.out, "  ");
    REQUIRE(draftNext.size() == 3);
    for (auto args : draftNext) {
        CAPTURE(args);
        CHECK(args[1] == elsewhere);
        if (args.front() == "play") args.insert(args.end(), {"--choose", "1,1"});
        CHECK(runCli(args).code == 0);
    }
    CHECK(commandsIn(readText(elsewhere), "--   ")[2][1] == elsewhere);

    // A line break in a name would end the header's comment: refused, nothing written.
    const std::string broken = (own.scratch.dir / "two\nlines.lua").string();
    const auto refused = runCli({"new", "brightmart.broken", "-o", broken});
    CHECK(refused.code == 1);
    CHECK_THAT(refused.err, Catch::Contains("line break"));
    CHECK_FALSE(fs::exists(broken));
}

// ---- 3. Every command takes --scenarios -------------------------------------------------------

TEST_CASE("Every command takes --scenarios, as the guide promises", "[edges][cli]") {
    const auto top = runCli({"--help"});
    REQUIRE(top.code == 0);
    // The commands, from the help itself, so a command added later is checked too.
    std::vector<std::string> commands;
    const auto listed = top.out.find("Subcommands:");
    REQUIRE(listed != std::string::npos);
    std::istringstream lines(top.out.substr(listed));
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line) && !line.empty())
        if (line.rfind("  ", 0) == 0 && line.size() > 2 && line[2] != ' ')
            commands.push_back(line.substr(2, line.find(' ', 2) - 2));
    CHECK(commands.size() >= 11); // play ... coverage, as of this writing
    CHECK(std::find(commands.begin(), commands.end(), "learners") != commands.end());
    for (const std::string& command : commands) {
        CAPTURE(command);
        const auto help = runCli({command, "--help"});
        CHECK(help.code == 0);
        CHECK_THAT(help.out, Catch::Contains("--scenarios"));
    }
    test::Scratch data("edges-learners");
    const auto learners =
        runCli({"learners", "--scenarios", kLibrary, "--data-dir", data.dir.string()});
    INFO(learners.err);
    CHECK(learners.code == 0);
    CHECK_THAT(learners.out, Catch::Contains("No learners"));
}

// ---- 4. Lint: misspelt targets, flags and fields, with a suggestion ---------------------------

TEST_CASE("Lint: a misspelt target returned by a computed go is an error with a suggestion",
          "[edges][lint]") {
    const auto typo = test::loadText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", id = \"x\", why = \"w\",\n"
                "  go = function(s)\n"
                "    if s.verified then return \"replaced_and_refered\" end\n"
                "    return \"broken_promise\"\n"
                "  end } }\n"
                "ending \"replaced_and_referred\" { kind = \"escalated\", summary = \"s\" }\n"
                "ending \"broken_promise\" { kind = \"lost\", summary = \"s\" }\n",
        "typo.lua");
    CHECK(has(typo.diagnostics, Severity::Error,
              "choice 'a.x' can go to 'replaced_and_refered', which is not a node or ending "
              "(did you mean 'replaced_and_referred'?)"));
    CHECK_FALSE(typo.usable()); // so test and lint report it, not what it hides

    // Returned, even with nothing close: still an error. Quoted but not returned: a value the
    // function compares (the kettle's `s.remedy == "refund"`), left alone though close to an id.
    const auto far = test::loadText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", id = \"x\", why = \"w\",\n"
                "  go = function(s)\n"
                "    if s.last == \"don\" then return \"zzz\" end\n"
                "    return \"done\"\n"
                "  end } }\n"
                "ending \"done\" { kind = \"resolved\", summary = \"s\" }\n");
    CHECK(has(far.diagnostics, Severity::Error, "can go to 'zzz', which is not a node or ending"));
    CHECK_FALSE(has(far.diagnostics, Severity::Error, "'don'"));
    CHECK_FALSE(has(far.diagnostics, Severity::Warning, "'don'"));
    // Joined to more text, a quoted word is not the id returned.
    const auto joined = test::loadText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", id = \"x\", why = \"w\",\n"
                "  go = function(s) return \"do\" .. \"ne\" end } }\n"
                "ending \"done\" { kind = \"resolved\", summary = \"s\" }\n");
    CHECK_FALSE(has(joined.diagnostics, Severity::Error, "can go to"));

    const auto fine = test::loadText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", id = \"x\", why = \"w\",\n"
                "  go = function(s)\n"
                "    if s.verified then return \"b\" end\n"
                "    return \"done\"\n"
                "  end } }\n"
                "node \"b\" { customer = \"B\", choice { \"y\", go = \"done\", why = \"w\" } }\n"
                "ending \"done\" { kind = \"resolved\", summary = \"s\" }\n");
    CHECK(fine.diagnostics.empty());
}

TEST_CASE("Lint: a misspelt flag in when or a placeholder suggests the variable meant",
          "[edges][lint]") {
    const auto ds =
        test::loadText(kHead + "node \"a\" { customer = \"Hi {verifid}\",\n"
                               "  choice { \"x\", id = \"x\", go = \"end\", why = \"w\", "
                               "set = { verified = true } },\n"
                               "  choice { \"y\", id = \"y\", go = \"end\", why = \"w\", when = "
                               "\"verifed\" },\n"
                               "  choice { \"z\", id = \"z\", go = \"end\", why = \"w\", when = "
                               "\"not qqq\" } }\n"
                               "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n")
            .diagnostics;
    CHECK(has(ds, Severity::Warning,
              "choice 'a.y' depends on 'verifed', which is never set: it will never be offered "
              "(did you mean 'verified'?)"));
    // A placeholder too.
    CHECK(has(ds, Severity::Warning,
              "node 'a' uses {verifid}, which is never set: it will show as written (did you mean "
              "'verified'?)"));
    // Nothing close: no suggestion.
    CHECK(has(ds, Severity::Warning,
              "choice 'a.z' depends on 'qqq', which is never set: it will always be offered"));
    CHECK_FALSE(
        has(ds, Severity::Warning, "'qqq', which is never set: it will always be offered ("));
}

TEST_CASE("Lint: an unknown field lists the allowed fields and suggests the one meant",
          "[edges][lint]") {
    const auto ds =
        test::loadText(kHead + "node \"a\" { customer = \"Hi\",\n"
                               "  choice { \"x\", go = \"end\", why = \"w\", time = 2 },\n"
                               "  choice { \"y\", go = \"end\", why = \"w\", xyzzy = 2 } }\n"
                               "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n")
            .diagnostics;
    const std::string fields = "the fields here are go, when, set, effect, mood, minutes, credit, "
                               "breach, why, id, default";
    CHECK(has(ds, Severity::Error,
              "choice: unknown field `time` (did you mean `minutes`?); " + fields));
    CHECK(has(ds, Severity::Error, "choice: unknown field `xyzzy`; " + fields));
}

// ---- 5. Each problem once ---------------------------------------------------------------------

TEST_CASE("test prints a failure met on many routes once, with how many", "[edges][cli]") {
    test::Scratch scratch("edges-once");
    // Three ways into 'b', whose go returns a target no node has (not quoted, so lint cannot
    // see it): every route through fails the same way.
    const std::string file = scratch.write(
        "many.lua",
        "scenario { id = \"t.many\", title = \"T\", brief = \"B\", customer = { name = \"S\" }, "
        "start = \"a\", state = { target = \"nowhere\", n = 0 } }\n"
        "node \"a\" { customer = \"Hi\",\n"
        "  choice { \"1\", go = \"b\", why = \"w\", set = { n = 1 } },\n"
        "  choice { \"2\", go = \"b\", why = \"w\", set = { n = 2 } },\n"
        "  choice { \"3\", go = \"b\", why = \"w\", set = { n = 3 } },\n"
        "  choice { \"4\", go = \"end\", why = \"w\" } }\n"
        "node \"b\" { customer = \"B\", choice { \"on\", why = \"w\",\n"
        "  go = function(s) if s.n > 9 then return s.target end return s.target end } }\n"
        "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    const auto r = runCli({"test", file, "--scenarios", kLibrary});
    INFO(r.out);
    CHECK(r.code == 1);
    CHECK(count(r.out, "which is not a node or ending") == 1);
    CHECK_THAT(r.out, Catch::Contains("goes to 'nowhere', which is not a node or ending (on 3 "
                                      "routes)"));
}

TEST_CASE("A node no go leads to is one problem, not two, wherever both checks are listed",
          "[edges][lint]") {
    const auto f = test::loadText(
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", go = \"end\", why = \"w\" } }\n"
                "node \"orphan\" { customer = \"Alone\", choice { \"z\", go = \"end\", why = \"w\" "
                "} }\n"
                "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n",
        "orphan.lua");
    REQUIRE(f.usable()); // a node being written is not yet linked: still playable
    // As the author screen lists them: the file's diagnostics and the explorer's, sorted.
    std::vector<Diagnostic> all = f.diagnostics;
    const Exploration found = explore(f.scenario, f.scripting, Rubric{});
    for (Diagnostic& d : explorationProblems(*f.scenario, found))
        all.push_back(std::move(d));
    sortDiagnostics(all);
    std::size_t aboutOrphan = 0;
    for (const Diagnostic& d : all)
        aboutOrphan += d.message.find("orphan") != std::string::npos;
    CHECK(aboutOrphan == 1);
    CHECK(has(all, Severity::Error, "node 'orphan' can never be reached from the start"));

    // `test` fails it, once; lint warns, once.
    test::Scratch scratch("edges-orphan");
    const std::string file = scratch.write(
        "orphan.lua",
        kHead + "node \"a\" { customer = \"Hi\", choice { \"x\", go = \"end\", why = \"w\" } }\n"
                "node \"orphan\" { customer = \"Alone\", choice { \"z\", go = \"end\", why = \"w\" "
                "} }\n"
                "ending \"end\" { kind = \"resolved\", summary = \"s\" }\n");
    const auto tested = runCli({"test", file, "--scenarios", kLibrary});
    CHECK(tested.code == 1);
    CHECK(count(tested.out, "orphan'") == 1);
    const auto linted = runCli({"lint", file, "--scenarios", kLibrary});
    CHECK(count(linted.out, "orphan'") == 1);
}
