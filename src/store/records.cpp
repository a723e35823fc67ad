#include "records.hpp"

#include "core/user_folder.hpp"
#include "database.hpp"
#include "salvage.hpp"
#include "schema.hpp"

#include <sqlite3.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>

namespace fs = std::filesystem;

namespace frontline::store {

namespace {

// Long enough for another Frontline's single-choice transaction, short enough not to stall.
constexpr int kBusyMillis = 1500;

// A learner by name: the name as stored, else as shown (an older Frontline may have stored bytes
// that are not UTF-8, which every read shows as U+FFFD and a name typed again matches).
constexpr const char* kFindLearner =
    "SELECT id FROM learner WHERE name = ?1 UNION ALL SELECT id FROM learner WHERE "
    "valid_utf8(name) = ?1 LIMIT 1";

std::string utcStamp(const char* format, bool millis) {
    const auto now = std::chrono::system_clock::now();
    const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[64];
    std::size_t length = std::strftime(text, sizeof text, format, &utc);
    if (millis) {
        const auto ms =
            std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() %
            1000;
        length += static_cast<std::size_t>(
            std::snprintf(text + length, sizeof text - length, ".%03dZ", static_cast<int>(ms)));
    }
    return std::string(text, length);
}

// "1 attempt", "121 attempts".
std::string counted(int n, const std::string& what) {
    return std::to_string(n) + " " + what + (n == 1 ? "" : "s");
}

bool isUri(const std::string& path) {
    return path.rfind("file:", 0) == 0;
}

Statement& bindText(Statement& statement, int at, const std::optional<std::string>& value) {
    return value ? statement.bind(at, *value) : statement.bindNull(at);
}

} // namespace

std::string defaultDataDir() {
    return dataFolder().string();
}

std::string recordsPath(const std::string& dataDir) {
    return (fs::path(dataDir) / "records.sqlite").string();
}

std::string isoNow() {
    return utcStamp("%Y-%m-%dT%H:%M:%S", true);
}

std::string newUuid() {
    // Straight from the system's entropy each time: a generator seeded once would repeat its
    // ids in every process forked after seeding.
    std::random_device random;
    auto draw64 = [&] { return (std::uint64_t{random()} << 32) | random(); };
    std::uint64_t high = draw64(), low = draw64();
    high = (high & ~0xf000ull) | 0x4000ull;           // version 4
    low = (low & ~(0xc0ull << 56)) | (0x80ull << 56); // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%08llx-%04llx-%04llx-%04llx-%012llx",
                  static_cast<unsigned long long>(high >> 32),
                  static_cast<unsigned long long>((high >> 16) & 0xffff),
                  static_cast<unsigned long long>(high & 0xffff),
                  static_cast<unsigned long long>(low >> 48),
                  static_cast<unsigned long long>(low & 0xffffffffffffull));
    return text;
}

Records::Records(std::string path) : clock(isoNow), m_path(std::move(path)) {
    open();
}

Records::~Records() = default;
Records::Records(Records&&) noexcept = default;
Records& Records::operator=(Records&&) noexcept = default;

Records Records::off(std::string why) {
    Records records;
    records.clock = isoNow;
    records.m_problem = std::move(why);
    return records;
}

void Records::open() {
    if (!isUri(m_path)) {
        std::error_code ec;
        const fs::path folder = fs::path(m_path).parent_path();
        if (!folder.empty()) fs::create_directories(folder, ec);
        if (ec) {
            m_problem = "Records are off: cannot create the folder " + folder.string() + " (" +
                        ec.message() + "). Attempts are not recorded.";
            return;
        }
    }
    try {
        openFile();
    } catch (const ForeignSchema& e) {
        m_db.reset();
        m_problem = "Records are off: " + m_path + " is left untouched because " + e.what() + ".";
    } catch (const DatabaseError& e) {
        m_db.reset();
        if (e.code() == SQLITE_CORRUPT || e.code() == SQLITE_NOTADB) {
            keepDamaged(e.what());
        } else if (e.code() == SQLITE_BUSY || e.code() == SQLITE_LOCKED) {
            m_problem = "Records are off: " + m_path +
                        " is locked by another program. Attempts are not recorded.";
        } else {
            m_problem = "Records are off: cannot open " + m_path + " (" + e.what() +
                        "). Attempts are not recorded.";
        }
    }
}

