#include "exchange/daymerge.h"
#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "exporttesting.h"
#include "storage/migrations.h"
#include "storage/repositories.h"
#include "testdatabases.h"

#include <QTest>

#include <algorithm>
#include <random>

using tend::Checkin;
using tend::Database;
using tend::ExportData;
using tend::ImportMode;
using tend::test::wholeDatabase;

namespace {

constexpr int pairs = 150;

ExportData parse(const std::string& text) {
    return tend::parseExportJson(text, tend::test::shippedDefinition());
}

const Checkin* dayOf(const ExportData& data, boost::gregorian::date date) {
    for (const auto& checkin : data.checkins)
        if (checkin.date == date)
            return &checkin;
    return nullptr;
}

const tend::PlanAction* actionOf(const ExportData& data, std::int64_t id) {
    for (const auto& action : data.plan)
        if (action.id == id)
            return &action;
    return nullptr;
}

std::vector<std::string> parts(const std::string& note) {
    std::vector<std::string> result;
    const std::string separator(tend::mergedNoteSeparator);
    std::size_t from = 0;
    for (auto at = note.find(separator); at != std::string::npos; at = note.find(separator, from)) {
        result.push_back(note.substr(from, at - from));
        from = at + separator.size();
    }
    result.push_back(note.substr(from));
    return result;
}

// A file that overlaps the device's history in every way: days the device lacks, the same days unchanged,
// with answers added, answers changed, the rest day flipped, other notes, the device's note inside a note
// merged elsewhere, other ticks; its own plan, moments, results and events besides.
ExportData overlappingFile(const ExportData& device, ExportData file, std::mt19937& rng) {
    const auto pick = [&](int low, int high) {
        return std::uniform_int_distribution<int>(low, high)(rng);
    };
    const auto& items = tend::test::shippedDefinition().items;
    for (const auto& mine : device.checkins) {
        if (pick(0, 2) == 0 || dayOf(file, mine.date))
            continue;
        Checkin copy = mine;
        copy.selfCareDone.clear();
        for (const auto& action : file.plan)
            if (pick(0, 2) == 0)
                copy.selfCareDone.insert(action.id);
        switch (pick(0, 5)) {
        case 0: // the very same day
            copy.selfCareDone.clear();
            break;
        case 1: { // one answer more, one answer different
            const auto& item = items[static_cast<std::size_t>(pick(0, static_cast<int>(items.size()) - 1))];
            copy.answers[item.id] = pick(item.scale.min, item.scale.max);
            break;
        }
        case 2:
            copy.restDay = !copy.restDay;
            break;
        case 3:
            copy.note = "written elsewhere";
            break;
        case 4:
            copy.note = mine.note + std::string(tend::mergedNoteSeparator) + "added elsewhere";
            break;
        default:
            copy.answers.clear();
            copy.note.clear();
            break;
        }
        copy.updatedAt += boost::posix_time::hours(pick(-48, 48)); // which copy is newer must decide nothing
        file.checkins.push_back(copy);
    }
    std::sort(file.checkins.begin(), file.checkins.end(),
              [](const Checkin& a, const Checkin& b) { return a.date < b.date; });
    // Through the strict reader, as a worker's file would come.
    return parse(tend::exportToJson(file));
}

} // namespace

