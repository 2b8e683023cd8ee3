#include "storage/statement.h"

#include "storage/sqliteerror.h"

#include <limits>
#include <utility>

namespace tend {

namespace {

[[nodiscard]] StorageError statementError(sqlite3_stmt* stmt, std::string_view what) {
    std::string context(what);
    if (const char* sql = sqlite3_sql(stmt))
        context += std::string(" [") + sql + "]";
    return sqliteError(sqlite3_db_handle(stmt), StorageError::Kind::Query, context);
}

} // namespace

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(m_stmt, index, value) != SQLITE_OK)
        throw statementError(m_stmt, "Cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(m_stmt, index, value) != SQLITE_OK)
        throw statementError(m_stmt, "Cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw StorageError(StorageError::Kind::Query,
                           "Text too long to store in parameter " + std::to_string(index));
    // An empty string_view may carry a null pointer, which SQLite would bind as NULL rather than ''.
    const char* data = text.data() ? text.data() : "";
    if (sqlite3_bind_text(m_stmt, index, data, static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        throw statementError(m_stmt, "Cannot bind parameter " + std::to_string(index));
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(m_stmt, index) != SQLITE_OK)
        throw statementError(m_stmt, "Cannot bind parameter " + std::to_string(index));
    return *this;
}

bool Statement::step() {
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default: {
        auto error = statementError(m_stmt, "Statement failed");
        // Releases any lock the failed statement holds and makes it reusable.
        sqlite3_reset(m_stmt);
        throw error;
    }
    }
}

void Statement::run() {
    while (step()) {
    }
    // Leaves the statement ready to run again with new bindings.
    reset();
}

void Statement::reset() {
    // sqlite3_reset repeats the error of the last step, which step() has already reported.
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Statement::ColumnType Statement::type(int column) const {
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::Integer;
    case SQLITE_FLOAT:
        return ColumnType::Real;
    case SQLITE_TEXT:
        return ColumnType::Text;
    case SQLITE_BLOB:
        return ColumnType::Blob;
    default:
        return ColumnType::Null;
    }
}

std::int64_t Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    // column_text must come before column_bytes so that the byte count describes the UTF-8 form.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

std::optional<std::string> Statement::optionalText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

std::string Statement::blob(int column) const {
    // column_blob must come before column_bytes, as for text.
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    if (!data)
        return {};
    return std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column)));
}

} // namespace tend
