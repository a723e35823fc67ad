// The window's library reads scenario files only as far as their headers, and the rest when one is
// opened: the cards must be the same as from a full read, and nothing may be missed on opening.
#include "app/model/app_state.hpp"
#include "script/header_scan.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace frontline;
namespace fs = std::filesystem;

namespace {

// A copy of the bundled library in a folder of its own, with extra files added by the test.
struct LibraryCopy {
    fs::path dir = fs::temp_directory_path() / ("frontline-headers-" + std::to_string(::getpid()));
    LibraryCopy() {
        fs::remove_all(dir);
        fs::copy(FRONTLINE_SCENARIOS_DIR, dir, fs::copy_options::recursive);
    }
    ~LibraryCopy() { fs::remove_all(dir); }
    void add(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
    }
};

const std::string kHeader =
    "-- a comment { with a brace\n"
    "scenario {\n  id = \"brightmart.late\", title = \"Late {not a brace}\",\n"
    "  brief = [[B } ]], organisation = \"brightmart\",\n"
    "  customer = { name = \"Sam\" }, start = \"a\", -- } here too\n}\n";

} // namespace

TEST_CASE("The header ends where the scenario call closes, whatever strings and comments hold",
          "[library]") {
    const auto end = script::headerEnd(kHeader + "node \"a\" { }\n");
    REQUIRE(end);
    CHECK(kHeader.substr(0, *end).back() == '}');
    CHECK(*end == kHeader.size() - 1);
    CHECK(script::headerEnd("scenario({ id = 'x' }) node 'a' {}") == std::size_t{22});
    CHECK(script::headerEnd("--[==[ long\n]] still ]==]\nscenario { a = '}' }") == std::size_t{46});
    CHECK_FALSE(script::headerEnd("local x = 1\nscenario { }"));       // code before the header
    CHECK_FALSE(script::headerEnd("rubric { }"));                      // another kind of file
    CHECK_FALSE(script::headerEnd("scenario { title = \"unclosed }")); // never closes
    CHECK_FALSE(script::headerEnd("scenario { brief = [[ open "));
    CHECK_FALSE(script::headerEnd(""));
}

TEST_CASE("Cards from headers alone are the cards from full files", "[library]") {
    const script::Library full = script::loadLibrary({FRONTLINE_SCENARIOS_DIR});
    script::Library headers = script::loadLibraryHeaders({FRONTLINE_SCENARIOS_DIR});
    REQUIRE(headers.entries.size() == full.entries.size());
    std::size_t deferred = 0;
    for (std::size_t i = 0; i < full.entries.size(); ++i) {
        const auto& a = full.entries[i];
        const auto& b = headers.entries[i];
        INFO(a.path);
        CHECK(a.kind == b.kind);
        CHECK(a.usable() == b.usable());
        if (!a.scenario) continue;
        deferred += b.deferred;
        CHECK(a.scenario->id == b.scenario->id);
        CHECK(a.scenario->title == b.scenario->title);
        CHECK(a.scenario->organisation == b.scenario->organisation);
        CHECK(a.scenario->topics == b.scenario->topics);
        CHECK(a.scenario->level == b.scenario->level);
        CHECK(a.scenario->minutes == b.scenario->minutes);
        CHECK(a.scenario->brief == b.scenario->brief);
        // Opening one reads the rest: the same scenario as a full read, in the same place.
        const script::LoadedFile* opened = headers.complete(&b);
        CHECK(opened == &headers.entries[i]);
        CHECK_FALSE(opened->deferred);
        CHECK(opened->scenario->nodes.size() == a.scenario->nodes.size());
        CHECK(opened->scenario->version == a.scenario->version);
        CHECK(opened->scripting != nullptr);
        CHECK(test::messages(opened->diagnostics) == test::messages(a.diagnostics));
    }
    CHECK(deferred == full.usable().size()); // every bundled scenario opens with its header
    CHECK(headers.complete(nullptr) == nullptr);
}

TEST_CASE("A mistake past the header shows when the scenario is opened", "[library][app]") {
    LibraryCopy copy;
    copy.add("late.lua", kHeader + "node \"a\" {\n  customer = \"Hi\",\n  choice { \"Go\", go = "
                                   "\"nowhere\", credit = \"heat.heer\" },\n}\n");
    copy.add("early.lua", "scenario { id = \"brightmart.early\", title = 5 }\n");
    script::Library headers = script::loadLibraryHeaders({copy.dir.string()});
    const script::LoadedFile* late = headers.find("brightmart.late");
    REQUIRE(late != nullptr); // a card until it is opened
    CHECK(late->deferred);
    CHECK(headers.find("brightmart.early") == nullptr); // a bad header is read in full at once
    const script::LoadedFile* opened = headers.complete(late);
    CHECK_FALSE(opened->usable());
    CHECK(test::anyMessage(opened->diagnostics, "nowhere"));
    CHECK(test::anyMessage(opened->diagnostics, "did you mean 'heat.hear'")); // rubric checked

    app::AppState state(script::loadLibraryHeaders({copy.dir.string()}), app::Settings{});
    const auto cards = state.library().cards().size();
    CHECK_FALSE(state.openBriefing("brightmart.late"));
    CHECK(state.notice().find("late.lua:") != std::string::npos); // file:line of the first error
    CHECK(state.library().cards().size() == cards - 1);           // it joins the files to fix
    CHECK(state.openBriefing("brightmart.faulty-kettle"));
    CHECK(state.start(Mode::Practice));
    CHECK(state.attempt()->session().offers().size() > 1);
}

TEST_CASE("A classroom session reads its scenario in full when it starts", "[library][app]") {
    app::AppState state(script::loadLibraryHeaders({FRONTLINE_SCENARIOS_DIR}), app::Settings{});
    REQUIRE(state.openClassroom("brightmart.faulty-kettle"));
    app::ClassroomView& room = *state.classroom();
    CHECK(room.start(ClassClock::now()));
    REQUIRE(room.session);
    CHECK_FALSE(state.content().find("brightmart.faulty-kettle")->deferred);
    CHECK(state.content().find("northway.abusive-caller")->deferred); // the others wait
}
