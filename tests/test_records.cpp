// The learner records: what is kept, that nothing committed is lost, and what a bad file gets.
#include "core/explorer.hpp"
#include "core/text.hpp"
#include "report/records_json.hpp"
#include "script/library.hpp"
#include "store/attempt_log.hpp"
#include "store/database.hpp"
#include "store/records.hpp"
#include "store/schema.hpp"
#include "support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace frontline;
using store::Availability;
using store::Records;

namespace {

// A fresh folder per test, removed at the end.
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("frontline-records-" + std::to_string(::getpid()) +
                                            "-" + std::to_string(std::random_device{}()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    std::string file(const std::string& name = "records.sqlite") const {
        return (path / name).string();
    }
};

std::string bytesOf(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeBytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

AttemptRecord draft(const std::string& learner, const std::string& scenario = "retail.kettle") {
    AttemptRecord r;
    r.learner = learner;
    r.scenario = scenario;
    r.title = "The faulty kettle";
    r.version = "v1";
    r.organisation = "retail";
    r.mode = Mode::Assessment;
    r.seed = 42;
    return r;
}

ChoiceRecord choice(int step, const std::string& id, std::vector<std::string> credited = {},
                    std::vector<std::string> breached = {}) {
    ChoiceRecord c;
    c.step = step;
    c.node = "node" + std::to_string(step);
    c.choice = id;
    c.text = "I said " + id;
    c.millis = 1000 * step + 250;
    c.credited = std::move(credited);
    c.breached = std::move(breached);
    return c;
}

// One attempt with two choices, finished with a Merit.
AttemptRecord finishedAttempt(Records& records, const std::string& learner) {
    AttemptRecord r = draft(learner);
    REQUIRE(records.beginAttempt(r));
    auto first = choice(1, "listen", {"heat-hear"});
    auto second = choice(2, "refund", {"cra-s20"}, {"policy-notes"});
    REQUIRE(records.addChoice(r.id, first));
    REQUIRE(records.addChoice(r.id, second));
    r.choices = {first, second};
    r.ending = "refunded";
    r.endingKind = EndingKind::Resolved;
    r.grade = Grade::Merit;
    r.percent = 72;
    r.points = 13;
    r.best = 18;
    r.principles = {{"cra-s20", PrincipleKind::Law, Status::Demonstrated,
                     "Short-term right to reject", "Consumer Rights Act 2015, s.20"},
                    {"policy-notes", PrincipleKind::Policy, Status::Breached, "Notes", "Policy 3"}};
    REQUIRE(records.finishAttempt(r));
    return r;
}

} // namespace

TEST_CASE("A new records file is created ready with the current schema", "[records]") {
    TempDir dir;
    Records records(store::recordsPath((dir.path / "deep" / "folder").string()));
    CHECK(records.availability() == Availability::Ready);
    CHECK(records.problem().empty());
    CHECK(fs::exists(dir.path / "deep" / "folder" / "records.sqlite"));
    CHECK(records.integrityCheck() == "ok");
    store::Database db(records.path(), store::Database::Access::ReadOnly);
    CHECK(store::schemaVersion(db) == store::currentSchema());
    auto mode = db.prepare("PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == "wal");
}

TEST_CASE("An attempt keeps its choices evidence and result", "[records]") {
    TempDir dir;
    Records records(dir.file());
    records.clock = [] { return std::string("2026-11-23T10:00:00.000Z"); };
    const AttemptRecord written = finishedAttempt(records, "Sam");

    const auto all = records.attempts();
    REQUIRE(all.size() == 1);
    const AttemptRecord& r = all.front();
    CHECK(r.id == written.id);
    CHECK(r.uuid.size() == 36);
    CHECK(r.learner == "Sam");
    CHECK(r.scenario == "retail.kettle");
    CHECK(r.mode == Mode::Assessment);
    CHECK(r.seed == 42);
    CHECK(r.started == "2026-11-23T10:00:00.000Z");
    CHECK(r.isFinished());
    CHECK(r.grade == Grade::Merit);
    CHECK(r.percent == 72);
    CHECK(r.endingKind == EndingKind::Resolved);
    CHECK(r.completionUuid.size() == 36);
    CHECK(r.completionUuid != r.uuid);
    CHECK(r.choiceIds() == std::vector<std::string>{"listen", "refund"});
    CHECK(r.choices[1].millis == 2250);
    CHECK(r.choices[1].text == "I said refund");
    CHECK(r.choices[1].credited == std::vector<std::string>{"cra-s20"});
    CHECK(r.choices[1].breached == std::vector<std::string>{"policy-notes"});
    CHECK(r.choices[0].uuid != r.choices[1].uuid);
    REQUIRE(r.principles.size() == 2);
    CHECK(r.principles[1].status == Status::Breached);
    CHECK(r.principles[0].source == "Consumer Rights Act 2015, s.20");
}

TEST_CASE("Undo forgets the choices from that step on", "[records]") {
    TempDir dir;
    Records records(dir.file());
    AttemptRecord r = draft("Sam");
    REQUIRE(records.beginAttempt(r));
    for (int step = 1; step <= 3; ++step) {
        auto c = choice(step, std::string("c").append(std::to_string(step)), {"p"});
        REQUIRE(records.addChoice(r.id, c));
    }
    REQUIRE(records.removeChoicesFrom(r.id, 2));
    auto again = choice(2, "other");
    REQUIRE(records.addChoice(r.id, again));
    CHECK(records.attempts().front().choiceIds() == std::vector<std::string>{"c1", "other"});
    CHECK(records.attempts().front().choices[1].credited.empty());
}

TEST_CASE("The latest unfinished attempt is offered for resume until set aside", "[records]") {
    TempDir dir;
    Records records(dir.file());
    finishedAttempt(records, "Sam");
    CHECK_FALSE(records.resumable("Sam"));
    AttemptRecord open = draft("Sam");
    REQUIRE(records.beginAttempt(open));
    auto c = choice(1, "listen");
    REQUIRE(records.addChoice(open.id, c));
    const auto offered = records.resumable("Sam");
    REQUIRE(offered);
    CHECK(offered->id == open.id);
    CHECK(offered->choiceIds() == std::vector<std::string>{"listen"});
    CHECK_FALSE(records.resumable("Alex"));
    REQUIRE(records.abandonAttempt(open.id));
    CHECK_FALSE(records.resumable("Sam"));
    CHECK(records.attempts().size() == 2); // set aside, not deleted
}

TEST_CASE("Deleting a learner removes every record of them even from the file's bytes",
          "[records]") {
    TempDir dir;
    Records records(dir.file());
    finishedAttempt(records, "Zebedee-Quinlan");
    finishedAttempt(records, "Sam");
    AttemptRecord open = draft("Zebedee-Quinlan");
    REQUIRE(records.beginAttempt(open));
    auto c = choice(1, "xylophone-answer");
    REQUIRE(records.addChoice(open.id, c));

    REQUIRE(records.deleteLearner("Zebedee-Quinlan"));
    CHECK_FALSE(records.findLearner("Zebedee-Quinlan"));
    CHECK(records.attempts().size() == 1);
    CHECK(records.attempts().front().learner == "Sam");
    CHECK(records.learners().size() == 1);
    CHECK(records.integrityCheck() == "ok");
    for (const char* suffix : {"", "-wal"}) {
        const std::string bytes = bytesOf(records.path() + suffix);
        CHECK(bytes.find("Zebedee-Quinlan") == std::string::npos);
        CHECK(bytes.find("xylophone-answer") == std::string::npos);
    }
    CHECK_FALSE(records.deleteLearner("Nobody"));
    CHECK_THAT(records.problem(), Catch::Contains("no learner called \"Nobody\""));
}

TEST_CASE("Learners are listed with their attempts", "[records]") {
    TempDir dir;
    Records records(dir.file());
    finishedAttempt(records, "Sam");
    AttemptRecord open = draft("Sam");
    REQUIRE(records.beginAttempt(open));
    REQUIRE(records.ensureLearner("Alex"));
    const auto all = records.learners();
    REQUIRE(all.size() == 2);
    CHECK(all[0].name == "Alex");
    CHECK(all[0].attempts == 0);
    CHECK(all[1].name == "Sam");
    CHECK(all[1].attempts == 2);
    CHECK(all[1].finished == 1);
    store::AttemptQuery finished;
    finished.finishedOnly = true;
    CHECK(records.attempts(finished).size() == 1);
}

TEST_CASE("A class session is kept with its teams and votes", "[records]") {
    TempDir dir;
    Records records(dir.file());
    ClassRecord c;
    c.scenario = "retail.kettle";
    c.version = "v1";
    c.organisation = "retail";
    c.mode = "team turns";
    c.teams = {"Red", "Blue"};
    c.started = "2026-11-23T09:00:00.000Z";
    c.ending = "refunded";
    c.grade = Grade::Pass;
    c.percent = 55;
    c.decisions = {{1, "start", {"listen", "argue"}, {14, 3}, 0, 0, "majority"},
                   {2, "offer", {"refund", "repair", "refuse"}, {1, 0, 0}, 1, 0, "majority"}};
    REQUIRE(records.addClass(c));
    const auto all = records.classes();
    REQUIRE(all.size() == 1);
    CHECK(all[0].teams == c.teams);
    REQUIRE(all[0].decisions.size() == 2);
    CHECK(all[0].decisions[0].votes == std::vector<int>{14, 3});
    CHECK(all[0].decisions[1].options.size() == 3);
    CHECK(all[0].decisions[1].team == 1);
    CHECK(all[0].grade == Grade::Pass);
    CHECK_FALSE(all[0].finished.empty());
}

TEST_CASE("A file that is not a database is kept aside and a new one started", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    writeBytes(path, "this is a learner's essay, not a database\n" + std::string(5000, 'x'));
    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    REQUIRE_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()).rfind("this is a learner's essay", 0) == 0);
    CHECK_THAT(records.problem(), Catch::Contains(path) && Catch::Contains(records.backup()) &&
                                      Catch::Contains("damaged") &&
                                      Catch::Contains("no attempt was recovered"));
    CHECK(records.attempts().empty());
    CHECK(records.integrityCheck() == "ok");
    finishedAttempt(records, "Sam");
}

TEST_CASE("A records file with damaged pages is kept aside and a new one started", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    {
        Records records(path);
        for (int i = 0; i < 40; ++i)
            finishedAttempt(records, "Learner " + std::to_string(i));
    }
    std::string bytes = bytesOf(path);
    REQUIRE(bytes.size() > 8192);
    for (std::size_t i = 4096 + 16; i < bytes.size() - 100; i += 7)
        bytes[i] = '\x5a';
    writeBytes(path, bytes);
    fs::remove(path + "-wal");
    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    CHECK_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()) == bytes);
    CHECK(records.attempts().empty());
}

