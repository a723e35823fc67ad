// The author screen's model without a display: the map and problems, playtest from a node with
// the inspector, and hot reload (same point after an edit; a broken edit keeps the last good).
#include "app/model/app_state.hpp"
#include "app/model/drive.hpp"
#include "app/model/editor_launch.hpp"
#include "support.hpp"

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <memory>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

using namespace frontline;
using namespace frontline::app;

namespace {

// A scenario whose words and ids the tests rewrite on disk, as a trainer saving in an editor.
const std::string kDraft = R"(scenario { id = "t.draft", title = "Draft", brief = "B",
  customer = { name = "Sam" }, start = "greet", state = { tested = false } }
node "greet" {
  customer = "It's broken.",
  choice { "Test it", id = "test", go = "check", set = { tested = true }, why = "w" },
  choice { "Look", id = "look", go = "check", why = "w" },
}
node "check" {
  customer = "Well?",
  choice { "Refund", id = "refund", go = "refund", when = "tested", why = "w" },
  choice { "Give up", id = "give-up", go = "lost", why = "w" },
}
node "refund" { customer = "Thanks.", choice { "Bye", id = "bye", go = "done", why = "w" } }
ending "done" { kind = "resolved", summary = "Done." }
ending "lost" { kind = "lost", summary = "Lost." }
)";

struct Workspace {
    std::filesystem::path dir;
    std::filesystem::path file;

    explicit Workspace(const std::string& name)
        : dir(std::filesystem::temp_directory_path() / ("frontline-test-author-" + name)),
          file(dir / "draft.lua") {
        std::filesystem::remove_all(dir);
        std::filesystem::create_directories(dir);
        save(kDraft);
    }
    ~Workspace() { std::filesystem::remove_all(dir); }

    // Writes the file and moves its time on, as a later save would (file systems with coarse
    // clocks would otherwise see no change).
    void save(const std::string& text) {
        const bool existed = std::filesystem::exists(file);
        const auto before = existed ? std::filesystem::last_write_time(file)
                                    : std::filesystem::file_time_type::clock::now();
        std::ofstream(file, std::ios::trunc) << text;
        std::filesystem::last_write_time(file, before + std::chrono::seconds(2));
    }
    void edit(const std::string& from, const std::string& to) {
        std::string text = kDraft;
        const auto at = text.find(from);
        REQUIRE(at != std::string::npos);
        text.replace(at, from.size(), to);
        save(text);
    }
    // The state never moves (its screens hold a reference to it): it lives on the heap.
    std::unique_ptr<AppState> state() const {
        const std::string path = dir.string();
        auto s = std::make_unique<AppState>(script::loadLibrary({path}), Settings{});
        s->loadContent = [path] { return script::loadLibrary({path}); };
        return s;
    }
};

void playTo(AppState& state, const std::vector<std::size_t>& choices) {
    REQUIRE(state.openBriefing("t.draft"));
    REQUIRE(state.start(Mode::Practice));
    for (std::size_t i : choices)
        state.choose(i);
}

std::size_t nodeIndex(const AppState& state, const std::string& id) {
    const Scenario& s = *state.scenarioFile()->scenario;
    return s.indexOf(*s.find(id));
}

} // namespace

TEST_CASE("Hot reload: an edit is picked up and play stays at the same point",
          "[app][author][reload]") {
    Workspace w("same-point");
    const auto owned = w.state();
    AppState& state = *owned;
    playTo(state, {0}); // Test it -> check
    REQUIRE(state.attempt()->session().node().id == "check");
    const auto started = state.attempt()->startedAt();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));

    w.edit("customer = \"Well?\"", "customer = \"So, what now?\"");
    state.reload();
    // The same attempt goes on: its clock is not restarted (a trainer saw 0:03 become 0:00).
    CHECK(state.attempt()->startedAt() == started);
    const Session& s = state.attempt()->session();
    CHECK(s.node().id == "check");
    CHECK(s.steps().size() == 1);
    CHECK(std::get<bool>(s.state().vars.at("tested")));
    CHECK(s.transcript().back().text == "So, what now?");
    CHECK(state.reloadErrors().empty());
    CHECK_THAT(state.notice(), Catch::Contains("Reloaded draft.lua: back at step 2 ('check')"));
    CHECK(state.noticeDone()); // drawn in the colour of success

    // A broken save after it must not look like the success it replaced.
    w.edit("customer = \"Well?\"", "customer = ,");
    state.reload();
    CHECK_THAT(state.notice(), Catch::Contains("the last good version is still running"));
    CHECK_FALSE(state.noticeDone());
}