void Records::openFile() {
    m_db = std::make_unique<Database>(m_path, Database::Access::ReadWrite);
    sqlite3_busy_timeout(m_db->handle(), kBusyMillis);
    {
        // A damaged file is found now, while it can still be set aside, not mid-attempt. The full
        // check: quick_check misses an index out of step with its table (the fuzzer found one).
        Statement check = m_db->prepare("PRAGMA integrity_check(1)");
        if (check.step() && check.text(0) != "ok")
            throw DatabaseError(SQLITE_CORRUPT, "integrity_check: " + check.text(0));
    }
    checkSchema(*m_db); // before anything is written
    if (m_db->readOnly()) {
        m_availability = Availability::ReadOnly;
        m_problem = "Records are read only: " + m_path +
                    " cannot be written (a read-only disk?). Attempts are not recorded.";
        return;
    }
    m_db->exec("PRAGMA journal_mode = WAL");
    m_db->exec("PRAGMA synchronous = FULL");
    m_db->exec("PRAGMA foreign_keys = ON");
    m_db->exec("PRAGMA secure_delete = ON");
    migrate(*m_db);
    try {
        Transaction probe(*m_db); // can this program write now?
        probe.commit();
    } catch (const DatabaseError& e) {
        if (e.code() != SQLITE_BUSY && e.code() != SQLITE_LOCKED && e.code() != SQLITE_READONLY)
            throw;
        m_availability = Availability::ReadOnly;
        m_problem = "Records are read only: " + m_path + " is locked by another program (" +
                    e.what() + "). Attempts are not recorded.";
        return;
    }
    m_availability = Availability::Ready;
}

void Records::keepDamaged(const std::string& reason) {
    m_availability = Availability::Off;
    if (isUri(m_path)) {
        m_problem = "Records are off: " + m_path + " is damaged (" + reason + ").";
        return;
    }
    const std::string backup = m_path + ".damaged-" + utcStamp("%Y%m%d-%H%M%S", false);
    std::error_code ec;
    fs::rename(m_path, backup, ec);
    if (ec) {
        m_problem = "Records are off: " + m_path + " is damaged (" + reason +
                    ") and could not be set aside (" + ec.message() + ").";
        return;
    }
    for (const char* side : {"-wal", "-shm", "-journal"}) {
        std::error_code ignored; // the log files may not exist
        fs::rename(m_path + side, backup + side, ignored);
    }
    m_backup = backup;
    try {
        openFile();
    } catch (const std::exception& e) {
        m_db.reset();
        m_availability = Availability::Off;
        m_problem = "Records are off: " + m_path + " was damaged (kept as " + backup +
                    ") and a new one could not be started (" + e.what() + ").";
        return;
    }
    // What can still be read goes into the new file before anything else is written there.
    Salvaged saved;
    if (writable()) {
        try {
            saved = salvageRecords(backup, *m_db);
        } catch (const std::exception&) {
            saved = {}; // rolled back: the new file stays empty
        }
    }
    m_problem = "The records file " + m_path + " was damaged (" + reason + "). ";
    std::string what;
    if (saved.attempts > 0)
        what = counted(saved.attempts, "attempt") + " by " + counted(saved.learners, "learner");
    else if (saved.learners > 0)
        what = counted(saved.learners, "learner") + " (no attempt)";
    if (saved.classes > 0)
        what += (what.empty() ? "" : " and ") + counted(saved.classes, "class session");
    if (!what.empty()) {
        m_problem += "A new one was started with what could still be read: " + what +
                     (saved.lostSome() ? " (the rest could not be read)" : "") +
                     ". The damaged original is kept as " + backup + ".";
    } else {
        m_problem += "Nothing in it could be read, so no attempt was recovered. It is kept as " +
                     backup + " and a new one was started.";
    }
}