TEST_CASE("A records file whose index is out of step with its table is kept aside", "[records]") {
    // Found by the fuzzer: quick_check passes it, integrity_check does not.
    TempDir dir;
    const std::string damaged =
        bytesOf(std::string(FRONTLINE_TEST_DATA) + "/fuzz/corpus/records/index-out-of-step.sqlite");
    writeBytes(dir.file(), damaged);
    Records records(dir.file());
    CHECK(records.availability() == Availability::Ready);
    REQUIRE_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()) == damaged);
    CHECK_THAT(records.problem(), Catch::Contains("missing from index"));
}

namespace {

// A records file holding `count` finished attempts (two choices each) by seven learners, closed
// so the log is folded back into it; the attempts as recorded, by id.
std::map<std::int64_t, AttemptRecord> recordAttempts(const std::string& path, int count) {
    std::map<std::int64_t, AttemptRecord> made;
    Records records(path);
    REQUIRE(records.writable());
    for (int i = 0; i < count; ++i) {
        const AttemptRecord r = finishedAttempt(records, "Learner " + std::to_string(i % 7));
        made[r.id] = r;
    }
    return made;
}

// The pages of one table or index in the file, as SQLite's dbstat lists them.
std::vector<std::int64_t> pagesOf(const std::string& path, const std::string& name,
                                  const std::string& type) {
    store::Database db(path, store::Database::Access::ReadOnly);
    auto pages = db.prepare("SELECT pageno FROM dbstat WHERE name = ?1 AND pagetype = ?2 "
                            "ORDER BY pageno");
    pages.bind(1, name).bind(2, type);
    std::vector<std::int64_t> found;
    while (pages.step())
        found.push_back(pages.integer(0));
    return found;
}

// 4 KiB of random bytes over one page (pages are 4 KiB, numbered from 1).
std::string overwritePage(const std::string& path, std::int64_t page, unsigned seed) {
    std::string bytes = bytesOf(path);
    const auto at = static_cast<std::size_t>(page - 1) * 4096;
    REQUIRE(at + 4096 <= bytes.size());
    std::mt19937 random(seed);
    for (std::size_t i = 0; i < 4096; ++i)
        bytes[at + i] = static_cast<char>(random() & 0xff);
    writeBytes(path, bytes);
    return bytes;
}

// Each attempt that can be read from a damaged file on its own, looked up by id (as the tests'
// witness: not how the records walk it), on a copy so the file itself is not touched.
std::map<std::int64_t, std::string> readableAttempts(const TempDir& dir, const std::string& path,
                                                     std::int64_t lastId) {
    const std::string copy = dir.file("witness.sqlite");
    fs::copy_file(path, copy, fs::copy_options::overwrite_existing);
    std::map<std::int64_t, std::string> readable;
    store::Database db(copy, store::Database::Access::ReadOnly);
    auto one = db.prepare("SELECT uuid FROM attempt WHERE id = ?1");
    for (std::int64_t id = 1; id <= lastId; ++id) {
        try {
            one.reset();
            one.bind(1, id);
            if (one.step()) readable[id] = one.text(0);
        } catch (const store::DatabaseError&) {
            // on a damaged page
        }
    }
    return readable;
}

} // namespace

