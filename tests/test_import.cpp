// `frontline import`: a Twine story (Twee 3) as a scenario skeleton that lints clean.
#include "core/lua_literal.hpp"
#include "core/text.hpp"
#include "core/twee.hpp"
#include "core/twee_scenario.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace frontline;
using frontline::test::runCli;
using frontline::test::Scratch;

namespace {

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string fixtureStory() {
    return test::fixture("twee/no-signal.twee");
}

// Imports `twee` (written to a scratch file) and returns the run; the Lua is at `lua`.
test::CliRun importText(const Scratch& scratch, const std::string& twee,
                        std::vector<std::string> extra = {}) {
    const std::string story = scratch.write("story.twee", twee);
    std::vector<std::string> args{"import", story, "--scenarios", kLibrary};
    args.insert(args.end(), extra.begin(), extra.end());
    return runCli(args);
}

twee::Passage passage(const std::string& body, int line = 10) {
    twee::Passage p;
    p.name = "P";
    p.body = body;
    p.line = line;
    return p;
}

// Lines joined by single spaces, as the pieces of a long passage read one after another.
std::string flat(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\n') c = ' ';
        if (!(c == ' ' && !out.empty() && out.back() == ' ')) out += c;
    }
    return out;
}

// Node ids along the "go-on" chain from `id`, to the node that holds the passage's own links.
const Node* lastPiece(const Scenario& s, std::string id, std::string* text = nullptr) {
    const Node* node = s.find(id);
    while (node != nullptr) {
        if (text != nullptr) *text += (text->empty() ? "" : " ") + node->customer.literal;
        if (node->choices.size() != 1 || node->choices[0].id != node->id + ".go-on") break;
        node = s.find(node->choices[0].go);
    }
    return node;
}

} // namespace

TEST_CASE("Importing the Twine fixture writes a skeleton that lints with 0 errors and 0 warnings",
          "[import]") {
    Scratch scratch("import");
    const std::string lua = (scratch.dir / "no-signal.lua").string();
    const auto run = runCli({"import", fixtureStory(), "-o", lua, "--scenarios", kLibrary});
    INFO(run.out << run.err);
    REQUIRE(run.code == 0);
    CHECK(run.err.empty());
    CHECK_THAT(run.out, Catch::Contains("Wrote " + lua +
                                        ": 6 nodes, 11 choices, 3 endings from "
                                        "8 passages (2 skipped: scripts, styles and the like)"));
    CHECK_THAT(run.out, Catch::Contains("frontline lint " + lua + " --scenarios " + kLibrary));

    // Lint says nothing about a choice that credits and breaches nothing, so the skeleton must
    // lint clean: the only other line is the guessing note of a practice-only scenario.
    const auto lint = runCli({"lint", lua, "--scenarios", kLibrary});
    INFO(lint.out);
    CHECK(lint.code == 0);
    CHECK_THAT(lint.out, !Catch::Contains("warning:") && !Catch::Contains("error:"));
    CHECK_THAT(lint.out, Catch::EndsWith("1 file checked: 0 errors, 0 warnings\n"));
    std::istringstream lines(lint.out);
    std::string line;
    std::size_t count = 0;
    while (std::getline(lines, line)) {
        ++count;
        if (line.rfind("1 file checked", 0) != 0)
            CHECK_THAT(line, Catch::Contains(": note: guessing (practice only, not judged)"));
    }
    CHECK(count == 2);
    // And every route plays to an ending.
    const auto tested = runCli({"test", lua, "--scenarios", kLibrary});
    INFO(tested.out);
    CHECK(tested.code == 0);
}

