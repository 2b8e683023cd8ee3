#include "checkin/historymodel.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::HistoryModel;
namespace bg = boost::gregorian;

class TestHistoryModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<HistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    bg::date daysAgo(int days) const { return m_env->today() - bg::days(days); }
    QVariant at(int row, HistoryModel::Role role) const { return m_model->index(row).data(role); }

    // Rows are newest first, one per day, so "n days ago" is row n.
    int rowOf(QDate date) const {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (at(row, HistoryModel::DateRole).toDate() == date)
                return row;
        return -1;
    }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_model = std::make_unique<HistoryModel>(*m_env->session);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_env.reset();
    }

    void listsTheLastTwoWeeksNewestFirst() {
        QCOMPARE(m_model->rowCount(), HistoryModel::minimumDays);
        QCOMPARE(at(0, HistoryModel::DateRole).toDate(), QDate(2026, 11, 27));
        QCOMPARE(at(0, HistoryModel::TitleRole).toString(), QStringLiteral("Today"));
        QCOMPARE(at(1, HistoryModel::TitleRole).toString(), QStringLiteral("Yesterday"));
        for (int row = 1; row < m_model->rowCount(); ++row)
            QCOMPARE(at(row, HistoryModel::DateRole).toDate(),
                     at(row - 1, HistoryModel::DateRole).toDate().addDays(-1));
        QCOMPARE(at(HistoryModel::minimumDays - 1, HistoryModel::DateRole).toDate(),
                 QDate(2026, 11, 27).addDays(-(HistoryModel::minimumDays - 1)));
    }

    void emptyDaysInviteACheckin() {
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(at(row, HistoryModel::HasCheckinRole).toBool(), false);
            QCOMPARE(at(row, HistoryModel::RestDayRole).toBool(), false);
            QCOMPARE(at(row, HistoryModel::HardMomentsRole).toInt(), 0);
            QCOMPARE(at(row, HistoryModel::MoodRole).toDouble(), -1.0);
            QVERIFY(!at(row, HistoryModel::SummaryRole).toString().isEmpty());
        }
    }

    void aSavedCheckinAppearsWithItsSummary() {
        m_env->saveCheckin(daysAgo(2), {{"mood", 3}, {"sleep", 2}});
        m_model->reload();

        const int row = 2;
        QCOMPARE(at(row, HistoryModel::DateRole).toDate(), QDate(2026, 11, 25));
        QVERIFY(at(row, HistoryModel::HasCheckinRole).toBool());
        const QString summary = at(row, HistoryModel::SummaryRole).toString();
        // Mood 3 on its 0..4 scale is labelled "Good"; sleep 2 is "Okay".
        QVERIFY2(summary.contains(QStringLiteral("Mood: Good")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Sleep: Okay")), qPrintable(summary));
        QCOMPARE(at(row, HistoryModel::MoodRole).toDouble(), 0.75);
        QCOMPARE(at(row, HistoryModel::HasNoteRole).toBool(), false);
        // Its neighbours stay empty.
        QCOMPARE(at(1, HistoryModel::HasCheckinRole).toBool(), false);
        QCOMPARE(at(3, HistoryModel::HasCheckinRole).toBool(), false);
        QVERIFY(!at(1, HistoryModel::SummaryRole).toString().contains(QStringLiteral("Good")));
    }

    void restDaysNotesAndHardMomentsShow() {
        m_env->saveCheckin(daysAgo(0), {}, true);
        m_env->saveCheckin(daysAgo(1), {{"energy", 1}}, false, "a note");
        m_env->addHardMoment(daysAgo(1), 2);
        m_env->addHardMoment(daysAgo(1), 3);
        m_env->addHardMoment(daysAgo(4), 1); // a hard moment on a day without a check-in

        QVERIFY(at(0, HistoryModel::RestDayRole).toBool());
        QVERIFY(at(0, HistoryModel::HasCheckinRole).toBool());
        QVERIFY2(at(0, HistoryModel::SummaryRole).toString().contains(QStringLiteral("Rest day")),
                 qPrintable(at(0, HistoryModel::SummaryRole).toString()));

        QCOMPARE(at(1, HistoryModel::HardMomentsRole).toInt(), 2);
        QVERIFY(at(1, HistoryModel::HasNoteRole).toBool());
        QVERIFY(!at(1, HistoryModel::RestDayRole).toBool());
        // No mood answered: the mood role says so instead of inventing a value.
        QCOMPARE(at(1, HistoryModel::MoodRole).toDouble(), -1.0);

        QCOMPARE(at(4, HistoryModel::HardMomentsRole).toInt(), 1);
        QVERIFY(!at(4, HistoryModel::HasCheckinRole).toBool());
    }

    void reachesBackToTheEarliestCheckin() {
        const bg::date old = daysAgo(40);
        m_env->saveCheckin(old, {{"mood", 1}});

        QCOMPARE(m_model->rowCount(), 41);
        QCOMPARE(at(0, HistoryModel::DateRole).toDate(), QDate(2026, 11, 27));
        QCOMPARE(at(40, HistoryModel::DateRole).toDate(), QDate(2026, 10, 18));
        QVERIFY(at(40, HistoryModel::HasCheckinRole).toBool());
        // Every day in between is listed so a forgotten day can still be filled in.
        QCOMPARE(rowOf(QDate(2026, 11, 1)), 26);
        QVERIFY(!at(26, HistoryModel::HasCheckinRole).toBool());
    }

    void aRecentCheckinKeepsTheMinimum() {
        m_env->saveCheckin(daysAgo(3), {{"mood", 1}});
        QCOMPARE(m_model->rowCount(), HistoryModel::minimumDays);
    }

    void reloadsWhenTheDataChanges() {
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

        m_env->saveCheckin(daysAgo(5), {{"mood", 4}});
        QCOMPARE(resets.count(), 1);
        QVERIFY(at(5, HistoryModel::HasCheckinRole).toBool());

        m_env->addHardMoment(daysAgo(5), 2);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(at(5, HistoryModel::HardMomentsRole).toInt(), 1);

        m_env->session->checkins().remove(daysAgo(5));
        QCOMPARE(resets.count(), 3);
        QVERIFY(!at(5, HistoryModel::HasCheckinRole).toBool());
        QCOMPARE(at(5, HistoryModel::HardMomentsRole).toInt(), 1);
    }

    void followsTheClockToANewDay() {
        m_env->clock.set(tend::test::fixedNow() + boost::posix_time::hours(6)); // 00:30 the next day
        m_model->reload();
        QCOMPARE(at(0, HistoryModel::DateRole).toDate(), QDate(2026, 11, 28));
        QCOMPARE(at(1, HistoryModel::TitleRole).toString(), QStringLiteral("Yesterday"));
        QCOMPARE(m_model->rowCount(), HistoryModel::minimumDays);
    }

    void exposesRoleNamesForQml() {
        const auto roles = m_model->roleNames();
        for (const char* name : {"date", "title", "subtitle", "hasCheckin", "summary", "restDay", "hasNote",
                                 "hardMoments", "mood"})
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