TEST_CASE("A damaged records file has every attempt that can be read copied into the new one",
          "[records]") {
    // The review's case: 4 KiB of random bytes over a page of an index leaves every attempt
    // readable, yet the whole file used to be set aside and the new one started empty.
    TempDir dir;
    const std::string path = dir.file();
    const auto made = recordAttempts(path, 121);
    const auto index = pagesOf(path, "sqlite_autoindex_attempt_1", "leaf");
    REQUIRE(index.size() >= 2);
    const std::string damaged = overwritePage(path, index[index.size() / 2], 7);
    const auto readable = readableAttempts(dir, path, 121);
    REQUIRE(readable.size() == 121); // the damage is in the index, not the attempts

    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    REQUIRE_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()) == damaged); // the original is kept as it was
    CHECK_FALSE(fs::exists(records.backup() + "-shm"));
    CHECK_FALSE(fs::exists(records.backup() + "-wal"));
    CHECK_THAT(records.problem(), Catch::Contains("damaged") &&
                                      Catch::Contains("121 attempts by 7 learners") &&
                                      Catch::Contains("kept as " + records.backup()));
    const auto all = records.attempts();
    REQUIRE(all.size() == 121);
    for (const AttemptRecord& r : all) {
        const AttemptRecord& before = made.at(r.id);
        CHECK(r.uuid == before.uuid);
        CHECK(r.learner == before.learner);
        CHECK(r.choices.size() == 2);
        CHECK(r.choices[1].breached == before.choices[1].breached);
        CHECK(r.principles.size() == 2);
        CHECK(r.grade == Grade::Merit);
        CHECK(r.completionUuid == before.completionUuid);
    }
    CHECK(records.learners().size() == 7);
    CHECK(records.integrityCheck() == "ok");
    // The new file goes on recording after what was recovered.
    const AttemptRecord next = finishedAttempt(records, "Learner 0");
    CHECK(next.id == 122);
}

