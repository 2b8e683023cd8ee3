#include "supervision/supervisioncontroller.h"
#include "supervision/supervisionreport.h"
#include "supervision/supervisionsummarybuilder.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <memory>

using tend::ui::SupervisionController;
using tend::ui::SupervisionReport;
using tend::ui::SupervisionSectionsModel;
using tend::ui::SupervisionSummary;
using tend::ui::SupervisionSummaryBuilder;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

const QString noteMarker = QStringLiteral("MARKER-CHECKIN-NOTE-7731");
const QString momentMarker = QStringLiteral("MARKER-MOMENT-NOTE-5512");

bg::date nov(int day) {
    return {2026, 11, static_cast<unsigned short>(day)};
}

const SupervisionSummary::IndexLine& line(const SupervisionSummary& summary, const QString& name) {
    for (const auto& index : summary.indices)
        if (index.name == name)
            return index;
    throw std::runtime_error("no index line " + name.toStdString());
}

} // namespace

// Today is Friday 27 November 2026. The two-week period is 14-27 November, the two weeks before it
// 31 October - 13 November; four weeks are 31 October - 27 November, before them 3-30 October.
class TestSupervisionSummaryBuilder final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::int64_t m_walk = 0;
    std::int64_t m_friend = 0;

    tend::ui::AppSession& session() { return *m_env->session; }

    void save(bg::date date, std::map<std::string, int> answers, std::set<std::int64_t> selfCare = {},
              bool restDay = false, std::string note = {}) {
        tend::Checkin checkin;
        checkin.date = date;
        checkin.answers = std::move(answers);
        checkin.selfCareDone = std::move(selfCare);
        checkin.restDay = restDay;
        checkin.note = std::move(note);
        checkin.createdAt = bpt::ptime(date, bpt::hours(20));
        checkin.updatedAt = checkin.createdAt;
        session().checkins().save(checkin);
    }

    void addMoment(bg::date date, int intensity, std::string note = {}) {
        tend::HardMoment moment;
        moment.occurredAt = bpt::ptime(date, bpt::hours(14));
        moment.intensity = intensity;
        moment.note = std::move(note);
        (void)session().hardMoments().add(moment);
    }

    // Burnout is read from "exhausted by work" alone (0-4, so 25 points a step); wellbeing from mood on two
    // days only, too few for a mean.
    void buildHistory() {
        m_walk = session().plan().addOwn("Walk after work", bg::date(2026, 9, 1)).id;
        m_friend = session().plan().addOwn("Call a friend", bg::date(2026, 9, 1)).id;
        save(bg::date(2026, 10, 20), {{"exhaustion", 0}});
        save(nov(1), {{"exhaustion", 1}});
        save(nov(5), {{"exhaustion", 1}, {"distressing_material", 2}}, {m_walk});
        save(nov(10), {{"exhaustion", 2}}, {}, true);
        save(nov(20), {{"exhaustion", 4}, {"distressing_material", 2}, {"mood", 3}}, {m_walk});
        save(nov(22), {{"exhaustion", 2}, {"distressing_material", 1}, {"mood", 1}}, {m_walk, m_friend},
             false, noteMarker.toStdString());
        save(nov(23), {}, {}, true);
        save(nov(25), {{"exhaustion", 3}, {"distressing_material", 2}}, {m_walk});
        addMoment(nov(10), 2);
        addMoment(nov(15), 2, momentMarker.toStdString());
        addMoment(nov(26), 3);

        tend::AssessmentResult result;
        result.packId = "monthly_reflection";
        result.takenOn = nov(21);
        result.takenAt = bpt::ptime(nov(21), bpt::hours(19));
        result.scores.scales = {{"carrying", 9.0, "some_weight"}, {"sustaining", std::nullopt, std::nullopt}};
        (void)session().assessments().add(result);
        result.takenOn = bg::date(2026, 10, 2);
        result.takenAt = bpt::ptime(result.takenOn, bpt::hours(19));
        (void)session().assessments().add(result);
    }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        buildHistory();
    }

    void cleanup() { m_env.reset(); }

    void periodIsTheWeeksEndingToday() {
        QCOMPARE(SupervisionSummaryBuilder::periodStart(nov(27), 2), nov(14));
        QCOMPARE(SupervisionSummaryBuilder::periodStart(nov(27), 4), bg::date(2026, 10, 31));
        QCOMPARE(SupervisionSummaryBuilder::validWeeks(3), 4);
        QCOMPARE(SupervisionSummaryBuilder::validWeeks(52), 12);
        const auto summary = SupervisionSummaryBuilder(session()).build(2);
        QCOMPARE(summary.from, QDate(2026, 11, 14));
        QCOMPARE(summary.to, QDate(2026, 11, 27));
    }

    void twoWeeksAgainstTheTwoBefore() {
        const auto summary = SupervisionSummaryBuilder(session()).build(2);
        // 20, 22, 23 (rest only) and 25 November.
        QCOMPARE(summary.checkinDays, 4);

        const auto& burnout = line(summary, QStringLiteral("Burnout"));
        QVERIFY(burnout.higherIsWorse);
        // (100 + 50 + 75) / 3 against (25 + 25 + 50) / 3.
        QCOMPARE(burnout.periodMean.value(), 75.0);
        QVERIFY(qAbs(burnout.previousMean.value() - 100.0 / 3.0) < 1e-9);
        QCOMPARE(burnout.band, QStringLiteral("high"));
        QCOMPARE(burnout.change, QStringLiteral("Higher than the 2 weeks before."));
        QCOMPARE(burnout.daily.size(), std::size_t(14));
        QCOMPARE(burnout.daily[6].value(), 100.0); // 20 November is the 7th day
        QVERIFY(!burnout.daily[7].has_value());    // 21 November: no check-in, a gap, never zero
        QCOMPARE(burnout.daily[11].value(), 75.0);

        // Mood on two days only: not enough for a mean, so no band and no comparison.
        const auto& wellbeing = line(summary, QStringLiteral("Wellbeing"));
        QVERIFY(!wellbeing.periodMean.has_value());
        QVERIFY(wellbeing.band.isEmpty());
        QVERIFY(wellbeing.change.isEmpty());
        QVERIFY(!wellbeing.higherIsWorse);

        QCOMPARE(summary.hardMoments, 2); // 15 and 26 November; the 10th is before the period
        QCOMPARE(summary.heavyDays, 2);   // "a lot" on the 20th and the 25th; the 5th is before
        QCOMPARE(summary.restDays, 1);    // the 23rd; the 10th is before
        QCOMPARE(summary.selfCareDone, QStringList({QStringLiteral("Walk after work: 3 days"),
                                                    QStringLiteral("Call a friend: 1 day")}));
        QCOMPARE(summary.assessments.size(), 1);
        QCOMPARE(summary.assessments.first(),
                 QStringLiteral("Monthly reflection, 21 Nov: What you have been carrying 9 (Some weight) — "
                                "Written by the Tend project. Not a validated instrument."));
    }

    void fourWeeksWithTooLittleBefore() {
        const auto summary = SupervisionSummaryBuilder(session()).build(4);
        QCOMPARE(summary.checkinDays, 7);
        const auto& burnout = line(summary, QStringLiteral("Burnout"));
        // 25, 25, 50, 100, 50, 75 over six days.
        QVERIFY(qAbs(burnout.periodMean.value() - 325.0 / 6.0) < 1e-9);
        QCOMPARE(burnout.band, QStringLiteral("moderate"));
        // Only 20 October in the four weeks before: too few to compare.
        QVERIFY(!burnout.previousMean.has_value());
        QCOMPARE(burnout.change, QStringLiteral("Too few check-ins in the 4 weeks before to compare."));
        QCOMPARE(burnout.daily.size(), std::size_t(28));
        QCOMPARE(summary.hardMoments, 3);
        QCOMPARE(summary.heavyDays, 3);
        QCOMPARE(summary.restDays, 2);
        QCOMPARE(summary.selfCareDone.first(), QStringLiteral("Walk after work: 4 days"));
        QCOMPARE(summary.assessments.size(), 1); // 2 October lies before the four weeks
    }

    void aSteadyPeriodReadsAboutTheSame() {
        m_env = std::make_unique<tend::test::TestSession>();
        for (const int day : {1, 3, 5, 16, 18, 20})
            save(nov(day), {{"exhaustion", 2}});
        save(nov(24), {{"exhaustion", 3}});
        // (50 + 50 + 50 + 75) / 4 = 56.25 against 50: more than 5 points apart.
        auto burnout = line(SupervisionSummaryBuilder(session()).build(2), QStringLiteral("Burnout"));
        QCOMPARE(burnout.change, QStringLiteral("Higher than the 2 weeks before."));
        session().checkins().remove(nov(24));
        burnout = line(SupervisionSummaryBuilder(session()).build(2), QStringLiteral("Burnout"));
        QCOMPARE(burnout.change, QStringLiteral("About the same as the 2 weeks before."));
    }

    void anEmptyHistoryHasNothingButAFrame() {
        m_env = std::make_unique<tend::test::TestSession>();
        const auto summary = SupervisionSummaryBuilder(session()).build(4);
        QCOMPARE(summary.checkinDays, 0);
        QCOMPARE(summary.indices.size(), std::size_t(5));
        for (const auto& index : summary.indices) {
            QVERIFY(!index.periodMean);
            QCOMPARE(index.daily.size(), std::size_t(28));
        }
        QVERIFY(summary.notableChanges.isEmpty());
        QVERIFY(summary.selfCareDone.isEmpty());
        QCOMPARE(summary.hardMoments, 0);
    }

    void sustainedStrainIsNamed() {
        m_env = std::make_unique<tend::test::TestSession>();
        for (int day = 21; day <= 27; ++day)
            save(nov(day), {{"exhaustion", 4}});
        const auto changes = SupervisionSummaryBuilder(session()).build(2).notableChanges;
        QVERIFY2(changes.contains(QStringLiteral("Burnout was high on 7 of my last 7 check-ins.")),
                 qPrintable(changes.join(QLatin1Char('|'))));
        QVERIFY(changes.contains(QStringLiteral(
            "Exhausted by work was in the harder part of its scale on 7 of my last 7 check-ins.")));
    }

    void notesNeverReachTheDocument() {
        SupervisionController controller(session());
        controller.setPeriodIndex(3); // twelve weeks: every day of the history
        QVERIFY(!controller.previewText().contains(noteMarker));
        QVERIFY(!controller.previewText().contains(momentMarker));
        QVERIFY(controller.previewText().contains(QStringLiteral("Walk after work")));

        const SupervisionReport report(controller.document());
        QVERIFY(!report.plainText().contains(noteMarker));
        QTextDocument document;
        report.fillDocument(document);
        QVERIFY(document.toPlainText().contains(QStringLiteral("Burnout")));
        QVERIFY(!document.toPlainText().contains(noteMarker));
        QVERIFY(!document.toPlainText().contains(momentMarker));
        QVERIFY(!document.toHtml().contains(noteMarker));
    }

    void sectionSwitchesShapeTheDocument() {
        SupervisionController controller(session());
        QAbstractItemModelTester tester(controller.sections(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller.periodIndex(), 1);
        auto* sections = controller.sections();
        QCOMPARE(sections->rowCount(), 5);
        const auto workload = static_cast<int>(SupervisionSectionsModel::Section::Workload);
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::DetailRole).toString(),
                 QStringLiteral("3 hard moments, 3 heavy days, 2 rest days"));
        QVERIFY(controller.previewText().contains(QStringLiteral("Hard moments noted: 3")));

        QSignalSpy changed(&controller, &SupervisionController::documentChanged);
        controller.setSectionIncluded(workload, false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::IncludedRole).toBool(), false);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Hard moments noted")));
        QVERIFY(!controller.document().includeWorkload);

        const auto indices = static_cast<int>(SupervisionSectionsModel::Section::Indices);
        controller.setSectionIncluded(indices, false);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Burnout")));
        QTextDocument document;
        SupervisionReport(controller.document()).fillDocument(document);
        QVERIFY(!document.toPlainText().contains(QStringLiteral("Burnout")));

        // The choice survives a change of period.
        controller.setPeriodIndex(0);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Hard moments noted")));
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::DetailRole).toString(),
                 QStringLiteral("2 hard moments, 2 heavy days, 1 rest day"));
    }

    void talkingPointsAreTheWorkersOwn() {
        SupervisionController controller(session());
        QVERIFY(!controller.addTalkingPoint(QStringLiteral("   ")));
        QVERIFY(controller.addTalkingPoint(QStringLiteral("  The rota\nin December ")));
        QVERIFY(controller.addTalkingPoint(QStringLiteral("A case that stays with me")));
        QCOMPARE(controller.talkingPoints()->stringList(),
                 QStringList(
                     {QStringLiteral("The rota in December"), QStringLiteral("A case that stays with me")}));
        controller.setOwnWords(QStringLiteral("I would like to plan some leave."));
        QString text = controller.previewText();
        QVERIFY(text.contains(QStringLiteral("- The rota in December\n- A case that stays with me")));
        QVERIFY(text.contains(QStringLiteral("I would like to plan some leave.")));

        controller.removeTalkingPoint(0);
        controller.removeTalkingPoint(7); // nothing there: ignored
        QCOMPARE(controller.talkingPoints()->stringList(),
                 QStringList{QStringLiteral("A case that stays with me")});
        QVERIFY(!controller.previewText().contains(QStringLiteral("The rota")));

        for (int i = 1; i < SupervisionController::maxTalkingPoints; ++i)
            QVERIFY(controller.addTalkingPoint(QStringLiteral("Point %1").arg(i)));
        QVERIFY(!controller.addTalkingPoint(QStringLiteral("One too many")));
    }

    void savesAPdfAndCopiesText() {
        SupervisionController controller(session());
        QCOMPARE(controller.defaultFileName(), QStringLiteral("tend-supervision-2026-11-27.pdf"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine"));
        QVERIFY(controller.savePdf(QUrl::fromLocalFile(path)));
        QFile pdf(path + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QCOMPARE(controller.confirmation(),
                 QStringLiteral("Saved as mine.pdf. It stays on this device until you choose to share it."));
        QVERIFY(controller.errorText().isEmpty());

        QVERIFY(
            !controller.savePdf(QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/folder/x.pdf")))));
        QVERIFY(!controller.errorText().isEmpty());
        QVERIFY(controller.confirmation().isEmpty());
    }

    void followsNewCheckins() {
        SupervisionController controller(session());
        QSignalSpy changed(&controller, &SupervisionController::summaryChanged);
        save(nov(27), {{"exhaustion", 1}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(controller.checkinDaysText(), QStringLiteral("8 days with a check-in"));
    }
};

QTEST_MAIN(TestSupervisionSummaryBuilder)
#include "tst_supervisionsummarybuilder.moc"
