#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/selfcareplanrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QTest>

#include <optional>
#include <stdexcept>

using namespace boost::gregorian;
using tend::Database;
using tend::PlanAction;
using tend::SelfCarePlanRepository;
using tend::StorageError;

namespace {

QStringList titlesOf(const std::vector<PlanAction>& actions) {
    QStringList titles;
    for (const auto& action : actions)
        titles << QString::fromStdString(action.title);
    return titles;
}

QList<int> positionsOf(const std::vector<PlanAction>& actions) {
    QList<int> positions;
    for (const auto& action : actions)
        positions << action.position;
    return positions;
}

} // namespace

class TestSelfCarePlanRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<SelfCarePlanRepository> m_plan;
    int m_notifications = 0;
    tend::Subscription m_counting;
    const date m_today{2026, 4, 20};

    // Adds three own actions A, B, C and returns their ids.
    std::vector<std::int64_t> addThree() {
        std::vector<std::int64_t> ids;
        for (const auto* title : {"A", "B", "C"})
            ids.push_back(m_plan->addOwn(title, m_today).id);
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_plan, m_notifications, m_counting); }

    void cleanup() {
        m_plan.reset();
        m_db.reset();
    }

    void addsOwnAndLibraryActionsAtTheEnd() {
        const auto own = m_plan->addOwn("  Phone my sister on Sundays \n", m_today);
        QVERIFY(own.id > 0);
        QCOMPARE(own.title, std::string("Phone my sister on Sundays"));
        QCOMPARE(own.libraryId, std::nullopt);
        QCOMPARE(own.position, 0);
        QCOMPARE(own.addedOn, m_today);
        QVERIFY(!own.archived);

        const auto picked =
            m_plan->addFromLibrary("slow_breaths", "Take ten slow breaths", m_today + days(1));
        QCOMPARE(picked.libraryId, std::optional<std::string>("slow_breaths"));
        QCOMPARE(picked.position, 1);
        QCOMPARE(picked.addedOn, m_today + days(1));
        QVERIFY(picked.id != own.id);

        QCOMPARE(titlesOf(m_plan->active()), (QStringList{QStringLiteral("Phone my sister on Sundays"),
                                                          QStringLiteral("Take ten slow breaths")}));
        QCOMPARE(m_notifications, 2);
        const auto found = m_plan->find(picked.id);
        QVERIFY(found);
        QCOMPARE(found->title, picked.title);
        QCOMPARE(m_plan->find(picked.id + 100), std::nullopt);
    }

    void refusesBadTitles_data() {
        QTest::addColumn<QString>("title");
        QTest::newRow("empty") << QString();
        QTest::newRow("only spaces") << QStringLiteral(" \t \n ");
        QTest::newRow("121 characters") << QString(121, QLatin1Char('x'));
        QTest::newRow("two lines") << QStringLiteral("Walk\nRun");
        QTest::newRow("tab inside") << QStringLiteral("Walk\tRun");
    }
    void refusesBadTitles() {
        QFETCH(QString, title);
        const auto text = title.toStdString();
        QCOMPARE(SelfCarePlanRepository::normalisedTitle(text), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->addOwn(text, m_today));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->addFromLibrary("walk", text, m_today));
        const auto kept = m_plan->addOwn("Kept", m_today);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->rename(kept.id, text));
        QCOMPARE(titlesOf(m_plan->all()), QStringList{QStringLiteral("Kept")});
        QCOMPARE(m_notifications, 1);
    }

    void titleLimitCountsCharactersNotBytes() {
        // 120 two-byte characters are 240 bytes, and still within the limit.
        const auto title = QString(120, QChar(0x00E9)).toStdString();
        QCOMPARE(SelfCarePlanRepository::normalisedTitle(title), std::optional<std::string>(title));
        QCOMPARE(m_plan->addOwn(title, m_today).title, title);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->addOwn(title + "x", m_today));
    }

    void pickingALibraryActionTwiceReturnsTheExistingOne() {
        const auto first = m_plan->addFromLibrary("walk_between_visits", "Walk round the block", m_today);
        m_plan->rename(first.id, "My walk");
        QCOMPARE(m_notifications, 2);
        const auto again =
            m_plan->addFromLibrary("walk_between_visits", "Walk round the block", m_today + days(3));
        QCOMPARE(again.id, first.id);
        QCOMPARE(again.title, std::string("My walk"));
        QCOMPARE(again.addedOn, m_today);
        QCOMPARE(m_plan->all().size(), std::size_t(1));
        QCOMPARE(m_notifications, 2);
    }

    void pickingAnArchivedLibraryActionRestoresIt() {
        const auto walk = m_plan->addFromLibrary("walk_between_visits", "Walk round the block", m_today);
        m_plan->rename(walk.id, "My walk");
        m_plan->addOwn("Other", m_today);
        m_plan->archive(walk.id);
        QCOMPARE(titlesOf(m_plan->active()), QStringList{QStringLiteral("Other")});

        const auto back =
            m_plan->addFromLibrary("walk_between_visits", "Walk round the block", m_today + days(9));
        QCOMPARE(back.id, walk.id);
        QVERIFY(!back.archived);
        QCOMPARE(back.title, std::string("My walk"));
        QCOMPARE(back.addedOn, m_today);
        QCOMPARE(titlesOf(m_plan->active()),
                 (QStringList{QStringLiteral("Other"), QStringLiteral("My walk")}));
        QCOMPARE(m_plan->all().size(), std::size_t(2));
    }

    void ownActionsWithTheSameWordingAreSeparate() {
        const auto first = m_plan->addOwn("Walk", m_today);
        const auto second = m_plan->addOwn("Walk", m_today);
        QVERIFY(first.id != second.id);
        QCOMPARE(m_plan->active().size(), std::size_t(2));
    }

    void tagsAreSortedOnceEachAndSurviveReading() {
        const auto own = m_plan->addOwn("Ring my sister", m_today, {"sleep", "on_edge", "sleep"});
        QCOMPARE(own.tags, (std::vector<std::string>{"on_edge", "sleep"}));
        QCOMPARE(m_plan->find(own.id)->tags, (std::vector<std::string>{"on_edge", "sleep"}));
        m_plan->setTags(own.id, {"wellbeing"});
        QCOMPARE(m_plan->find(own.id)->tags, std::vector<std::string>{"wellbeing"});
        const int before = m_notifications;
        m_plan->setTags(own.id, {"wellbeing"}); // unchanged: no news
        QCOMPARE(m_notifications, before);
        m_plan->setTags(own.id, {});
        QVERIFY(m_plan->find(own.id)->tags.empty());
        // A library action starts without tags of its own.
        QVERIFY(m_plan->addFromLibrary("slow_breaths", "Slow breaths", m_today).tags.empty());
    }

    void refusesBadTags() {
        const auto own = m_plan->addOwn("Ring my sister", m_today);
        for (const std::vector<std::string>& bad :
             {std::vector<std::string>{"on edge"}, std::vector<std::string>{""},
              std::vector<std::string>{"Sleep"}, std::vector<std::string>{std::string(65, 'a')}}) {
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->setTags(own.id, bad));
            QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)m_plan->addOwn("Other", m_today, bad));
        }
        std::vector<std::string> many;
        for (int i = 0; i <= 20; ++i)
            many.push_back(std::string("t").append(std::to_string(i)));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m_plan->setTags(own.id, many));
        many.pop_back();
        m_plan->setTags(own.id, many);
        QCOMPARE(m_plan->find(own.id)->tags.size(), std::size_t(20));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->setTags(999, {"sleep"}));
    }

    void renameChangesOnlyTheTitle() {
        const auto ids = addThree();
        m_plan->rename(ids[1], "  Better B ");
        const auto renamed = m_plan->find(ids[1]);
        QCOMPARE(renamed->title, std::string("Better B"));
        QCOMPARE(renamed->position, 1);
        QCOMPARE(m_notifications, 4);
        m_plan->rename(ids[1], "Better B");
        QCOMPARE(m_notifications, 4);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->rename(999, "Anything"));
    }

    void moveReordersTheActivePlan() {
        const auto ids = addThree();
        m_plan->move(ids[2], 0);
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"C", "A", "B"}));
        QCOMPARE(positionsOf(m_plan->active()), (QList<int>{0, 1, 2}));
        m_plan->move(ids[2], 1);
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"A", "C", "B"}));
        // Past the end means "last".
        m_plan->move(ids[0], 50);
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"C", "B", "A"}));
        QCOMPARE(m_notifications, 6);
        m_plan->move(ids[0], 2);
        QCOMPARE(m_notifications, 6);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->move(999, 0));
        m_plan->archive(ids[1]);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->move(ids[1], 0));
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"C", "A"}));
    }

    void archiveAndRestore() {
        const auto ids = addThree();
        m_plan->archive(ids[0]);
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"B", "C"}));
        QCOMPARE(positionsOf(m_plan->active()), (QList<int>{0, 1}));
        QVERIFY(m_plan->find(ids[0])->archived);
        QCOMPARE(m_notifications, 4);
        m_plan->archive(ids[0]);
        QCOMPARE(m_notifications, 4);

        // New actions go after the active ones; a restored one comes back at the end.
        m_plan->addOwn("D", m_today);
        m_plan->restore(ids[0]);
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"B", "C", "D", "A"}));
        QCOMPARE(m_plan->find(ids[0])->position, 3);
        QCOMPARE(m_notifications, 6);
        m_plan->restore(ids[0]);
        QCOMPARE(m_notifications, 6);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->archive(999));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->restore(999));
    }

    void allListsActiveInOrderThenArchivedNewestFirst() {
        const auto ids = addThree();
        const auto d = m_plan->addOwn("D", m_today).id;
        m_plan->archive(ids[0]);
        m_plan->archive(d);
        m_plan->move(ids[2], 0);
        QCOMPARE(titlesOf(m_plan->all()), (QStringList{"C", "B", "D", "A"}));
        QCOMPARE(titlesOf(m_plan->active()), (QStringList{"C", "B"}));
    }

    void emptyPlan() {
        QVERIFY(m_plan->active().empty());
        QVERIFY(m_plan->all().empty());
        QCOMPARE(m_plan->addOwn("First", m_today).position, 0);
    }

    // Imports store an action as the file has it: under its own id (replace) or a new one (merge).
    void storesImportedActionsAsGiven() {
        PlanAction action{
            7, std::string("early_night"), "Go to bed earlier", 3, date(2026, 1, 2), true, {"sleep"}};
        m_plan->addWithId(action);
        QCOMPARE(m_notifications, 1);
        const auto stored = *m_plan->find(7);
        QCOMPARE(stored.libraryId, action.libraryId);
        QCOMPARE(stored.title, action.title);
        QCOMPARE(stored.position, 3);
        QCOMPARE(stored.addedOn, date(2026, 1, 2));
        QVERIFY(stored.archived);
        QCOMPARE(stored.tags, std::vector<std::string>{"sleep"});
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->addWithId(action));

        action.archived = false;
        action.position = 0;
        const auto copy = m_plan->addImported(action);
        QCOMPARE(copy, std::int64_t(8));
        QCOMPARE(m_plan->find(copy)->title, action.title);
        QCOMPARE(m_notifications, 2);

        action.title = " Spaces around ";
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_plan->addImported(action));
        action.title = "Fine";
        action.tags = {"sleep", "mood"}; // not sorted as stored
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_plan->addImported(action));
        QCOMPARE(m_plan->all().size(), std::size_t(2));

        m_plan->removeAll();
        QVERIFY(m_plan->all().empty());
        QCOMPARE(m_notifications, 3);
    }

    void refusesAnActionWithoutARealDate() {
        QVERIFY_THROWS_EXCEPTION(StorageError, m_plan->addOwn("Walk", date(not_a_date_time)));
        QVERIFY(m_plan->all().empty());
        QCOMPARE(m_notifications, 0);
    }

    void persistsAcrossReopening() {
        const auto path = m_databases.file(QStringLiteral("reopen.db"));
        {
            auto db = Database::open(path, tend::test::testKey());
            tend::migrate(db);
            SelfCarePlanRepository plan(db);
            plan.addOwn("Stay", m_today);
            plan.archive(plan.addFromLibrary("early_night", "Go to bed earlier", m_today).id);
        }
        auto db = Database::open(path, tend::test::testKey());
        SelfCarePlanRepository plan(db);
        const auto all = plan.all();
        QCOMPARE(titlesOf(all), (QStringList{"Stay", "Go to bed earlier"}));
        QVERIFY(all[1].archived);
        QCOMPARE(all[1].libraryId, std::optional<std::string>("early_night"));
        QCOMPARE(all[1].addedOn, m_today);
    }
};

QTEST_GUILESS_MAIN(TestSelfCarePlanRepository)
#include "tst_selfcareplanrepository.moc"