void Records::fail(const char* what, const std::exception& error) {
    m_problem = std::string("Could not ")
                    .append(what)
                    .append(" in ")
                    .append(m_path)
                    .append(": ")
                    .append(error.what())
                    .append(".");
}

// SQLite goes on writing to a file deleted under it, and all of it would vanish at exit: a
// fresh file is started instead, and generation() tells those writing attempts to start over.
void Records::restartIfDeleted() {
    std::error_code ec;
    if (isUri(m_path) || fs::exists(m_path, ec) || ec) return;
    m_db.reset();
    m_availability = Availability::Off;
    open();
    ++m_generation;
    if (m_availability == Availability::Ready)
        m_problem = "The records file " + m_path +
                    " was deleted while Frontline ran; a new one was started.";
}

template <typename F> bool Records::write(const char* what, F&& work) {
    if (writable()) restartIfDeleted();
    if (!writable()) {
        if (m_problem.empty()) m_problem = "Records are off.";
        return false;
    }
    try {
        Transaction transaction(*m_db);
        work();
        transaction.commit();
        return true;
    } catch (const std::exception& e) {
        fail(what, e);
        return false;
    }
}

template <typename F> bool Records::read(const char* what, F&& work) {
    if (!m_db) return false;
    try {
        work();
        return true;
    } catch (const std::exception& e) {
        fail(what, e);
        return false;
    }
}

std::int64_t Records::learnerId(const std::string& name, bool create) {
    Statement find = m_db->prepare(kFindLearner);
    find.bind(1, name);
    if (find.step()) return find.integer(0);
    if (!create) return 0;
    m_db->prepare("INSERT INTO learner (name, created) VALUES (?1, ?2)")
        .bind(1, name)
        .bind(2, clock())
        .run();
    return m_db->lastInsertId();
}

std::optional<Learner> Records::ensureLearner(const std::string& name) {
    write("add the learner", [&] { learnerId(name, true); });
    return findLearner(name);
}

std::optional<Learner> Records::findLearner(const std::string& name) {
    std::optional<Learner> found;
    read("find the learner", [&] {
        Statement find = m_db->prepare(
            std::string("SELECT id, name, created FROM learner WHERE id = (") + kFindLearner + ")");
        find.bind(1, name);
        if (find.step()) found = Learner{find.integer(0), find.text(1), find.text(2)};
    });
    return found;
}

std::vector<LearnerSummary> Records::learners() {
    std::vector<LearnerSummary> all;
    read("list the learners", [&] {
        Statement list = m_db->prepare(
            "SELECT l.name, l.created, count(a.id), count(a.finished), "
            "coalesce(max(a.started), '') FROM learner l LEFT JOIN attempt a ON a.learner = l.id "
            "GROUP BY l.id ORDER BY l.name");
        while (list.step())
            all.push_back({list.text(0), list.text(1), static_cast<int>(list.integer(2)),
                           static_cast<int>(list.integer(3)), list.text(4)});
    });
    return all;
}

bool Records::deleteLearner(const std::string& name) {
    bool found = false;
    const bool done = write("delete the learner", [&] {
        m_db->prepare("DELETE FROM learner WHERE valid_utf8(name) = ?1").bind(1, name).run();
        found = m_db->changes() > 0;
    });
    if (!done) return false;
    if (!found) {
        m_problem = "There is no learner called \"" + name + "\" in " + m_path + ".";
        return false;
    }
    // The deleted rows also sit in the write-ahead log until a checkpoint copies it back.
    read("clear the log", [&] { m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); });
    return true;
}

