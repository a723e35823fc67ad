// What the command line writes for a person shows scenario text as written and never obeys it:
// escape sequences, C1 controls, bidi overrides and bytes that are not UTF-8 arrive as U+FFFD.
// --json output is data and stays as it is.
#include "cli/terminal_stream.hpp"
#include "core/text.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;

// U+FFFD, what the filter shows in place of anything a terminal would obey.
const std::string R = "\xEF\xBF\xBD";

// A scenario whose title, brief, customer lines, a choice, its feedback and the ending's summary
// hold ESC sequences (clear the screen, set the window title), U+202E (right-to-left override),
// U+009B (the C1 control sequence introducer) and, computed at run time by a script, bytes that
// are not UTF-8. The Lua escapes keep this source itself clean.
const char* const kHostile = R"(scenario {
  id = "hostile.terminal",
  title = "Kettle \27[2J returns \226\128\174 backwards",
  brief = "A customer \27]0;x\7 wants a refund \194\155 today.",
  organisation = "brightmart", role = "Assistant", level = 1, minutes = 3,
  topics = { "testing" },
  customer = { name = "Sam Lee", look = "young-man", mood = 60 },
  start = "hello",
}

node "hello" {
  customer = "Hello \27[2J there \194\155 friend \226\128\174 okay",
  choice { "Say \27]0;x\7 sorry \226\128\174 first", id = "sorry", go = "done",
           credit = "heat.apologise", why = "Sorry \27[2J helps." },
  choice { "Ask what happened", id = "ask", go = "odd", why = "Listening helps." },
}

node "odd" {
  customer = function(s) return "Broken " .. string.char(0xC0, 0xAF) .. " bytes" end,
  choice { "Carry on", id = "on", go = "done", why = "Carrying on." },
}

ending "done" {
  kind = "resolved",
  customer = "Thanks.",
  summary = "Resolved \27[2J nicely \194\155 then \226\128\174 done.",
}
)";

// A scenario that does not load: the diagnostic quotes the author's node name.
const char* const kBroken = R"(scenario {
  id = "hostile.broken", title = "Broken", brief = "Brief.",
  organisation = "brightmart", role = "Assistant", level = 1, minutes = 3,
  topics = { "testing" },
  customer = { name = "Al Day", look = "young-man", mood = 60 },
  start = "hello",
}

node "hello" {
  customer = "Hi.",
  choice { "Go", id = "go", go = "no\27[2Jwhere\226\128\174", why = "Why." },
  choice { "Stay", id = "stay", go = "done", why = "Why." },
}

ending "done" { kind = "resolved", customer = "Bye.", summary = "Done." }
)";

// The two scenarios in a scratch folder, removed at the end.
struct HostileFolder {
    fs::path dir =
        fs::temp_directory_path() / ("frontline-terminal-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::string hostile, broken;
    HostileFolder() {
        fs::create_directories(dir);
        hostile = write("hostile.lua", kHostile);
        broken = write("broken.lua", kBroken);
    }
    ~HostileFolder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::string write(const std::string& name, const std::string& text) const {
        const fs::path path = dir / name;
        std::ofstream(path, std::ios::binary) << text;
        return path.string();
    }
};

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

frontline::test::CliRun cli(std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--scenarios", kLibrary});
    return frontline::test::runCli(args, input);
}

// The first thing in `text` a terminal would obey or cannot show, or "" when there is none.
std::string firstUnsafe(const std::string& text) {
    if (const auto at = frontline::firstInvalidUtf8(text))
        return "a byte that is not UTF-8 at " + std::to_string(*at);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 && byte != '\n' && byte != '\t')
            return "control " + std::to_string(byte) + " at " + std::to_string(i);
        if (byte == 0x7F) return "DEL at " + std::to_string(i);
        const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
        if (byte == 0xC2 && next >= 0x80 && next <= 0x9F)
            return "a C1 control at " + std::to_string(i);
    }
    if (const auto at = text.find("\xE2\x80\xAE"); at != std::string::npos)
        return "U+202E at " + std::to_string(at);
    return "";
}

