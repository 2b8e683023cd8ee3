// Upgrades databases written by older versions of Tend. Each round creates a file at an old schema
// version (1 to 4, through the real migration steps), fills it with that version's kind of data in one
// transaction, then migrates it to the latest schema. The check accepts only whole states: no tables, old
// schema without data, old schema with all its data, or the latest schema with all of it. It then opens
// and migrates every file as the app would after the crash, and the data must survive that too.

#include "crashscenario.h"
#include "crashsupport.h"

#include "storage/migrations.h"
#include "time/isodate.h"

#include <boost/date_time/gregorian/gregorian.hpp>

#include <algorithm>
#include <cstdio>

namespace tend::crash {

namespace {

namespace fs = std::filesystem;

constexpr std::int64_t lastRound = 10'000;

enum class Data { None, All };

struct OldDatabase {
    std::int64_t round = 0;
    int version = 1; // the schema it is written at before the upgrade

    [[nodiscard]] fs::path file(const fs::path& dataDir) const {
        return dataDir / ("migrate-" + std::to_string(round) + "-v" + std::to_string(version) + ".db");
    }
    [[nodiscard]] int checkinCount() const { return 30 + static_cast<int>((round * 13) % 50); }
};

[[nodiscard]] OldDatabase oldDatabase(std::int64_t round) {
    return {round, 1 + static_cast<int>(round % 4)};
}

// Reads "migrate-<round>-v<version>.db"; other files (WAL, shared memory) are not databases.
[[nodiscard]] std::optional<OldDatabase> oldDatabaseFor(const fs::path& file) {
    if (file.extension() != ".db")
        return std::nullopt;
    long long round = 0;
    int version = 0;
    if (std::sscanf(file.filename().c_str(), "migrate-%lld-v%d.db", &round, &version) != 2)
        return std::nullopt;
    return OldDatabase{round, version};
}

[[nodiscard]] std::vector<Migration> stepsUpTo(int version) {
    std::vector<Migration> steps;
    for (const auto& step : schemaMigrations()) {
        if (step.version <= version)
            steps.push_back(step);
    }
    return steps;
}

[[nodiscard]] std::string dayText(int day) {
    return toIsoDate(boost::gregorian::date(2023, 1, 1) + boost::gregorian::days(day));
}

[[nodiscard]] std::string noteFor(int day) {
    std::string note = "old day " + std::to_string(day) + ":";
    for (int i = 0; i < day % 25; ++i)
        note += " a hard week on the ward";
    return note;
}

[[nodiscard]] bool duplicateShowing(int day) {
    return day % 5 == 0;
}

// Rows as the old version wrote them, through plain SQL: the repositories speak only the latest schema.
void fill(Database& db, const OldDatabase& old) {
    for (int day = 0; day < old.checkinCount(); ++day) {
        const auto date = dayText(day);
        db.prepare("INSERT INTO checkins (date, note, rest_day, created_at, updated_at) VALUES (?1, ?2, 0, "
                   "?3, ?3)")
            .bind(1, date)
            .bind(2, noteFor(day))
            .bind(3, date + "T20:00:00")
            .run();
        for (int item = 0; item < 4; ++item) {
            db.prepare("INSERT INTO checkin_answers (date, item_id, value) VALUES (?1, ?2, ?3)")
                .bind(1, date)
                .bind(2, "item_" + std::to_string(item))
                .bind(3, day * 4 + item)
                .run();
        }
        if (old.version >= 2 && day % 2 == 0) {
            db.prepare("INSERT INTO hard_moments (occurred_at, intensity, note) VALUES (?1, 2, ?2)")
                .bind(1, date + "T11:00:00")
                .bind(2, noteFor(day))
                .run();
        }
        if (old.version >= 4) {
            if (day < 3) {
                db.prepare("INSERT INTO selfcare_plan (title, position, added_on) VALUES (?1, ?2, ?3)")
                    .bind(1, "Old action " + std::to_string(day))
                    .bind(2, day)
                    .bind(3, date)
                    .run();
            }
            db.prepare("INSERT INTO checkin_selfcare (date, action_id) VALUES (?1, ?2)")
                .bind(1, date)
                .bind(2, 1 + day % 3)
                .run();
            // Version 5 keeps only the first showing of a prompt a day.
            for (int showing = 0; showing < (duplicateShowing(day) ? 2 : 1); ++showing) {
                db.prepare("INSERT INTO prompt_events (rule_id, event, at) VALUES ('rest', 'shown', ?1)")
                    .bind(1, date + "T0" + std::to_string(8 + showing) + ":00:00")
                    .run();
            }
        }
    }
    db.prepare("INSERT INTO settings (key, value) VALUES ('crash.round', ?1)").bind(1, old.round).run();
}

[[nodiscard]] std::int64_t count(Database& db, const std::string& table) {
    Statement statement = db.prepare("SELECT count(*) FROM " + table);
    return statement.step() ? statement.int64(0) : 0;
}

void expectCount(Database& db, const std::string& table, std::int64_t expected, const std::string& where) {
    if (const auto actual = count(db, table); actual != expected)
        throw CrashCheckFailure(where + ": " + table + " has " + std::to_string(actual) + " rows, expected " +
                                std::to_string(expected) +
                                " (a part of a transaction is missing or left over)");
}

// Whether the file holds none or all of its data at schema `version`. Anything in between throws.
[[nodiscard]] Data dataIn(Database& db, const OldDatabase& old, int version, const std::string& where) {
    if (version == 0) {
        expectCount(db, "sqlite_master", 0, where);
        return Data::None;
    }
    const bool filled = count(db, "checkins") > 0;
    const int days = filled ? old.checkinCount() : 0;
    expectCount(db, "checkins", days, where);
    expectCount(db, "checkin_answers", 4 * days, where);
    expectCount(db, "settings", filled ? 1 : 0, where);
    if (version >= 2)
        expectCount(db, "hard_moments", old.version >= 2 ? (days + 1) / 2 : 0, where);
    if (version >= 4 && old.version >= 4) {
        expectCount(db, "selfcare_plan", filled ? 3 : 0, where);
        expectCount(db, "checkin_selfcare", days, where);
        int showings = 0;
        for (int day = 0; day < days; ++day)
            showings += (duplicateShowing(day) && version < 5) ? 2 : 1;
        expectCount(db, "prompt_events", showings, where);
    }
    if (!filled)
        return Data::None;
    Statement notes = db.prepare("SELECT date, note FROM checkins ORDER BY date");
    for (int day = 0; notes.step(); ++day) {
        if (notes.text(0) != dayText(day) || notes.text(1) != noteFor(day))
            throw CrashCheckFailure(where + ": the check-in of " + notes.text(0) + " changed");
    }
    Statement answers = db.prepare("SELECT sum(value) FROM checkin_answers");
    const std::int64_t answerCount = 4 * days;
    if (!answers.step() || answers.int64(0) != answerCount * (answerCount - 1) / 2)
        throw CrashCheckFailure(where + ": the answers changed");
    return Data::All;
}

void write(const fs::path& dataDir) {
    std::int64_t round = 0;
    for (const auto& entry : fs::directory_iterator(dataDir))
        round += oldDatabaseFor(entry.path()) ? 1 : 0;
    for (; round <= lastRound; ++round) {
        const auto old = oldDatabase(round);
        auto db = openDatabase(old.file(dataDir));
        migrate(db, stepsUpTo(old.version));
        Transaction transaction(db);
        fill(db, old);
        transaction.commit();
        report("prepared " + std::to_string(round));
        migrate(db);
        report("migrated " + std::to_string(round));
    }
}

void checkFile(const fs::path& file, const OldDatabase& old, const std::vector<std::string>& reports) {
    const auto round = std::to_string(old.round);
    const auto reported = [&](std::string_view word) {
        const auto numbers = reportedNumbers(reports, word);
        return std::find(numbers.begin(), numbers.end(), old.round) != numbers.end();
    };
    auto db = openDatabase(file);
    const std::string where = file.filename().string();
    requireIntact(db, where);
    const int version = db.userVersion();
    if (version != 0 && version != old.version && version != latestSchemaVersion())
        throw CrashCheckFailure(where + ": the schema is at version " + std::to_string(version) +
                                ", half way through an upgrade");
    const auto data = dataIn(db, old, version, where);
    if (version == latestSchemaVersion() && data == Data::None)
        throw CrashCheckFailure(where + ": upgraded, but its data is gone");
    if (reported("prepared") && data == Data::None)
        throw CrashCheckFailure(where + ": round " + round + " was reported filled, but holds no data");
    if (reported("migrated") && version != latestSchemaVersion())
        throw CrashCheckFailure(where + ": round " + round + " was reported upgraded, but is at version " +
                                std::to_string(version));

    // What the app does on its next start: upgrade whatever it finds. Nothing may be lost on the way.
    migrate(db);
    requireIntact(db, where + " after the upgrade on restart");
    if (dataIn(db, old, latestSchemaVersion(), where + " after the upgrade on restart") != data)
        throw CrashCheckFailure(where + ": the upgrade on restart changed which data is there");
}

void check(const fs::path& dataDir, const std::vector<std::string>& reports) {
    for (const auto& entry : fs::directory_iterator(dataDir)) {
        if (const auto old = oldDatabaseFor(entry.path()))
            checkFile(entry.path(), *old, reports);
    }
}

} // namespace

extern const CrashScenario migrateScenario{"migrate", 1, write, check};

} // namespace tend::crash