TEST_CASE("The imported graph matches the passages and links it came from", "[import]") {
    Scratch scratch("import");
    const std::string lua = (scratch.dir / "no-signal.lua").string();
    REQUIRE(runCli({"import", fixtureStory(), "-o", lua}).code == 0);
    const auto loaded = script::loadScenarioFile(lua);
    INFO(test::messages(loaded.diagnostics).size());
    REQUIRE(loaded.usable());
    const Scenario& s = *loaded.scenario;
    CHECK(s.start == "caller_explains"); // StoryData's start, not the first passage (Script)
    CHECK(s.title == "No signal since Friday");
    CHECK(s.practiceOnly);

    // Every story passage, by name, read back from the Twee: its node (the last piece of a long
    // passage) has one choice per link, in order, with the link's text and target.
    const twee::Story story = twee::parse(readFile(fixtureStory()), "no-signal.twee");
    REQUIRE_FALSE(hasErrors(story.problems));
    const std::map<std::string, std::string> ids{{"Script", "script"},
                                                 {"Caller explains", "caller_explains"},
                                                 {"Account check", "account_check"},
                                                 {"Listen", "listen"},
                                                 {"Credit", "credit"},
                                                 {"Engineer visit", "engineer_visit"},
                                                 {"Callback {Tuesday}", "callback_tuesday"},
                                                 {"Lost her", "lost_her"}};
    REQUIRE(story.passages.size() == ids.size());
    std::size_t links = 0;
    for (const twee::Passage& p : story.passages) {
        INFO(p.name);
        const twee::Content content = twee::readContent(p);
        std::string said;
        const Node* node = lastPiece(s, ids.at(p.name), &said);
        REQUIRE(node != nullptr);
        CHECK(node->isEnding == content.links.empty());
        if (!content.text.empty()) CHECK(flat(said) == flat(content.text)); // pieces in order
        REQUIRE(node->choices.size() == content.links.size());
        for (std::size_t i = 0; i < content.links.size(); ++i) {
            CHECK(node->choices[i].line.literal == content.links[i].text);
            CHECK(node->choices[i].go == ids.at(content.links[i].target));
            CHECK_FALSE(node->choices[i].why.blank());
        }
        links += content.links.size();
    }
    CHECK(links == 10);
    // No node but the passages' own and the one piece the long opening goes on in.
    CHECK(s.nodes.size() == ids.size() + 1);
    CHECK(s.find("caller_explains_more") != nullptr);
}

TEST_CASE("A long passage goes on in nodes a projector can show, and none of it is lost",
          "[import]") {
    Scratch scratch("import");
    const std::string lua = (scratch.dir / "no-signal.lua").string();
    REQUIRE(runCli({"import", fixtureStory(), "-o", lua}).code == 0);
    const auto loaded = script::loadScenarioFile(lua);
    REQUIRE(loaded.usable());
    const twee::Story story = twee::parse(readFile(fixtureStory()), "x");
    const twee::Passage& opening = story.passages[1];
    REQUIRE(opening.name == "Caller explains");
    const std::string text = twee::readContent(opening).text;
    REQUIRE(text.size() > 220);
    std::string said;
    lastPiece(*loaded.scenario, "caller_explains", &said);
    CHECK(flat(said) == flat(text));
    for (const Node& node : loaded.scenario->nodes)
        CHECK(node.customer.literal.size() <= 220);
    // Its paragraphs stay paragraphs: a long string, not one line full of \n.
    const std::string written = readFile(lua);
    CHECK_THAT(written, Catch::Contains("customer = [[You read from the screen: \"We"));
    CHECK_THAT(written, Catch::Contains("-- Twine passage \"Caller explains\" (line 32)"));
}

TEST_CASE("Each Twine link form becomes a choice with the right text and target", "[import]") {
    const auto content = twee::readContent(passage("Hello.\n"
                                                   "[[Plain]]\n"
                                                   "[[Pipe text|Pipe target]]\n"
                                                   "[[Arrow text->Arrow target]]\n"
                                                   "[[Back target<-Back text]]\n"
                                                   "[[a->b->c]] [[x<-y<-z]]\n"
                                                   "[[Setter|Set target][$x to 1]]\n"));
    REQUIRE(content.links.size() == 7);
    const std::vector<std::pair<std::string, std::string>> expected{{"Plain", "Plain"},
                                                                    {"Pipe text", "Pipe target"},
                                                                    {"Arrow text", "Arrow target"},
                                                                    {"Back text", "Back target"},
                                                                    {"a->b", "c"},
                                                                    {"y<-z", "x"},
                                                                    {"Setter", "Set target"}};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(content.links[i].text == expected[i].first);
        CHECK(content.links[i].target == expected[i].second);
    }
    CHECK(content.links[0].line == 12); // the header is line 10, "Hello." line 11
    CHECK(content.links[6].line == 17);
    CHECK(content.text == "Hello.");
    REQUIRE(content.leftOut.size() == 1);
    CHECK_THAT(content.leftOut[0], Catch::Equals("[[Setter|Set target][$x to 1]] (what the link sets)"));
}

