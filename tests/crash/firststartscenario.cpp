// A worker's very first start: a new folder, a key created, the database built, and a first import of a
// few dozen check-ins, killed at every moment of it (the delays here span the first 150 ms, about
// half again what all of that takes on a busy test machine). Then the same folder is opened again and again,
// as later starts do, so kills also land in the middle of an open (repairs, recovery). The check runs the
// next start on what was left: it must simply work, whatever moment the kill came at, and hold the first
// import either wholly or not at all; wholly once it was reported.

#include "crashscenario.h"
#include "crashsupport.h"

#include "desktop/filekeyprovider.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "storage/datadirectory.h"
#include "storage/repositories.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;
using boost::gregorian::days;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

constexpr int firstImportCheckins = 60;
const std::string firstImportNote = "first import, day ";

[[nodiscard]] ExportData firstImport() {
    ExportData data;
    const date start(2024, 3, 1);
    for (int day = 0; day < firstImportCheckins; ++day) {
        Checkin checkin;
        checkin.date = start + days(day);
        checkin.answers = {{"mood", day % 5}, {"sleep", (day * 3) % 5}};
        checkin.note = firstImportNote + std::to_string(day);
        checkin.createdAt = ptime(checkin.date, minutes(20 * 60));
        checkin.updatedAt = checkin.createdAt + minutes(5);
        data.checkins.push_back(std::move(checkin));
    }
    return data;
}

// What the app does on every start: the key (created on the first), then the database (built whole on
// the first).
[[nodiscard]] Database start(const fs::path& dataDir) {
    FileKeyProvider keys(dataDir / "database.key");
    return DataDirectory(dataDir).openDatabase(keys.databaseKey());
}

void write(const fs::path& dataDir) {
    {
        Database db = start(dataDir);
        Repositories repositories(db);
        (void)applyImport(repositories, firstImport(), ImportMode::Merge);
    }
    report("imported 0");
    for (std::int64_t reopened = 1;; ++reopened) {
        Database db = start(dataDir);
        report("reopened " + std::to_string(reopened));
    }
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    const DataDirectory folder(dataDir);
    if (fs::exists(folder.databaseFile()) && !fs::exists(dataDir / "database.key"))
        throw CrashCheckFailure("a database without its key");
    Database db = start(dataDir); // the next start: must simply work
    requireIntact(db, "the database after the next start");
    if (fs::exists(folder.unfinishedDatabaseFile()))
        throw CrashCheckFailure("the next start left the unfinished database behind");
    Repositories repositories(db);
    const auto checkins = readExportData(repositories, ExportSelection{}).checkins;
    const bool reported = highestReported(reports, "imported").has_value();
    if (checkins.empty() && !reported)
        return;
    if (checkins.size() != static_cast<std::size_t>(firstImportCheckins))
        throw CrashCheckFailure("the first import is there in part: " + std::to_string(checkins.size()) +
                                " of " + std::to_string(firstImportCheckins) + " check-ins" +
                                (reported ? " (it was reported done)" : ""));
    for (std::size_t i = 0; i < checkins.size(); ++i)
        if (checkins[i].note != firstImportNote + std::to_string(i) || !checkins[i].answer("mood"))
            throw CrashCheckFailure("check-in " + std::to_string(i) + " of the first import is not whole");
}

} // namespace

extern const CrashScenario firststartScenario{"firststart", 1, write, check, 150};

} // namespace tend::crash
