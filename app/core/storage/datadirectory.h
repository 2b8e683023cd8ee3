#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <filesystem>

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