TEST_CASE("A records file with a page of attempts destroyed keeps every other attempt",
          "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    const auto made = recordAttempts(path, 121);
    const auto leaves = pagesOf(path, "attempt", "leaf");
    REQUIRE(leaves.size() >= 3);
    const std::string damaged = overwritePage(path, leaves[leaves.size() / 2], 11);
    const auto readable = readableAttempts(dir, path, 121);
    INFO(readable.size() << " of 121 attempts readable after the damage");
    REQUIRE(readable.size() < 121);
    REQUIRE(readable.size() > 100);

    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    REQUIRE_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()) == damaged);
    CHECK_THAT(records.problem(),
               Catch::Contains(std::to_string(readable.size()) + " attempts by 7 learners") &&
                   Catch::Contains("the rest could not be read") &&
                   Catch::Contains("kept as " + records.backup()));
    std::map<std::int64_t, std::string> recovered;
    for (const AttemptRecord& r : records.attempts()) {
        recovered[r.id] = r.uuid;
        CHECK(r.learner == made.at(r.id).learner);
        CHECK(r.choices.size() == 2);
        CHECK(r.principles.size() == 2);
    }
    CHECK(recovered == readable);
    CHECK(records.integrityCheck() == "ok");
}

TEST_CASE("A records file whose learners are lost keeps their attempts under stand-ins",
          "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    recordAttempts(path, 30);
    const auto learners = pagesOf(path, "learner", "leaf");
    REQUIRE(learners.size() == 1);
    overwritePage(path, learners.front(), 3);

    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    const auto all = records.attempts();
    CHECK(all.size() == 30);
    CHECK_THAT(records.problem(), Catch::Contains("30 attempts by 7 learners"));
    for (const AttemptRecord& r : all)
        CHECK_THAT(r.learner, Catch::Contains("name lost with the damage"));
}

TEST_CASE("A file of random bytes recovers nothing and a new one is started", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    std::string bytes(8192, '\0');
    std::mt19937 random(5);
    for (char& b : bytes)
        b = static_cast<char>(random() & 0xff);
    writeBytes(path, bytes);
    Records records(path);
    CHECK(records.availability() == Availability::Ready);
    REQUIRE_FALSE(records.backup().empty());
    CHECK(bytesOf(records.backup()) == bytes);
    CHECK_THAT(records.problem(), Catch::Contains("no attempt was recovered"));
    CHECK(records.attempts().empty());
    finishedAttempt(records, "Sam");
    CHECK(records.attempts().size() == 1);
}

namespace {

// What the file holds, byte for byte, as hexadecimal (the records' own reads make it UTF-8).
std::string storedHex(const std::string& path, const std::string& sql) {
    store::Database db(path, store::Database::Access::ReadOnly);
    auto read = db.prepare("SELECT hex(" + sql + ")");
    REQUIRE(read.step());
    return read.text(0);
}

std::string hexOf(const std::string& text) {
    std::string out;
    char two[3];
    for (unsigned char c : text) {
        std::snprintf(two, sizeof two, "%02X", c);
        out += two;
    }
    return out;
}

} // namespace

TEST_CASE("Text that is not UTF-8 is stored with U+FFFD in its place", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    const std::string name = "Zo\xeb"; // Latin-1, as an old terminal types it
    const std::string line = "I said \xc0\xaf no \xed\xa0\x80"; // an overlong '/', a surrogate
    Records records(path);
    AttemptRecord r = draft(name);
    r.title = "Kettle \xff";
    REQUIRE(records.beginAttempt(r));
    ChoiceRecord c = choice(1, "listen");
    c.text = line;
    REQUIRE(records.addChoice(r.id, c));
    r.principles = {{"cra-s20", PrincipleKind::Law, Status::Demonstrated, "Reject \x80", "s.20"}};
    REQUIRE(records.finishAttempt(r));

    CHECK(storedHex(path, "(SELECT text FROM choice)") == hexOf(validUtf8(line)));
    CHECK(storedHex(path, "(SELECT name FROM learner)") == hexOf("Zo\xef\xbf\xbd"));
    CHECK(storedHex(path, "(SELECT title FROM attempt)") == hexOf("Kettle \xef\xbf\xbd"));
    CHECK(storedHex(path, "(SELECT title FROM principle_result)") == hexOf("Reject \xef\xbf\xbd"));
    CHECK(storedHex(path, "(SELECT group_concat(text) FROM choice)").find("C0AF") ==
          std::string::npos);

    // The name as typed again, or as shown, finds the same learner.
    REQUIRE(records.findLearner(name));
    CHECK(records.findLearner(name)->name == "Zo\xef\xbf\xbd");
    CHECK(records.findLearner("Zo\xef\xbf\xbd"));
    const auto all = records.attempts();
    REQUIRE(all.size() == 1);
    CHECK(all[0].choices.at(0).text == validUtf8(line));
    CHECK_FALSE(firstInvalidUtf8(all[0].choices.at(0).text));
}

