// The window and the learner records: every attempt kept as it is played, an unfinished one
// offered again on the next start, the progress screen, and the learner's rights over it all.
#include "app/model/app_state.hpp"
#include "app/model/drive.hpp"
#include "store/records.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <memory>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace frontline;
using namespace frontline::app;

namespace {

const std::vector<std::string>& kBestKettle = test::kettleBest();

struct Folder {
    fs::path path =
        fs::temp_directory_path() / ("frontline-app-records-" + std::to_string(::getpid()) + "-" +
                                     std::to_string(std::random_device{}()));
    Folder() { fs::create_directories(path); }
    ~Folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string records() const { return store::recordsPath(path.string()); }
};

// The state never moves (its screens hold a reference to it): it lives on the heap.
std::unique_ptr<AppState> stateWith(store::Records& records, const std::string& learner = "Sam") {
    Settings settings;
    settings.learner = learner;
    auto state =
        std::make_unique<AppState>(script::loadLibrary({FRONTLINE_SCENARIOS_DIR}), settings);
    state->useRecords(&records);
    return state;
}

// Takes the offered choice with this id, as a click would.
void take(AppState& state, const std::string& id) {
    const auto& offers = state.attempt()->offers();
    for (std::size_t i = 0; i < offers.size(); ++i)
        if (offers[i].choice->id == id) return state.choose(i);
    FAIL("choice " << id << " is not on offer");
}

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("The window records each choice as it is made and the result at the end",
          "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    REQUIRE(state.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(state.start(Mode::Assessment));
    CHECK(records.attempts().empty()); // nothing until the first choice
    for (std::size_t i = 0; i < 3; ++i)
        take(state, kBestKettle[i]);
    auto stored = records.attempts();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].choices.size() == 3); // committed before the next choice is shown
    CHECK(stored[0].mode == Mode::Assessment);
    CHECK_FALSE(stored[0].isFinished());
    for (std::size_t i = 3; i < kBestKettle.size(); ++i)
        take(state, kBestKettle[i]);
    state.finish();
    REQUIRE(state.screen() == Screen::Debrief);
    stored = records.attempts();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].isFinished());
    CHECK(stored[0].learner == "Sam");
    CHECK(stored[0].grade == state.debriefView()->debrief.grade);
    CHECK(stored[0].percent == state.debriefView()->debrief.percent);
    CHECK(stored[0].choiceIds() == kBestKettle);
    CHECK_FALSE(stored[0].principles.empty());
}

TEST_CASE("The records file deleted during play is started afresh and the status line says so",
          "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    REQUIRE(state.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(state.start(Mode::Practice));
    take(state, kBestKettle[0]);
    for (const char* side : {"", "-wal", "-shm"})
        fs::remove(folder.records() + side);
    take(state, kBestKettle[1]);
    CHECK_THAT(state.notice(), Catch::Contains("was deleted while Frontline ran"));
    REQUIRE(records.attempts().size() == 1);
    CHECK(records.attempts().front().choices.size() == 2);
}

TEST_CASE("Undo in the window takes the choice out of the record", "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    REQUIRE(state.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(state.start(Mode::Practice));
    take(state, kBestKettle[0]);
    take(state, kBestKettle[1]);
    state.undo();
    CHECK(records.attempts().front().choiceIds() == std::vector<std::string>{kBestKettle[0]});
}

TEST_CASE("An attempt left unfinished is offered on the next start and resumes where it was",
          "[app][records]") {
    Folder folder;
    std::int64_t id = 0;
    {
        store::Records records(folder.records());
        const auto firstOwned = stateWith(records);
        AppState& first = *firstOwned;
        REQUIRE(first.openBriefing("brightmart.faulty-kettle"));
        REQUIRE(first.start(Mode::Practice));
        take(first, kBestKettle[0]);
        take(first, kBestKettle[1]);
        id = records.attempts().front().id;
    } // the program stops here, as after a crash: no finish, no goodbye

    store::Records records(folder.records());
    const auto againOwned = stateWith(records);
    AppState& again = *againOwned;
    REQUIRE(again.resumeOffer());
    CHECK(again.resumeOffer()->id == id);
    REQUIRE(again.handleKey(letterKey('r')));
    REQUIRE(again.screen() == Screen::Play);
    CHECK(again.attempt()->session().choiceIds() ==
          std::vector<std::string>{kBestKettle[0], kBestKettle[1]});
    CHECK_THAT(again.notice(), Catch::Contains("Resumed at step 3"));
    take(again, kBestKettle[2]);
    const auto stored = records.attempts();
    REQUIRE(stored.size() == 1); // the same attempt carries on
    CHECK(stored[0].choices.size() == 3);

    // Another learner at the same computer is not offered Sam's attempt.
    const auto alexOwned = stateWith(records, "Alex");
    AppState& alex = *alexOwned;
    CHECK_FALSE(alex.resumeOffer());
}