TEST_CASE("Hot reload: the watcher notices a save within a second, and only then",
          "[app][author][reload]") {
    Workspace w("watch");
    const auto owned = w.state();
    AppState& state = *owned;
    playTo(state, {0});
    const auto t0 = Clock::now();
    CHECK_FALSE(state.update(t0)); // the first look records the files as they are
    const auto deadline = state.nextDeadline(t0 + std::chrono::milliseconds(10));
    REQUIRE(deadline);
    CHECK(*deadline - t0 <= std::chrono::seconds(1));
    w.edit("customer = \"Well?\"", "customer = \"Changed on disk\"");
    CHECK_FALSE(state.update(t0 + std::chrono::milliseconds(100))); // not due yet
    CHECK(state.update(t0 + std::chrono::milliseconds(600)));
    CHECK(state.attempt()->session().transcript().back().text == "Changed on disk");
    CHECK_FALSE(state.update(t0 + std::chrono::milliseconds(1200))); // nothing new

    state.backToLibrary(); // nothing open: nothing watched, nothing to wake for
    CHECK_FALSE(state.nextDeadline(t0 + std::chrono::seconds(2)));
}

TEST_CASE("Hot reload: a broken save shows file:line and keeps the last good version running",
          "[app][author][reload]") {
    Workspace w("broken");
    const auto owned = w.state();
    AppState& state = *owned;
    playTo(state, {0});
    const Session* before = &state.attempt()->session();

    SECTION("a half-written file") {
        w.edit("node \"refund\" {", "node \"refund\" { customer = ,");
        state.reload();
        REQUIRE_FALSE(state.reloadErrors().empty());
        CHECK_THAT(state.reloadErrors().front(), Catch::Contains("draft.lua:13:"));
        CHECK_THAT(state.notice(), Catch::Contains("the last good version is still running"));
    }
    SECTION("an infinite loop added to a `when` where the learner stands") {
        w.edit("when = \"tested\"", "when = function(s) while true do end end");
        state.reload();
        REQUIRE_FALSE(state.reloadErrors().empty());
        CHECK_THAT(state.reloadErrors().front(), Catch::Contains("draft.lua:10:"));
    }
    // Same session, same words, and it still plays.
    CHECK(&state.attempt()->session() == before);
    CHECK(state.scenarioFile()->scenario->find("refund") != nullptr);
    CHECK(state.attempt()->offers().size() == 2);
    state.choose(0);
    CHECK(state.attempt()->session().node().id == "refund");

    // Fixing the file brings the new version in.
    w.edit("customer = \"Thanks.\"", "customer = \"Thank you!\"");
    state.reload();
    CHECK(state.reloadErrors().empty());
    CHECK(state.attempt()->session().transcript().back().text == "Thank you!");
}

TEST_CASE("Hot reload: where replay can no longer follow, it says where it stopped",
          "[app][author][reload]") {
    Workspace w("stopped");
    const auto owned = w.state();
    AppState& state = *owned;
    playTo(state, {0, 0}); // test, refund
    w.edit("id = \"refund\"", "id = \"pay-back\"");
    state.reload();
    const Session& s = state.attempt()->session();
    CHECK(s.node().id == "check");
    CHECK(s.steps().size() == 1);
    CHECK_THAT(state.notice(), Catch::Contains("Replay stopped at step 2"));
    CHECK_THAT(state.notice(), Catch::Contains("check.refund"));
}

TEST_CASE("Hot reload: a rename that orphans nodes shows the new problems on the map",
          "[app][author][reload]") {
    Workspace w("orphans");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    CHECK(state.author()->marks().unreached.empty());
    w.edit("node \"check\" {", "node \"checking\" {");
    state.reload();
    // `check` is gone, so choices going there now fail lint: the last good version stays.
    REQUIRE_FALSE(state.reloadErrors().empty());
    CHECK_THAT(state.reloadErrors().front(),
               Catch::Contains("goes to 'check', which is not a node"));
    CHECK_FALSE(state.author()->reloadErrors.empty());
    CHECK(state.author()->scenario().find("check") != nullptr);

    // Only a way in lost (no broken `go`): it loads, and the map greys what nothing reaches.
    w.edit(
        "choice { \"Refund\", id = \"refund\", go = \"refund\", when = \"tested\", why = \"w\" },",
        "");
    state.reload();
    CHECK(state.reloadErrors().empty());
    CHECK(state.author()->marks().unreached.count("refund") == 1);
    bool listed = false;
    for (const Problem& p : state.author()->problems())
        listed = listed || (p.node && state.author()->scenario().nodes[*p.node].id == "refund");
    CHECK(listed);
}

