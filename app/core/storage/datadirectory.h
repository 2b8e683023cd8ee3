#pragma once

#include "storage/database.h"
#include "storage/databasekey.h"

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <filesystem>
#include <optional>
#include <string>

namespace tend {

// The folder Tend keeps a worker's data in, and the two things ever done to it as a whole: putting a
// database that cannot be opened out of the way, and erasing everything. The key is not a file here on
// every platform, so KeyProvider removes it; everything else Tend writes lives in this folder.
class DataDirectory final {
public:
    explicit DataDirectory(std::filesystem::path folder)
        : m_folder(std::move(folder)) {}

    [[nodiscard]] const std::filesystem::path& folder() const { return m_folder; }
    [[nodiscard]] std::filesystem::path databaseFile() const { return m_folder / "tend.db"; }
    // Held by the one Tend that has the folder open (QLockFile).
    [[nodiscard]] std::filesystem::path lockFile() const { return m_folder / "tend.lock"; }
    // Copies Tend makes by itself, e.g. of the database just before a restore replaces it.
    [[nodiscard]] std::filesystem::path backupsFolder() const { return m_folder / "backups"; }
    // Where a new database is built before it is renamed to databaseFile(), so that "tend.db" only ever
    // exists whole (see openDatabase()).
    [[nodiscard]] std::filesystem::path unfinishedDatabaseFile() const { return m_folder / "tend.db.new"; }

    // Opens the database for reading and writing, first making the folder ready for it, and brings its
    // schema up to date. Call only while holding lockFile(): it removes and repairs files no other
    // connection may be using. In order:
    //  - what an interrupted first start left under unfinishedDatabaseFile() is removed (it never held
    //    anything the worker was told was saved);
    //  - the database and its "-wal" are made the owner's to read and write again (0600) when they are
    //    the owner's; a "-shm" that is not is removed (see repairCompanions() in the .cpp for why that is
    //    safe);
    //  - with no database yet, a new one is built and migrated under unfinishedDatabaseFile() and renamed
    //    into place only when complete;
    //  - an empty database file is refused as damaged (Tend never leaves one; something else emptied it).
    // Throws StorageError (including ReadOnly when SQLite could open the file only for reading).
    [[nodiscard]] Database openDatabase(const DatabaseKey& key) const;
    // Opens the existing database for reading only, changing nothing in the folder (Database::
    // openReadOnly). A database that would need upgrading first is refused (StorageError::ReadOnly), as
    // is one written by a newer Tend (TooNew). Throws StorageError.
    [[nodiscard]] Database openDatabaseForReading(const DatabaseKey& key) const;
    // Why files cannot be written in this folder just now (the system's reason: "Read-only file system",
    // "No space left on device", "Permission denied", ...), found by writing and removing a small probe
    // file; nullopt when writing works.
    [[nodiscard]] std::optional<std::string> writeProblem() const;

    // Renames the database and its WAL and shared-memory files to "tend.db.set-aside-<time>" so that a fresh
    // start never overwrites them: the file may still be rescued with the same key. Returns the new name of
    // the database file. Throws std::filesystem::filesystem_error.
    [[nodiscard]] std::filesystem::path setAsideDatabase(boost::posix_time::ptime now) const;

    // Removes the database with its WAL and shared-memory files, copies set aside earlier and the app's own
    // backups. Call only with the database closed. Throws std::filesystem::filesystem_error; what was
    // removed before the failure stays removed (erasing is the point, so there is nothing to roll back).
    void eraseData() const;

private:
    std::filesystem::path m_folder;
};

} // namespace tend
