#include "storage/database.h"

#include "storage/sqliteerror.h"

#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <utility>

namespace tend {

namespace {

using Kind = StorageError::Kind;
namespace fs = std::filesystem;

// SQLite's default is to fail at once when another connection holds the lock; a short wait lets a
// backup or an export running alongside the app finish instead of surfacing an error.
constexpr int busyTimeoutMs = 5000;

struct ConnectionCloser {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionCloser>;

// Keeps the hex form of the key from lingering in freed memory.
void wipe(std::string& secret) {
    volatile char* p = secret.data();
    for (std::size_t i = 0; i < secret.size(); ++i)
        p[i] = 0;
}

void applyRawKey(sqlite3* db, const DatabaseKey& key) {
    static constexpr char hexDigits[] = "0123456789abcdef";
    // SQLCipher treats "x'<64 hex digits>'" as the raw key and skips its passphrase derivation.
    std::string keyText = "x'";
    keyText.reserve(3 + 2 * key.size());
    for (const auto byte : key) {
        keyText += hexDigits[byte >> 4];
        keyText += hexDigits[byte & 0x0f];
    }
    keyText += '\'';
    const int rc = sqlite3_key(db, keyText.data(), static_cast<int>(keyText.size()));
    wipe(keyText);
    if (rc != SQLITE_OK)
        throw sqliteError(db, Kind::CannotOpen, "Cannot apply the database key");
}

// SQLCipher decrypts lazily, so a wrong key only shows when the first page is read.
void verifyKey(sqlite3* db) {
    const int rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr);
    if (rc == SQLITE_NOTADB)
        throw sqliteError(db, Kind::WrongKey,
                          "The key does not unlock this database, or the file is not a Tend database");
    if ((rc & 0xff) == SQLITE_CORRUPT)
        throw sqliteError(db, Kind::Damaged, "The database file is damaged");
    if (rc != SQLITE_OK)
        throw sqliteError(db, Kind::CannotOpen, "Cannot read the database");
}

// A file cut short or partly overwritten can still decrypt its first page. quick_check reads every page
// (without the slower index cross-checks), so damage is found at open, before anything is written to it,
// rather than in the middle of a save. Tend's databases are small; this takes milliseconds.
void verifyPages(sqlite3* db) {
    sqlite3_stmt* statement = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &statement, nullptr);
    std::string verdict;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(statement, 0);
            verdict = text ? reinterpret_cast<const char*>(text) : "";
        }
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_ROW && rc != SQLITE_OK && rc != SQLITE_DONE)
        throw sqliteError(db, Kind::Damaged, "The database file is damaged");
    if (verdict != "ok")
        throw StorageError(Kind::Damaged, "The database file is damaged: " + verdict);
}

[[nodiscard]] std::string lowercase(std::string text) {
    for (auto& c : text)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

void configure(Database& db) {
    Statement journal = db.prepare("PRAGMA journal_mode = WAL");
    const std::string mode = journal.step() ? lowercase(journal.text(0)) : std::string();
    if (mode != "wal")
        throw StorageError(Kind::CannotOpen,
                           "Cannot switch the database to WAL mode (journal mode is '" + mode + "')");
    // FULL makes each commit durable across power loss in WAL mode; NORMAL could lose the last check-in.
    // secure_delete overwrites deleted notes instead of leaving them in free pages. Temporary tables and
    // sort spills stay in memory rather than in scratch files that SQLCipher may not encrypt.
    db.execute("PRAGMA synchronous = FULL;"
               "PRAGMA foreign_keys = ON;"
               "PRAGMA secure_delete = ON;"
               "PRAGMA temp_store = MEMORY;");
    sqlite3_busy_timeout(db.handle(), busyTimeoutMs);
}

// A read-only connection needs only what reading needs; journal_mode = WAL would be a write.
void configureForReading(Database& db) {
    db.execute("PRAGMA query_only = ON;"
               "PRAGMA foreign_keys = ON;"
               "PRAGMA temp_store = MEMORY;");
    sqlite3_busy_timeout(db.handle(), busyTimeoutMs);
}

// Opens, applies the key and proves that it fits and that every page reads. Returns the open connection.
sqlite3* openVerified(const std::string& name, int flags, const DatabaseKey& key) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(name.c_str(), &raw, flags, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK) {
        if (!raw)
            throw StorageError(Kind::CannotOpen, "Cannot open " + name + ": out of memory");
        throw sqliteError(raw, Kind::CannotOpen, "Cannot open " + name);
    }
    sqlite3_extended_result_codes(raw, 1);
    applyRawKey(raw, key);
    verifyKey(raw);
    verifyPages(raw);
    return connection.release();
}

[[nodiscard]] fs::path withSuffix(const fs::path& file, const char* suffix) {
    return fs::path(file).concat(suffix);
}

// True when the "-wal" beside `file` holds frames: then the newest commits may be there and not yet in
// the file itself. A clean close leaves no "-wal" at all.
[[nodiscard]] bool walHoldsCommits(const fs::path& file) {
    std::error_code error;
    const auto size = fs::file_size(withSuffix(file, "-wal"), error);
    return !error && size > 0;
}