TEST_CASE("Author view: problems select their node, N walks the map, the view fits",
          "[app][author]") {
    Workspace w("view");
    w.edit(
        "choice { \"Refund\", id = \"refund\", go = \"refund\", when = \"tested\", why = \"w\" },",
        "choice { \"Refund\", id = \"refund\", go = \"refund\", when = \"never\" },");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    AuthorView& view = *state.author();
    CHECK(view.selected == nodeIndex(state, "greet")); // the start
    REQUIRE_FALSE(view.problems().empty());
    CHECK(view.problems().front().diagnostic.severity == Severity::Error); // errors first
    std::size_t refundProblem = view.problems().size();
    for (std::size_t i = 0; i < view.problems().size(); ++i)
        if (view.problems()[i].diagnostic.message.find("'refund' is never reached") !=
            std::string::npos)
            refundProblem = i;
    REQUIRE(refundProblem < view.problems().size());
    view.selectProblem(refundProblem);
    CHECK(view.selected == nodeIndex(state, "refund"));

    view.selected.reset();
    state.handleKey(letterKey('n'));
    CHECK(view.selected == nodeIndex(state, "greet"));
    state.handleKey(letterKey('n'));
    CHECK(view.selected == nodeIndex(state, "check"));
    state.handleKey(letterKey('n', true));
    CHECK(view.selected == nodeIndex(state, "greet"));

    view.fit(800, 600, 20);
    for (const PlacedNode& n : view.layout().nodes) { // every box inside the canvas
        const Point c = view.toCanvas(n.centre, 20);
        CHECK(c.x > 0);
        CHECK(c.x < 800);
        CHECK(c.y > 0);
        CHECK(c.y < 600);
    }
    const Point greet = view.toCanvas(view.layout().nodes[nodeIndex(state, "greet")].centre, 20);
    CHECK(view.nodeAt(greet.x, greet.y, 20) == nodeIndex(state, "greet"));
    // Zooming about a point keeps that point still.
    view.zoomBy(2.f, greet.x, greet.y, 20);
    const Point after = view.toCanvas(view.layout().nodes[nodeIndex(state, "greet")].centre, 20);
    CHECK(after.x == Approx(greet.x));
    CHECK(after.y == Approx(greet.y));
    const float zoom = view.zoom;
    state.handleKey(key(Key::Minus));
    CHECK(view.zoom < zoom);
    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Library);
}

TEST_CASE("Playtest from the map: real state, an inspector that edits, Escape back to the map",
          "[app][author][playtest]") {
    Workspace w("playtest");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    state.author()->selected = nodeIndex(state, "refund");
    state.handleKey(key(Key::Enter));
    REQUIRE(state.screen() == Screen::Play);
    CHECK(state.playtesting());
    const Session& s = state.attempt()->session();
    CHECK(s.node().id == "refund");
    CHECK(std::get<bool>(s.state().vars.at("tested")));
    CHECK(s.choiceIds() == std::vector<std::string>{"greet.test", "check.refund"});
    CHECK_THAT(state.notice(),
               Catch::Contains("Playtest from 'refund', cleanest route: 2 choices, no breach."));

    // The inspector: back at `check`, unset the flag and the refund is no longer offered.
    state.undo();
    REQUIRE(state.attempt()->session().node().id == "check");
    CHECK(state.attempt()->offers().size() == 2);
    state.setVariable("tested", "false");
    CHECK(state.attempt()->offers().size() == 1);
    CHECK(state.attempt()->session().edited());
    state.setVariable("mood", "85");
    CHECK(state.attempt()->session().state().mood == 85);
    state.setVariable("mood", "cheerful"); // not a number: the mood stays a number
    CHECK(state.attempt()->session().state().mood == 85);
    CHECK(state.notice() == "mood takes a whole number.");
    state.setVariable("mood", "250"); // kept in range, as a choice's mood change is
    CHECK(state.attempt()->session().state().mood == 100);

    // Enter in an inspector field sets the value; it does not also take a choice.
    CHECK_FALSE(state.handleKey(key(Key::Enter), true));
    CHECK(state.attempt()->session().node().id == "check");

    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Author);
    CHECK(state.author()->current == "check");

    // A node nothing reaches: said on the map, no play started.
    w.edit("go = \"refund\", when = \"tested\"", "go = \"refund\", when = \"never\"");
    state.reload();
    REQUIRE(state.reloadErrors().empty());
    CHECK_FALSE(state.playtestFrom(nodeIndex(state, "refund")));
    CHECK(state.screen() == Screen::Author);
    CHECK_THAT(state.author()->note, Catch::Contains("No play reaches 'refund'"));
}