// The property the issue asks for: merging a file never loses anything the device held nor anything the
// file brought, except the losing side of an answer both hold differently; merging it twice changes nothing.
class TestMergeKeepsEverything final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;

    [[nodiscard]] Database freshDatabase(const QString& name) const {
        auto db = Database::open(m_databases.file(name), tend::test::testKey());
        db.execute("PRAGMA synchronous = OFF");
        tend::migrate(db);
        return db;
    }

    static void checkKept(const ExportData& before, const ExportData& file, const ExportData& after,
                          bool takeTheirs, int pair) {
        const auto where = [pair](const char* what) {
            return qPrintable(QStringLiteral("pair %1: %2").arg(pair).arg(QLatin1String(what)));
        };
        for (const auto& mine : before.checkins) {
            const auto* merged = dayOf(after, mine.date);
            QVERIFY2(merged, where("a day of the device is gone"));
            QVERIFY2(merged->note.starts_with(mine.note), where("the device's note changed"));
            QVERIFY2(std::includes(merged->selfCareDone.begin(), merged->selfCareDone.end(),
                                   mine.selfCareDone.begin(), mine.selfCareDone.end()),
                     where("a tick of the device is gone"));
            QCOMPARE(merged->createdAt, mine.createdAt);
            const auto* theirs = dayOf(file, mine.date);
            for (const auto& [item, value] : mine.answers) {
                QVERIFY2(merged->answers.contains(item), where("an answer of the device is gone"));
                const bool conflict =
                    theirs && theirs->answers.contains(item) && theirs->answers.at(item) != value;
                if (!(conflict && takeTheirs))
                    QVERIFY2(merged->answers.at(item) == value, where("an answer of the device changed"));
            }
            if (!(takeTheirs && theirs))
                QVERIFY2(merged->restDay == mine.restDay, where("the device's rest day changed"));
        }
        for (const auto& theirs : file.checkins) {
            const auto* merged = dayOf(after, theirs.date);
            QVERIFY2(merged, where("a day of the file is missing"));
            const auto* mine = dayOf(before, theirs.date);
            for (const auto& [item, value] : theirs.answers) {
                QVERIFY2(merged->answers.contains(item), where("an answer of the file is missing"));
                const bool conflict = mine && mine->answers.contains(item) && mine->answers.at(item) != value;
                if (!conflict || takeTheirs)
                    QVERIFY2(merged->answers.at(item) == value, where("an answer of the file was not taken"));
            }
            const auto held = parts(merged->note);
            for (const auto& part : parts(theirs.note))
                QVERIFY2(part.empty() || std::find(held.begin(), held.end(), part) != held.end(),
                         where("a note of the file is missing"));
            for (const auto id : theirs.selfCareDone) {
                const auto* wanted = actionOf(file, id);
                const bool found = std::any_of(
                    merged->selfCareDone.begin(), merged->selfCareDone.end(), [&](std::int64_t tick) {
                        const auto* action = actionOf(after, tick);
                        return action && (action->title == wanted->title ||
                                          (wanted->libraryId && action->libraryId == wanted->libraryId));
                    });
                QVERIFY2(found, where("a tick of the file is missing"));
            }
        }
        for (const auto& action : before.plan) {
            const auto* kept = actionOf(after, action.id);
            QVERIFY2(kept && kept->title == action.title && kept->archived == action.archived &&
                         kept->tags == action.tags && kept->libraryId == action.libraryId,
                     where("a plan action of the device changed"));
        }
        for (const auto& moment : before.hardMoments)
            QVERIFY2(std::any_of(after.hardMoments.begin(), after.hardMoments.end(),
                                 [&](const tend::HardMoment& m) {
                                     return m.id == moment.id && m.occurredAt == moment.occurredAt &&
                                            m.intensity == moment.intensity && m.note == moment.note;
                                 }),
                     where("a hard moment of the device changed"));
        for (const auto& moment : file.hardMoments)
            QVERIFY2(std::any_of(after.hardMoments.begin(), after.hardMoments.end(),
                                 [&](const tend::HardMoment& m) {
                                     return m.occurredAt == moment.occurredAt &&
                                            m.intensity == moment.intensity && m.note == moment.note;
                                 }),
                     where("a hard moment of the file is missing"));
        QVERIFY2(after.hardMoments.size() >= std::max(before.hardMoments.size(), file.hardMoments.size()),
                 where("hard moments were lost"));
        QVERIFY2(after.assessments.size() >= std::max(before.assessments.size(), file.assessments.size()),
                 where("results were lost"));
        QVERIFY2(after.promptEvents.size() >= before.promptEvents.size(), where("prompt events were lost"));
        // The worker's own contacts: the device's stay exactly, in their order at the front; each of the
        // file's is there.
        QVERIFY2(after.personalContacts.size() >= before.personalContacts.size(),
                 where("contacts were lost"));
        for (std::size_t i = 0; i < before.personalContacts.size(); ++i)
            QVERIFY2(after.personalContacts[i] == before.personalContacts[i],
                     where("a contact of the device changed"));
        for (const auto& contact : file.personalContacts)
            QVERIFY2(std::any_of(after.personalContacts.begin(), after.personalContacts.end(),
                                 [&](const tend::PersonalContact& c) { return c.sameContactAs(contact); }),
                     where("a contact of the file is missing"));
        for (const auto& [key, value] : before.settings)
            QVERIFY2(after.settings.contains(key) && after.settings.at(key) == value,
                     where("a setting of the device changed"));
        for (const auto& [key, value] : file.settings)
            QVERIFY2(after.settings.contains(key), where("a setting of the file is missing"));
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void mergeLosesNothing() {
        tend::test::HistoryGenerator generator(20260412);
        std::mt19937 rng(7);
        int conflicts = 0;
        int daysBoth = 0;
        for (int i = 0; i < pairs; ++i) {
            const auto history = parse(tend::exportToJson(generator.next()));
            const auto file = overlappingFile(history, generator.next(), rng);
            for (const bool takeTheirs : {false, true}) {
                auto db = freshDatabase(QStringLiteral("device-%1-%2.db").arg(i).arg(takeTheirs));
                tend::Repositories repositories(db);
                static_cast<void>(tend::applyImport(repositories, history, ImportMode::Replace));
                const auto before = tend::readExportData(repositories, {});
                tend::MergeChoices choices;
                choices.takeTheirsForAll = takeTheirs;
                const auto preview = tend::previewImport(repositories, file, ImportMode::Merge, choices);
                QCOMPARE(tend::applyImport(repositories, file, ImportMode::Merge, choices), preview);
                const auto after = tend::readExportData(repositories, {});
                checkKept(before, file, after, takeTheirs, i);
                if (QTest::currentTestFailed())
                    return;
                for (const auto& conflict : preview.conflicts)
                    QCOMPARE(conflict.takeTheirs, takeTheirs);
                if (!takeTheirs) {
                    conflicts += static_cast<int>(preview.conflicts.size());
                    for (const auto& day : file.checkins)
                        daysBoth += dayOf(before, day.date) ? 1 : 0;
                }
                // Merging the same file again changes nothing.
                const auto once = wholeDatabase(db);
                const auto again = tend::applyImport(repositories, file, ImportMode::Merge, choices);
                QVERIFY2(again.changesNothing(), qPrintable(QStringLiteral("pair %1 changed twice").arg(i)));
                QCOMPARE(wholeDatabase(db), once);
            }
        }
        // The generated pairs really do overlap and disagree.
        QVERIFY(daysBoth > pairs * 3);
        QVERIFY(conflicts > pairs);
    }
};

QTEST_GUILESS_MAIN(TestMergeKeepsEverything)
#include "tst_mergekeepseverything.moc"
