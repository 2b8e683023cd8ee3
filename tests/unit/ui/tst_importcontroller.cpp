#include "app/appcontroller.h"
#include "data/exportcontroller.h"
#include "data/importcontroller.h"
#include "datatesting.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using namespace tend::test;
using boost::gregorian::days;
using boost::posix_time::hours;

// Importing a Tend file from the "Your data" page: both ways are previewed in words before anything
// changes, the chosen one is applied only after confirmation, and a bad file changes nothing.
class TestImportController final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const char* name) const { return m_files.filePath(QString::fromUtf8(name)); }

    // The source's check-ins and hard moments only, so every count below can be worked out by hand.
    QString exportCheckinsAndMoments() {
        TestSession source;
        fillSomeDays(source);
        ExportController exporter(*source.session);
        for (const char* section :
             {"includePlan", "includeReflections", "includePromptHistory", "includeSettings"})
            exporter.setProperty(section, false);
        const QString path = file("days.json");
        exporter.exportTo(urlOf(path));
        exporter.confirmed(QStringLiteral("export"));
        if (!QFile::exists(path))
            throw std::runtime_error("the export for the import test was not written");
        return path;
    }

    // A device that shares one day and one hard moment with the file, holds an older copy of another
    // day, and has a day and a hard moment the file lacks.
    static void fillTarget(TestSession& env) {
        env.saveCheckin(env.today() - days(5), {{"mood", 4}});
        env.saveCheckin(env.today() - days(1), {{"mood", 3}}, true);
        Checkin older;
        older.date = env.today() - days(2);
        older.answers = {{"mood", 0}};
        older.createdAt = boost::posix_time::ptime(older.date, hours(8));
        older.updatedAt = older.createdAt;
        env.session->checkins().save(older);
        env.addHardMoment(env.today() - days(1), 3);
        env.addHardMoment(env.today() - days(3), 2);
    }

