#include "app/appcontroller.h"
#include "checkin/historymodel.h"
#include "common/dateconversion.h"
#include "data/exportcontroller.h"
#include "data/importcontroller.h"
#include "datatesting.h"

#include <QAbstractItemModelTester>
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

        // Merge: today is new; two days back gains the file's sleep answer and note, while its mood differs
        // and stays the device's; yesterday is the same; the device's older hard moment stays.
        const auto& merge = *importer.mergePreview();
        QCOMPARE(merge.checkins, (CheckinImportCounts{1, 1, 1, 0}));
        QCOMPARE(merge.hardMoments, (ImportCounts{0, 1, 0}));
        QCOMPARE(merge.conflicts.size(), std::size_t(1));
        QCOMPARE(merge.conflicts[0].itemId, std::string("mood"));
        QCOMPARE(merge.conflicts[0].mine, 0);
        QCOMPARE(merge.conflicts[0].theirs, 1);
        QVERIFY(!merge.conflicts[0].takeTheirs);
        QVERIFY(importer.hasConflicts());
        const QString mergeText = importer.mergeText();
        QVERIFY2(mergeText.startsWith(
                     QStringLiteral("Check-ins: 1 new day, 1 gaining what they lacked, 1 unchanged\n"
                                    "Hard moments: 0 new, 1 unchanged\n"
                                    "One answer is different in the file. Nothing here is removed:\n")),
                 qPrintable(mergeText));
        QVERIFY2(mergeText.endsWith(QStringLiteral("this device's stays.")), qPrintable(mergeText));
        // Taking the file's answers shows in the preview before anything is written.
        importer.setTakeTheirs(true);
        QVERIFY(importer.mergePreview()->conflicts[0].takeTheirs);
        QVERIFY(importer.mergeText().endsWith(QStringLiteral("the file's is taken.")));
        importer.setTakeTheirs(false);
        // Replace: the same, and five days back and the other hard moment go.
        const auto& replace = *importer.replacePreview();
        QCOMPARE(replace.checkins, (CheckinImportCounts{1, 1, 1, 1}));
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

        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));
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

    // The import writes through the session's own repositories, so the pages listening to them (here the
    // History list and the app's theme) show the new data at once: the window is not rebuilt, and the
    // result stays on screen.
    void anImportShowsOnThePagesWithoutARebuild() {
        const QString path = exportCheckinsAndMoments();
        TestSession env;
        AppController app(env.session.get(), {});
        HistoryModel history(*env.session);
        QAbstractItemModelTester tester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto hasCheckin = [&](boost::gregorian::date day) {
            for (int row = 0; row < history.rowCount(); ++row) {
                const QModelIndex index = history.index(row);
                if (history.data(index, HistoryModel::DateRole).toDate() == toQDate(day))
                    return history.data(index, HistoryModel::HasCheckinRole).toBool();
            }
            return false;
        };
        QVERIFY(!hasCheckin(env.today() - days(2)));
        QSignalSpy restart(&app, &AppController::restartRequested);
        QSignalSpy historyReset(&history, &QAbstractItemModel::modelReset);
        ImportController importer(*env.session);
        QVERIFY(importer.chooseFile(urlOf(path)));
        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));

        QVERIFY(hasCheckin(env.today() - days(2)));
        QVERIFY(hasCheckin(env.today()));
        QVERIFY2(historyReset.count() <= 2, "one reload per repository that changed, not one per row");
        QCOMPARE(restart.count(), 0);
        QCOMPARE(app.restartAction(), RestartAction::None);
        QCOMPARE(importer.confirmation(), QStringLiteral("Imported from “days.json”."));
    }

    // A restore brings settings too: the window's theme follows without a rebuild.
    void importedSettingsReachTheWindow() {
        TestSession source;
        source.session->settings().setValue("theme", "dark");
        ExportController exporter(*source.session);
        exporter.exportTo(urlOf(file("settings.json")));
        exporter.confirmed(QStringLiteral("export"));
        TestSession env;
        AppController app(env.session.get(), {});
        QCOMPARE(app.themeMode(), QStringLiteral("system"));
        QSignalSpy theme(&app, &AppController::themeChanged);
        ImportController importer(*env.session);
        QVERIFY(importer.chooseFile(urlOf(file("settings.json"))));
        importer.setModeIndex(ImportController::Replace);
        importer.importChosen();
        importer.confirmed(QStringLiteral("import"));
        QVERIFY(theme.count() >= 1);
        QCOMPARE(app.themeMode(), QStringLiteral("dark"));
    }
};

QTEST_GUILESS_MAIN(TestImportController)
#include "tst_importcontroller.moc"