bool Records::beginAttempt(AttemptRecord& r) {
    AttemptRecord draft = r;
    draft.uuid = newUuid();
    draft.started = clock();
    const bool done = write("start the attempt", [&] {
        const std::int64_t learner = learnerId(draft.learner, true);
        m_db->prepare("INSERT INTO attempt (uuid, learner, scenario, title, version, "
                      "organisation, mode, seed, started) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                      "?8, ?9)")
            .bind(1, draft.uuid)
            .bind(2, learner)
            .bind(3, draft.scenario)
            .bind(4, draft.title)
            .bind(5, draft.version)
            .bind(6, draft.organisation)
            .bind(7, toString(draft.mode))
            .bind(8, static_cast<std::int64_t>(draft.seed))
            .bind(9, draft.started)
            .run();
        draft.id = m_db->lastInsertId();
    });
    if (done) r = std::move(draft);
    return done;
}

bool Records::addChoice(std::int64_t attempt, ChoiceRecord& c) {
    if (c.uuid.empty()) c.uuid = newUuid();
    if (c.at.empty()) c.at = clock();
    return write("record the choice", [&] {
        m_db->prepare("INSERT INTO choice (attempt, step, node, choice, text, millis, at, uuid) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
            .bind(1, attempt)
            .bind(2, c.step)
            .bind(3, c.node)
            .bind(4, c.choice)
            .bind(5, c.text)
            .bind(6, c.millis)
            .bind(7, c.at)
            .bind(8, c.uuid)
            .run();
        Statement evidence = m_db->prepare(
            "INSERT INTO choice_evidence (attempt, step, principle, kind) VALUES (?1, ?2, ?3, ?4)");
        const std::pair<const std::vector<std::string>*, const char*> kinds[] = {
            {&c.credited, "credit"}, {&c.breached, "breach"}};
        for (const auto& [ids, kind] : kinds)
            for (const std::string& id : *ids) {
                evidence.bind(1, attempt).bind(2, c.step).bind(3, id).bind(4, kind).run();
                evidence.reset();
            }
    });
}

bool Records::removeChoicesFrom(std::int64_t attempt, int step) {
    return write("undo the choice", [&] {
        m_db->prepare("DELETE FROM choice WHERE attempt = ?1 AND step >= ?2")
            .bind(1, attempt)
            .bind(2, step)
            .run();
    });
}

bool Records::finishAttempt(AttemptRecord& r) {
    const std::string finished = clock();
    const std::string completion = newUuid();
    const bool done = write("record the result", [&] {
        m_db->prepare("UPDATE attempt SET finished = ?2, ending = ?3, ending_kind = ?4, grade = "
                      "?5, percent = ?6, points = ?7, best = ?8, completion_uuid = ?9 WHERE id = "
                      "?1")
            .bind(1, r.id)
            .bind(2, finished)
            .bind(3, r.ending)
            .bind(4, toString(r.endingKind))
            .bind(5, toString(r.grade))
            .bind(6, r.percent)
            .bind(7, r.points)
            .bind(8, r.best)
            .bind(9, completion)
            .run();
        Statement result =
            m_db->prepare("INSERT OR REPLACE INTO principle_result (attempt, principle, kind, "
                          "status, title, source) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        for (const PrincipleResult& p : r.principles) {
            result.bind(1, r.id)
                .bind(2, p.principle)
                .bind(3, toString(p.kind))
                .bind(4, toString(p.status))
                .bind(5, p.title)
                .bind(6, p.source)
                .run();
            result.reset();
        }
    });
    if (done) {
        r.finished = finished;
        r.completionUuid = completion;
    }
    return done;
}

bool Records::abandonAttempt(std::int64_t attempt) {
    return write("set the attempt aside", [&] {
        m_db->prepare("UPDATE attempt SET abandoned = 1 WHERE id = ?1").bind(1, attempt).run();
    });
}

void Records::loadChoices(AttemptRecord& r) {
    Statement choices = m_db->prepare("SELECT step, node, choice, text, millis, at, uuid FROM "
                                      "choice WHERE attempt = ?1 ORDER BY step");
    choices.bind(1, r.id);
    while (choices.step())
        r.choices.push_back({static_cast<int>(choices.integer(0)),
                             choices.text(1),
                             choices.text(2),
                             choices.text(3),
                             choices.integer(4),
                             choices.text(5),
                             choices.text(6),
                             {},
                             {}});
    Statement evidence = m_db->prepare("SELECT step, principle, kind FROM choice_evidence WHERE "
                                       "attempt = ?1 ORDER BY rowid");
    evidence.bind(1, r.id);
    while (evidence.step()) {
        const int step = static_cast<int>(evidence.integer(0));
        for (ChoiceRecord& c : r.choices)
            if (c.step == step)
                (evidence.text(2) == "credit" ? c.credited : c.breached)
                    .push_back(evidence.text(1));
    }
}

void Records::loadPrinciples(AttemptRecord& r) {
    Statement results = m_db->prepare("SELECT principle, kind, status, title, source FROM "
                                      "principle_result WHERE attempt = ?1 ORDER BY rowid");
    results.bind(1, r.id);
    while (results.step())
        r.principles.push_back(
            {results.text(0), principleKindFrom(results.text(1)).value_or(PrincipleKind::Principle),
             statusFrom(results.text(2)).value_or(Status::NotMet), results.text(3),
             results.text(4)});
}

std::vector<AttemptRecord> Records::attempts(const AttemptQuery& q) {
    std::vector<AttemptRecord> found;
    read("read the attempts", [&] {
        Statement list = m_db->prepare(
            "SELECT a.id, a.uuid, l.name, a.scenario, a.title, a.version, a.organisation, a.mode, "
            "a.seed, a.started, coalesce(a.finished, ''), a.abandoned, coalesce(a.ending, ''), "
            "coalesce(a.ending_kind, ''), coalesce(a.grade, ''), coalesce(a.percent, 0), "
            "coalesce(a.points, 0), coalesce(a.best, 0), coalesce(a.completion_uuid, '') "
            "FROM attempt a JOIN learner l ON l.id = a.learner "
            "WHERE (?1 IS NULL OR valid_utf8(l.name) = ?1) AND (?2 IS NULL OR a.id = ?2) "
            "AND (?3 IS NULL OR a.scenario = ?3) AND (?4 = 0 OR a.finished IS NOT NULL) "
            "ORDER BY a.started, a.id");
        bindText(list, 1, q.learner);
        q.attempt ? list.bind(2, *q.attempt) : list.bindNull(2);
        bindText(list, 3, q.scenario);
        list.bind(4, q.finishedOnly ? 1 : 0);
        while (list.step()) {
            AttemptRecord r;
            r.id = list.integer(0);
            r.uuid = list.text(1);
            r.learner = list.text(2);
            r.scenario = list.text(3);
            r.title = list.text(4);
            r.version = list.text(5);
            r.organisation = list.text(6);
            r.mode = modeFrom(list.text(7)).value_or(Mode::Practice);
            r.seed = static_cast<std::uint64_t>(list.integer(8));
            r.started = list.text(9);
            r.finished = list.text(10);
            r.abandoned = list.integer(11) != 0;
            r.ending = list.text(12);
            r.endingKind = endingKindFrom(list.text(13)).value_or(EndingKind::Unresolved);
            r.grade = gradeFrom(list.text(14)).value_or(Grade::Refer);
            r.percent = static_cast<int>(list.integer(15));
            r.points = static_cast<int>(list.integer(16));
            r.best = static_cast<int>(list.integer(17));
            r.completionUuid = list.text(18);
            found.push_back(std::move(r));
        }
        for (AttemptRecord& r : found) {
            loadChoices(r);
            loadPrinciples(r);
        }
    });
    return found;
}

std::optional<AttemptRecord> Records::resumable(const std::string& learner) {
    AttemptQuery query;
    query.learner = learner;
    auto all = attempts(query);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (!it->isFinished() && !it->abandoned) return std::move(*it);
    return std::nullopt;
}

bool Records::addClass(ClassRecord& c) {
    if (c.finished.empty()) c.finished = clock();
    return write("record the class session", [&] {
        m_db->prepare("INSERT INTO class_session (scenario, version, organisation, mode, started, "
                      "finished, ending, grade, percent) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
                      "?9)")
            .bind(1, c.scenario)
            .bind(2, c.version)
            .bind(3, c.organisation)
            .bind(4, c.mode)
            .bind(5, c.started)
            .bind(6, c.finished)
            .bind(7, c.ending)
            .bind(8, toString(c.grade))
            .bind(9, c.percent)
            .run();
        c.id = m_db->lastInsertId();
        Statement team = m_db->prepare("INSERT INTO class_team VALUES (?1, ?2, ?3)");
        for (std::size_t i = 0; i < c.teams.size(); ++i) {
            team.bind(1, c.id).bind(2, static_cast<int>(i)).bind(3, c.teams[i]).run();
            team.reset();
        }
        Statement decision = m_db->prepare("INSERT INTO class_decision VALUES (?1, ?2, ?3, ?4, "
                                           "?5, ?6)");
        Statement vote = m_db->prepare("INSERT INTO class_vote VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const ClassVoteRecord& d : c.decisions) {
            decision.bind(1, c.id)
                .bind(2, d.step)
                .bind(3, d.node)
                .bind(4, d.team)
                .bind(5, d.taken)
                .bind(6, d.settled)
                .run();
            decision.reset();
            for (std::size_t i = 0; i < d.options.size(); ++i) {
                vote.bind(1, c.id)
                    .bind(2, d.step)
                    .bind(3, static_cast<int>(i))
                    .bind(4, d.options[i])
                    .bind(5, i < d.votes.size() ? d.votes[i] : 0)
                    .run();
                vote.reset();
            }
        }
    });
}

std::vector<ClassRecord> Records::classes() {
    std::vector<ClassRecord> found;
    read("read the class sessions", [&] {
        Statement list = m_db->prepare("SELECT id, scenario, version, organisation, mode, started, "
                                       "finished, ending, grade, percent FROM class_session "
                                       "ORDER BY started, id");
        while (list.step()) {
            ClassRecord c;
            c.id = list.integer(0);
            c.scenario = list.text(1);
            c.version = list.text(2);
            c.organisation = list.text(3);
            c.mode = list.text(4);
            c.started = list.text(5);
            c.finished = list.text(6);
            c.ending = list.text(7);
            c.grade = gradeFrom(list.text(8)).value_or(Grade::Refer);
            c.percent = static_cast<int>(list.integer(9));
            found.push_back(std::move(c));
        }
        for (ClassRecord& c : found) {
            Statement teams =
                m_db->prepare("SELECT name FROM class_team WHERE class = ?1 ORDER BY team");
            teams.bind(1, c.id);
            while (teams.step())
                c.teams.push_back(teams.text(0));
            Statement decisions = m_db->prepare("SELECT step, node, team, taken, settled FROM "
                                                "class_decision WHERE class = ?1 ORDER BY step");
            decisions.bind(1, c.id);
            while (decisions.step()) {
                ClassVoteRecord d;
                d.step = static_cast<int>(decisions.integer(0));
                d.node = decisions.text(1);
                if (!decisions.isNull(2)) d.team = static_cast<int>(decisions.integer(2));
                d.taken = static_cast<int>(decisions.integer(3));
                d.settled = decisions.text(4);
                Statement votes = m_db->prepare("SELECT choice, votes FROM class_vote WHERE "
                                                "class = ?1 AND step = ?2 ORDER BY option");
                votes.bind(1, c.id).bind(2, d.step);
                while (votes.step()) {
                    d.options.push_back(votes.text(0));
                    d.votes.push_back(static_cast<int>(votes.integer(1)));
                }
                c.decisions.push_back(std::move(d));
            }
        }
    });
    return found;
}

std::string Records::integrityCheck() {
    std::string result;
    if (!read("check the file", [&] {
            Statement check = m_db->prepare("PRAGMA integrity_check");
            while (check.step())
                result.append(result.empty() ? "" : "; ").append(check.text(0));
        }))
        return m_problem.empty() ? "records are off" : m_problem;
    return result;
}

} // namespace frontline::store