TEST_CASE("Resuming after the scenario changed stops where a choice is gone and says so",
          "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    AttemptRecord old;
    old.learner = "Sam";
    old.scenario = "brightmart.faulty-kettle";
    old.title = "The kettle that stopped heating";
    old.version = "an older version";
    old.organisation = "brightmart";
    REQUIRE(records.beginAttempt(old));
    for (const char* choice : {"arrives.listen", "describe.renamed-since", "tested.ask-proof"}) {
        ChoiceRecord c;
        c.step = static_cast<int>(records.attempts().front().choices.size()) + 1;
        c.node = "n";
        c.choice = choice;
        REQUIRE(records.addChoice(old.id, c));
    }
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    REQUIRE(state.resumeStored());
    CHECK(state.attempt()->session().steps().size() == 1);
    CHECK_THAT(state.notice(), Catch::Contains("has changed since you left it") &&
                                   Catch::Contains("describe.renamed-since"));
    CHECK(records.attempts().front().choiceIds() == std::vector<std::string>{"arrives.listen"});
}

TEST_CASE("Setting an unfinished attempt aside or starting afresh stops the offer",
          "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    {
        const auto firstOwned = stateWith(records);
        AppState& first = *firstOwned;
        REQUIRE(first.openBriefing("brightmart.faulty-kettle"));
        REQUIRE(first.start(Mode::Practice));
        take(first, kBestKettle[0]);
    }
    const auto asideOwned = stateWith(records);
    AppState& aside = *asideOwned;
    REQUIRE(aside.resumeOffer());
    aside.setAsideStored();
    CHECK_FALSE(aside.resumeOffer());
    CHECK_FALSE(stateWith(records)->resumeOffer());
    CHECK(records.attempts().front().abandoned);

    const auto freshOwned = stateWith(records);
    AppState& fresh = *freshOwned;
    REQUIRE(fresh.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(fresh.start(Mode::Practice));
    take(fresh, kBestKettle[0]);
    const auto nextOwned = stateWith(records);
    AppState& next = *nextOwned;
    REQUIRE(next.resumeOffer()); // the new one; starting afresh set the old one aside
    REQUIRE(next.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(next.start(Mode::Practice));
    CHECK_FALSE(next.resumeOffer());
}

TEST_CASE("Playtests from the author screen are not recorded", "[app][records]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    REQUIRE(state.openAuthor("brightmart.faulty-kettle"));
    REQUIRE(state.playtestFrom(3));
    REQUIRE(state.playtesting());
    take(state, state.attempt()->offers().front().choice->id);
    CHECK(records.attempts().empty());
}

TEST_CASE("The progress screen shows results exports evidence and deletes on a second press",
          "[app][records][progress]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    state.exportFolder = (folder.path / "exports").string();
    for (int round = 0; round < 2; ++round) {
        REQUIRE(state.openBriefing("brightmart.faulty-kettle"));
        REQUIRE(state.start(Mode::Practice));
        if (round == 0) {
            take(state, "arrives.manufacturer");
            take(state, state.attempt()->offers().front().choice->id);
        } else {
            for (const auto& id : kBestKettle)
                take(state, id);
        }
        state.finish();
        state.backToLibrary();
    }
    REQUIRE(state.handleKey(letterKey('p')));
    REQUIRE(state.screen() == Screen::Progress);
    const ProgressView& view = *state.progress();
    REQUIRE(view.progress().points.size() == 2);
    CHECK(view.progress().points[0].grade == Grade::Refer);
    CHECK(view.progress().points[1].grade == Grade::Distinction);
    REQUIRE_FALSE(view.progress().breaches.empty());
    CHECK(view.progress().breaches.front().attempts == 1);
    CHECK(view.progress().notTried.size() == state.content().usable().size() - 1);
    REQUIRE(view.selected == std::optional<std::size_t>(1)); // the latest
    state.handleKey(key(Key::Left));
    CHECK(view.selected == std::optional<std::size_t>(0));

    state.handleKey(letterKey('e'));
    CHECK_THAT(state.notice(), Catch::Contains("Evidence record saved"));
    const std::string html = (folder.path / "exports" / "Sam-attempt-1.html").string();
    CHECK(slurp(html).find("The kettle that stopped heating") != std::string::npos);
    CHECK(fs::exists(folder.path / "exports" / "Sam-attempt-1.md"));

    state.handleKey(letterKey('x'));
    const auto all =
        nlohmann::json::parse(slurp((folder.path / "exports" / "Sam-records.json").string()));
    CHECK(all["attempts"].size() == 2);

    state.handleKey(letterKey('c'));
    CHECK(view.tab == ProgressTab::Class);
    state.progressScreen().exportEveryone("csv");
    CHECK(slurp((folder.path / "exports" / "choices.csv").string()).find("arrives.manufacturer") !=
          std::string::npos);
    state.progressScreen().exportEveryone("xapi");
    CHECK(nlohmann::json::parse(slurp((folder.path / "exports" / "statements.json").string()))
              .size() == 2 + 1 + kBestKettle.size() + 1);
    REQUIRE(view.learners().size() == 1);
    CHECK(view.learners()[0].averagePercent == (view.progress().points[0].percent + 97 + 1) / 2);

    state.handleKey(letterKey('d'));
    CHECK_THAT(state.notice(), Catch::Contains("cannot be undone"));
    CHECK(records.attempts().size() == 2);
    state.handleKey(key(Key::Down)); // anything else disarms it
    state.handleKey(letterKey('d'));
    CHECK(records.attempts().size() == 2);
    state.handleKey(letterKey('d'));
    CHECK(records.attempts().empty());
    CHECK_FALSE(records.findLearner("Sam"));
    CHECK(view.progress().points.empty());
    state.handleKey(key(Key::Escape));
    CHECK(state.screen() == Screen::Library);
}

TEST_CASE("With the records off the window still plays and says why", "[app][records]") {
    Folder folder;
    std::ofstream(folder.path / "file") << "x";
    store::Records records(store::recordsPath((folder.path / "file").string()));
    REQUIRE(records.availability() == store::Availability::Off);
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    CHECK_THAT(state.notice(), Catch::Contains("Records are off"));
    REQUIRE(state.openBriefing("brightmart.faulty-kettle"));
    REQUIRE(state.start(Mode::Practice));
    take(state, kBestKettle[0]);
    CHECK(state.attempt()->session().steps().size() == 1);
    state.backToLibrary();
    CHECK_FALSE(state.handleKey(letterKey('p')));
    CHECK_THAT(state.notice(), Catch::Contains("cannot create the folder"));
}

TEST_CASE("A class session is recorded with its teams and votes", "[app][records][classroom]") {
    Folder folder;
    store::Records records(folder.records());
    const auto stateOwned = stateWith(records);
    AppState& state = *stateOwned;
    ScreenRequest request = *screenRequestFor("class-debrief");
    request.scenario = "brightmart.faulty-kettle";
    request.classMode = ClassMode::TeamTurns;
    request.choose = {3, 1};
    std::string problem;
    REQUIRE(driveTo(state, request, problem));
    const auto classes = records.classes();
    REQUIRE(classes.size() == 1);
    CHECK(classes[0].scenario == "brightmart.faulty-kettle");
    CHECK(classes[0].mode == "team turns");
    CHECK(classes[0].teams.size() == state.classroom()->debrief->teams.size());
    CHECK(classes[0].teams[0] == state.classroom()->debrief->teams[0].name);
    REQUIRE(classes[0].decisions.size() == 2);
    CHECK(classes[0].decisions[0].taken == 2);
    CHECK(classes[0].decisions[0].team == 0);
    CHECK(classes[0].ending == "sent_away");
    CHECK_FALSE(classes[0].started.empty());
}
