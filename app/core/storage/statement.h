#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace tend {

// A prepared statement. Parameters are 1-based as in SQLite; columns are 0-based.
class Statement final {
public:
    // The storage class of a column's value in the current row, as SQLite keeps it.
    enum class ColumnType { Null, Integer, Real, Text, Blob };

    explicit Statement(sqlite3_stmt* stmt)
        : m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);

    // Advances to the next row; false when done. Throws StorageError on failure.
    [[nodiscard]] bool step();
    // For statements that return no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    // Ask before reading the value: reading it as another type converts it.
    [[nodiscard]] ColumnType type(int column) const;
    [[nodiscard]] std::int64_t int64(int column) const;
    [[nodiscard]] int integer(int column) const { return static_cast<int>(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::string blob(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace tend
