// Saves check-ins one after another: each save is one transaction of many rows (the check-in, its answers,
// its self-care ticks) with a note long enough to span several pages. Every fifth save edits an earlier
// day instead, replacing its answers and ticks. Saves are numbered steps whose content follows from the
// number alone, so the check can rebuild exactly what the database must hold after the last step it finds.

#include "crashscenario.h"
#include "crashsupport.h"

#include "storage/checkinrepository.h"
#include "storage/migrations.h"
#include "storage/selfcareplanrepository.h"
#include "time/isodate.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <map>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;
using boost::gregorian::date;
using boost::gregorian::days;

const date firstDay(2024, 1, 1);
constexpr std::size_t planSize = 6;
// Far more steps than a writer gets through before it is killed; a runaway writer stops here.
constexpr std::int64_t lastStep = 50'000;

[[nodiscard]] fs::path databaseFile(const fs::path& dataDir) {
    return dataDir / "tend.db";
}

[[nodiscard]] date dayOf(std::int64_t step) {
    return firstDay + days(step % 5 == 4 ? step / 2 : step);
}

[[nodiscard]] std::string planTitle(std::size_t index) {
    return "Plan action " + std::to_string(index + 1);
}

[[nodiscard]] Checkin checkinFor(std::int64_t step, const std::vector<std::int64_t>& planIds) {
    Checkin checkin;
    checkin.date = dayOf(step);
    // Values differ from step to step, so answers left over from an earlier save of the day would show.
    const int answerCount = 3 + static_cast<int>(step % 4);
    for (int i = 0; i < answerCount; ++i)
        checkin.answers["item_" + std::to_string(i)] = static_cast<int>(step * 10 + i);
    checkin.note = "step " + std::to_string(step) + ":";
    for (std::int64_t i = 0; i < (step * 7) % 180; ++i)
        checkin.note += " A long shift — tired but okay ✓";
    checkin.restDay = step % 3 == 0;
    for (std::size_t i = 0; i < planIds.size(); ++i) {
        if ((step >> i) & 1)
            checkin.selfCareDone.insert(planIds[i]);
    }
    checkin.createdAt = boost::posix_time::ptime(firstDay, boost::posix_time::minutes(step));
    checkin.updatedAt = checkin.createdAt;
    return checkin;
}

// The check-ins after steps 0..last, by date. An edited day keeps the time it was first saved.
[[nodiscard]] std::map<date, Checkin> expectedAfter(std::int64_t last,
                                                    const std::vector<std::int64_t>& planIds) {
    std::map<date, Checkin> checkins;
    for (std::int64_t step = 0; step <= last; ++step) {
        auto checkin = checkinFor(step, planIds);
        if (const auto it = checkins.find(checkin.date); it != checkins.end())
            checkin.createdAt = it->second.createdAt;
        checkins[checkin.date] = std::move(checkin);
    }
    return checkins;
}

[[nodiscard]] std::vector<std::int64_t> planIds(Database& db) {
    std::vector<std::int64_t> ids;
    for (const auto& action : SelfCarePlanRepository(db).active())
        ids.push_back(action.id);
    return ids;
}

[[nodiscard]] std::string describe(const Checkin& checkin) {
    std::string text = toIsoDate(checkin.date) + " \"" + checkin.note.substr(0, 16) + "...\" answers";
    for (const auto& [item, value] : checkin.answers)
        text += " " + item + "=" + std::to_string(value);
    text += " ticks";
    for (const auto id : checkin.selfCareDone)
        text += " " + std::to_string(id);
    return text + (checkin.restDay ? " rest" : "") + " created " + toIsoDateTime(checkin.createdAt) +
           " updated " + toIsoDateTime(checkin.updatedAt);
}

[[nodiscard]] bool same(const Checkin& a, const Checkin& b) {
    return a.date == b.date && a.answers == b.answers && a.note == b.note && a.restDay == b.restDay &&
           a.selfCareDone == b.selfCareDone && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
}

// The number of steps the database holds. It must hold exactly the check-ins of steps 0..n-1: a step
// half there, or one missing behind a later one, throws CrashCheckFailure.
[[nodiscard]] std::int64_t stepsHeld(Database& db) {
    const auto ids = planIds(db);
    const auto stored = CheckinRepository(db).range(firstDay, dayOf(lastStep));
    if (stored.empty())
        return 0;
    if (ids.size() != planSize)
        throw CrashCheckFailure("check-ins were saved, but the plan has " + std::to_string(ids.size()) +
                                " actions instead of " + std::to_string(planSize));
    std::int64_t last = -1;
    for (const auto& checkin : stored) {
        const auto step = numberAfter(checkin.note, "step ");
        if (!step)
            throw CrashCheckFailure("a check-in without its step number: " + describe(checkin));
        last = std::max(last, *step);
    }
    const auto expected = expectedAfter(last, ids);
    for (const auto& checkin : stored) {
        const auto it = expected.find(checkin.date);
        if (it == expected.end() || !same(checkin, it->second))
            throw CrashCheckFailure("after step " + std::to_string(last) + " the database holds " +
                                    describe(checkin) + ", expected " +
                                    (it == expected.end() ? "no check-in that day" : describe(it->second)));
    }
    if (stored.size() != expected.size())
        throw CrashCheckFailure("after step " + std::to_string(last) + " the database holds " +
                                std::to_string(stored.size()) + " check-ins, expected " +
                                std::to_string(expected.size()));
    return last + 1;
}

void write(const fs::path& dataDir) {
    auto db = openDatabase(databaseFile(dataDir));
    migrate(db);
    SelfCarePlanRepository plan(db);
    for (auto size = plan.active().size(); size < planSize; ++size)
        plan.addOwn(planTitle(size), firstDay);
    const auto ids = planIds(db);
    CheckinRepository checkins(db);
    for (auto step = stepsHeld(db); step <= lastStep; ++step) {
        checkins.save(checkinFor(step, ids));
        report("committed " + std::to_string(step));
    }
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    auto db = openDatabase(databaseFile(dataDir));
    requireIntact(db, "the check-in database");
    const int version = db.userVersion();
    if (version != 0 && version != latestSchemaVersion())
        throw CrashCheckFailure("the schema is at version " + std::to_string(version) +
                                ", neither new nor fully migrated");
    migrate(db);
    const auto plan = SelfCarePlanRepository(db).active();
    for (std::size_t i = 0; i < plan.size(); ++i) {
        if (plan[i].title != planTitle(i))
            throw CrashCheckFailure("plan action " + std::to_string(i) + " is called \"" + plan[i].title +
                                    "\"");
    }
    const auto held = stepsHeld(db);
    if (const auto committed = highestReported(reports, "committed"); committed && *committed >= held)
        throw CrashCheckFailure("step " + std::to_string(*committed) +
                                " was reported saved, but the database " + "holds only steps before " +
                                std::to_string(held));
}

} // namespace

extern const CrashScenario saveScenario{"save", 8, write, check};

} // namespace tend::crash