TEST_CASE("A file from a newer Frontline or another program is left untouched", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    SECTION("newer schema") {
        { Records records(path); }
        {
            store::Database db(path, store::Database::Access::ReadWrite);
            db.exec("PRAGMA user_version = 99");
        }
        const std::string before = bytesOf(path);
        Records records(path);
        CHECK(records.availability() == Availability::Off);
        CHECK_THAT(records.problem(), Catch::Contains(path) && Catch::Contains("newer Frontline") &&
                                          Catch::Contains("schema 99"));
        CHECK(bytesOf(path) == before);
        AttemptRecord r = draft("Sam");
        CHECK_FALSE(records.beginAttempt(r));
    }
    SECTION("another program's database") {
        {
            store::Database db(path, store::Database::Access::ReadWrite);
            db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('scones')");
        }
        const std::string before = bytesOf(path);
        Records records(path);
        CHECK(records.availability() == Availability::Off);
        CHECK_THAT(records.problem(), Catch::Contains("not a Frontline records file"));
        CHECK(bytesOf(path) == before);
    }
}

TEST_CASE("A records file locked by another program is read but not written", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    {
        Records first(path);
        finishedAttempt(first, "Sam");
    }
    store::Database other(path, store::Database::Access::ReadWrite);
    other.exec("BEGIN EXCLUSIVE");
    Records records(path);
    CHECK(records.availability() == Availability::ReadOnly);
    CHECK_THAT(records.problem(), Catch::Contains("locked") && Catch::Contains(path));
    CHECK(records.attempts().size() == 1);
    AttemptRecord r = draft("Sam");
    CHECK_FALSE(records.beginAttempt(r));
    other.exec("ROLLBACK");
}

TEST_CASE("A read-only records file shows progress but records nothing", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    {
        Records first(path);
        finishedAttempt(first, "Sam");
    }
    Records records("file:" + path + "?mode=ro");
    CHECK(records.availability() == Availability::ReadOnly);
    CHECK_THAT(records.problem(), Catch::Contains("read only"));
    CHECK(records.attempts().size() == 1);
    AttemptRecord r = draft("Sam");
    CHECK_FALSE(records.beginAttempt(r));
    CHECK(records.attempts().size() == 1);
}

TEST_CASE("A records folder that cannot be made turns records off with a reason", "[records]") {
    TempDir dir;
    writeBytes(dir.file("plain-file"), "x");
    Records records(store::recordsPath(dir.file("plain-file")));
    CHECK(records.availability() == Availability::Off);
    CHECK_THAT(records.problem(), Catch::Contains("cannot create the folder"));
    CHECK(records.attempts().empty());
    CHECK_FALSE(records.ensureLearner("Sam"));
}

TEST_CASE("A records file deleted while open is started afresh and the attempt written again",
          "[records]") {
    TempDir dir;
    Records records(dir.file());
    const auto loaded = test::loadUsable(test::library("library/faulty-kettle.lua"));
    Session session(loaded.scenario, loaded.scripting, 1);
    store::AttemptLog log(records, "Sam", session);
    session.choose("arrives.listen");
    log.sync(session);
    REQUIRE(records.attempts().size() == 1);

    fs::remove(records.path());
    fs::remove(records.path() + "-wal");
    fs::remove(records.path() + "-shm");
    session.choose("describe.test-it");
    log.sync(session);
    CHECK(fs::exists(records.path()));
    CHECK(records.generation() == 1);
    CHECK_THAT(records.problem(), Catch::Contains("was deleted while Frontline ran"));
    const auto again = records.attempts();
    REQUIRE(again.size() == 1);
    CHECK(again[0].choiceIds() == std::vector<std::string>{"arrives.listen", "describe.test-it"});
    CHECK(records.integrityCheck() == "ok");
}

TEST_CASE("Migrations bring an older file up to date and keep its records", "[records]") {
    TempDir dir;
    const std::string path = dir.file();
    {
        Records first(path);
        finishedAttempt(first, "Sam");
    }
    auto steps = store::migrations();
    steps.push_back({steps.back().version + 1, "ALTER TABLE learner ADD COLUMN note TEXT"});
    store::Database db(path, store::Database::Access::ReadWrite);
    store::migrate(db, steps);
    CHECK(store::schemaVersion(db) == store::currentSchema() + 1);
    store::migrate(db, steps); // a second run changes nothing
    auto count = db.prepare("SELECT count(*), max(note IS NULL) FROM learner");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 1);
    CHECK(count.integer(1) == 1);
    // The file is now newer than this program: it refuses it rather than guess.
    CHECK_THROWS_AS(store::migrate(db), store::ForeignSchema);
}

