// A thin C++ face on SQLite: a connection, prepared statements with bound values, and errors as
// exceptions that carry SQLite's result code, so the records can tell a corrupt file from a busy
// one. Only src/store includes this.
//
// Text crosses here as UTF-8 and nothing else, both ways: a bound text and a text read back have
// every malformed byte replaced by U+FFFD (validUtf8), so no bad byte is ever stored, and one
// stored by an older Frontline never reaches a report. SQL can call valid_utf8(x) to compare
// what a file holds with what the program shows.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace frontline::store {

class DatabaseError : public std::runtime_error {
  public:
    DatabaseError(int code, const std::string& message)
        : std::runtime_error(message), m_code(code) {}
    int code() const { return m_code; } // the primary result code (SQLITE_BUSY, ...)

  private:
    int m_code;
};

class Statement;

class Database {
  public:
    enum class Access { ReadWrite, ReadOnly };
    // Opens (creating when ReadWrite) the file. Throws DatabaseError.
    Database(const std::string& path, Access access);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    std::int64_t lastInsertId() const;
    int changes() const;
    bool readOnly() const;
    sqlite3* handle() { return m_db; }

  private:
    sqlite3* m_db = nullptr;
};

// Bound values use 1-based positions, as SQLite numbers them.
class Statement {
  public:
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int at, std::int64_t value);
    Statement& bind(int at, int value) { return bind(at, static_cast<std::int64_t>(value)); }
    Statement& bind(int at, std::string_view value);
    Statement& bind(int at, const char* value) { return bind(at, std::string_view(value)); }
    Statement& bind(int at, const std::string& value) { return bind(at, std::string_view(value)); }
    Statement& bind(int at, const std::optional<int>& value);
    Statement& bindNull(int at);
    // The value in `row`'s column, of whatever type it is (its text made valid UTF-8).
    Statement& bindColumn(int at, const Statement& row, int column);

    bool step(); // true while a row is ready
    void run();  // steps to the end, for statements that return no rows
    void reset();

    std::int64_t integer(int column) const;
    std::string text(int column) const;
    bool isNull(int column) const;

  private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE .. COMMIT, rolled back when it goes out of scope uncommitted. Immediate: the
// write lock is taken at the start, so a busy database is found before any work is done.
class Transaction {
  public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();

  private:
    Database& m_db;
    bool m_done = false;
};

} // namespace frontline::store