TEST_CASE("Harlowe's (link-goto:) with plain strings is a choice, and a computed one is left out",
          "[import]") {
    const auto content = twee::readContent(
        passage("Well?\n(link-goto: \"Ask for the \\\"order\\\" number\", 'Ask') "
                "(link-goto: \"Done\")\n(link-goto: \"Pay\", $where) (link-goto: \"A\", \"B\", "
                "\"C\")\n"));
    REQUIRE(content.links.size() == 2);
    CHECK(content.links[0].text == "Ask for the \"order\" number");
    CHECK(content.links[0].target == "Ask");
    CHECK(content.links[0].line == 12);
    CHECK(content.links[1].text == "Done");
    CHECK(content.links[1].target == "Done");
    CHECK(content.text == "Well?");
    const std::vector<std::string> expected{"(link-goto: \"Pay\", $where)",
                                            "(link-goto: \"A\", \"B\", \"C\")"};
    CHECK(content.leftOut == expected);
}

TEST_CASE("Macros, HTML and variables are taken out of the text and kept as comments", "[import]") {
    const auto content = twee::readContent(
        passage("(set: $calls to it + 1)<b>Again?</b> (if: $calls > 2)[Third time!](else:)[Hm.]\n"
                "Your ref is $ref.<br>Bye <<set $done to true>>now.<!-- note -->\n"
                "(print: $bag's \"(odd)\" name) [left as it is] \n"));
    CHECK(content.text == "Again? Third time! Hm.\nYour ref is $ref.\nBye now.\n[left as it is]");
    const std::vector<std::string> expected{"(set: $calls to it + 1)",
                                            "<b>",
                                            "</b>",
                                            "(if: $calls > 2)",
                                            "(else:)",
                                            "$ref (a story variable)",
                                            "<br>",
                                            "<<set $done to true>>",
                                            "<!-- note -->",
                                            "(print: $bag's \"(odd)\" name)"};
    CHECK(content.leftOut == expected);
    // One left unclosed leaves the rest as text, said once.
    const auto open = twee::readContent(passage("Hi (if: $x [[Go]]\n"));
    CHECK(open.text == "Hi (if: $x");
    REQUIRE(open.leftOut.size() == 2);
    CHECK(open.leftOut[0] == "(if: $x [[Go]] (never closed)");
    CHECK(open.leftOut[1] == "$x (a story variable)"); // now in the text, so said
    CHECK(open.links.size() == 1);
}

TEST_CASE("The skeleton says what could not be carried over, next to the node", "[import]") {
    Scratch scratch("import");
    const std::string lua = (scratch.dir / "no-signal.lua").string();
    const auto run = runCli({"import", fixtureStory(), "-o", lua});
    REQUIRE(run.code == 0);
    CHECK_THAT(run.out, Catch::Contains("6 passages had macros, HTML or variables"));
    const std::string written = readFile(lua);
    for (const char* expected :
         {"-- Twine passage \"Account check\" (line 42)\n"
          "-- Twine: could not carry over: (if: $patience > 2)\n"
          "-- Twine: could not carry over: (else:)\n"
          "node \"account_check\" {\n"
          "  customer = \"What, again? I gave it to the last person. Fine. It's 40021387. I'm "
          "not reading it out a third time.\",",
          "-- Twine: could not carry over: <<if $patience lt 2>>\n",
          "-- Twine: could not carry over: <em>\n",
          "-- Twine: could not carry over: (set: $patience to it + 1)\n",
          // Script and stylesheet passages are skipped, and the header says so.
          "-- Skipped, as no part of the conversation:\n"
          "--   passage \"Story Stylesheet\" [stylesheet] (line 15)\n"
          "--   passage \"Story JavaScript\" [script] (line 19)\n",
          "-- Twine passage \"Callback {Tuesday}\" (line 66)\n"})
        CHECK_THAT(written, Catch::Contains(expected));
}