TEST_CASE("Ctrl+S saves a playtest as a transcript test that frontline test replays",
          "[app][author][playtest][transcripts]") {
    Workspace w("save-test");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    state.author()->selected = nodeIndex(state, "refund");
    state.handleKey(key(Key::Enter));
    REQUIRE(state.playtesting());
    state.handleKey(digitKey(1)); // "Bye": the route ends at `done`
    REQUIRE(state.attempt()->finished());
    CHECK(state.hints().find("Ctrl+S save as test") != std::string::npos);
    REQUIRE(state.handleKey(letterKey('s', false, true)));
    const auto saved = w.dir / "draft.transcript";
    REQUIRE(std::filesystem::exists(saved));
    CHECK_THAT(state.notice(), Catch::Contains("Saved as test 'playtest 1 to 'done''"));
    std::ifstream in(saved);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    CHECK_THAT(text, Catch::Contains("test: playtest 1 to 'done'"));
    CHECK_THAT(text, Catch::Contains("ending: done"));
    // A second save is a second test in the same file.
    REQUIRE(state.handleKey(letterKey('s', false, true)));
    CHECK_THAT(state.notice(), Catch::Contains("'playtest 2 to 'done''"));

    const std::string folder = w.dir.string();
    const test::CliRun pass = test::runCli({"test", "--scenarios", folder, folder});
    INFO(pass.out << pass.err);
    // (The draft itself fails test: it scores nothing, so guessing passes. Its tests pass.)
    CHECK_THAT(pass.out, Catch::Contains("transcript tests: 2 passed, 0 failed"));
    // The customer's words changed after the test was saved: it fails with a diff.
    w.edit("customer = \"Thanks.\"", "customer = \"Cheers.\"");
    const test::CliRun fail = test::runCli({"test", "--scenarios", folder, folder});
    INFO(fail.out << fail.err);
    CHECK_THAT(fail.out, Catch::Contains("transcript tests: 0 passed, 2 failed"));
    CHECK_THAT(fail.out, Catch::Contains("- customer: Thanks."));
    CHECK_THAT(fail.out, Catch::Contains("+ customer: Cheers."));

    // Set by hand in the inspector: no test could replay it, so it is not saved.
    state.undo();
    state.setVariable("tested", "false");
    CHECK_FALSE(state.handleKey(letterKey('s', false, true)));
    CHECK_THAT(state.notice(), Catch::Contains("Not saved"));
}

TEST_CASE("Values typed in the inspector", "[app][author]") {
    CHECK(std::get<bool>(parseValue(" true ")));
    CHECK_FALSE(std::get<bool>(parseValue("false")));
    CHECK(std::get<std::int64_t>(parseValue("-3")) == -3);
    CHECK(std::get<double>(parseValue("2.5")) == 2.5);
    CHECK(std::get<std::string>(parseValue("\"3\"")) == "3");
    CHECK(std::get<std::string>(parseValue("refund")) == "refund");
    CHECK(std::get<std::string>(parseValue("")).empty());
    CHECK(std::get<std::string>(parseValue("nan")) == "nan");
}

TEST_CASE("Screenshots reach the author screen and a playtest", "[app][author]") {
    AppState state(script::loadLibrary({frontline::test::library("")}), {});
    std::string problem;
    auto author = screenRequestFor("author");
    REQUIRE(author);
    author->scenario = "brightmart.faulty-kettle";
    REQUIRE(driveTo(state, *author, problem));
    CHECK(state.screen() == Screen::Author);
    auto playtest = screenRequestFor("playtest");
    REQUIRE(playtest);
    playtest->scenario = "brightmart.faulty-kettle";
    playtest->choose = {2, 1};
    REQUIRE(driveTo(state, *playtest, problem));
    CHECK(state.playtesting());
    CHECK_FALSE(state.attempt()->session().steps().empty());
}

