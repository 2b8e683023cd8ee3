#include "selfcare/selfcarewording.h"

#include <QLocale>
#include <QTest>

using namespace tend;
using namespace tend::ui;
namespace bg = boost::gregorian;

namespace {

RecoveryAfterRest recovery(double improvement, bg::date first, bg::date last) {
    RecoveryAfterRest result;
    result.run = {first, last};
    result.improvement = improvement;
    return result;
}

} // namespace

class TestSelfCareWording final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void whatHelpsIsWordedAsAPattern() {
        ActionObservation observation;
        observation.actionId = 4;
        observation.daysWith = 9;
        observation.daysWithout = 14;
        observation.meanWith = 67.6;
        observation.meanWithout = 52.4;
        QCOMPARE(
            whatHelpsSentence(observation, QStringLiteral("Walk round the block")),
            QStringLiteral("On days after you did “Walk round the block”, your wellbeing averaged 68 out "
                           "of 100, compared with 52 after days without it (9 and 14 days). A pattern "
                           "worth noticing, not proof."));
    }

    void restIsADateNeverACountdown() {
        const bg::date today(2026, 11, 27);
        QCOMPARE(
            restSentence(RealRest{bg::date(2026, 11, 18), 9, 6}, today),
            QStringLiteral("Your last rest day was 9 days ago, on Wednesday 18 November. Since then you "
                           "have checked in on 6 working days. Days without a check-in are not counted."));
        // The year is said only when it is not this one.
        // Weeks away from the app are not read as work: only check-ins marked as working days count.
        QCOMPARE(
            restSentence(RealRest{bg::date(2025, 12, 30), 332, 1}, today),
            QStringLiteral("Your last rest day was 332 days ago, on Tuesday 30 December 2025. Since then "
                           "you have checked in on 1 working day. Days without a check-in are not "
                           "counted."));
        QCOMPARE(restCountedSentence(RealRest{bg::date(2026, 11, 1), 26, 0}),
                 QStringLiteral("You have not checked in on a working day since then."));
        QVERIFY(restCountedSentence(RealRest{today - bg::days(1), 1, 1}).isEmpty());
        QCOMPARE(restSentence(RealRest{today, 0}, today), QStringLiteral("Today is marked as a rest day."));
        QVERIFY(restSentence(std::nullopt, today)
                    .startsWith(QStringLiteral("You haven't marked a rest day yet")));
    }

    void recoveryIsAStrengthOnlyWhenNoticeable() {
        const bg::date first(2026, 11, 18);
        const bg::date last(2026, 11, 21);
        QCOMPARE(recoverySentence(recovery(12.3, first, last), std::nullopt),
                 QStringLiteral(
                     "After your last rest days your wellbeing was 12 points higher than before them."));
        QCOMPARE(recoverySentence(std::nullopt, recovery(8.6, first, first)),
                 QStringLiteral("After your last rest day the strain from other people's trauma was 9 points "
                                "lower than before it."));
        QCOMPARE(recoverySentence(recovery(12.3, first, last), recovery(8.6, first, last)),
                 QStringLiteral("After your last rest days your wellbeing was 12 points higher than before "
                                "them, and the strain from other people's trauma 9 points lower."));
        // Small moves and worsening are not dressed up as recovery.
        QVERIFY(recoverySentence(recovery(4.9, first, last), recovery(-10.0, first, last)).isEmpty());
        QVERIFY(recoverySentence(std::nullopt, std::nullopt).isEmpty());
    }

    void minutesAndCategories() {
        QCOMPARE(roughMinutes(1), QStringLiteral("About 1 minute"));
        QCOMPARE(roughMinutes(20), QStringLiteral("About 20 minutes"));
        QCOMPARE(selfCareCategoryName(SelfCareCategory::Boundaries), QStringLiteral("Boundaries"));
        for (const auto category : allSelfCareCategories)
            QVERIFY(!selfCareCategoryName(category).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSelfCareWording)
#include "tst_selfcarewording.moc"
