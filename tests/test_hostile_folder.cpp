// Folder-level isolation: one hostile, broken or huge file in a folder never hides the good
// scenarios beside it, from `list`, `lint` or `test`; a rubric file in a scenario folder adds to
// the library's rubric and cannot redefine it; two files with one scenario id are both told.
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace frontline;
namespace fs = std::filesystem;

namespace {

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

// A fresh folder holding copies of two good library scenarios.
struct Folder {
    fs::path dir;
    explicit Folder(const std::string& name)
        : dir(fs::temp_directory_path() /
              ("frontline-hostile-folder-" + name + "-" + std::to_string(::getpid()))) {
        fs::remove_all(dir);
        fs::create_directories(dir);
        for (const char* good : {"library/faulty-kettle.lua", "library/abusive-caller.lua"})
            fs::copy_file(kLibrary + "/" + good, dir / fs::path(good).filename());
    }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    void add(const std::string& file, const std::string& text) const {
        std::ofstream(dir / file, std::ios::binary) << text;
    }
    void addHostile(const std::string& name) const {
        fs::copy_file(std::string(FRONTLINE_TEST_DATA) + "/hostile/" + name, dir / ("a-" + name));
    }
};

// Every command over the folder ends in time, names each good scenario and passes it.
void goodOnesStillShow(const Folder& folder) {
    const std::string dir = folder.dir.string();
    for (const char* command : {"list", "lint", "test"}) {
        INFO(command);
        std::vector<std::string> args{command};
        if (std::string(command) == "list")
            args.insert(args.end(), {"--scenarios", dir});
        else
            args.push_back(dir);
        const auto run = test::runCliIsolated(args, 20.0 * test::kSlowdown);
        INFO(run.output);
        REQUIRE(run.finished);
        CHECK(run.signal == 0);
        CHECK_THAT(run.output, Catch::Contains("faulty-kettle"));
        CHECK_THAT(run.output, Catch::Contains("abusive-caller"));
        if (std::string(command) == "test") { // and they pass, as they do in the library
            CHECK_THAT(run.output, Catch::Contains("PASS brightmart.faulty-kettle"));
            CHECK_THAT(run.output, Catch::Contains("PASS northway.abusive-caller"));
        }
    }
}

} // namespace

TEST_CASE("A folder holding a script that once hung still lists, lints and tests its good "
          "scenarios",
          "[sandbox][hostile][folder]") {
    Folder folder("hang");
    // The seven reproductions of the review, one or more per hole.
    for (const char* name :
         {"declare_during_play.lua", "table_remove_len.lua", "table_insert_len.lua",
          "find_long_needle.lua", "call_self.lua", "call_self_added_later.lua",
          "title_invalid_utf8.lua", "learner_line_invalid.lua", "topics_flood.lua",
          "state_big_text.lua", "explorer_budget_when.lua"})
        folder.addHostile(name);
    goodOnesStillShow(folder);
    const auto lint = test::runCliIsolated({"lint", folder.dir.string()}, 20.0 * test::kSlowdown);
    CHECK_THAT(lint.output, Catch::Contains("a-table_remove_len.lua:4: error:"));
    CHECK_THAT(lint.output, Catch::Contains("a-declare_during_play.lua:6: error:"));
}

TEST_CASE("A rubric file in a scenario folder adds to the library's rubric and cannot redefine "
          "it",
          "[sandbox][hostile][folder]") {
    Folder folder("rubric");
    const std::string body =
        " {\n  kind = \"principle\", group = \"House\", title = \"T\",\n"
        "  requires = \"r\", consequence = { customer = \"c\", business = "
        "\"b\" },\n  source = \"House rules\", weight = 1, critical = false }\n";
    folder.add("house.lua", "principle \"house.tea\"" + body + "principle \"heat.hear\"" + body);
    const auto lint = test::runCliIsolated({"lint", folder.dir.string()}, 20.0 * test::kSlowdown);
    INFO(lint.output);
    REQUIRE(lint.finished);
    // The redefinition is reported at its own line ...
    CHECK_THAT(lint.output, Catch::Contains("house.lua:5: error: principle 'heat.hear' is "
                                            "already defined in the library"));
    // ... the new principle is accepted, and the good scenarios are scored by the library's
    // rubric as before: no flood of "not in the rubric" errors.
    CHECK_THAT(lint.output, !Catch::Contains("not in the rubric"));
    CHECK_THAT(lint.output, !Catch::Contains("house.lua:1: error"));
    goodOnesStillShow(folder);
}

TEST_CASE("Two files with one scenario id are both told and neither is playable",
          "[sandbox][hostile][folder]") {
    Folder folder("duplicate");
    // A broken draft that reuses the kettle's id and sorts first.
    folder.add("0-draft.lua", "scenario { id = \"brightmart.faulty-kettle\", title = \"Draft\",\n"
                              "  brief = \"b\", customer = { name = \"S\" }, start = \"a\" }\n"
                              "node \"a\" { customer = \"Hi\" }\n");
    const auto lint = test::runCliIsolated({"lint", folder.dir.string()}, 20.0 * test::kSlowdown);
    INFO(lint.output);
    CHECK_THAT(lint.output, Catch::Contains("0-draft.lua:1: error: scenario id "
                                            "'brightmart.faulty-kettle' is also used by"));
    CHECK_THAT(lint.output, Catch::Contains("faulty-kettle.lua:4: error: scenario id "
                                            "'brightmart.faulty-kettle' is also used by"));
    const auto play = test::runCli({"play", "brightmart.faulty-kettle", "--scenarios",
                                    folder.dir.string(), "--choose", "1", "--no-record"});
    CHECK(play.code != 0);
}

TEST_CASE("20,000 choices after 1.4 million comment lines lint within 2 s",
          "[sandbox][hostile][folder]") {
    Folder folder("lines");
    std::string text;
    text.reserve(12u << 20);
    for (int i = 0; i < 1'400'000; ++i)
        text += "--\n";
    text += "scenario { id = \"hostile.lines\", title = \"t\", brief = \"b\", customer = { name = "
            "\"S\" }, start = \"a\" }\nnode \"a\" { customer = \"Hi\",\n";
    for (int i = 0; i < 20'000; ++i)
        text += "  choice { \"Go " + std::to_string(i) +
                "\", go = \"done\", why = \"w\", when = function(s) return s.mood > -100 end },\n";
    text += "}\nending \"done\" { kind = \"resolved\", summary = \"s\" }\n";
    folder.add("a-lines.lua", text);
    const auto lint = test::runCliIsolated({"lint", (folder.dir / "a-lines.lua").string()},
                                           2.0 * test::kSlowdown);
    INFO(lint.output.substr(0, 2000));
    INFO("took " << lint.seconds << " s");
    REQUIRE(lint.finished);
    CHECK(lint.signal == 0);
}