TEST_CASE("Every committed choice survives SIGKILL at random points over 100 attempts",
          "[records][crash]") {
    TempDir dir;
    const std::string path = dir.file();
    const auto loaded = test::loadUsable(test::library("library/faulty-kettle.lua"));
    constexpr int kAttempts = 100;

    // The child plays attempts (resuming an unfinished one first, as the app does on start) and
    // reports each choice on the pipe only after its transaction has committed.
    auto child = [&](int out) {
        Records records(path);
        if (!records.writable()) _exit(3);
        std::mt19937 random(static_cast<unsigned>(::getpid()));
        auto report = [&](const std::string& line) {
            const std::string text = line + "\n";
            if (::write(out, text.data(), text.size()) < 0) _exit(4);
        };
        for (;;) {
            store::AttemptQuery finished;
            finished.finishedOnly = true;
            if (records.attempts(finished).size() >= kAttempts) _exit(0);
            AttemptRecord r;
            std::unique_ptr<Session> session;
            if (auto open = records.resumable("crash")) {
                r = *open;
                session = std::move(rebuild(loaded.scenario, loaded.scripting, r.seed,
                                            r.choiceIds(), Mode::Assessment)
                                        .session);
            } else {
                r = draft("crash", loaded.scenario->id);
                r.seed = random();
                if (!records.beginAttempt(r)) _exit(5);
                session = std::make_unique<Session>(loaded.scenario, loaded.scripting, r.seed,
                                                    Mode::Assessment);
            }
            while (!session->finished()) {
                const auto offers = session->offers();
                if (offers.empty()) _exit(6);
                const std::string id = offers[random() % offers.size()].choice->id;
                const std::string node = session->node().id;
                session->choose(id);
                ChoiceRecord c;
                c.step = static_cast<int>(session->steps().size());
                c.node = node;
                c.choice = id;
                c.text = session->steps().back().text;
                recordEvidence(c, *session, c.step);
                if (!records.addChoice(r.id, c)) _exit(7);
                report(std::string("choice ")
                           .append(std::to_string(r.id))
                           .append(" ")
                           .append(std::to_string(c.step))
                           .append(" ")
                           .append(id));
            }
            r.ending = session->node().id;
            if (!records.finishAttempt(r)) _exit(8);
            report("finished " + std::to_string(r.id));
        }
    };

    std::map<std::pair<std::int64_t, int>, std::string> committed;
    std::set<std::int64_t> finishedIds;
    std::mt19937 random(20261123);
    int kills = 0;
    for (int run = 0; run < 200; ++run) {
        int pipeEnds[2];
        REQUIRE(::pipe(pipeEnds) == 0);
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::close(pipeEnds[0]);
            child(pipeEnds[1]);
            _exit(9);
        }
        ::close(pipeEnds[1]);
        const int killAfter = 1 + static_cast<int>(random() % 60); // lines before the kill
        FILE* in = ::fdopen(pipeEnds[0], "r");
        char line[256];
        int seen = 0;
        bool killed = false;
        while (std::fgets(line, sizeof line, in)) {
            std::istringstream words(line);
            std::string kind;
            std::int64_t attempt = 0;
            words >> kind >> attempt;
            if (kind == "choice") {
                int step = 0;
                std::string id;
                words >> step >> id;
                committed[{attempt, step}] = id;
            } else {
                finishedIds.insert(attempt);
            }
            if (++seen == killAfter) {
                ::kill(pid, SIGKILL);
                killed = true;
                break;
            }
        }
        std::fclose(in);
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (killed) {
            ++kills;
        } else {
            REQUIRE(WIFEXITED(status));
            REQUIRE(WEXITSTATUS(status) == 0);
        }

        Records after(path);
        REQUIRE(after.writable());
        REQUIRE(after.integrityCheck() == "ok");
        std::map<std::pair<std::int64_t, int>, std::string> stored;
        std::set<std::int64_t> storedFinished;
        for (const AttemptRecord& r : after.attempts()) {
            for (const ChoiceRecord& c : r.choices)
                stored[{r.id, c.step}] = c.choice;
            if (r.isFinished()) storedFinished.insert(r.id);
        }
        for (const auto& [key, id] : committed) {
            INFO("attempt " << key.first << " step " << key.second);
            REQUIRE(stored.count(key) == 1);
            REQUIRE(stored[key] == id);
        }
        for (const std::int64_t id : finishedIds)
            REQUIRE(storedFinished.count(id) == 1);
        if (!killed) break;
    }
    CHECK(kills >= 5);
    // Not every finish is reported before a kill: the child writes ahead into the pipe, so one
    // kill can swallow several reports. The records themselves must hold all of them.
    Records done(path);
    store::AttemptQuery finished;
    finished.finishedOnly = true;
    CHECK(done.attempts(finished).size() == kAttempts);
}

