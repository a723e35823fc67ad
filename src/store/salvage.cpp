#include "salvage.hpp"

#include "schema.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <limits>
#include <optional>
#include <vector>

namespace frontline::store {

namespace {

using Clock = std::chrono::steady_clock;
using Key = std::int64_t;

// The bounds on reading a damaged file: reads tried, time taken, and the longest value read (a
// longer one in a records file is damage, and would only cost memory).
constexpr std::int64_t kMaxReads = 2'000'000;
constexpr auto kMaxTime = std::chrono::seconds(5);
constexpr int kMaxValueBytes = 1 << 20;

// The tables in the order their references run: each one's parents are copied before it.
struct Table {
    const char* name;
    const char* alias;  // the INTEGER PRIMARY KEY that is its rowid, or nullptr
    const char* walked; // the key column read in order: "rowid", or the last of its key
    std::vector<const char*> within; // the key columns before `walked`, one set per parent
    const char* parents;             // on the new file: those values, one row per parent
};

const std::vector<Table>& tables() {
    static const std::vector<Table> all{
        {"learner", "id", "rowid", {}, nullptr},
        {"attempt", "id", "rowid", {}, nullptr},
        {"choice", nullptr, "step", {"attempt"}, "SELECT id FROM attempt ORDER BY id"},
        {"choice_evidence", nullptr, "rowid", {}, nullptr},
        {"principle_result", nullptr, "rowid", {}, nullptr},
        {"class_session", "id", "rowid", {}, nullptr},
        {"class_team", nullptr, "team", {"class"}, "SELECT id FROM class_session ORDER BY id"},
        {"class_decision", nullptr, "step", {"class"}, "SELECT id FROM class_session ORDER BY id"},
        {"class_vote",
         nullptr,
         "option",
         {"class", "step"},
         "SELECT class, step FROM class_decision ORDER BY class, step"},
    };
    return all;
}

std::string quoted(const std::string& name) {
    std::string out = "\"";
    for (char c : name)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Keys in their order as unsigned numbers, so the distances between them cannot overflow.
std::uint64_t ordinal(Key key) {
    return static_cast<std::uint64_t>(key) ^ (std::uint64_t{1} << 63);
}
Key keyAt(std::uint64_t ordinal) {
    return static_cast<Key>(ordinal ^ (std::uint64_t{1} << 63));
}

class Salvage {
  public:
    Salvage(const std::string& damaged, Database& into)
        : m_from(damaged, Database::Access::ReadOnly), m_into(into),
          m_deadline(Clock::now() + kMaxTime) {
        sqlite3_limit(m_from.handle(), SQLITE_LIMIT_LENGTH, kMaxValueBytes);
        sqlite3_progress_handler(m_from.handle(), 1000, &Salvage::overdue, this);
        // Whatever the damaged file's schema says, it runs nothing but plain reads.
        m_from.exec("PRAGMA trusted_schema = OFF");
    }

    Salvaged run() {
        Statement application = m_from.prepare("PRAGMA application_id");
        if (!application.step() || application.integer(0) != kApplicationId) return {};
        Transaction transaction(m_into);
        for (const Table& table : tables())
            copy(table);
        transaction.commit();
        return m_found;
    }

  private:
    enum class Read { Row, End, Failed };

    static int overdue(void* self) {
        return Clock::now() > static_cast<Salvage*>(self)->m_deadline ? 1 : 0;
    }

    bool spent() {
        if (m_reads < kMaxReads && Clock::now() <= m_deadline) return false;
        m_found.cutShort = true;
        return true;
    }

    std::vector<std::string> columnsOf(Database& db, const char* table) {
        std::vector<std::string> names;
        Statement info = db.prepare("SELECT name FROM pragma_table_info(?1)");
        info.bind(1, table);
        while (info.step())
            names.push_back(info.text(0));
        return names;
    }

    bool isTable(const char* name) {
        Statement kind = m_from.prepare("SELECT type FROM sqlite_schema WHERE name = ?1");
        kind.bind(1, name);
        return kind.step() && kind.text(0) == "table";
    }

    void copy(const Table& table) {
        try {
            if (!isTable(table.name)) return;
            const auto theirs = columnsOf(m_from, table.name);
            std::vector<std::string> columns;
            for (const std::string& column : columnsOf(m_into, table.name))
                if ((!table.alias || column != table.alias) &&
                    std::find(theirs.begin(), theirs.end(), column) != theirs.end())
                    columns.push_back(column);
            if (columns.empty()) return;
            const bool rowid = std::string(table.walked) == "rowid";

            std::string select = "SELECT " + std::string(table.walked);
            std::string insert = "INSERT INTO " + quoted(table.name) + " (";
            std::string values;
            int at = 0;
            if (rowid) {
                insert += "rowid";
                values += "?1";
                ++at;
            }
            for (const std::string& column : columns) {
                select += ", " + quoted(column);
                insert += (at ? ", " : "") + quoted(column);
                values += (at ? ", ?" : "?") + std::to_string(at + 1);
                ++at;
            }
            select += " FROM " + quoted(table.name) + " WHERE ";
            for (std::size_t i = 0; i < table.within.size(); ++i)
                select += quoted(table.within[i]) + " = ?" + std::to_string(i + 2) + " AND ";
            select += std::string(table.walked) + " BETWEEN ?1 AND " +
                      std::to_string(std::numeric_limits<Key>::max()) + " ORDER BY " +
                      table.walked + " LIMIT 1";
            insert += ") VALUES (" + values + ")";

            Statement reader = m_from.prepare(select);
            Statement writer = m_into.prepare(insert);
            const auto row = [&](const Statement& from) {
                return write(table, columns, writer, from, rowid ? 0 : 1);
            };
            if (!table.parents) {
                walk(reader, {}, row);
                return;
            }
            std::vector<std::vector<Key>> parents;
            Statement list = m_into.prepare(table.parents);
            while (list.step()) {
                std::vector<Key> key;
                for (std::size_t i = 0; i < table.within.size(); ++i)
                    key.push_back(list.integer(static_cast<int>(i)));
                parents.push_back(std::move(key));
            }
            for (const auto& parent : parents)
                walk(reader, parent, row);
        } catch (const DatabaseError& e) {
            // The table's definition or its first page cannot be read: nothing of it is kept.
            if (e.code() != SQLITE_CORRUPT && e.code() != SQLITE_NOTADB &&
                e.code() != SQLITE_INTERRUPT && e.code() != SQLITE_ERROR &&
                e.code() != SQLITE_TOOBIG && e.code() != SQLITE_NOMEM)
                throw;
        }
    }

    // The first row of the table (or of one parent's rows) whose key is `from` or more.
    Read read(Statement& reader, const std::vector<Key>& within, Key from) {
        ++m_reads;
        try {
            reader.reset();
            reader.bind(1, from);
            for (std::size_t i = 0; i < within.size(); ++i)
                reader.bind(static_cast<int>(i) + 2, within[i]);
            return reader.step() ? Read::Row : Read::End;
        } catch (const std::exception&) {
            return Read::Failed;
        }
    }

    // Every readable row in key order. A read that fails is tried again further on, doubling the
    // distance until one succeeds, then narrowed back to where the readable rows start again: a
    // damaged page loses the rows on it, and the rows after it are still found.
    template <typename Row>
    void walk(Statement& reader, const std::vector<Key>& within, Row&& row) {
        Key from = std::numeric_limits<Key>::min();
        while (!spent()) {
            const Read got = read(reader, within, from);
            if (got == Read::End) return;
            if (got == Read::Row) {
                const Key at = std::max(reader.integer(0), from);
                row(reader);
                if (at == std::numeric_limits<Key>::max()) return;
                from = at + 1;
                continue;
            }
            ++m_found.gaps;
            const auto next = readableAfter(reader, within, from);
            if (!next) return;
            from = *next;
        }
    }

    // The first key past `failed` from which reading works again, or nothing.
    std::optional<Key> readableAfter(Statement& reader, const std::vector<Key>& within,
                                     Key failed) {
        constexpr std::uint64_t top = std::numeric_limits<std::uint64_t>::max();
        std::uint64_t bad = ordinal(failed), good = 0, step = 1;
        for (;;) {
            if (spent()) return std::nullopt;
            good = top - bad <= step ? top : bad + step;
            if (read(reader, within, keyAt(good)) != Read::Failed) break;
            if (good == top) return std::nullopt;
            bad = good;
            step = step > top / 2 ? top : step * 2;
        }
        while (good - bad > 1) {
            if (spent()) return std::nullopt;
            const std::uint64_t middle = bad + (good - bad) / 2;
            (read(reader, within, keyAt(middle)) == Read::Failed ? bad : good) = middle;
        }
        return keyAt(good);
    }

    void write(const Table& table, const std::vector<std::string>& columns, Statement& writer,
               const Statement& from, int first) {
        const auto bound = [&] {
            writer.reset();
            int at = 1;
            if (first == 0) writer.bindColumn(at++, from, 0);
            for (std::size_t i = 0; i < columns.size(); ++i)
                writer.bindColumn(at++, from, static_cast<int>(i) + 1);
        };
        try {
            bound();
            writer.run();
        } catch (const DatabaseError& e) {
            if (!skippable(e)) throw;
            // An attempt whose learner was lost is kept under a stand-in for them.
            if (std::string(table.name) != "attempt" || !standInLearner(columns, from)) return;
            try {
                bound();
                writer.run();
            } catch (const DatabaseError& again) {
                if (!skippable(again)) throw;
                return;
            }
        }
        count(table);
    }

    static bool skippable(const DatabaseError& e) {
        return e.code() == SQLITE_CONSTRAINT || e.code() == SQLITE_MISMATCH ||
               e.code() == SQLITE_TOOBIG || e.code() == SQLITE_RANGE;
    }

    bool standInLearner(const std::vector<std::string>& columns, const Statement& from) {
        const auto learner = std::find(columns.begin(), columns.end(), "learner");
        const auto started = std::find(columns.begin(), columns.end(), "started");
        if (learner == columns.end() || started == columns.end()) return false;
        const Key id = from.integer(static_cast<int>(learner - columns.begin()) + 1);
        if (from.isNull(static_cast<int>(learner - columns.begin()) + 1)) return false;
        try {
            m_into.prepare("INSERT INTO learner (id, name, created) VALUES (?1, ?2, ?3)")
                .bind(1, id)
                .bind(2, "Learner " + std::to_string(id) + " (name lost with the damage)")
                .bindColumn(3, from, static_cast<int>(started - columns.begin()) + 1)
                .run();
        } catch (const DatabaseError& e) {
            if (!skippable(e)) throw;
            return false;
        }
        ++m_found.learners;
        return true;
    }

    void count(const Table& table) {
        const std::string name = table.name;
        if (name == "learner") ++m_found.learners;
        if (name == "attempt") ++m_found.attempts;
        if (name == "choice") ++m_found.choices;
        if (name == "class_session") ++m_found.classes;
    }

    Database m_from;
    Database& m_into;
    Clock::time_point m_deadline;
    std::int64_t m_reads = 0;
    Salvaged m_found;
};

} // namespace

Salvaged salvageRecords(const std::string& damaged, Database& into) {
    // Reading a file in WAL mode makes its -shm (and an empty -wal) when they are not there:
    // those are removed after, so the damaged file is left just as it was set aside.
    std::vector<std::string> made;
    for (const char* side : {"-wal", "-shm"}) {
        std::error_code ec;
        if (!std::filesystem::exists(damaged + side, ec) && !ec) made.push_back(damaged + side);
    }
    Salvaged found;
    try {
        found = Salvage(damaged, into).run();
    } catch (const DatabaseError&) {
        found = {}; // not a database at all, or not Frontline's: nothing to copy
    }
    for (const std::string& side : made) {
        std::error_code ignored;
        std::filesystem::remove(side, ignored);
    }
    return found;
}

} // namespace frontline::store
