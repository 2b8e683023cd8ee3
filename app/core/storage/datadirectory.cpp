#include "storage/datadirectory.h"

#include "time/isodate.h"

#include <string>

namespace tend {

namespace fs = std::filesystem;

namespace {

// SQLite's companions of a database file. In WAL mode the newest commits may live only in "-wal".
constexpr const char* companionSuffixes[] = {"-wal", "-shm"};

fs::path withSuffix(const fs::path& file, const std::string& suffix) {
    return fs::path(file).concat(suffix);
}

} // namespace

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