// ---- The command line: play records, resume, export, delete ----------------------------------

namespace {

const std::string kLibrary = FRONTLINE_SCENARIOS_DIR;

test::CliRun frontlineIn(const TempDir& dir, std::vector<std::string> args,
                         const std::string& input = "") {
    args.insert(args.end(), {"--data-dir", dir.path.string()});
    if (args[0] != "learners") args.insert(args.end(), {"--scenarios", kLibrary});
    // These tests are about the records: a --choose run is recorded only when asked.
    if (args[0] == "play" && std::find(args.begin(), args.end(), "--no-record") == args.end())
        args.push_back("--record");
    return test::runCli(std::move(args), input);
}

Records recordsIn(const TempDir& dir) {
    return Records(store::recordsPath(dir.path.string()));
}

} // namespace

TEST_CASE("frontline play records every choice and the result", "[records][cli]") {
    TempDir dir;
    const auto played = frontlineIn(
        dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "3,1"});
    REQUIRE(played.code == 0);
    CHECK_THAT(played.out, Catch::Contains("Recorded as attempt 1 for Sam."));
    auto records = recordsIn(dir);
    const auto all = records.attempts();
    REQUIRE(all.size() == 1);
    CHECK(all[0].learner == "Sam");
    CHECK(all[0].choices.size() == 2);
    CHECK(all[0].isFinished());
    CHECK(all[0].ending == "sent_away");
    CHECK(all[0].grade == Grade::Refer);
    CHECK(all[0].choices[0].breached ==
          std::vector<std::string>{"cra.retailer-liable", "ucp.misleading-rights"});

    const auto quiet =
        frontlineIn(dir, {"play", "brightmart.faulty-kettle", "--no-record", "--choose", "3,1"});
    REQUIRE(quiet.code == 0);
    CHECK(recordsIn(dir).attempts().size() == 1);
}

