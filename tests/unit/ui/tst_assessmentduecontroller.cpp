#include "assessment/assessmentcontroller.h"
#include "assessment/assessmentdraft.h"
#include "assessment/assessmentduecontroller.h"
#include "assessmenttestdata.h"
#include "testsession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::AssessmentController;
using tend::ui::AssessmentDraft;
using tend::ui::AssessmentDueController;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

class TestAssessmentDueController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;

    tend::ui::AppSession& session() { return *m_env->session; }
    void setToday(bg::date day) { m_env->clock.set(bpt::ptime(day, bpt::hours(8))); }

private slots:
    void init() {
        AssessmentDraft::clear();
        m_env = std::make_unique<tend::test::TestSession>();
    }

    void cleanup() {
        m_env.reset();
        AssessmentDraft::clear();
    }

    void offersAPackNeverTakenInOurOwnWords() {
        AssessmentDueController due(session());
        QVERIFY(due.shown());
        QCOMPARE(due.packId(), QStringLiteral("monthly_reflection"));
        QCOMPARE(due.text(), QStringLiteral("Your monthly reflection is ready whenever you are"));
        QCOMPARE(due.detail(),
                 QStringLiteral("10 questions about the last 30 days. Any of them can be left out."));
    }

    void staysAwayWhileNothingIsDue() {
        tend::test::storeResult(session(), tend::test::shippedPack(session(), "monthly_reflection"),
                                bg::date(2026, 11, 20), {{"restored", 3}});
        AssessmentDueController due(session());
        QVERIFY(!due.shown());
        QVERIFY(due.text().isEmpty());
        QVERIFY(due.packId().isEmpty());
    }

    void goesAwayOnceTakenAndComesBackWhenDueAgain() {
        AssessmentDueController due(session());
        QSignalSpy spy(&due, &AssessmentDueController::changed);
        tend::test::storeResult(session(), tend::test::shippedPack(session(), "monthly_reflection"),
                                m_env->today(), {{"restored", 3}});
        QVERIFY(spy.count() >= 1);
        QVERIFY(!due.shown());

        setToday(bg::date(2026, 12, 26));
        due.reload();
        QVERIFY(!due.shown());
        setToday(bg::date(2026, 12, 27));
        due.reload();
        QVERIFY(due.shown());
    }

    void notNowHidesItForSevenDaysThenItShowsAgain() {
        {
            AssessmentDueController due(session());
            QSignalSpy spy(&due, &AssessmentDueController::changed);
            due.notNow();
            QVERIFY(!due.shown());
            QVERIFY(spy.count() >= 1);
        }
        QCOMPARE(session().settings().value(AssessmentDueController::hiddenUntilKey),
                 std::optional<std::string>("2026-12-04"));

        // Kept across a restart, and for six more days.
        m_env->reopen();
        QVERIFY(!AssessmentDueController(session()).shown());
        setToday(bg::date(2026, 12, 3));
        QVERIFY(!AssessmentDueController(session()).shown());
        setToday(bg::date(2026, 12, 4));
        AssessmentDueController due(session());
        QVERIFY(due.shown());
        QCOMPARE(due.packId(), QStringLiteral("monthly_reflection"));
    }

    void notNowAlsoHidesAnOrganisationPack() {
        (void)session().orgProfile().importProfile(tend::test::orgProfileWithPack);
        tend::test::storeResult(session(), tend::test::shippedPack(session(), "monthly_reflection"),
                                m_env->today(), {{"restored", 3}});
        AssessmentDueController due(session());
        QVERIFY(due.shown());
        QCOMPARE(due.packId(), QStringLiteral("org_check"));
        QCOMPARE(due.text(),
                 QStringLiteral("Placeholder team check, from your organisation, is ready whenever you are"));
        due.notNow();
        QVERIFY(!due.shown());
    }

    void startOpensThatPackOnTheAssessmentPage() {
        AssessmentDueController due(session());
        due.start();
        AssessmentController page(session());
        QVERIFY(page.hasPack());
        QCOMPARE(page.packId(), QStringLiteral("monthly_reflection"));
        QCOMPARE(page.answeredCount(), 0);
    }
};

QTEST_MAIN(TestAssessmentDueController)
#include "tst_assessmentduecontroller.moc"