TEST_CASE("A opens the author screen from the library and from a briefing", "[app][author]") {
    Workspace w("keys");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.screen() == Screen::Library);
    CHECK(state.handleKey(letterKey('a')));
    CHECK(state.screen() == Screen::Author);
    CHECK(state.author()->scenario().id == "t.draft");
    state.handleKey(key(Key::Escape));
    REQUIRE(state.openBriefing("t.draft"));
    CHECK(state.handleKey(letterKey('a')));
    CHECK(state.screen() == Screen::Author);
    // Typing in a text field: the letter is the field's, the map's keys stay put.
    state.handleKey(key(Key::Escape));
    CHECK_FALSE(state.handleKey(letterKey('a'), true));
    CHECK(state.screen() == Screen::Library);
}

TEST_CASE("Hot reload: a scenario opened with errors shows its newest problems as they change",
          "[app][author][reload]") {
    Workspace w("still-broken");
    w.edit("go = \"lost\"", "go = \"lots\"");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    auto mentions = [&](const std::string& fragment) {
        for (const Problem& p : state.author()->problems())
            if (p.diagnostic.message.find(fragment) != std::string::npos) return true;
        return false;
    };
    CHECK(mentions("goes to 'lots'"));
    w.edit("go = \"lost\"", "go = \"lots2\"");
    state.reload();
    CHECK(state.reloadErrors().empty());
    CHECK(mentions("goes to 'lots2'"));
    CHECK_FALSE(mentions("goes to 'lots'"));
    CHECK_FALSE(state.playtestFrom(0)); // errors: no play until they are fixed
    CHECK_THAT(state.author()->note, Catch::Contains("Fix the errors first"));
}

TEST_CASE("The author's side panel calibrates the grades as explore does", "[app][author]") {
    AppState state(script::loadLibrary({FRONTLINE_SCENARIOS_DIR}), Settings{});
    REQUIRE(state.openAuthor("brightmart.faulty-kettle"));
    const ExploreSummary& s = state.author()->summary();
    REQUIRE_FALSE(s.breached.empty());
    REQUIRE_FALSE(s.endingBest.empty());
    const test::CliRun cli = test::runCli({"explore", "brightmart.faulty-kettle"});
    REQUIRE(cli.code == 0);
    // Each principle's line in `explore` names the same best and worst grades.
    for (const ExploreSummary::Breached& b : s.breached) {
        INFO(b.principle << ": best " << b.best << ", worst " << b.worst);
        const auto at = cli.out.find("  " + b.principle + " ");
        REQUIRE(at != std::string::npos);
        const std::string line = cli.out.substr(at, cli.out.find('\n', at) - at);
        const std::string bestGrade = b.best.substr(0, b.best.find(' '));
        const std::string worstGrade = b.worst.substr(0, b.worst.find(' '));
        CHECK_THAT(line, Catch::Contains("best " + bestGrade));
        CHECK_THAT(line, Catch::Contains("worst " + worstGrade));
    }
    CHECK(s.endingBest.size() == s.endingsReached);
}