TEST_CASE("frontline play --resume carries on from the stored choices", "[records][cli]") {
    TempDir dir;
    frontlineIn(dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "2"});
    const auto reminded =
        frontlineIn(dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam"}, "q\n");
    CHECK_THAT(reminded.out, Catch::Contains("after 1 choice: play it with --resume"));
    const auto resumed = frontlineIn(
        dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--resume"}, "1\nq\n");
    INFO(resumed.out << resumed.err);
    REQUIRE(resumed.code == 0);
    CHECK_THAT(resumed.out, Catch::Contains("1 of 1 choice replayed"));
    const auto all = recordsIn(dir).attempts();
    REQUIRE(all.size() == 1); // the reminder's run made no choice, so began no attempt
    CHECK(all[0].choices.size() == 2);

    const auto nothing = frontlineIn(
        dir, {"play", "brightmart.parcel-never-arrived", "--learner", "Sam", "--resume"});
    CHECK(nothing.code == 1);
    CHECK_THAT(nothing.err, Catch::Contains("no unfinished attempt"));
}

TEST_CASE("The JSON export of an attempt rebuilds the same debrief", "[records][cli][exports]") {
    TempDir dir;
    const std::string best = "arrives.listen,describe.test-it,tested.ask-proof,no_receipt.accept-"
                             "app,options.offer-rights,choose.your-choice,wants_replacement."
                             "replace-properly,wrap_up.log";
    REQUIRE(frontlineIn(
                dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose-ids", best})
                .code == 0);
    REQUIRE(frontlineIn(dir,
                        {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "3,1"})
                .code == 0);
    for (const char* attempt : {"1", "2"}) {
        const auto exported =
            frontlineIn(dir, {"export", "--format", "json", "--attempt", attempt});
        INFO(exported.err);
        REQUIRE(exported.code == 0);
        const auto json = nlohmann::json::parse(exported.out);
        REQUIRE(json.contains("debrief"));
        const AttemptRecord record = report::attemptFromJson(json);
        const auto library = script::loadLibrary({kLibrary});
        const auto* file = library.find(record.scenario);
        REQUIRE(file != nullptr);
        const auto rebuilt =
            rebuild(file->scenario, file->scripting, record.seed, record.choiceIds(), record.mode);
        REQUIRE_FALSE(rebuilt.stopped);
        REQUIRE(rebuilt.session->finished());
        const Debrief again = debriefOf(*rebuilt.session, library.rubric);
        CHECK(nlohmann::json::parse(report::toJson(record, &again)["debrief"].dump()) ==
              json["debrief"]);
        CHECK(toString(again.grade) == json["grade"].get<std::string>());
        CHECK(again.percent == json["percent"].get<int>());
    }
}

TEST_CASE("frontline export writes evidence csv and xapi from the records", "[records][cli]") {
    TempDir dir;
    REQUIRE(frontlineIn(dir,
                        {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "3,1"})
                .code == 0);
    const auto markdown = frontlineIn(dir, {"export", "--format", "evidence", "--learner", "Sam"});
    REQUIRE(markdown.code == 0);
    CHECK_THAT(markdown.out, Catch::Contains("The kettle that stopped heating") &&
                                 Catch::Contains("Sam") && Catch::Contains("Reflection"));
    const std::string html = dir.file("evidence.html");
    REQUIRE(
        frontlineIn(dir, {"export", "--format", "evidence", "--attempt", "1", "-o", html}).code ==
        0);
    CHECK(bytesOf(html).rfind("<!doctype html>", 0) == 0);

    const auto csv = frontlineIn(dir, {"export", "--format", "csv", "--table", "choices"});
    REQUIRE(csv.code == 0);
    CHECK_THAT(csv.out, Catch::Contains("arrives.manufacturer"));
    const auto xapi = frontlineIn(dir, {"export", "--format", "xapi", "--learner", "Sam"});
    REQUIRE(xapi.code == 0);
    CHECK(nlohmann::json::parse(xapi.out).size() == 3); // two choices and the completion

    const auto nobody = frontlineIn(dir, {"export", "--format", "json", "--learner", "Nobody"});
    CHECK(nobody.code == 1);
    CHECK_THAT(nobody.err, Catch::Contains("no learner called \"Nobody\""));
    const auto missing = frontlineIn(dir, {"export", "--format", "json", "--attempt", "99"});
    CHECK(missing.code == 1);
    CHECK_THAT(missing.err, Catch::Contains("no attempt 99"));
}

TEST_CASE("A line recorded with bytes that are not UTF-8 exports in every format",
          "[records][cli][exports]") {
    TempDir dir;
    REQUIRE(frontlineIn(dir,
                        {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "3,1"})
                .code == 0);
    const std::string name = "Zo\xeb";
    {
        // The same attempt again, recorded with lines a script built from raw bytes.
        auto records = recordsIn(dir);
        const AttemptRecord played = records.attempts().at(0);
        AttemptRecord r = played;
        r.learner = name;
        r.choices.clear();
        REQUIRE(records.beginAttempt(r));
        for (ChoiceRecord c : played.choices) {
            c.uuid.clear();
            c.text += " \xc0\xaf \xff\x1b[2J";
            REQUIRE(records.addChoice(r.id, c));
        }
        REQUIRE(records.finishAttempt(r));
        CHECK(storedHex(records.path(), "(SELECT group_concat(text, '|') FROM choice WHERE "
                                        "attempt = 2)")
                  .find("EFBFBD") != std::string::npos);
    }
    const std::vector<std::vector<std::string>> formats{
        {"--format", "json"},
        {"--format", "json", "--learner", name},
        {"--format", "json", "--attempt", "2"},
        {"--format", "xapi"},
        {"--format", "csv"},
        {"--format", "csv", "--table", "choices"},
        {"--format", "evidence", "--attempt", "2"},
        {"--format", "evidence-html", "--attempt", "2"}};
    for (const auto& format : formats) {
        std::vector<std::string> args{"export"};
        args.insert(args.end(), format.begin(), format.end());
        const auto exported = frontlineIn(dir, args);
        INFO(format[1] << (format.size() > 2 ? " " + format[2] : "") << ": " << exported.err);
        REQUIRE(exported.code == 0);
        CHECK_FALSE(firstInvalidUtf8(exported.out));
        CHECK_THAT(exported.out, Catch::Contains("\xef\xbf\xbd"));
        if (format[1] == "json" || format[1] == "xapi")
            CHECK_NOTHROW(nlohmann::json::parse(exported.out));
    }
}

TEST_CASE("frontline learners --delete asks for the name and then erases everything",
          "[records][cli]") {
    TempDir dir;
    for (const char* learner : {"Sam", "Alex"})
        frontlineIn(dir,
                    {"play", "brightmart.faulty-kettle", "--learner", learner, "--choose", "3,1"});
    const auto listed = frontlineIn(dir, {"learners"});
    CHECK_THAT(listed.out, Catch::Contains("Alex") && Catch::Contains("Sam"));

    const auto refused = frontlineIn(dir, {"learners", "--delete", "Sam"}, "sam\n");
    CHECK(refused.code == 1);
    CHECK_THAT(refused.out, Catch::Contains("Nothing deleted"));
    CHECK(recordsIn(dir).attempts().size() == 2);

    const auto deleted = frontlineIn(dir, {"learners", "--delete", "Sam"}, "Sam\n");
    CHECK(deleted.code == 0);
    const auto left = recordsIn(dir).attempts();
    REQUIRE(left.size() == 1);
    CHECK(left[0].learner == "Alex");
    CHECK(frontlineIn(dir, {"learners", "--delete", "Alex", "--yes"}).code == 0);
    CHECK(recordsIn(dir).learners().empty());
}

TEST_CASE("frontline play still plays when the records file is damaged", "[records][cli]") {
    TempDir dir;
    writeBytes(store::recordsPath(dir.path.string()), std::string(3000, '\x7f'));
    const auto played = frontlineIn(
        dir, {"play", "brightmart.faulty-kettle", "--learner", "Sam", "--choose", "3,1"});
    REQUIRE(played.code == 0);
    CHECK_THAT(played.err, Catch::Contains("was damaged") && Catch::Contains(".damaged-"));
    CHECK(recordsIn(dir).attempts().size() == 1);
}
