#include "settings/daystartsetting.h"
#include "supervision/supervisioncontroller.h"
#include "supervision/supervisionreport.h"
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
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

const QString noteMarker = QStringLiteral("MARKER-CHECKIN-NOTE-7731");
const QString momentMarker = QStringLiteral("MARKER-MOMENT-NOTE-5512");

bg::date nov(int day) {
    return {2026, 11, static_cast<unsigned short>(day)};
}

} // namespace

// The controller behind "Prepare for supervision". The facts themselves are computed and tested in core
// (tst_supervisionfacts); here: the worker's choices, the order of the document, live updates, saving.
// Today is Friday 27 November 2026. Four weeks are 31 October - 27 November; two are 14-27 November.
class TestSupervisionController final : public QObject {
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

    void notesNeverReachTheDocument() {
        SupervisionController controller(session());
        controller.setPeriodIndex(3); // twelve weeks: every day of the history
        controller.setIncludeScores(true);
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

    void documentOpensOnTalkingPointsAndWorkload() {
        SupervisionController controller(session());
        QVERIFY(controller.addTalkingPoint(QStringLiteral("The rota")));
        controller.setNeedPicked(1, true); // a debrief
        const QString text = controller.previewText();
        const QStringList order{
            QStringLiteral("What I would like to talk about\n- The rota\n"),
            QStringLiteral("My workload and rest\n- Hard moments I noted: 3, 1 of them very "
                           "hard\n- Days with a lot of distressing material: 3\n"),
            QStringLiteral("What I need from the service\n- A debrief after a hard case or "
                           "incident\n"),
            QStringLiteral("Looking after myself\n- Walk after work: 4 days\n"),
            QStringLiteral("Reflections\n- Monthly reflection on 21 Nov\n")};
        qsizetype at = 0;
        for (const QString& part : order) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(part, text)));
            at = found + part.size();
        }
    }

    void scoresStayOutUntilSwitchedOn() {
        SupervisionController controller(session());
        QVERIFY(!controller.includeScores());
        QVERIFY(!controller.previewText().contains(QStringLiteral("Burnout")));
        QVERIFY(!controller.previewText().contains(QStringLiteral("of 100")));
        QVERIFY(controller.document().indices.empty());
        QTextDocument document;
        SupervisionReport(controller.document()).fillDocument(document);
        QVERIFY(!document.toPlainText().contains(QStringLiteral("Burnout")));

        QSignalSpy changed(&controller, &SupervisionController::documentChanged);
        controller.setIncludeScores(true);
        QCOMPARE(changed.count(), 1);
        // 25, 25, 50, 100, 50, 75 over six days: 54 (moderate); only 20 October in the four weeks before.
        QVERIFY2(controller.previewText().contains(QStringLiteral(
                     "- Burnout: 54 of 100 (moderate). Too few check-ins in the 4 weeks before to compare.")),
                 qPrintable(controller.previewText()));
        QVERIFY(controller.previewText().contains(
            QStringLiteral("Monthly reflection, 21 Nov: What you have been carrying 9 (Some weight)")));
        QCOMPARE(controller.document().indices.size(), std::size_t(5));
        QCOMPARE(controller.document().indices.front().daily.size(), std::size_t(28));
    }

    void sectionSwitchesShapeTheDocument() {
        SupervisionController controller(session());
        QAbstractItemModelTester tester(controller.sections(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(controller.periodIndex(), 1);
        auto* sections = controller.sections();
        QCOMPARE(sections->rowCount(), 4);
        const auto workload = static_cast<int>(SupervisionSectionsModel::Section::Workload);
        QCOMPARE(workload, 0); // the first switch, as in the document
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::DetailRole).toString(),
                 QStringLiteral("3 hard moments, 3 heavy days, 2 days off"));
        QVERIFY(controller.previewText().contains(QStringLiteral("Hard moments I noted: 3")));

        QSignalSpy changed(&controller, &SupervisionController::documentChanged);
        controller.setSectionIncluded(workload, false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::IncludedRole).toBool(), false);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Hard moments")));
        QVERIFY(!controller.document().choices.includeWorkload);
        QVERIFY(controller.document().workload.isEmpty());

        const auto reflections = static_cast<int>(SupervisionSectionsModel::Section::Reflections);
        controller.setSectionIncluded(reflections, false);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Monthly reflection")));

        // The choice survives a change of period.
        controller.setPeriodIndex(0);
        QVERIFY(!controller.previewText().contains(QStringLiteral("Hard moments")));
        QCOMPARE(sections->index(workload).data(SupervisionSectionsModel::DetailRole).toString(),
                 QStringLiteral("2 hard moments, 2 heavy days, 1 day off"));
    }

    void needsArePickedNotPresumed() {
        SupervisionController controller(session());
        QAbstractItemModelTester tester(controller.needs(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* needs = controller.needs();
        QCOMPARE(needs->rowCount(), 6);
        for (int row = 0; row < needs->rowCount(); ++row)
            QVERIFY(!needs->index(row).data(tend::ui::SupervisionNeedsModel::PickedRole).toBool());
        QVERIFY(!controller.previewText().contains(QStringLiteral("What I need from the service")));

        QSignalSpy changed(&controller, &SupervisionController::documentChanged);
        controller.setNeedPicked(5, true);
        controller.setNeedPicked(0, true);
        controller.setNeedPicked(9, true); // no such row: ignored
        QCOMPARE(changed.count(), 2);
        controller.setNeedsNote(QStringLiteral("Fewer nights\nfor a month"));
        QVERIFY(controller.previewText().contains(QStringLiteral(
            "What I need from the service\n- A review of my caseload\n- A change to my hours or rota\nFewer "
            "nights\nfor a month\n")));
        controller.setNeedsNote(QString(800, QLatin1Char('x')));
        QCOMPARE(controller.needsNote().size(), tend::ui::SupervisionChoices::maxNeedsNoteLength);

        controller.setNeedPicked(5, false);
        QVERIFY(!controller.previewText().contains(QStringLiteral("hours or rota")));
    }

    // A worker on nights whose day begins at 06:00: at 03:00 on Saturday it is still Friday, and a hard
    // moment logged at 02:00 on Saturday belongs to Friday's check-in day.
    void theDayFollowsTheWorkersDayStart() {
        tend::DayStartSetting(session().settings()).save(*tend::DayStart::fromMinutes(6 * 60));
        m_env->clock.set(bpt::ptime(nov(28), bpt::hours(3)));
        tend::HardMoment moment;
        moment.occurredAt = bpt::ptime(nov(28), bpt::hours(2));
        moment.intensity = 2;
        (void)session().hardMoments().add(moment);

        SupervisionController controller(session());
        QCOMPARE(controller.defaultFileName(), QStringLiteral("tend-supervision-2026-11-27.pdf"));
        QVERIFY2(
            controller.previewText().contains(QStringLiteral("Hard moments I noted: 4, 1 of them very hard")),
            qPrintable(controller.previewText()));
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

        for (int i = 1; i < tend::ui::SupervisionChoices::maxTalkingPoints; ++i)
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

QTEST_MAIN(TestSupervisionController)
#include "tst_supervisioncontroller.moc"
