#include "database.hpp"

#include "core/text.hpp"

#include <sqlite3.h>

namespace frontline::store {

namespace {

[[noreturn]] void fail(sqlite3* db, int code) {
    const int primary = code & 0xff;
    std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw DatabaseError(primary, message);
}

void check(sqlite3* db, int code) {
    if (code != SQLITE_OK) fail(db, code);
}

// valid_utf8(x): x as the program reads it (as text, malformed bytes as U+FFFD), for finding
// what a file written before the records replaced them holds under the name now shown.
void validUtf8Function(sqlite3_context* context, int, sqlite3_value** arguments) {
    if (sqlite3_value_type(arguments[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_value_text(arguments[0]));
    const std::string text = validUtf8(std::string_view(
        bytes ? bytes : "", static_cast<std::size_t>(sqlite3_value_bytes(arguments[0]))));
    sqlite3_result_text(context, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

} // namespace

Database::Database(const std::string& path, Access access) {
    const int flags = access == Access::ReadOnly ? SQLITE_OPEN_READONLY
                                                 : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int code = sqlite3_open_v2(path.c_str(), &m_db,
                                     flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, nullptr);
    if (code != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw DatabaseError(code & 0xff, message);
    }
    sqlite3_extended_result_codes(m_db, 0);
    sqlite3_create_function_v2(m_db, "valid_utf8", 1,
                               SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                               validUtf8Function, nullptr, nullptr, nullptr);
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);
    check(m_db, sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr));
}

Statement Database::prepare(std::string_view sql) {
    return Statement(m_db, sql);
}

std::int64_t Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

bool Database::readOnly() const {
    return sqlite3_db_readonly(m_db, "main") == 1;
}

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    check(m_db,
          sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr));
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(other.m_stmt) {
    other.m_stmt = nullptr;
}

Statement& Statement::bind(int at, std::int64_t value) {
    check(m_db, sqlite3_bind_int64(m_stmt, at, value));
    return *this;
}

Statement& Statement::bind(int at, std::string_view value) {
    if (firstInvalidUtf8(value)) {
        const std::string valid = validUtf8(value);
        check(m_db, sqlite3_bind_text(m_stmt, at, valid.data(), static_cast<int>(valid.size()),
                                      SQLITE_TRANSIENT));
        return *this;
    }
    check(m_db, sqlite3_bind_text(m_stmt, at, value.data(), static_cast<int>(value.size()),
                                  SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int at, const std::optional<int>& value) {
    return value ? bind(at, *value) : bindNull(at);
}

Statement& Statement::bindNull(int at) {
    check(m_db, sqlite3_bind_null(m_stmt, at));
    return *this;
}

Statement& Statement::bindColumn(int at, const Statement& row, int column) {
    switch (sqlite3_column_type(row.m_stmt, column)) {
    case SQLITE_NULL:
        return bindNull(at);
    case SQLITE_INTEGER:
        return bind(at, row.integer(column));
    case SQLITE_FLOAT:
        check(m_db, sqlite3_bind_double(m_stmt, at, sqlite3_column_double(row.m_stmt, column)));
        return *this;
    default: // text, or bytes where text belongs: kept as text
        return bind(at, row.text(column));
    }
}

bool Statement::step() {
    const int code = sqlite3_step(m_stmt);
    if (code == SQLITE_ROW) return true;
    if (code == SQLITE_DONE) return false;
    sqlite3_reset(m_stmt);
    fail(m_db, code);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::integer(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

std::string Statement::text(int column) const {
    const auto* bytes = sqlite3_column_text(m_stmt, column);
    return bytes ? validUtf8(std::string_view(
                       reinterpret_cast<const char*>(bytes),
                       static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column))))
                 : std::string();
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (m_done) return;
    try {
        m_db.exec("ROLLBACK");
    } catch (const DatabaseError&) {
        // Nothing to roll back (SQLite already did, after an I/O error): the data is unchanged.
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace frontline::store