TEST_CASE("Passage headers: escapes, tags, metadata and Twee 2 positions", "[import]") {
    const auto story =
        twee::parse(":: A \\[b\\] \\{c\\} \\\\ d [t1  t\\]2] {\"position\":\"1,1\"}\n"
                    "Text\n\n\n"
                    ":: Plain{\"size\":\"1,1\"}\n"
                    "More\n"
                    ":: Old [x] <10,20>\n",
                    "h.twee");
    REQUIRE_FALSE(hasErrors(story.problems));
    REQUIRE(story.passages.size() == 3);
    CHECK(story.passages[0].name == "A [b] {c} \\ d");
    CHECK(story.passages[0].tags == std::vector<std::string>{"t1", "t]2"});
    CHECK(story.passages[0].body == "Text\n"); // trailing blank lines dropped
    CHECK(story.passages[1].name == "Plain");
    CHECK(story.passages[1].line == 5);
    CHECK(story.passages[2].name == "Old");
    CHECK(story.passages[2].tags == std::vector<std::string>{"x"});
    // A broken tag block or a header with no name is an error at its line.
    const auto bad = twee::parse(":: Name [open\nx\n::\ny\n", "b.twee");
    CHECK(test::anyMessage(bad.problems, "are never closed", 1));
    CHECK(test::anyMessage(bad.problems, "has no name", 3));
}

TEST_CASE("Ids are slugs, unique, and every name is kept in a comment", "[import]") {
    CHECK(slug("Ask for her account number!", '-', 40, "c") == "ask-for-her-account-number");
    CHECK(slug("Café — open?", '_', 40, "p") == "caf_open");
    CHECK(slug("¿¡!", '_', 40, "passage") == "passage");
    CHECK(slug(std::string(100, 'a'), '_', 40, "p").size() == 40);
    Scratch scratch("import");
    const auto run = importText(scratch, ":: Start\nHi.\n[[Yes|Next step]] [[Yes|Next-step]] "
                                         "[[No->Next step]]\n"
                                         ":: Next step\nOne.\n:: Next-step\nTwo.\n");
    INFO(run.err);
    REQUIRE(run.code == 0);
    const auto loaded = script::loadScenarioFile((scratch.dir / "story.lua").string());
    REQUIRE(loaded.usable());
    const Node* start = loaded.scenario->find("start");
    REQUIRE(start != nullptr);
    REQUIRE(start->choices.size() == 3);
    CHECK(start->choices[0].id == "start.yes");
    CHECK(start->choices[0].go == "next_step");
    CHECK(start->choices[1].id == "start.yes-2");
    CHECK(start->choices[1].go == "next_step_2");
    CHECK(start->choices[2].go == "next_step");
    const std::string written = readFile(scratch.dir / "story.lua");
    CHECK_THAT(written, Catch::Contains("-- Twine passage \"Next-step\" (line 6)\n"
                                        "-- No links, so an ending.\n"
                                        "ending \"next_step_2\" {"));
}

TEST_CASE("The start: StoryData's, else the Start passage, else the first", "[import]") {
    Scratch scratch("import");
    auto startOf = [&](const std::string& twee, std::string* err = nullptr) {
        const auto run = importText(scratch, twee, {"--force"});
        if (err != nullptr) *err = run.err;
        REQUIRE(run.code == 0);
        const auto loaded = script::loadScenarioFile((scratch.dir / "story.lua").string());
        REQUIRE(loaded.usable());
        return loaded.scenario->start;
    };
    const std::string passages = ":: One\nA [[Two]]\n:: Two\nB [[Start]]\n:: Start\nC [[One]]\n";
    CHECK(startOf(":: StoryData\n{\"start\": \"Two\"}\n" + passages) == "two");
    CHECK(startOf(passages) == "start");
    CHECK(startOf(":: One\nA [[Two]]\n:: Two\nB\n") == "one");
    std::string err;
    CHECK(startOf(":: StoryData\n{\"start\": \"Nowhere\"}\n" + passages, &err) == "start");
    CHECK_THAT(err, Catch::Contains("story.twee:1: warning: StoryData names 'Nowhere' as the "
                                    "start, but the story has no such passage"));
    CHECK(startOf(":: StoryData\n{\n  \"start\": Two\n}\n" + passages, &err) == "start");
    CHECK_THAT(err, Catch::Contains("story.twee:3: warning: StoryData is not valid JSON"));
    CHECK(startOf(":: StoryData\n[1]\n" + passages, &err) == "start");
    CHECK_THAT(err, Catch::Contains("StoryData is not a JSON object"));
    // A start with no links would be an ending: the story cannot begin.
    const auto dead = importText(
        scratch, ":: StoryData\n{\"start\": \"B\"}\n:: A\nx [[B]]\n:: B\nEnd.\n", {"--force"});
    CHECK(dead.code == 1);
    CHECK_THAT(dead.err,
               Catch::Contains("story.twee:5: error: the start passage 'B' has no links"));
}