private slots:
    void previewsBothWaysInWords() {
        const QString path = exportCheckinsAndMoments();
        TestSession env;
        fillTarget(env);
        const std::string before = everything(*env.session);
        ImportController importer(*env.session);
        QVERIFY2(importer.chooseFile(urlOf(path)), qPrintable(importer.errorText()));

        // Merge: today is new; two days back is newer in the file; yesterday is the same; the device's
        // older hard moment stays.
        const auto& merge = *importer.mergePreview();
        QCOMPARE(merge.checkins, (CheckinImportCounts{1, 1, 1, 0, 0}));
        QCOMPARE(merge.hardMoments, (ImportCounts{0, 1, 0}));
        QCOMPARE(
            importer.mergeText(),
            QStringLiteral("Check-ins: 1 new day, 1 changed, 1 unchanged\nHard moments: 0 new, 1 unchanged"));
        // Replace: the same, and five days back and the other hard moment go.
        const auto& replace = *importer.replacePreview();
        QCOMPARE(replace.checkins, (CheckinImportCounts{1, 1, 1, 0, 1}));
        QCOMPARE(replace.hardMoments, (ImportCounts{0, 1, 1}));
        QCOMPARE(importer.replaceText(),
                 QStringLiteral("Check-ins: 1 new day, 1 changed, 1 unchanged, 1 removed\n"
                                "Hard moments: 0 new, 1 unchanged, 1 removed"));
        QVERIFY(importer.fileText().contains(QStringLiteral("3 days of check-ins")));
        QVERIFY(importer.fileText().contains(QStringLiteral("notes included")));
        QCOMPARE(everything(*env.session), before);
    }

    void replaceIsAppliedOnlyAfterConfirmation() {
        const QString path = exportCheckinsAndMoments();
        TestSession env;
        fillTarget(env);
        const std::string before = everything(*env.session);
        ImportController importer(*env.session);
        QVERIFY(importer.chooseFile(urlOf(path)));
        importer.setModeIndex(ImportController::Replace);
        QSignalSpy asked(&importer, &ImportController::confirmationNeeded);
        QSignalSpy imported(&importer, &ImportController::imported);
        importer.importChosen();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("import"));
        QCOMPARE(everything(*env.session), before);
        importer.confirmed(QStringLiteral("export"));
        QCOMPARE(everything(*env.session), before);
        importer.cancelled(QStringLiteral("import"));
        QCOMPARE(importer.confirmation(), QStringLiteral("Nothing was imported."));
        importer.confirmed(QStringLiteral("import"));
        QCOMPARE(everything(*env.session), before);
        QCOMPARE(imported.count(), 0);

        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(env.session->checkins().count(), 3);
        QVERIFY(!env.session->checkins().find(env.today() - days(5)));
        QCOMPARE(env.session->checkins().find(env.today() - days(2))->answer("mood"), std::optional<int>(1));
        QCOMPARE(env.session->hardMoments().inRange(env.today() - days(10), env.today()).size(),
                 std::size_t(1));
        QVERIFY(!importer.hasFile());
    }

    void mergeKeepsWhatOnlyTheDeviceHas() {
        const QString path = exportCheckinsAndMoments();
        TestSession env;
        fillTarget(env);
        ImportController importer(*env.session);
        QVERIFY(importer.chooseFile(urlOf(path)));
        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));
        QCOMPARE(env.session->checkins().count(), 4);
        QCOMPARE(env.session->checkins().find(env.today() - days(2))->note, std::string("A long shift"));
        QCOMPARE(env.session->hardMoments().inRange(env.today() - days(10), env.today()).size(),
                 std::size_t(2));
    }

    void aMalformedFileNamesThePlaceAndChangesNothing() {
        const QString path = exportCheckinsAndMoments();
        QByteArray json = readAll(path);
        // The first day's mood is 1; whatever the spacing, it is the first "mood" key with that value.
        const QRegularExpression firstMood(QStringLiteral("\"mood\"\\s*:\\s*1"));
        QString text = QString::fromUtf8(json);
        const QRegularExpressionMatch mood = firstMood.match(text);
        QVERIFY(mood.hasMatch());
        text.replace(mood.capturedStart(), mood.capturedLength(), QStringLiteral("\"mood\": 7"));
        json = text.toUtf8();
        writeAll(file("bad.json"), json);
        TestSession env;
        fillTarget(env);
        const std::string before = everything(*env.session);
        ImportController importer(*env.session);
        QVERIFY(!importer.chooseFile(urlOf(file("bad.json"))));
        QVERIFY(!importer.hasFile());
        QVERIFY(!importer.canImport());
        const QString error = importer.errorText();
        QVERIFY2(error.startsWith(QStringLiteral("“bad.json” can't be used: checkins[0].answers.mood")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QStringLiteral("Nothing was changed.")), qPrintable(error));
        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));
        QCOMPARE(everything(*env.session), before);
    }

    void brokenJsonAndMissingFilesAreNamed() {
        writeAll(file("cut.json"), "{\"format\":\"tend.export\",\"version\":1,\"checkins\":[");
        TestSession env;
        ImportController importer(*env.session);
        QVERIFY(!importer.chooseFile(urlOf(file("cut.json"))));
        QVERIFY2(importer.errorText().startsWith(QStringLiteral("“cut.json” can't be used: ")),
                 qPrintable(importer.errorText()));
        QVERIFY(!importer.chooseFile(urlOf(file("nowhere.json"))));
        QCOMPARE(importer.errorText(),
                 QStringLiteral("“nowhere.json” isn't there any more. Please choose the file "
                                "again. Nothing was changed."));
    }

    void aSuccessfulImportAsksTheAppToReload() {
        const QString path = exportCheckinsAndMoments();
        TestSession env;
        AppController app(env.session.get(), {});
        ImportController importer(*env.session);
        // As the page wires it.
        connect(&importer, &ImportController::imported, &app, &AppController::reloadAfterImport);
        QSignalSpy restart(&app, &AppController::restartRequested);
        QVERIFY(importer.chooseFile(urlOf(path)));
        QCOMPARE(restart.count(), 0);
        importer.importChosen();
        QCOMPARE(restart.count(), 0);
        importer.confirmed(QStringLiteral("import"));
        QCOMPARE(restart.count(), 1);
        QCOMPARE(app.restartAction(), RestartAction::Reload);
    }
};

QTEST_GUILESS_MAIN(TestImportController)
#include "tst_importcontroller.moc"
