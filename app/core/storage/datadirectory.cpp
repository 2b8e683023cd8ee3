#include "storage/datadirectory.h"

#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "time/isodate.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace tend {

namespace fs = std::filesystem;

namespace {

// SQLite's companions of a database file. In WAL mode the newest commits may live only in "-wal".
constexpr const char* companionSuffixes[] = {"-wal", "-shm"};

fs::path withSuffix(const fs::path& file, const std::string& suffix) {
    return fs::path(file).concat(suffix);
}

using Kind = StorageError::Kind;

// Removes a file that may or may not be there. Throws StorageError when it is there and stays.
void removeIfThere(const fs::path& file, const char* why) {
    std::error_code error;
    fs::remove(file, error);
    if (error)
        throw StorageError(Kind::CannotOpen, std::string("Cannot remove ") + why + " " + file.string() +
                                                 ": " + error.message());
}

// Gives a file of the owner's back to the owner alone, readable and writable (0600). A database file
// made read-only once (chmod 400) stays the owner's data: SQLite would open it for reading only, and any
// "-shm" it made would take the same read-only mode. Files of another user are left as they are; the
// open that follows then finds out what can be done with them.
void makeOwnersAgain(const fs::path& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0 || status.st_uid != ::geteuid())
        return;
    if ((status.st_mode & 07777) != (S_IRUSR | S_IWUSR))
        (void)::chmod(file.c_str(), S_IRUSR | S_IWUSR); // a read-only disk: the open says so
}

// The "-shm" file is SQLite's shared-memory index of the "-wal": which page of the database is in which
// frame of the log. It holds no data of its own: the first connection to open the database rebuilds it
// from the "-wal" (SQLite's "recovery"), which is what happens after every crash. So while no connection
// has the database open, removing it loses nothing. Tend opens its database only while holding the data
// folder's lock, and this runs while holding it, before opening, so no connection can have it open.
// A "-shm" the owner cannot write (left behind read-only when the database itself was read-only once)
// would otherwise make every later open fail with SQLite error 14 (cannot open). Narrowed back to 0600
// when it is the owner's, removed when it is someone else's (root's, say).
void repairCompanions(const fs::path& database) {
    makeOwnersAgain(database);
    makeOwnersAgain(withSuffix(database, "-wal")); // holds commits: never removed, only made writable
    const fs::path shm = withSuffix(database, "-shm");
    struct stat status {};
    if (::stat(shm.c_str(), &status) != 0)
        return;
    makeOwnersAgain(shm);
    if (status.st_uid != ::geteuid())
        removeIfThere(shm, "the stale shared-memory file");
}

// Builds a new database under `unfinished`, brings it to the latest schema, closes it (which folds the
// "-wal" into the file and removes it) and renames it to `database`. A kill at any moment leaves either
// no `database` or a complete one; what it leaves under `unfinished` is removed by the next start.
void createWhole(const fs::path& unfinished, const fs::path& database, const DatabaseKey& key) {
    {
        Database fresh = Database::open(unfinished, key);
        fs::permissions(unfinished, fs::perms::owner_read | fs::perms::owner_write,
                        fs::perm_options::replace);
        migrate(fresh);
    }
    for (const char* suffix : companionSuffixes)
        removeIfThere(withSuffix(unfinished, suffix), "a leftover of the new database");
    const int fd = ::open(unfinished.c_str(), O_RDONLY | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    if (fd >= 0)
        ::close(fd);
    if (!synced || ::rename(unfinished.c_str(), database.c_str()) != 0)
        throw StorageError(Kind::CannotOpen, "Cannot put the new database in place at " + database.string() +
                                                 ": " + std::strerror(errno));
    // The rename itself is durable only once the folder is flushed.
    const int folder = ::open(database.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
        (void)::fsync(folder);
        ::close(folder);
    }
}

} // namespace