TEST_CASE("A link to a passage that does not exist becomes an ending stub, said at its line",
          "[import]") {
    Scratch scratch("import");
    const auto run = importText(scratch, ":: Start\nHello.\n\n[[Transfer->Billing team]]\n"
                                         "[[Bye]]\n:: Bye\nBye.\n");
    REQUIRE(run.code == 0);
    CHECK_THAT(run.err, Catch::Contains("story.twee:4: warning: passage 'Start' links to 'Billing "
                                        "team', which is not a passage: the ending "
                                        "'billing_team' stands in for it, to write"));
    const std::string lua = (scratch.dir / "story.lua").string();
    CHECK_THAT(readFile(lua), Catch::Contains("-- Twine: passage \"Billing team\" is linked from "
                                              "\"Start\" (line 4) but does not exist"));
    const auto lint = runCli({"lint", lua, "--scenarios", kLibrary});
    CHECK(lint.code == 0);
    CHECK_THAT(lint.out, Catch::Contains("0 errors, 0 warnings"));
    const auto loaded = script::loadScenarioFile(lua);
    REQUIRE(loaded.usable());
    REQUIRE(loaded.scenario->find("billing_team") != nullptr);
    CHECK(loaded.scenario->find("billing_team")->isEnding);
}

TEST_CASE("Bad input gets a message with its line, a non-zero exit, and no file", "[import]") {
    Scratch scratch("import");
    const std::string lua = (scratch.dir / "story.lua").string();
    struct Bad {
        std::string twee, message;
    };
    const std::vector<Bad> cases{
        {"", "story.twee:1: error: the file is empty"},
        {"\n  \n", "story.twee:1: error: the file is empty"},
        {"Dear team,\nhere is my story.\n", "story.twee:1: error: this is not a Twee file"},
        {":: A\nx [[B]]\n:: B\ny\n\n:: A\nz\n",
         "story.twee:6: error: passage 'A' is already defined at line 1"},
        {":: A\nfine\n:: B\ncaf\xE9 [[A]]\n", "story.twee:4: error: this line is not UTF-8 text"},
        {":: StoryTitle\nT\n:: S [script]\nx\n", "error: this story has no passages to import"},
    };
    for (const Bad& bad : cases) {
        INFO(bad.twee);
        const auto run = importText(scratch, bad.twee);
        CHECK(run.code == 1);
        CHECK_THAT(run.err, Catch::Contains(bad.message));
        CHECK_THAT(run.err, Catch::Contains("frontline import: nothing was written"));
        CHECK_FALSE(std::filesystem::exists(lua));
    }
    const auto missing = runCli({"import", (scratch.dir / "nope.twee").string()});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("there is no such file"));
}

TEST_CASE("Import never overwrites without --force, and checks its --id", "[import]") {
    Scratch scratch("import");
    const std::string twee = ":: Start\nHi. [[Bye]]\n:: Bye\nBye.\n";
    const auto first = importText(scratch, twee);
    REQUIRE(first.code == 0);
    const std::string lua = (scratch.dir / "story.lua").string(); // beside it, .lua for .twee
    CHECK_THAT(first.out, Catch::Contains("Wrote " + lua));
    CHECK_THAT(readFile(lua), Catch::Contains("id = \"twine.story\""));
    std::ofstream(lua) << "-- mine";
    const auto again = importText(scratch, twee);
    CHECK(again.code == 1);
    CHECK_THAT(again.err, Catch::Contains(lua + " already exists; nothing was written (add "
                                                "--force to replace it)"));
    CHECK(readFile(lua) == "-- mine");
    const auto forced = importText(scratch, twee, {"--force", "--id", "northway.no-signal"});
    CHECK(forced.code == 0);
    CHECK_THAT(readFile(lua), Catch::Contains("id = \"northway.no-signal\""));
    const auto badId = importText(scratch, twee, {"--force", "--id", "No Signal"});
    CHECK(badId.code == 2);
    CHECK_THAT(badId.err, Catch::Contains("'No Signal' is not a scenario id"));
    const std::string self = scratch.write("self.lua", twee);
    const auto onto = runCli({"import", self, "--force"});
    CHECK(onto.code == 1);
    CHECK_THAT(onto.err, Catch::Contains("is the story itself"));
    CHECK(readFile(self) == twee);
}

