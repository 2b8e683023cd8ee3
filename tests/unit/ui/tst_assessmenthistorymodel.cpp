#include "assessment/assessmenthistorymodel.h"
#include "assessmenttestdata.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::AssessmentHistoryModel;
namespace bg = boost::gregorian;

namespace {

QString longDate(int year, int month, int day) {
    return QLocale().toString(QDate(year, month, day), QLocale::LongFormat);
}

QVariantMap scaleAt(const QModelIndex& index, int position) {
    return index.data(AssessmentHistoryModel::ScalesRole).toList().at(position).toMap();
}

} // namespace

class TestAssessmentHistoryModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<AssessmentHistoryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    tend::ui::AppSession& session() { return *m_env->session; }
    const tend::InstrumentPack& monthly() { return tend::test::shippedPack(session(), "monthly_reflection"); }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_model = std::make_unique<AssessmentHistoryModel>(session());
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_env.reset();
    }

    void startsEmpty() {
        QVERIFY(m_model->empty());
        QCOMPARE(m_model->rowCount(), 0);
    }

    void listsResultsNewestFirstWithScoresBandsAndCredit() {
        QSignalSpy emptySpy(m_model.get(), &AssessmentHistoryModel::emptyChanged);
        // September: carrying 0+0+1+1+1 = 3 ("A lighter load"); sustaining left incomplete.
        tend::test::storeResult(session(), monthly(), bg::date(2026, 9, 30),
                                {{"followed_home", 0},
                                 {"worn_down", 0},
                                 {"on_edge", 1},
                                 {"pulled_back", 1},
                                 {"little_left", 1},
                                 {"backed_up", 2}});
        QCOMPARE(emptySpy.count(), 1);
        QVERIFY(!m_model->empty());
        // October: carrying 4*4 = 16 ("A heavy load"), sustaining 5*1 = 5 ("Running low").
        tend::test::storeResult(session(), monthly(), bg::date(2026, 10, 31),
                                {{"followed_home", 4},
                                 {"worn_down", 4},
                                 {"on_edge", 4},
                                 {"pulled_back", 4},
                                 {"little_left", 0},
                                 {"made_difference", 1},
                                 {"backed_up", 1},
                                 {"restored", 1},
                                 {"why_i_do_it", 1},
                                 {"kind_to_myself", 1}});

        QCOMPARE(m_model->rowCount(), 2);
        const auto newest = m_model->index(0);
        const auto oldest = m_model->index(1);
        QCOMPARE(newest.data(AssessmentHistoryModel::PackNameRole).toString(),
                 QStringLiteral("Monthly reflection"));
        QCOMPARE(newest.data(AssessmentHistoryModel::DateRole).toString(), longDate(2026, 10, 31));
        QCOMPARE(oldest.data(AssessmentHistoryModel::DateRole).toString(), longDate(2026, 9, 30));
        QCOMPARE(newest.data(AssessmentHistoryModel::FirstOfPackRole).toBool(), true);
        QCOMPARE(newest.data(AssessmentHistoryModel::LastOfPackRole).toBool(), false);
        QCOMPARE(oldest.data(AssessmentHistoryModel::FirstOfPackRole).toBool(), false);
        QCOMPARE(oldest.data(AssessmentHistoryModel::LastOfPackRole).toBool(), true);
        QCOMPARE(oldest.data(AssessmentHistoryModel::AttributionRole).toString(),
                 QStringLiteral("Written by the Tend project. Not a validated instrument."));

        QCOMPARE(scaleAt(newest, 0).value("name").toString(), QStringLiteral("What you have been carrying"));
        QCOMPARE(scaleAt(newest, 0).value("score").toString(), QStringLiteral("16"));
        QCOMPARE(scaleAt(newest, 0).value("band").toString(), QStringLiteral("A heavy load"));
        QCOMPARE(scaleAt(newest, 1).value("score").toString(), QStringLiteral("5"));
        QCOMPARE(scaleAt(newest, 1).value("band").toString(), QStringLiteral("Running low"));
        QCOMPARE(scaleAt(oldest, 0).value("score").toString(), QStringLiteral("3"));
        QCOMPARE(scaleAt(oldest, 0).value("band").toString(), QStringLiteral("A lighter load"));
        QCOMPARE(scaleAt(oldest, 1).value("complete").toBool(), false);
        QCOMPARE(scaleAt(oldest, 1).value("score").toString(), QStringLiteral("Not scored"));
        QVERIFY(scaleAt(oldest, 1).value("band").toString().isEmpty());
    }

    void groupsByPackWithEachPacksCreditUnderItsOwnResults() {
        (void)session().orgProfile().importProfile(tend::test::orgProfileWithPack);
        const auto org = session().orgProfile().load().profile.instrumentPacks.at(0);
        // Stored interleaved; listed in the order the packs are offered (Tend's own first).
        tend::test::storeResult(session(), org, bg::date(2026, 11, 1), {{"a", 1}, {"b", 2}, {"c", 4}});
        tend::test::storeResult(session(), monthly(), bg::date(2026, 11, 2), {{"worn_down", 1}});
        tend::test::storeResult(session(), org, bg::date(2026, 11, 20), {{"a", 4}, {"b", 3}, {"c", 2}});

        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0).data(AssessmentHistoryModel::PackIdRole).toString(),
                 QStringLiteral("monthly_reflection"));
        QCOMPARE(m_model->index(0).data(AssessmentHistoryModel::FirstOfPackRole).toBool(), true);
        QCOMPARE(m_model->index(0).data(AssessmentHistoryModel::LastOfPackRole).toBool(), true);

        const auto orgNewest = m_model->index(1);
        const auto orgOldest = m_model->index(2);
        QCOMPARE(orgNewest.data(AssessmentHistoryModel::PackNameRole).toString(),
                 QStringLiteral("Placeholder team check"));
        QCOMPARE(orgNewest.data(AssessmentHistoryModel::DateRole).toString(), longDate(2026, 11, 20));
        QCOMPARE(orgOldest.data(AssessmentHistoryModel::LastOfPackRole).toBool(), true);
        QCOMPARE(orgOldest.data(AssessmentHistoryModel::AttributionRole).toString(),
                 QStringLiteral("Placeholder credit to Example Publisher."));
        // 20 November: 4 + 3 + (5 - 2) = 10, "high"; mean of 4 and 3 is 3.5, times 10 = 35.
        QCOMPARE(scaleAt(orgNewest, 0).value("score").toString(), QStringLiteral("10"));
        QCOMPARE(scaleAt(orgNewest, 0).value("band").toString(), QStringLiteral("Placeholder high"));
        QCOMPARE(scaleAt(orgNewest, 1).value("score").toString(), QStringLiteral("35"));
        QVERIFY(scaleAt(orgNewest, 1).value("band").toString().isEmpty());
        // 1 November: 1 + 2 + (5 - 4) = 4, "low"; mean 1.5 * 10 = 15.
        QCOMPARE(scaleAt(orgOldest, 0).value("score").toString(), QStringLiteral("4"));
        QCOMPARE(scaleAt(orgOldest, 0).value("band").toString(), QStringLiteral("Placeholder low"));
        QCOMPARE(scaleAt(orgOldest, 1).value("score").toString(), QStringLiteral("15"));
    }

    void resultsOfAPackNoLongerOfferedAreStillListed() {
        (void)session().orgProfile().importProfile(tend::test::orgProfileWithPack);
        const auto org = session().orgProfile().load().profile.instrumentPacks.at(0);
        tend::test::storeResult(session(), org, bg::date(2026, 11, 1), {{"a", 1}, {"b", 2}, {"c", 4}});
        session().orgProfile().resetToDefault();

        QCOMPARE(m_model->rowCount(), 1);
        const auto row = m_model->index(0);
        QCOMPARE(row.data(AssessmentHistoryModel::PackNameRole).toString(),
                 QStringLiteral("A questionnaire no longer on this device"));
        QVERIFY(row.data(AssessmentHistoryModel::AttributionRole).toString().isEmpty());
        QCOMPARE(scaleAt(row, 0).value("name").toString(), QStringLiteral("total"));
        QCOMPARE(scaleAt(row, 0).value("score").toString(), QStringLiteral("4"));
        QVERIFY(scaleAt(row, 0).value("band").toString().isEmpty());
    }
};

QTEST_MAIN(TestAssessmentHistoryModel)
#include "tst_assessmenthistorymodel.moc"
