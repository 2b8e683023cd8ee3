#include "data/backupcontroller.h"
#include "datatesting.h"

#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using namespace tend::test;
using boost::gregorian::days;

// Backing up and restoring from the "Your data" page: a passphrase checked as it is typed, nothing
// written or replaced before confirmation, and a backup that cannot be opened changes nothing.
class TestBackupController final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const char* name) const { return m_files.filePath(QString::fromUtf8(name)); }

    const QString m_passphrase = QStringLiteral("correct horse battery staple");

    // Makes a backup of `env` at `path`, confirmed as the page would pass Lock's answer on.
    void backUp(TestSession& env, const QString& path) {
        BackupController backup(*env.session);
        backup.setPassphrase(m_passphrase);
        backup.setRepeat(m_passphrase);
        QVERIFY(backup.canBackUp());
        backup.backUpTo(urlOf(path));
        backup.confirmed(QStringLiteral("backup"));
        QVERIFY2(backup.backupError().isEmpty(), qPrintable(backup.backupError()));
        QVERIFY(QFile::exists(path));
    }

    static void check(BackupController& backup) {
        backup.checkBackup();
        QVERIFY(backup.checking());
        QTRY_VERIFY_WITH_TIMEOUT(!backup.checking(), 30000);
    }

private slots:
    void thePassphraseIsCheckedAsItIsTyped() {
        TestSession env;
        BackupController backup(*env.session);
        QVERIFY(backup.passphraseProblem().isEmpty());
        QVERIFY(!backup.canBackUp());
        backup.setPassphrase(QStringLiteral("short"));
        QVERIFY(!backup.passphraseProblem().isEmpty());
        QVERIFY(!backup.canBackUp());
        backup.setPassphrase(m_passphrase);
        QCOMPARE(backup.passphraseProblem(), QStringLiteral("Please type it once more below."));
        backup.setRepeat(m_passphrase + QLatin1Char('!'));
        QCOMPARE(backup.passphraseProblem(), QStringLiteral("The two passphrases are not the same yet."));
        QVERIFY(!backup.canBackUp());
        backup.setRepeat(m_passphrase);
        QVERIFY(backup.passphraseProblem().isEmpty());
        QVERIFY(backup.canBackUp());
    }

    void nothingIsWrittenBeforeConfirmation() {
        TestSession env;
        fillSomeDays(env);
        BackupController backup(*env.session);
        backup.setPassphrase(m_passphrase);
        backup.setRepeat(m_passphrase);
        QSignalSpy asked(&backup, &BackupController::confirmationNeeded);
        backup.backUpTo(urlOf(file("gated.tendbackup")));
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("backup"));
        QVERIFY(!QFile::exists(file("gated.tendbackup")));
        backup.confirmed(QStringLiteral("export"));
        QVERIFY(!QFile::exists(file("gated.tendbackup")));
        backup.cancelled(QStringLiteral("backup"));
        QCOMPARE(backup.backupConfirmation(), QStringLiteral("No backup was made."));
        backup.confirmed(QStringLiteral("backup"));
        QVERIFY(!QFile::exists(file("gated.tendbackup")));
    }

    void backupThenRestoreGivesBackTheSameData() {
        TestSession source;
        fillSomeDays(source);
        const QString path = file("round.tendbackup");
        backUp(source, path);
        const QByteArray sealed = readAll(path);
        QVERIFY(!sealed.contains("A long shift") && !sealed.contains("tend.export"));

        TestSession target;
        target.saveCheckin(target.today() - days(30), {{"mood", 0}});
        const std::string before = everything(*target.session);
        BackupController restore(*target.session);
        restore.chooseRestoreFile(urlOf(path));
        restore.setRestorePassphrase(m_passphrase);
        QVERIFY(restore.canCheck());
        check(restore);
        QVERIFY2(restore.restoreError().isEmpty(), qPrintable(restore.restoreError()));
        QVERIFY(restore.hasRestorePreview());
        // Replace: the backup's three days come in, the device's own day goes.
        QCOMPARE(restore.restorePreview()->checkins, (CheckinImportCounts{3, 0, 0, 1}));
        QVERIFY(restore.restorePreviewText().startsWith(
            QStringLiteral("Check-ins: 3 new days, 0 changed, 0 unchanged, 1 removed\n")));
        QCOMPARE(everything(*target.session), before);

        QSignalSpy asked(&restore, &BackupController::confirmationNeeded);
        // The pages hear of the restore through the repositories they listen to, once it is done.
        int heard = 0;
        const auto listening = target.session->checkins().changes().subscribe([&] { ++heard; });
        restore.restoreChecked();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("restore"));
        QCOMPARE(everything(*target.session), before);
        restore.confirmed(QStringLiteral("backup"));
        QCOMPARE(everything(*target.session), before);
        QCOMPARE(heard, 0);
        restore.confirmed(QStringLiteral("restore"));
        QCOMPARE(heard, 1);
        QCOMPARE(everything(*target.session), everything(*source.session));
        QCOMPARE(restore.restoreConfirmation(), QStringLiteral("Restored from “round.tendbackup”."));
    }

    void aWrongPassphraseSaysSoAndChangesNothing() {
        TestSession source;
        fillSomeDays(source);
        backUp(source, file("locked.tendbackup"));
        TestSession target;
        target.saveCheckin(target.today(), {{"mood", 2}});
        const std::string before = everything(*target.session);
        BackupController restore(*target.session);
        restore.chooseRestoreFile(urlOf(file("locked.tendbackup")));
        restore.setRestorePassphrase(QStringLiteral("correct horse battery stapler"));
        check(restore);
        QVERIFY(!restore.hasRestorePreview());
        QCOMPARE(
            restore.restoreError(),
            QStringLiteral("This backup couldn't be opened with that passphrase. Either the passphrase is "
                           "not the one it was made with, or the file is damaged. Please check the "
                           "passphrase and try again. Nothing was changed."));
        restore.restoreChecked();
        restore.confirmed(QStringLiteral("restore"));
        QCOMPARE(everything(*target.session), before);
    }

    void aCutOrForeignFileIsRefusedWhole() {
        TestSession source;
        fillSomeDays(source);
        backUp(source, file("whole.tendbackup"));
        const QByteArray sealed = readAll(file("whole.tendbackup"));
        writeAll(file("cut.tendbackup"), sealed.left(sealed.size() - 10));
        writeAll(file("notes.txt"), "just some notes, not a backup");
        TestSession target;
        const std::string before = everything(*target.session);
        BackupController restore(*target.session);
        restore.setRestorePassphrase(m_passphrase);

        restore.chooseRestoreFile(urlOf(file("cut.tendbackup")));
        check(restore);
        QVERIFY2(restore.restoreError().startsWith(QStringLiteral("This backup is cut short")),
                 qPrintable(restore.restoreError()));
        restore.chooseRestoreFile(urlOf(file("notes.txt")));
        check(restore);
        QVERIFY2(restore.restoreError().startsWith(QStringLiteral("This is not a Tend backup.")),
                 qPrintable(restore.restoreError()));
        QCOMPARE(everything(*target.session), before);
    }
};

QTEST_GUILESS_MAIN(TestBackupController)
#include "tst_backupcontroller.moc"