TEST_CASE("Lua strings hold any text: quotes, braces, brackets, several lines", "[import]") {
    const std::vector<std::string> texts{"She said \"no\" \\ twice.",
                                         "Tab\there",
                                         "Bell\x07",
                                         "One\nTwo ]] three",
                                         "Ends in a bracket]",
                                         "Both ]] and ]=] and ]==",
                                         "a\n]=]]==]]",
                                         "Para one.\n\nPara two.",
                                         "\nStarts with a line break"};
    for (const std::string& text : texts) {
        INFO(text);
        const std::string lua = "scenario { id = \"t.s\", title = \"T\", brief = \"B\", customer = "
                                "{ name = \"C\" }, start = \"a\" }\n"
                                "node \"a\" { narration = " +
                                luaLiteral(text) +
                                ", choice { \"x\", go = \"e\" } }\n"
                                "ending \"e\" { kind = \"resolved\", summary = \"s\" }\n";
        const auto loaded = test::loadText(lua);
        REQUIRE(loaded.scenario != nullptr);
        CHECK(loaded.scenario->find("a")->narration.literal == text);
    }
    CHECK(luaLiteral("a ]] b\nc") == "[=[a ]] b\nc]=]");
    // A brace in the story is a brace on screen, not a placeholder lint warns about.
    Scratch scratch("import");
    const auto run = importText(scratch, ":: Start\nThe {code} is {{x}. [[Go {now}->End]]\n"
                                         ":: End\nDone.\n");
    REQUIRE(run.code == 0);
    const std::string lua = (scratch.dir / "story.lua").string();
    const auto lint = runCli({"lint", lua, "--scenarios", kLibrary});
    CHECK_THAT(lint.out, Catch::Contains("0 errors, 0 warnings"));
    const auto play = runCli({"play", lua, "--scenarios", kLibrary, "--choose", "1"});
    CHECK_THAT(play.out, Catch::Contains("The {code} is {{x}."));
    CHECK_THAT(play.out, Catch::Contains("Go {now}"));
}

TEST_CASE("A huge or hostile story is read quickly, or refused with a reason", "[import]") {
    Scratch scratch("import");
    using Clock = std::chrono::steady_clock;
    auto timed = [&](const std::string& twee, double seconds) {
        const std::string story = scratch.write("big.twee", twee);
        const auto began = Clock::now();
        const auto run = test::runCliIsolated(
            {"import", story, "-o", (scratch.dir / "big.lua").string(), "--force"},
            seconds * test::kSlowdown);
        INFO(run.output);
        CHECK(run.finished);
        CHECK(run.signal == 0);
        CHECK(std::chrono::duration<double>(Clock::now() - began).count() < seconds);
        return run;
    };
    // 5 MB of pictures in a stylesheet: skipped, and the story comes through.
    const auto styled = timed(":: Style [stylesheet]\n" + std::string(5u << 20, 'x') +
                                  "\n:: Start\nHi. [[Bye]]\n:: Bye\nBye.\n",
                              20);
    CHECK(styled.code == 0);
    CHECK(std::filesystem::file_size(scratch.dir / "big.lua") < 4000);
    // 5 MB of passages: more than a scenario file may hold, said so.
    std::string many;
    for (int i = 0; many.size() < (5u << 20); ++i)
        many += ":: P" + std::to_string(i) +
                "\nThe customer says something here, at length. [[Next->P" + std::to_string(i + 1) +
                "]]\n";
    const auto big = timed(many, 60);
    CHECK(big.code == 1);
    CHECK_THAT(big.output, Catch::Contains("more than the 8 MB a scenario file may be"));
    // 5 MB of openers that never close, on one line: no pass over the rest for each.
    std::string hostile = ":: Start\n";
    while (hostile.size() < (5u << 20))
        hostile += "[[ << <b (a: $v [ ";
    hostile += "\n[[End]]\n:: End\nx\n";
    const auto odd = timed(hostile, 20);
    CHECK((odd.code == 0 || odd.output.find("more than the 8 MB") != std::string::npos));
}
