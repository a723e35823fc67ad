#include "schema.hpp"

#include <string>

namespace frontline::store {

namespace {

// Version 1, the first release. Choices and per-principle results cascade with their attempt,
// attempts with their learner: deleting a learner deletes everything held about them.
constexpr std::string_view kVersion1 = R"sql(
CREATE TABLE learner (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created TEXT NOT NULL
);
CREATE TABLE attempt (
  id INTEGER PRIMARY KEY,
  uuid TEXT NOT NULL UNIQUE,
  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,
  scenario TEXT NOT NULL,
  title TEXT NOT NULL,
  version TEXT NOT NULL,
  organisation TEXT NOT NULL,
  mode TEXT NOT NULL,
  seed INTEGER NOT NULL,
  started TEXT NOT NULL,
  finished TEXT,
  abandoned INTEGER NOT NULL DEFAULT 0,
  ending TEXT,
  ending_kind TEXT,
  grade TEXT,
  percent INTEGER,
  points INTEGER,
  best INTEGER,
  completion_uuid TEXT
);
CREATE INDEX attempt_by_learner ON attempt(learner, started);
CREATE TABLE choice (
  attempt INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  node TEXT NOT NULL,
  choice TEXT NOT NULL,
  text TEXT NOT NULL,
  millis INTEGER NOT NULL,
  at TEXT NOT NULL,
  uuid TEXT NOT NULL UNIQUE,
  PRIMARY KEY (attempt, step)
) WITHOUT ROWID;
CREATE TABLE choice_evidence (
  attempt INTEGER NOT NULL,
  step INTEGER NOT NULL,
  principle TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('credit', 'breach')),
  FOREIGN KEY (attempt, step) REFERENCES choice(attempt, step) ON DELETE CASCADE
);
CREATE INDEX choice_evidence_by_choice ON choice_evidence(attempt, step);
CREATE TABLE principle_result (
  attempt INTEGER NOT NULL REFERENCES attempt(id) ON DELETE CASCADE,
  principle TEXT NOT NULL,
  kind TEXT NOT NULL,
  status TEXT NOT NULL,
  title TEXT NOT NULL,
  source TEXT NOT NULL,
  UNIQUE (attempt, principle)
);
CREATE TABLE class_session (
  id INTEGER PRIMARY KEY,
  scenario TEXT NOT NULL,
  version TEXT NOT NULL,
  organisation TEXT NOT NULL,
  mode TEXT NOT NULL,
  started TEXT NOT NULL,
  finished TEXT NOT NULL,
  ending TEXT NOT NULL,
  grade TEXT NOT NULL,
  percent INTEGER NOT NULL
);
CREATE TABLE class_team (
  class INTEGER NOT NULL REFERENCES class_session(id) ON DELETE CASCADE,
  team INTEGER NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (class, team)
) WITHOUT ROWID;
CREATE TABLE class_decision (
  class INTEGER NOT NULL REFERENCES class_session(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  node TEXT NOT NULL,
  team INTEGER,
  taken INTEGER NOT NULL,
  settled TEXT NOT NULL,
  PRIMARY KEY (class, step)
) WITHOUT ROWID;
CREATE TABLE class_vote (
  class INTEGER NOT NULL,
  step INTEGER NOT NULL,
  option INTEGER NOT NULL,
  choice TEXT NOT NULL,
  votes INTEGER NOT NULL,
  PRIMARY KEY (class, step, option),
  FOREIGN KEY (class, step) REFERENCES class_decision(class, step) ON DELETE CASCADE
) WITHOUT ROWID;
)sql";

int pragmaInt(Database& db, std::string_view pragma) {
    Statement read = db.prepare(pragma);
    return read.step() ? static_cast<int>(read.integer(0)) : 0;
}

bool hasTables(Database& db) {
    return pragmaInt(db, "SELECT count(*) FROM sqlite_schema") > 0;
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> steps{{1, kVersion1}};
    return steps;
}

int currentSchema() {
    return migrations().back().version;
}

int schemaVersion(Database& db) {
    return pragmaInt(db, "PRAGMA user_version");
}

void checkSchema(Database& db, const std::vector<Migration>& steps) {
    const int application = pragmaInt(db, "PRAGMA application_id");
    const int version = schemaVersion(db);
    if (application != kApplicationId && (application != 0 || version != 0 || hasTables(db)))
        throw ForeignSchema("it is not a Frontline records file (another program's database)");
    const int newest = steps.empty() ? 0 : steps.back().version;
    if (version > newest)
        throw ForeignSchema("it was written by a newer Frontline (records schema " +
                            std::to_string(version) + "; this version reads up to " +
                            std::to_string(newest) + ")");
}

void migrate(Database& db, const std::vector<Migration>& steps) {
    checkSchema(db, steps);
    const int version = schemaVersion(db);
    for (const Migration& step : steps) {
        if (step.version <= version) continue;
        Transaction transaction(db);
        // Another Frontline may have upgraded the file while this one waited for the lock.
        if (schemaVersion(db) >= step.version) continue;
        db.exec(step.sql);
        db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        transaction.commit();
    }
}

} // namespace frontline::store