// "file:<absolute path>?immutable=1", with the characters a URI gives meaning to escaped.
[[nodiscard]] std::string immutableUri(const fs::path& file) {
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (const char c : fs::absolute(file).string()) {
        if (c == '%' || c == '?' || c == '#') {
            uri += '%';
            uri += hexDigits[static_cast<unsigned char>(c) >> 4];
            uri += hexDigits[static_cast<unsigned char>(c) & 0x0f];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}

// A new folder only this user can enter, under the system's temporary folder.
[[nodiscard]] fs::path makePrivateFolder() {
    std::string name = (fs::temp_directory_path() / "tend-read-XXXXXX").string();
    if (!::mkdtemp(name.data()))
        throw StorageError(Kind::CannotOpen, "Cannot make a private folder to read a copy of the data: " +
                                                 std::string(std::strerror(errno)));
    return name;
}

std::atomic<unsigned> nextSavepoint{0};

} // namespace

Database Database::open(const std::filesystem::path& file, const DatabaseKey& key) {
    Database db(openVerified(file.string(), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, key));
    configure(db);
    return db;
}

Database Database::openReadOnly(const std::filesystem::path& file, const DatabaseKey& key) {
    if (!walHoldsCommits(file)) {
        Database db(openVerified(immutableUri(file), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, key));
        db.m_queryOnly = true;
        configureForReading(db);
        return db;
    }
    const fs::path scratch = makePrivateFolder();
    const fs::path copy = scratch / file.filename();
    try {
        fs::copy_file(file, copy);
        fs::copy_file(withSuffix(file, "-wal"), withSuffix(copy, "-wal"));
    } catch (const fs::filesystem_error& error) {
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
        throw StorageError(Kind::CannotOpen,
                           "Cannot make a private copy of " + file.string() + " to read: " + error.what());
    }
    try {
        // Opened for writing so that SQLite can bring the copied "-wal" into the copy; query_only then
        // refuses every write, exactly as for an immutable file.
        Database db(openVerified(copy.string(), SQLITE_OPEN_READWRITE, key));
        db.m_scratch = scratch;
        db.m_queryOnly = true;
        configureForReading(db);
        return db;
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(scratch, ignored);
        throw;
    }
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_scratch(std::exchange(other.m_scratch, {}))
    , m_queryOnly(other.m_queryOnly) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_scratch = std::exchange(other.m_scratch, {});
        m_queryOnly = other.m_queryOnly;
    }
    return *this;
}

Database::~Database() {
    close();
}

void Database::close() noexcept {
    // close_v2 defers the close until any statement still alive is finalized, instead of failing.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    if (!m_scratch.empty()) {
        std::error_code ignored;
        fs::remove_all(m_scratch, ignored);
        m_scratch.clear();
    }
}

bool Database::isReadOnly() const {
    return m_queryOnly || sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::execute(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK)
        throw sqliteError(m_db, Kind::Query, "Cannot execute [" + text + "]");
}

Statement Database::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw StorageError(Kind::Query, "SQL text too long");
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
    Statement statement(stmt);
    if (rc != SQLITE_OK)
        throw sqliteError(m_db, Kind::Query, "Cannot prepare [" + std::string(sql) + "]");
    if (!stmt)
        throw StorageError(Kind::Query, "No statement in [" + std::string(sql) + "]");
    // A second statement would be silently ignored; execute() is the way to run several.
    for (const char* end = sql.data() + sql.size(); tail && tail < end; ++tail) {
        if (!std::isspace(static_cast<unsigned char>(*tail)) && *tail != ';')
            throw StorageError(Kind::Query, "More than one statement in [" + std::string(sql) + "]");
    }
    return statement;
}

int Database::userVersion() {
    Statement statement = prepare("PRAGMA user_version");
    if (!statement.step())
        throw StorageError(Kind::Query, "PRAGMA user_version returned no row");
    return statement.integer(0);
}

void Database::setUserVersion(int version) {
    execute("PRAGMA user_version = " + std::to_string(version));
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_savepoint("tend_" + std::to_string(nextSavepoint.fetch_add(1, std::memory_order_relaxed))) {
    m_db.execute("SAVEPOINT " + m_savepoint);
}

Transaction::~Transaction() {
    if (m_done)
        return;
    // Errors are ignored on purpose: a destructor cannot report them, and if SQLite has already rolled
    // back the whole transaction (after an I/O error, say) the savepoint is gone and there is nothing to
    // undo.
    const std::string sql = "ROLLBACK TO " + m_savepoint + "; RELEASE " + m_savepoint + ";";
    sqlite3_exec(m_db.handle(), sql.c_str(), nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    if (m_done)
        throw StorageError(Kind::Query, "Transaction " + m_savepoint + " was already committed");
    m_db.execute("RELEASE " + m_savepoint);
    m_done = true;
}

} // namespace tend
