// Logs hard moments one after another and, every fourth step, removes the oldest one still there. Steps
// are numbered and their content follows from the number, so the check can rebuild exactly what the
// database must hold after the last step it finds, ids included (AUTOINCREMENT never reuses an id, and a
// rolled-back insert must not use one up).

#include "crashscenario.h"
#include "crashsupport.h"

#include "storage/hardmomentrepository.h"
#include "storage/migrations.h"
#include "time/isodate.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <deque>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;

const date firstDay(2024, 1, 1);
constexpr std::int64_t lastStep = 50'000;

[[nodiscard]] fs::path databaseFile(const fs::path& dataDir) {
    return dataDir / "tend.db";
}

[[nodiscard]] bool removesOldest(std::int64_t step) {
    return step % 4 == 3;
}

[[nodiscard]] HardMoment momentFor(std::int64_t step) {
    HardMoment moment;
    moment.occurredAt = boost::posix_time::ptime(firstDay, boost::posix_time::minutes(step));
    moment.intensity = HardMoment::minIntensity + static_cast<int>(step % 3);
    moment.note = "moment " + std::to_string(step) + ":";
    for (std::int64_t i = 0; i < step % 40; ++i)
        moment.note += " the family was angry with me";
    return moment;
}

// The moments after steps 0..last, oldest first.
[[nodiscard]] std::deque<HardMoment> expectedAfter(std::int64_t last) {
    std::deque<HardMoment> moments;
    std::int64_t nextId = 1;
    for (std::int64_t step = 0; step <= last; ++step) {
        if (removesOldest(step)) {
            if (!moments.empty())
                moments.pop_front();
            continue;
        }
        auto moment = momentFor(step);
        moment.id = nextId++;
        moments.push_back(std::move(moment));
    }
    return moments;
}

[[nodiscard]] std::string describe(const HardMoment& moment) {
    return std::string("#").append(std::to_string(moment.id)) + " at " + toIsoDateTime(moment.occurredAt) +
           " intensity " + std::to_string(moment.intensity) + " \"" + moment.note.substr(0, 16) + "...\"";
}

[[nodiscard]] bool same(const std::vector<HardMoment>& stored, const std::deque<HardMoment>& expected) {
    return std::equal(stored.begin(), stored.end(), expected.begin(), expected.end(),
                      [](const HardMoment& a, const HardMoment& b) {
                          return a.id == b.id && a.occurredAt == b.occurredAt && a.intensity == b.intensity &&
                                 a.note == b.note;
                      });
}

// The number of steps the database holds: it must hold exactly what steps 0..n-1 leave behind.
[[nodiscard]] std::int64_t stepsHeld(Database& db) {
    const auto stored = HardMomentRepository(db).inRange(firstDay, firstDay + boost::gregorian::days(365));
    if (stored.empty())
        return 0;
    const auto newest = numberAfter(stored.back().note, "moment ");
    if (!newest)
        throw CrashCheckFailure("a hard moment without its step number: " + describe(stored.back()));
    // The newest moment is the last step, unless the last step removed the oldest one.
    for (const auto last : {*newest, *newest + 1}) {
        if ((last == *newest || removesOldest(last)) && same(stored, expectedAfter(last)))
            return last + 1;
    }
    std::string held;
    for (const auto& moment : stored)
        held += "\n  " + describe(moment);
    throw CrashCheckFailure("the hard moments match no step around step " + std::to_string(*newest) +
                            "; the database holds:" + held);
}

void write(const fs::path& dataDir) {
    auto db = openDatabase(databaseFile(dataDir));
    migrate(db);
    HardMomentRepository moments(db);
    for (auto step = stepsHeld(db); step <= lastStep; ++step) {
        if (removesOldest(step))
            moments.remove(moments.inRange(firstDay, firstDay + boost::gregorian::days(365)).front().id);
        else
            (void)moments.add(momentFor(step));
        report("committed " + std::to_string(step));
    }
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    auto db = openDatabase(databaseFile(dataDir));
    requireIntact(db, "the hard moments database");
    const int version = db.userVersion();
    if (version != 0 && version != latestSchemaVersion())
        throw CrashCheckFailure("the schema is at version " + std::to_string(version) +
                                ", neither new nor fully migrated");
    migrate(db);
    const auto held = stepsHeld(db);
    if (const auto committed = highestReported(reports, "committed"); committed && *committed >= held)
        throw CrashCheckFailure("step " + std::to_string(*committed) +
                                " was reported saved, but the database " + "holds only steps before " +
                                std::to_string(held));
}

} // namespace

extern const CrashScenario hardmomentsScenario{"hardmoments", 8, write, check};

} // namespace tend::crash
