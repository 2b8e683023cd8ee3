#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

class Database;

// A value exactly as SQLite holds it, its type included, for a check that must see what is really stored
// rather than what a conversion would make of it (a number where text belongs, say).
struct StoredValue {
    enum class Type { Null, Integer, Real, Text, Blob };

    Type type = Type::Null;
    std::int64_t integer = 0; // Integer
    double real = 0;          // Real
    std::string text;         // Text and Blob: the bytes as stored
};

using StoredRow = std::vector<StoredValue>;

// The tables a database check reads row by row; the columns of each are listed by StoredRowReader::columns.
enum class StoredTable {
    Checkins,
    CheckinAnswers,
    SelfCarePlan,
    HardMoments,
    PromptEvents,
    AssessmentResults,
    Settings,
    PersonalContacts,
};

struct ForeignKeyViolation {
    std::string table;  // the row's table
    std::string rowid;  // the row's rowid, as text
    std::string parent; // the table it should refer to
};

// Reads the database as it is, for `tend check`: SQLite's own checks and every row of every table with
// its stored types, in a stable order. Reads only; throws StorageError when a table cannot be read.
class StoredRowReader final {
public:
    explicit StoredRowReader(Database& db)
        : m_db(db) {}

    // PRAGMA integrity_check: {"ok"} for a sound file, otherwise one line per problem.
    [[nodiscard]] std::vector<std::string> integrityCheck();
    [[nodiscard]] std::vector<ForeignKeyViolation> foreignKeyViolations();
    // Calls `visit` with every row of `table`, its values in the order of columns(table), ordered by the
    // table's key.
    void forEachRow(StoredTable table, const std::function<void(const StoredRow&)>& visit);

    [[nodiscard]] static std::string_view tableName(StoredTable table);
    [[nodiscard]] static const std::vector<std::string_view>& columns(StoredTable table);

private:
    Database& m_db;
};

} // namespace tend