TEST_CASE("A deep map opens with readable words at its start, with a minimap that moves the view",
          "[app][author]") {
    const script::LoadedFile file = test::loadUsable(test::fixture("author/two-hundred.lua"));
    AuthorView view(file, Rubric{});
    const float unit = 20;
    view.canvasWidth = 800, view.canvasHeight = 600, view.unit = unit;
    view.fit(800, 600, unit);
    // Never opened smaller than a trainer can read.
    CHECK(view.zoom * unit * 0.8f >= AuthorView::kReadableTextPx - 0.01f);
    REQUIRE_FALSE(view.wholeInView());
    // The start is in view.
    const Point start = view.layout().nodes[*view.selected].centre;
    const AuthorView::Area shown = view.inView();
    CHECK((start.x >= shown.x0 && start.x <= shown.x1 && start.y >= shown.y0 &&
           start.y <= shown.y1));
    // The minimap sits inside the canvas, in its corner.
    const AuthorView::Area m = view.minimap();
    CHECK((m.x0 > 400 && m.y0 > 300 && m.x1 < 800 && m.y1 < 600));
    // Its centre is the map's centre; a click there centres the view on it.
    const auto middle = view.minimapPoint((m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2);
    REQUIRE(middle);
    CHECK(middle->x == Approx(view.layout().width / 2).margin(0.5));
    CHECK(middle->y == Approx(view.layout().height / 2).margin(0.5));
    view.centreOn(*middle);
    const AuthorView::Area moved = view.inView();
    CHECK((moved.x0 + moved.x1) / 2 == Approx(middle->x).margin(0.01));
    CHECK((moved.y0 + moved.y1) / 2 == Approx(middle->y).margin(0.01));
    CHECK_FALSE(view.minimapPoint(m.x0 - 5, m.y0 - 5)); // beside it: the map itself
    // Fitted whole (F): no minimap.
    view.fit(800, 600, unit);
    CHECK(view.wholeInView());
    CHECK_FALSE(view.minimapPoint((m.x0 + m.x1) / 2, (m.y0 + m.y1) / 2));
}

namespace {

// The lines that differ between two texts, 1-based, compared line by line.
std::vector<int> changedLines(const std::string& before, const std::string& after) {
    auto lines = [](const std::string& text) {
        std::vector<std::string> out;
        std::istringstream in(text);
        for (std::string line; std::getline(in, line);)
            out.push_back(line);
        return out;
    };
    const auto a = lines(before), b = lines(after);
    std::vector<int> changed;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i)
        if (i >= a.size() || i >= b.size() || a[i] != b[i]) changed.push_back(int(i) + 1);
    return changed;
}

std::string fileText(const std::filesystem::path& path) {
    std::ifstream in(path);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

TEST_CASE("Editing on the map writes only the edited line, then reloads and lints",
          "[app][author][edit]") {
    Workspace w("edit");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    const std::size_t check = nodeIndex(state, "check");
    const std::string before = fileText(w.file);

    // The customer's line at `check`.
    REQUIRE(state.authorScreen().edit(check, {script::TextField::Customer, "", ""},
                                      "So, is it fixed?"));
    const std::string after = fileText(w.file);
    CHECK(changedLines(before, after) == std::vector<int>{9});
    CHECK(state.author()->scenario().find("check")->customer.literal == "So, is it fixed?");
    CHECK_THAT(state.author()->note, Catch::Contains("Saved line 9 of draft.lua"));
    CHECK(state.reloadErrors().empty());

    // A choice's why, found by its id on its line.
    REQUIRE(state.authorScreen().edit(check, {script::TextField::Why, "give-up", ""},
                                      "Giving up loses the customer."));
    CHECK(changedLines(after, fileText(w.file)) == std::vector<int>{11});
    const Node& node = *state.author()->scenario().find("check");
    CHECK(node.choices[1].why.literal == "Giving up loses the customer.");

    // A new choice, linked to an ending picked from the map.
    REQUIRE(state.authorScreen().addChoice(check, {"Refund anyway", "anyway", "done", "w"}));
    const Node& grown = *state.author()->scenario().find("check");
    REQUIRE(grown.choices.size() == 3);
    CHECK(grown.choices[2].go == "done");
    CHECK(state.reloadErrors().empty());

    // A misspelt target: written (as a save would be), and lint's error is shown at once.
    REQUIRE(state.authorScreen().edit(check, {script::TextField::Go, "anyway", ""}, "dne"));
    CHECK_FALSE(state.reloadErrors().empty());
    CHECK_THAT(state.reloadErrors().front(), Catch::Contains("did you mean 'done'?"));
}

TEST_CASE("A field written as code is not edited on the map: its line is given for an editor",
          "[app][author][edit]") {
    Workspace w("edit-code");
    w.edit("customer = \"Well?\",", "customer = function(s) return \"Well?\" end,");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    const std::string before = fileText(w.file);
    CHECK_FALSE(state.authorScreen().edit(nodeIndex(state, "check"),
                                          {script::TextField::Customer, "", ""}, "Hm?"));
    CHECK(state.authorScreen().openAtLine == 9);
    CHECK_THAT(state.author()->note, Catch::Contains("open the file at line 9"));
    CHECK(fileText(w.file) == before);
}

TEST_CASE("A node added on the map is written after the selected one, selected, and linked by "
          "picking it as a choice's target",
          "[app][author][edit]") {
    Workspace w("add-node");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    const std::size_t check = nodeIndex(state, "check");
    REQUIRE(state.authorScreen().addNode(check, "ask_why", "Why do you ask?",
                                         {"Fair question", "next", "lost", ""}));
    CHECK(state.reloadErrors().empty());
    const Node* added = state.author()->scenario().find("ask_why");
    REQUIRE(added != nullptr);
    CHECK(added->customer.literal == "Why do you ask?");
    CHECK(state.author()->selected == state.author()->scenario().indexOf(*added));
    // Nothing leads there yet: the map says so, until a choice is linked to it.
    CHECK(state.author()->marks().unreached.count("ask_why") == 1);
    REQUIRE(state.authorScreen().edit(check, {script::TextField::Go, "give-up", ""}, "ask_why"));
    CHECK(state.author()->marks().unreached.count("ask_why") == 0);
    // An id already used is refused, and the file is left alone.
    const std::string before = fileText(w.file);
    CHECK_FALSE(state.authorScreen().addNode(check, "greet", "Again?", {"x", "y", "done", ""}));
    CHECK(fileText(w.file) == before);
}

TEST_CASE("A new choice left without an id takes one made from its words, unique in its node",
          "[app][author][edit]") {
    CHECK(suggestedChoiceId(nullptr, "Can I take your postcode?") == "can-i-take-your-postcode");
    CHECK(suggestedChoiceId(nullptr, "¿¡!") == "choice");
    CHECK(suggestedChoiceId(nullptr, std::string(80, 'a')).size() == 32);
    Workspace w("suggested-id");
    const auto owned = w.state();
    AppState& state = *owned;
    REQUIRE(state.openAuthor("t.draft"));
    const Node* greet = state.author()->scenario().find("greet");
    REQUIRE(greet != nullptr);
    CHECK(suggestedChoiceId(greet, "Test!") == "test-2"); // greet has a choice 'test'
    CHECK(suggestedChoiceId(greet, "Look") == "look-2");
    CHECK(suggestedChoiceId(greet, "Ask first") == "ask-first");
    // The suggestion is an id the file takes: the choice is added and lints clean.
    REQUIRE(state.authorScreen().addChoice(
        nodeIndex(state, "greet"), {"Test!", suggestedChoiceId(greet, "Test!"), "check", ""}));
    CHECK(state.reloadErrors().empty());
    CHECK(state.author()->scenario().find("greet")->choices.size() == 3);
}

TEST_CASE("A field written as code opens in the trainer's editor: $VISUAL, else $EDITOR, else "
          "the desktop's opener",
          "[app][author][edit]") {
    std::map<std::string, std::string> set;
    const Environment lookup = [&set](const char* name) -> const char* {
        const auto it = set.find(name);
        return it == set.end() ? nullptr : it->second.c_str();
    };
    const std::string file = "/scenarios/my draft's \"copy\".lua";
    CHECK(editorCommand(file, 12, lookup) == std::vector<std::string>{"xdg-open", file});
    set["EDITOR"] = "nano";
    CHECK(editorCommand(file, 12, lookup) ==
          std::vector<std::string>{"/bin/sh", "-c", "nano \"$@\"", "editor", "+12", file});
    set["VISUAL"] = ""; // set but empty counts as unset, as in git
    CHECK(editorCommand(file, 12, lookup)[2] == "nano \"$@\"");
    set["VISUAL"] = "code --wait";
    CHECK(editorCommand(file, 3, lookup) ==
          std::vector<std::string>{"/bin/sh", "-c", "code --wait \"$@\"", "editor", "+3", file});

    // The real thing: an editor with a word of its own, given the line and an awkward file name.
    const test::Scratch scratch("editor");
    const std::string record = (scratch.dir / "args").string();
    const std::string editor =
        scratch.write("record editor.sh", "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + record + "'\n");
    std::filesystem::permissions(editor, std::filesystem::perms::owner_all);
    const char* before = std::getenv("VISUAL");
    const std::string kept = before ? before : "";
    setenv("VISUAL", ("'" + editor + "' --flag").c_str(), 1);
    std::string why;
    const int pid = openInEditor(file, 7, why);
    if (before)
        setenv("VISUAL", kept.c_str(), 1);
    else
        unsetenv("VISUAL");
    REQUIRE(pid > 0);
    CHECK(why.empty());
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
    std::ifstream in(record);
    std::stringstream said;
    said << in.rdbuf();
    CHECK(said.str() == "--flag\n+7\n" + file + "\n");
}
