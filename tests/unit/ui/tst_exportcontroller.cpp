#include "data/exportcontroller.h"
#include "datatesting.h"
#include "exchange/exportjsonparser.h"

#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using namespace tend::test;

// Export as the "Your data" page drives it: the worker's choices decide format, sections and days, and
// nothing is written until the worker confirmed it is them.
class TestExportController final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const char* name) const { return m_files.filePath(QString::fromUtf8(name)); }

    // Chooses the file and answers the confirmation the way the page passes on Lock's answer.
    static void exportConfirmed(ExportController& exporter, const QString& path) {
        QSignalSpy asked(&exporter, &ExportController::confirmationNeeded);
        exporter.exportTo(urlOf(path));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("export"));
        exporter.confirmed(QStringLiteral("export"));
    }

private slots:
    void writesTheChosenSectionsAsJson() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        QCOMPARE(exporter.formatIndex(), 0);
        exporter.setProperty("includeNotes", false);
        exporter.setProperty("includeHardMoments", false);
        exporter.setProperty("includeSettings", false);
        exportConfirmed(exporter, file("some.json"));
        QVERIFY2(exporter.errorText().isEmpty(), qPrintable(exporter.errorText()));
        QVERIFY(exporter.confirmation().contains(QStringLiteral("some.json")));

        const QByteArray json = readAll(file("some.json"));
        const ExportData data = parseExportJson(json.toStdString(), env.session->definition());
        QVERIFY(data.contents.checkins);
        QVERIFY(!data.contents.notes);
        QVERIFY(!data.contents.hardMoments);
        QVERIFY(!data.contents.settings);
        QVERIFY(data.contents.plan);
        QCOMPARE(data.checkins.size(), std::size_t(3));
        QVERIFY(data.checkins.front().note.empty());
        QVERIFY(data.hardMoments.empty());
        QVERIFY(!json.contains("A long shift"));
    }

    void writesCsvForTheChosenDays() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        exporter.setFormatIndex(1);
        QCOMPARE(exporter.defaultSuffix(), QStringLiteral("csv"));
        exporter.setRangeIndex(ExportController::Custom);
        exporter.setCustomFromText(QStringLiteral("2026-11-26"));
        exporter.setCustomToText(QStringLiteral("2026-11-26"));
        QVERIFY(exporter.canExport());
        exportConfirmed(exporter, file("day.csv"));
        const QList<QByteArray> lines = readAll(file("day.csv")).split('\n');
        QCOMPARE(lines.size(),
                 3); // header, the one day (a rest day), and the empty rest after the last line end
        QVERIFY(lines.at(1).startsWith("2026-11-26,1,"));
    }

    void csvAndFhirLeaveNotesOutUnlessAskedFor() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        QVERIFY(exporter.property("includeNotes").toBool()); // a Tend file keeps everything
        QVERIFY(exporter.notesExplanation().isEmpty());
        for (const int format : {1, 2}) {
            exporter.setFormatIndex(format);
            QVERIFY(!exporter.property("includeNotes").toBool());
            QVERIFY(exporter.notesExplanation().contains(QStringLiteral("not encrypted")));
            exportConfirmed(exporter, file("plain.out"));
            QVERIFY(!readAll(file("plain.out")).contains("A long shift"));
            exporter.setProperty("includeNotes", true);
            exportConfirmed(exporter, file("withnotes.out"));
            QVERIFY(readAll(file("withnotes.out")).contains("A long shift"));
            exporter.setFormatIndex(0);
            QVERIFY(exporter.property("includeNotes").toBool());
        }
    }

    void lastThirtyDaysLeavesOlderDaysOut() {
        TestSession env;
        fillSomeDays(env);
        env.saveCheckin(env.today() - boost::gregorian::days(30), {{"mood", 4}});
        env.saveCheckin(env.today() - boost::gregorian::days(29), {{"mood", 0}});
        ExportController exporter(*env.session);
        exporter.setRangeIndex(ExportController::Last30Days);
        exportConfirmed(exporter, file("month.json"));
        const ExportData data =
            parseExportJson(readAll(file("month.json")).toStdString(), env.session->definition());
        // 29 days back is the first of the 30 days that end today; 30 days back is outside.
        QCOMPARE(data.checkins.size(), std::size_t(4));
        QCOMPARE(data.checkins.front().date, env.today() - boost::gregorian::days(29));
    }

    void writesFhir() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        exporter.setFormatIndex(2);
        exportConfirmed(exporter, file("record.json"));
        QVERIFY(readAll(file("record.json")).contains("\"resourceType\":\"Bundle\""));
    }

    void nothingIsWrittenBeforeConfirmation() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        QSignalSpy asked(&exporter, &ExportController::confirmationNeeded);
        exporter.exportTo(urlOf(file("gated.json")));
        QCOMPARE(asked.count(), 1);
        QVERIFY(!QFile::exists(file("gated.json")));
        // Another step's confirmation is not this one's.
        exporter.confirmed(QStringLiteral("backup"));
        QVERIFY(!QFile::exists(file("gated.json")));
        exporter.cancelled(QStringLiteral("export"));
        QVERIFY(!QFile::exists(file("gated.json")));
        QCOMPARE(exporter.confirmation(), QStringLiteral("Nothing was exported."));
        // A late confirmation after cancelling writes nothing either.
        exporter.confirmed(QStringLiteral("export"));
        QVERIFY(!QFile::exists(file("gated.json")));
    }

    void anImpossibleRangeCannotBeExported() {
        TestSession env;
        ExportController exporter(*env.session);
        exporter.setRangeIndex(ExportController::Custom);
        exporter.setCustomFromText(QStringLiteral("2026-11-20"));
        exporter.setCustomToText(QStringLiteral("2026-11-10"));
        QVERIFY(!exporter.canExport());
        QCOMPARE(exporter.rangeText(), QStringLiteral("The first date comes after the last one."));
        exporter.setCustomToText(QStringLiteral("not a date"));
        QVERIFY(!exporter.canExport());
        QSignalSpy asked(&exporter, &ExportController::confirmationNeeded);
        exporter.exportTo(urlOf(file("never.json")));
        QCOMPARE(asked.count(), 0);
        QVERIFY(!exporter.errorText().isEmpty());
    }

    void aPlaceThatCannotBeWrittenSaysSoCalmly() {
        TestSession env;
        fillSomeDays(env);
        ExportController exporter(*env.session);
        exportConfirmed(exporter, file("no-such-folder/out.json"));
        QVERIFY(exporter.confirmation().isEmpty());
        QVERIFY2(exporter.errorText().contains(QStringLiteral("couldn't be saved there")),
                 qPrintable(exporter.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestExportController)
#include "tst_exportcontroller.moc"