// Both streams are safe to show, and the command said something.
void requireShownSafely(const frontline::test::CliRun& r) {
    INFO("out:\n" << r.out << "\nerr:\n" << r.err);
    CHECK(firstUnsafe(r.out) == "");
    CHECK(firstUnsafe(r.err) == "");
    CHECK_FALSE((r.out + r.err).empty());
}

} // namespace

TEST_CASE("list shows a hostile title and a diagnostic quoting author text as text",
          "[cli][terminal]") {
    const HostileFolder folder;
    const auto r = cli({"list", folder.dir.string()});
    requireShownSafely(r);
    CHECK_THAT(r.out, Catch::Contains("Kettle " + R + "[2J returns " + R + " backwards"));
    CHECK_THAT(r.err, Catch::Contains("not loaded: "));
    CHECK_THAT(r.err, Catch::Contains("goes to 'no" + R + "[2Jwhere" + R + "'"));
}

TEST_CASE("play shows every scenario text as text: title, brief, lines, choices, feedback, "
          "summary and what a script computes",
          "[cli][terminal]") {
    const HostileFolder folder;
    const auto sorry = cli({"play", folder.hostile, "--choose", "1", "--no-record"});
    REQUIRE(sorry.code == 0);
    requireShownSafely(sorry);
    CHECK_THAT(sorry.out, Catch::Contains("== Kettle " + R + "[2J returns " + R + " backwards =="));
    CHECK_THAT(sorry.out, Catch::Contains("A customer " + R + "]0;x" + R + " wants a refund " + R +
                                          " today."));
    CHECK_THAT(sorry.out, Catch::Contains("Sam Lee: \"Hello " + R + "[2J there " + R + " friend " +
                                          R + " okay\""));
    CHECK_THAT(sorry.out, Catch::Contains("  1. Say " + R + "]0;x" + R + " sorry " + R + " first"));
    CHECK_THAT(sorry.out, Catch::Contains("Why: Sorry " + R + "[2J helps."));
    CHECK_THAT(sorry.out,
               Catch::Contains("Resolved " + R + "[2J nicely " + R + " then " + R + " done."));

    // The script's bytes that are not UTF-8, on the other route.
    const auto asked = cli({"play", folder.hostile, "--choose", "2,1", "--no-record"});
    REQUIRE(asked.code == 0);
    requireShownSafely(asked);
    CHECK_THAT(asked.out, Catch::Contains("Sam Lee: \"Broken " + R));
    CHECK_THAT(asked.out, Catch::Contains(R + " bytes\""));
}

TEST_CASE("Interactive play shows scenario text and echoes a typed escape as text",
          "[cli][terminal]") {
    const HostileFolder folder;
    const auto r = cli({"play", folder.hostile, "--no-record"}, "\x1b[2J\n1\n");
    REQUIRE(r.code == 0);
    requireShownSafely(r);
    CHECK_THAT(r.out, Catch::Contains("\"" + R + "[2J\" is not one of the choices"));
    CHECK_THAT(r.out, Catch::Contains("You: \"Say " + R + "]0;x" + R + " sorry " + R + " first\""));
}

TEST_CASE("lint and test show diagnostics that quote author text as text", "[cli][terminal]") {
    const HostileFolder folder;
    const auto lint = cli({"lint", folder.dir.string()});
    CHECK(lint.code == 1);
    requireShownSafely(lint);
    CHECK_THAT(lint.out, Catch::Contains("goes to 'no" + R + "[2Jwhere" + R + "'"));
    CHECK_THAT(lint.out, Catch::Contains("2 files checked"));

    const auto test = cli({"test", folder.dir.string()});
    CHECK(test.code == 1);
    requireShownSafely(test);
    CHECK_THAT(test.out, Catch::Contains("FAIL hostile.broken"));
    CHECK_THAT(test.out, Catch::Contains("goes to 'no" + R + "[2Jwhere" + R + "'"));
    CHECK_THAT(test.out, Catch::Contains("hostile.terminal"));
}

