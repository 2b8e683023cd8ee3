// Saves a check-in, then writes an encrypted backup of the whole database over the same file with
// writeFileAtomically, again and again, so that kills land while the backup is sealed, written, synced or
// renamed. The backup file must always be absent (before the first) or one complete backup that opens and
// holds exactly the check-ins of one step at or after the last one reported. A temporary file a kill leaves
// behind must not stop the next writer (the driver fails a writer that ends by itself), and nothing else
// may appear next to the backup.

#include "crashscenario.h"
#include "crashsupport.h"

#include "backup/backupfile.h"
#include "exchange/datatransfer.h"
#include "exchange/exportjsonparser.h"
#include "storage/atomicfile.h"
#include "storage/checkinrepository.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "time/isodate.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <fstream>
#include <iterator>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;
using boost::gregorian::days;

const date firstDay(2024, 1, 1);
constexpr std::int64_t lastStep = 50'000;
constexpr std::string_view passphrase = "a long walk by the river";
// The cheapest key derivation allowed, so that kills land in the writing rather than in Argon2id.
const BackupKdfParams kdfParams{minBackupOpsLimit, minBackupMemLimit};
const std::string backupName = "backup.tend";

[[nodiscard]] fs::path databaseFile(const fs::path& dataDir) {
    return dataDir / "tend.db";
}

[[nodiscard]] Checkin checkinFor(std::int64_t step) {
    Checkin checkin;
    checkin.date = firstDay + days(step);
    checkin.answers = {{"mood", static_cast<int>(step % 5)}};
    checkin.note = "step " + std::to_string(step) + ":";
    // Notes of up to 4 kB make the backup grow by kilobytes a step.
    for (std::int64_t i = 0; i < (step * 13) % 120; ++i)
        checkin.note += " held it together ";
    checkin.restDay = step % 6 == 0;
    checkin.createdAt = boost::posix_time::ptime(checkin.date, boost::posix_time::hours(20));
    checkin.updatedAt = checkin.createdAt;
    return checkin;
}

[[nodiscard]] bool same(const Checkin& a, const Checkin& b) {
    return a.date == b.date && a.answers == b.answers && a.note == b.note && a.restDay == b.restDay &&
           a.selfCareDone == b.selfCareDone && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}

// Only the item the check-ins answer: what parseExportJson checks the answers against.
[[nodiscard]] CheckinDefinition definition() {
    CheckinItem mood;
    mood.id = "mood";
    mood.name = "mood";
    mood.text = "How are you?";
    CheckinDefinition definition;
    definition.items.push_back(mood);
    return definition;
}

[[nodiscard]] bool isLeftoverTemporary(const std::string& name) {
    return name.starts_with("." + backupName + ".tmp-");
}

void write(const fs::path& dataDir) {
    auto db = openDatabase(databaseFile(dataDir));
    tend::Repositories repositories(db);
    migrate(db);
    if (!backupKdfParamsAllowed(kdfParams))
        throw std::runtime_error("the smallest key derivation cost is not allowed for backups");
    CheckinRepository checkins(db);
    for (std::int64_t step = checkins.count(); step <= lastStep; ++step) {
        checkins.save(checkinFor(step));
        writeFileAtomically(dataDir / backupName, makeBackup(repositories, passphrase, kdfParams));
        report("backed up " + std::to_string(step));
    }
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    for (const auto& entry : fs::directory_iterator(dataDir)) {
        const auto name = entry.path().filename().string();
        if (name != backupName && !name.starts_with("tend.db") && !isLeftoverTemporary(name))
            throw CrashCheckFailure("an unexpected file next to the backup: " + name);
    }
    const auto backedUp = highestReported(reports, "backed up");
    const auto file = dataDir / backupName;
    if (!fs::exists(file)) {
        if (backedUp)
            throw CrashCheckFailure("step " + std::to_string(*backedUp) +
                                    " was reported backed up, but there is no backup file");
        return;
    }
    std::ifstream in(file, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    ExportData data;
    try {
        data = parseExportJson(openBackup(bytes, passphrase), definition());
    } catch (const std::exception& error) {
        throw CrashCheckFailure("the backup file (" + std::to_string(bytes.size()) +
                                " bytes) does not open completely: " + error.what());
    }
    const auto& held = data.checkins;
    if (held.empty())
        throw CrashCheckFailure("the backup holds no check-in, though one is saved before every backup");
    const auto steps = static_cast<std::int64_t>(held.size());
    for (std::int64_t step = 0; step < steps; ++step) {
        if (!same(held[static_cast<std::size_t>(step)], checkinFor(step)))
            throw CrashCheckFailure("the backup's check-in " + std::to_string(step) + " (" +
                                    toIsoDate(held[static_cast<std::size_t>(step)].date) +
                                    ") is not the one step " + std::to_string(step) + " saved");
    }
    if (backedUp && steps - 1 < *backedUp)
        throw CrashCheckFailure("step " + std::to_string(*backedUp) + " was reported backed up, but the " +
                                "backup holds only steps up to " + std::to_string(steps - 1));
    // The database the backup was made of must not have lost what the backup holds.
    auto db = openDatabase(databaseFile(dataDir));
    requireIntact(db, "the database backed up");
    if (CheckinRepository(db).count() < steps)
        throw CrashCheckFailure("the backup holds more check-ins than the database it was made of");
}

} // namespace

extern const CrashScenario backupScenario{"backup", 8, write, check};

} // namespace tend::crash