Database DataDirectory::openDatabase(const DatabaseKey& key) const {
    const fs::path database = databaseFile();
    const fs::path unfinished = unfinishedDatabaseFile();
    for (const char* suffix : companionSuffixes)
        removeIfThere(withSuffix(unfinished, suffix), "what an interrupted start left");
    removeIfThere(unfinished, "what an interrupted start left");
    std::error_code error;
    if (!fs::exists(database, error)) {
        if (error)
            throw StorageError(Kind::CannotOpen,
                               "Cannot look for " + database.string() + ": " + error.message());
        createWhole(unfinished, database, key);
    }
    // How an unfinished first start is told apart from a database emptied by something else: Tend builds
    // a new database under another name and renames it into place only once it is complete (createWhole),
    // so an interrupted start leaves "tend.db.new", never an empty "tend.db". An empty "tend.db" is
    // therefore not Tend's own unfinished work: it once held data, or was put there by something else, and
    // SQLite would quietly build a fresh database over it. It is refused and left as it is.
    if (const auto size = fs::file_size(database, error); !error && size == 0)
        throw StorageError(Kind::Damaged, "The database file is empty");
    repairCompanions(database);
    Database db = Database::open(database, key);
    if (db.isReadOnly())
        throw StorageError(Kind::ReadOnly, "The database file " + database.string() + " cannot be written");
    fs::permissions(database, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace,
                    error);
    migrate(db);
    return db;
}

Database DataDirectory::openDatabaseForReading(const DatabaseKey& key) const {
    const fs::path database = databaseFile();
    std::error_code error;
    if (const auto size = fs::file_size(database, error); !error && size == 0)
        throw StorageError(Kind::Damaged, "The database file is empty");
    Database db = Database::openReadOnly(database, key);
    const int version = db.userVersion();
    if (version > latestSchemaVersion())
        throw StorageError(Kind::TooNew, "The database was written by a newer version of Tend");
    if (version < latestSchemaVersion())
        throw StorageError(Kind::ReadOnly, "The database needs an update that cannot be written here");
    return db;
}

std::optional<std::string> DataDirectory::writeProblem() const {
    const fs::path probe = m_folder / ("tend.write-test-" + std::to_string(::getpid()));
    const int fd = ::open(probe.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return std::string(std::strerror(errno));
    // One byte, flushed: a full disk often still lets a file be created, but not be given content.
    const char byte = 0;
    const bool written = ::write(fd, &byte, 1) == 1 && ::fsync(fd) == 0;
    const int writeError = errno;
    ::close(fd);
    ::unlink(probe.c_str());
    if (!written)
        return std::string(std::strerror(writeError));
    return std::nullopt;
}

fs::path DataDirectory::setAsideDatabase(boost::posix_time::ptime now) const {
    std::string stamp = toIsoDateTime(now);
    for (auto& c : stamp)
        if (c == ':')
            c = '-'; // ':' is not allowed in file names everywhere
    const fs::path database = databaseFile();
    fs::path target = withSuffix(database, ".set-aside-" + stamp);
    for (int n = 2; fs::exists(target); ++n)
        target = withSuffix(database, ".set-aside-" + stamp + "-" + std::to_string(n));
    // Companions first: should a rename fail half-way, the database keeps its own name and the worker sees
    // the same problem again rather than a fresh database beside a stray WAL.
    for (const char* suffix : companionSuffixes)
        if (const auto companion = withSuffix(database, suffix); fs::exists(companion))
            fs::rename(companion, withSuffix(target, suffix));
    fs::rename(database, target);
    return target;
}

void DataDirectory::eraseData() const {
    const fs::path database = databaseFile();
    const std::string setAsidePrefix = database.filename().string() + ".set-aside-";
    for (const char* suffix : companionSuffixes)
        fs::remove(withSuffix(database, suffix));
    fs::remove(database);
    if (fs::exists(m_folder))
        for (const auto& entry : fs::directory_iterator(m_folder))
            if (entry.path().filename().string().rfind(setAsidePrefix, 0) == 0)
                fs::remove(entry.path());
    fs::remove_all(backupsFolder());
}

} // namespace tend
