// The records' tables and how a file from any earlier release is brought up to date. Each
// migration runs in its own transaction and moves PRAGMA user_version on by one, so a crash
// mid-upgrade leaves the file at the last whole version.
#pragma once

#include "database.hpp"

#include <string_view>
#include <vector>

namespace frontline::store {

// Marks a SQLite file as Frontline's records ("FRLN"), so another program's database given by
// mistake is never taken over.
constexpr int kApplicationId = 0x46524c4e;

struct Migration {
    int version; // the user_version after it
    std::string_view sql;
};

// From the first release on, in order; the last one's version is the current schema.
const std::vector<Migration>& migrations();
int currentSchema();

// Thrown when the file was written by a newer Frontline, or is some other program's database.
class ForeignSchema : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

int schemaVersion(Database& db);
// Throws ForeignSchema unless the file is empty, or Frontline's at a version `steps` reach.
// Reads only: a file that is not ours is never changed.
void checkSchema(Database& db, const std::vector<Migration>& steps = migrations());
// Applies every migration newer than the file. Throws ForeignSchema (nothing changed) or
// DatabaseError.
void migrate(Database& db, const std::vector<Migration>& steps = migrations());

} // namespace frontline::store
