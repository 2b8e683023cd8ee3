#include "supervision/sparkline.h"
#include "supervision/supervisionreport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tend::ui;

namespace {

SupervisionSummary sampleSummary() {
    SupervisionSummary s;
    s.from = QDate(2026, 11, 1);
    s.to = QDate(2026, 11, 27);
    s.checkinDays = 19;
    s.generatedOn = QStringLiteral("Made with Tend on 27 November 2026");
    SupervisionSummary::IndexLine burnout;
    burnout.name = QStringLiteral("Burnout");
    burnout.periodMean = 61.4;
    burnout.band = QStringLiteral("high");
    burnout.change = QStringLiteral("Higher than the 27 days before.");
    burnout.daily = {50.0, std::nullopt, 75.0, 62.5};
    burnout.baselineLow = 30;
    burnout.baselineHigh = 45;
    s.indices.push_back(burnout);
    SupervisionSummary::IndexLine wellbeing;
    wellbeing.name = QStringLiteral("Wellbeing");
    wellbeing.higherIsWorse = false;
    s.indices.push_back(wellbeing);
    s.notableChanges = {QStringLiteral("On edge was higher than usual for most of the last week.")};
    s.hardMoments = 4;
    s.heavyDays = 6;
    s.restDays = 2;
    s.selfCareDone = {QStringLiteral("Walk after work: 9 days")};
    s.talkingPoints = {QStringLiteral("The child-protection case from week two"), QStringLiteral("Rota")};
    s.ownWords = QStringLiteral("I would like to plan some leave.");
    return s;
}

} // namespace

class TestSupervisionReport final : public QObject {
    Q_OBJECT

private slots:
    void plainTextHoldsTheKeptSections() {
        const QString text = SupervisionReport(sampleSummary()).plainText();
        QVERIFY(text.contains(QStringLiteral("19 days with a check-in")));
        QVERIFY(
            text.contains(QStringLiteral("- Burnout: 61 of 100 (high). Higher than the 27 days before.")));
        QVERIFY(text.contains(QStringLiteral("- Wellbeing: not enough check-ins in this period")));
        QVERIFY(text.contains(QStringLiteral("- The child-protection case from week two")));
        QVERIFY(text.contains(QStringLiteral("I would like to plan some leave.")));
        QVERIFY(text.contains(QStringLiteral("Hard moments noted: 4")));
        QVERIFY(text.contains(QStringLiteral("Walk after work: 9 days")));
        // Talking points come first: they are what the worker wants to lead with.
        QVERIFY(text.indexOf(QStringLiteral("Rota")) < text.indexOf(QStringLiteral("Burnout")));
    }

    void leftOutSectionsAreAbsent() {
        auto summary = sampleSummary();
        summary.includeIndices = false;
        summary.includeWorkload = false;
        summary.includeSelfCare = false;
        summary.includeChanges = false;
        const QString text = SupervisionReport(summary).plainText();
        QVERIFY(!text.contains(QStringLiteral("Burnout")));
        QVERIFY(!text.contains(QStringLiteral("Hard moments")));
        QVERIFY(!text.contains(QStringLiteral("Walk after work")));
        QVERIFY(!text.contains(QStringLiteral("On edge")));
        QVERIFY(text.contains(QStringLiteral("Rota")));

        QTextDocument document;
        SupervisionReport(summary).fillDocument(document);
        QVERIFY(!document.toPlainText().contains(QStringLiteral("Burnout")));
    }

    void htmlEscapesWhatTheWorkerTyped() {
        auto summary = sampleSummary();
        summary.talkingPoints = {QStringLiteral("<b>not bold</b> & <img src=x>")};
        QTextDocument document;
        SupervisionReport(summary).fillDocument(document);
        QVERIFY(document.toPlainText().contains(QStringLiteral("<b>not bold</b> & <img src=x>")));
    }

    void pdfIsWrittenAtomically() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(SupervisionReport(sampleSummary()).writePdf(path), QString());
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(pdf.size() > 2000);
        // Only the finished file is left behind.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("summary.pdf")});

        const QString error =
            SupervisionReport(sampleSummary()).writePdf(dir.filePath(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(error.startsWith(QStringLiteral("The PDF could not be written")));
    }

    void sparklineLeavesGapsAndDrawsTheBand() {
        const SparklineStyle style;
        const QImage image = paintSparkline({100.0, std::nullopt, 0.0}, 40.0, 60.0, QSize(100, 50), style);
        QCOMPARE(image.size(), QSize(200, 100));
        // The band is painted across the middle; the missing middle day leaves no dot at the top.
        QCOMPARE(image.pixelColor(100, 50), style.band);
        QCOMPARE(image.pixelColor(100, 10), QColor(Qt::white));
        // The first day (100) is a dot at the top left.
        QCOMPARE(image.pixelColor(8, 8).rgb(), style.dots.rgb());
    }
};

QTEST_MAIN(TestSupervisionReport)
#include "tst_supervisionreport.moc"
