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
    // Opens `file` for reading only, writing nothing at all beside it, for a folder or disk that cannot be
    // written (read-only folder or mount, full disk). Every write through it fails with
    // StorageError::ReadOnly. SQLite cannot open a WAL database read-only without writing its "-shm"
    // index (before 3.22; Tend's SQLCipher is older), so:
    //  - with no "-wal" (or an empty one), everything is in the file itself, and it is opened "immutable":
    //    no locks, no "-shm", no "-wal";
    //  - a "-wal" that holds commits (left by a crash) is not skipped, since that would hide the newest
    //    entries: the file and its "-wal" are copied into a private temporary folder (mode 0700, removed
    //    when the connection closes) and the copy is opened, where SQLite can bring the "-wal" in.
    // Nothing in the data folder is changed either way. Throws StorageError (CannotOpen when no private
    // copy can be made, WrongKey, Damaged).
    [[nodiscard]] static Database openReadOnly(const std::filesystem::path& file, const DatabaseKey& key);

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
    // True when writes are refused: opened with openReadOnly(), or a file SQLite could only open for
    // reading.
    [[nodiscard]] bool isReadOnly() const;

private:
    explicit Database(sqlite3* db)
        : m_db(db) {}
    void close() noexcept;

    sqlite3* m_db = nullptr;
    std::filesystem::path m_scratch; // the private folder of a read-only copy, removed on close
    bool m_queryOnly = false;
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
