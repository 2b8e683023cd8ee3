#pragma once

#include "storage/databasekey.h"
#include "storage/statement.h"

#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace tend {

// One encrypted SQLite (SQLCipher) connection. Opening applies the key first, verifies it, and sets the
// pragmas every connection needs: WAL, synchronous=FULL, foreign_keys=ON.
class Database final {
public:
    // Throws StorageError (CannotOpen, WrongKey).
    [[nodiscard]] static Database open(const std::filesystem::path& file, const DatabaseKey& key);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more statements that return no rows. Throws StorageError.
    void execute(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);

    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;

    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db)
        : m_db(db) {}
    sqlite3* m_db = nullptr;
};

// Commits only when told to; anything else (an exception, an early return) rolls back.
class Transaction final {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();

private:
    Database& m_db;
    std::string m_savepoint; // unique per transaction, so nested ones never release each other
    bool m_done = false;
};

} // namespace tend
