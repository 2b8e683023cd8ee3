// Imports generated exports one after another, alternating Replace and Merge. Each import is one
// transaction of several hundred check-ins, so kills often land in the middle of one. Step n's file follows
// from n alone, and so does the state after it: Replace makes the database exactly step n's file, and a
// Merge (always right after a Replace) merges step n's file into exactly step n-1's. The check finds the
// newest step the database holds (check-in notes carry their step number), rebuilds the state that step
// leaves behind on a scratch database and compares the two as canonical JSON, so any mixture of two
// steps, or a step half applied, shows.

#include "crashscenario.h"
#include "crashsupport.h"

#include "exchange/exportjson.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "storage/migrations.h"
#include "storage/repositories.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <map>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;
using boost::gregorian::days;
using boost::posix_time::minutes;
using boost::posix_time::ptime;

const date firstDay(2020, 1, 1);
constexpr int checkinsPerStep = 300;
// Each step's days start this many days after the previous step's, so a Merge adds some days and
// meets others already there.
constexpr int daysPerStep = 100;
constexpr std::int64_t planSize = 4;
constexpr std::int64_t lastStep = 50'000;
const std::string stepMark = "step ";

[[nodiscard]] fs::path databaseFile(const fs::path& dataDir) {
    return dataDir / "tend.db";
}

[[nodiscard]] ImportMode modeOf(std::int64_t step) {
    return step % 2 == 0 ? ImportMode::Replace : ImportMode::Merge;
}

[[nodiscard]] ExportData fileFor(std::int64_t step) {
    ExportData data; // every section, so a Replace leaves nothing of earlier steps behind
    const date start = firstDay + days(step * daysPerStep);
    for (std::int64_t i = 1; i <= planSize; ++i)
        data.plan.push_back(PlanAction{i, std::nullopt, "Plan action " + std::to_string(i),
                                       static_cast<int>(i - 1), firstDay, false});
    for (int day = 0; day < checkinsPerStep; ++day) {
        Checkin checkin;
        checkin.date = start + days(day);
        checkin.answers = {{"mood", static_cast<int>((step + day) % 5)},
                           {"sleep", static_cast<int>((step * 3 + day) % 5)},
                           {"hard_cases", static_cast<int>((step + day) % 31)}};
        checkin.note = stepMark + std::to_string(step) + ", day " + std::to_string(day) + ":";
        for (int i = 0; i < day % 12; ++i)
            checkin.note += " a long shift, then the bus home";
        checkin.restDay = (step + day) % 7 == 0;
        for (std::int64_t id = 1; id <= planSize; ++id) {
            if ((step + day + id) % 3 == 0)
                checkin.selfCareDone.insert(id);
        }
        // Later steps save later; a Merge decides nothing by it (it keeps the device's answers and joins
        // the notes of a day both hold), but the times must still come through a Replace exactly.
        checkin.createdAt = ptime(checkin.date, minutes(step));
        checkin.updatedAt = checkin.createdAt + minutes(5);
        data.checkins.push_back(std::move(checkin));
    }
    for (int i = 0; i < 3; ++i) {
        HardMoment moment;
        moment.id = step * 10 + i + 1;
        moment.occurredAt = ptime(start, minutes(step + i));
        moment.intensity = HardMoment::minIntensity + i;
        moment.note = stepMark + std::to_string(step) + ", moment " + std::to_string(i);
        data.hardMoments.push_back(std::move(moment));
    }
    data.settings = {{"onboarding_done", "1"}, {"theme", step % 4 < 2 ? "light" : "dark"}};
    return data;
}

[[nodiscard]] std::string exportOf(Database& db) {
    tend::Repositories repositories(db);
    return exportToJson(readExportData(repositories, ExportSelection{}));
}

// The newest step whose check-ins the database holds, if any.
[[nodiscard]] std::optional<std::int64_t> newestStepHeld(Database& db) {
    std::optional<std::int64_t> newest;
    tend::Repositories repositories(db);
    for (const auto& checkin : readExportData(repositories, ExportSelection{}).checkins) {
        const auto step = numberAfter(checkin.note, stepMark);
        if (!step)
            throw CrashCheckFailure("a check-in on " + to_iso_extended_string(checkin.date) +
                                    " without its step number");
        newest = std::max(newest.value_or(*step), *step);
    }
    return newest;
}

// The canonical export of the state after steps 0..step, rebuilt on a fresh database next to the one
// checked. Kept for later checks, since it depends on the step alone.
[[nodiscard]] const std::string& expectedAfter(std::int64_t step, const fs::path& scratchDir) {
    static std::map<std::int64_t, std::string> known;
    if (const auto it = known.find(step); it != known.end())
        return it->second;
    const auto file = scratchDir / ("expected-" + std::to_string(step) + ".db");
    std::string json;
    {
        auto db = openDatabase(file);
        tend::Repositories repositories(db);
        migrate(db);
        if (modeOf(step) == ImportMode::Merge)
            (void)applyImport(repositories, fileFor(step - 1), ImportMode::Replace);
        (void)applyImport(repositories, fileFor(step), modeOf(step));
        json = exportOf(db);
    }
    for (const char* suffix : {"", "-wal", "-shm"})
        fs::remove(file.string() + suffix);
    return known.emplace(step, std::move(json)).first->second;
}

void write(const fs::path& dataDir) {
    auto db = openDatabase(databaseFile(dataDir));
    tend::Repositories repositories(db);
    migrate(db);
    const auto held = newestStepHeld(db);
    for (auto step = held ? *held + 1 : 0; step <= lastStep; ++step) {
        (void)applyImport(repositories, fileFor(step), modeOf(step));
        report("imported " + std::to_string(step));
    }
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    auto db = openDatabase(databaseFile(dataDir));
    requireIntact(db, "the database imported into");
    migrate(db);
    const auto held = newestStepHeld(db);
    const auto imported = highestReported(reports, "imported");
    if (imported && (!held || *held < *imported))
        throw CrashCheckFailure("step " + std::to_string(*imported) + " was reported imported, but the " +
                                "database holds " +
                                (held ? "only up to step " + std::to_string(*held) : "none"));
    if (!held)
        return;
    if (exportOf(db) != expectedAfter(*held, dataDir.parent_path()))
        throw CrashCheckFailure(
            "the database holds check-ins of step " + std::to_string(*held) +
            " but differs from the state that step leaves: a mixture or a partial import");
}

} // namespace

extern const CrashScenario importScenario{"import", 4, write, check};

} // namespace tend::crash
