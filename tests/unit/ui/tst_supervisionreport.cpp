#include "supervision/periodchart.h"
#include "supervision/supervisionreport.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace tend::ui;

namespace {

SupervisionSummary sampleSummary() {
    SupervisionSummary s;
    s.from = QDate(2026, 10, 31);
    s.to = QDate(2026, 11, 27);
    s.checkinDays = 19;
    s.generatedOn = QStringLiteral("Made with Tend on 27 November 2026.");
    s.choices.talkingPoints = {QStringLiteral("The child-protection case from week two"),
                               QStringLiteral("Rota")};
    s.choices.ownWords = QStringLiteral("I would like to plan some leave.");
    s.choices.needs = {QStringLiteral("A review of my caseload")};
    s.choices.needsNote = QStringLiteral("Fewer night shifts");
    s.workload = {QStringLiteral("Hard moments I noted: 4"), QStringLiteral("Days off or leave: 2")};
    s.notableChanges = {
        QStringLiteral("On edge was in the harder part of its range on 5 of my last 7 check-ins.")};
    s.selfCareDone = {QStringLiteral("Walk after work: 9 days")};
    s.reflections = {QStringLiteral("Monthly reflection on 21 Nov")};
    SupervisionSummary::IndexLine burnout;
    burnout.name = QStringLiteral("Burnout");
    burnout.value = QStringLiteral("61 of 100 (high)");
    burnout.change = QStringLiteral("Higher than the 4 weeks before.");
    burnout.daily.assign(28, std::nullopt);
    burnout.daily[0] = 50.0;
    burnout.daily[27] = 75.0;
    burnout.usualLow = 30;
    burnout.usualHigh = 45;
    s.indices.push_back(burnout);
    return s;
}

SupervisionSummary withScores() {
    auto s = sampleSummary();
    s.choices.includeScores = true;
    return s;
}

int pixelsOf(const QImage& image, const QColor& color) {
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).rgb() == color.rgb())
                ++count;
    return count;
}

} // namespace

class TestSupervisionReport final : public QObject {
    Q_OBJECT

private slots:
    void plainTextOpensOnTheWorkersWords() {
        const QString text = SupervisionReport(withScores()).plainText();
        QVERIFY(text.contains(QStringLiteral("19 days with a check-in")));
        const QStringList order{
            QStringLiteral("What I would like to talk about\n- The child-protection case"),
            QStringLiteral("I would like to plan some leave.\n"),
            QStringLiteral("My workload and rest\n- Hard moments I noted: 4\n"),
            QStringLiteral("What I need from the service\n- A review of my caseload\n"
                           "Fewer night shifts\n"),
            QStringLiteral("What changed\n- On edge"),
            QStringLiteral("Looking after myself\n- Walk after work: 9 days\n"),
            QStringLiteral("How I have been (0 to 100)\n- Burnout: 61 of 100 (high). Higher "
                           "than the 4 weeks before.\n"),
            QStringLiteral("Reflections\n- Monthly reflection on 21 Nov\n"),
            QStringLiteral("Made with Tend on 27 November 2026.")};
        qsizetype at = 0;
        for (const QString& part : order) {
            const qsizetype found = text.indexOf(part, at);
            QVERIFY2(found >= 0,
                     qPrintable(QStringLiteral("\"%1\" missing or out of order in:\n%2").arg(part, text)));
            at = found + part.size();
        }
    }

    void scoresNeedTheSwitch() {
        // The summary holds index lines, but the worker did not switch scores on: none is written.
        const QString text = SupervisionReport(sampleSummary()).plainText();
        QVERIFY(!text.contains(QStringLiteral("Burnout")));
        QVERIFY(!text.contains(QStringLiteral("How I have been")));
        QTextDocument document;
        SupervisionReport(sampleSummary()).fillDocument(document);
        QVERIFY(!document.toPlainText().contains(QStringLiteral("Burnout")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("Rota")));
    }

    void leftOutSectionsAreAbsent() {
        auto summary = withScores();
        summary.choices.includeWorkload = false;
        summary.choices.includeSelfCare = false;
        summary.choices.includeChanges = false;
        summary.choices.includeReflections = false;
        const QString text = SupervisionReport(summary).plainText();
        QVERIFY(!text.contains(QStringLiteral("Hard moments")));
        QVERIFY(!text.contains(QStringLiteral("Walk after work")));
        QVERIFY(!text.contains(QStringLiteral("On edge")));
        QVERIFY(!text.contains(QStringLiteral("Monthly reflection")));
        QVERIFY(text.contains(QStringLiteral("Rota")));
        QVERIFY(text.contains(QStringLiteral("Burnout")));
    }

    void htmlEscapesWhatTheWorkerTyped() {
        auto summary = sampleSummary();
        summary.choices.talkingPoints = {QStringLiteral("<b>not bold</b> & <img src=x>")};
        summary.choices.needsNote = QStringLiteral("<i>line one</i>\nline two");
        QTextDocument document;
        SupervisionReport(summary).fillDocument(document);
        QVERIFY(document.toPlainText().contains(QStringLiteral("<b>not bold</b> & <img src=x>")));
        QVERIFY(document.toPlainText().contains(QStringLiteral("<i>line one</i>")));
    }

    void pdfIsWrittenAtomically() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.pdf"));
        QCOMPARE(SupervisionReport(withScores()).writePdf(path), QString());
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

    void textIsWrittenAtomically() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("summary.txt"));
        QCOMPARE(SupervisionReport(sampleSummary()).writeText(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), SupervisionReport(sampleSummary()).plainText());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("summary.txt")});
    }

    void chartAxisCarriesDates() {
        const QLocale locale;
        const QDate first(2026, 10, 31);
        // 28 days: the first, the 14th (13 days on) and the last.
        QCOMPARE(periodChartDateLabels(first, 28),
                 QStringList({locale.toString(first, QLocale::ShortFormat),
                              locale.toString(QDate(2026, 11, 13), QLocale::ShortFormat),
                              locale.toString(QDate(2026, 11, 27), QLocale::ShortFormat)}));
        QCOMPARE(periodChartDateLabels(first, 1).size(), 1);
        QCOMPARE(periodChartDateLabels(first, 2).size(), 2);
    }

    void chartLeavesGapsAndDrawsTheBand() {
        const PeriodChartStyle style;
        const QDate first(2026, 11, 14);
        const QImage empty = paintPeriodChart({std::nullopt, std::nullopt, std::nullopt}, first, std::nullopt,
                                              std::nullopt, QSize(200, 80), style);
        QCOMPARE(empty.size(), QSize(600, 240));
        // No values and no usual range: no dot and no band, never a line at zero.
        QCOMPARE(pixelsOf(empty, style.dots), 0);
        QCOMPARE(pixelsOf(empty, style.band), 0);

        const QImage one =
            paintPeriodChart({std::nullopt, 50.0, std::nullopt}, first, 40.0, 60.0, QSize(200, 80), style);
        const QImage two = paintPeriodChart({0.0, 50.0, 100.0}, first, 40.0, 60.0, QSize(200, 80), style);
        QVERIFY(pixelsOf(one, style.band) > 0);
        const int oneDot = pixelsOf(one, style.dots);
        QVERIFY(oneDot > 0);
        QVERIFY(pixelsOf(two, style.dots) > 2 * oneDot);
    }
};

QTEST_MAIN(TestSupervisionReport)
#include "tst_supervisionreport.moc"