TEST_CASE("Every other command a person reads shows scenario text as text", "[cli][terminal]") {
    const HostileFolder folder;
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"explore", folder.hostile},
          {"routes", folder.hostile},
          {"routes", folder.hostile, "--lines"},
          {"graph", folder.hostile},
          {"play", folder.broken}}) {
        INFO(args[0] << (args.size() > 2 ? " " + args[2] : ""));
        requireShownSafely(cli(args));
    }
    const auto explored = cli({"explore", folder.hostile});
    CHECK_THAT(explored.out, Catch::Contains("Kettle " + R + "[2J returns " + R + " backwards"));
    const auto routes = cli({"routes", folder.hostile});
    CHECK_THAT(routes.out, Catch::Contains("Broken " + R));

    // No command: the learner picks from the folder's titles.
    const auto picked = frontline::test::runCli({"--scenarios", folder.dir.string()}, "q\n");
    requireShownSafely(picked);
    CHECK_THAT(picked.out, Catch::Contains("Kettle " + R + "[2J returns " + R + " backwards"));
}

TEST_CASE("play --json and explore --json print data: the scenario's text exactly, escaped by "
          "JSON alone",
          "[cli][terminal]") {
    const HostileFolder folder;
    const auto played = cli({"play", folder.hostile, "--choose", "1", "--no-record", "--json"});
    REQUIRE(played.code == 0);
    const auto j = nlohmann::json::parse(played.out);
    CHECK(j["ending"]["summary"] == "Resolved \x1b[2J nicely \xC2\x9B then \xE2\x80\xAE done.");
    CHECK_THAT(played.out, Catch::Contains("Resolved \\u001b[2J nicely \xC2\x9B then"));

    // Played at the prompt, the conversation goes to the error stream, shown safely; the
    // standard output is the JSON alone.
    const auto prompted = cli({"play", folder.hostile, "--no-record", "--json"}, "1\n");
    REQUIRE(prompted.code == 0);
    CHECK(nlohmann::json::parse(prompted.out)["steps"].size() == 1);
    CHECK(firstUnsafe(prompted.err) == "");
    CHECK_THAT(prompted.err, Catch::Contains("Your choice (1-2, q to quit)"));
    CHECK_THAT(prompted.err, Catch::Contains("Hello " + R + "[2J there"));

    const auto explored = cli({"explore", folder.hostile, "--json"});
    CHECK(nlohmann::json::parse(explored.out)["scenario"] == "hostile.terminal");
}

TEST_CASE("export writes data: its standard output is the same bytes as its file",
          "[cli][terminal]") {
    const HostileFolder folder;
    const std::string data = (folder.dir / "records").string();
    REQUIRE(cli({"play", folder.hostile, "--choose", "1", "--learner", "Sam", "--data-dir", data,
                 "--record"})
                .code == 0);
    const std::string file = (folder.dir / "export.out").string();
    for (const std::vector<std::string>& format :
         {std::vector<std::string>{"csv"}, {"csv", "--table", "choices"}, {"json"}}) {
        std::vector<std::string> args{"export", "--data-dir", data, "--format"};
        args.insert(args.end(), format.begin(), format.end());
        const auto shown = cli(args);
        args.insert(args.end(), {"-o", file});
        REQUIRE(cli(args).code == 0);
        std::ostringstream written;
        written << std::ifstream(file, std::ios::binary).rdbuf();
        INFO(format[0] << (format.size() > 1 ? " " + format[2] : ""));
        CHECK(shown.code == 0);
        CHECK(shown.out == written.str());
        if (format[0] == "csv") CHECK_THAT(shown.out, Catch::Contains("\r\n"));
    }
}

TEST_CASE("The terminal filter keeps a character split across writes whole", "[cli][terminal]") {
    std::ostringstream target;
    {
        frontline::cli::TerminalSafeStream shown(target);
        shown << "caf\xC3";
        shown.flush(); // a flush between the halves holds the first back
        shown << "\xA9 \xE2\x82"
              << "\xAC" << ' ' << '\x1b' << "[2J "
              << "\xE2\x80\xAE" << '!';
        shown << " cut \xE2\x82"; // never completed: U+FFFD for each byte at the end
    }
    CHECK(target.str() == "caf\xC3\xA9 \xE2\x82\xAC " + R + "[2J " + R + "! cut " + R + R);
}
