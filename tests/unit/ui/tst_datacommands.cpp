#include "cli/headlesscommands.h"
#include "exchange/exportjson.h"
#include "exchange/exportreader.h"
#include "testsession.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <sstream>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::date;
using boost::gregorian::days;

namespace {

struct CommandResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

CommandResult run(AppSession& session, QStringList arguments) {
    arguments.prepend(QStringLiteral("tend"));
    const LaunchOptions options = parseLaunchOptions(arguments);
    if (!options.error.isEmpty())
        throw std::runtime_error("bad test command line: " + options.error.toStdString());
    std::ostringstream out;
    std::ostringstream err;
    const int code = runHeadlessCommand(options, session, out, err);
    return {code, out.str(), err.str()};
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

// Everything the session holds, as the canonical export: equal strings mean equal data.
std::string everything(AppSession& session) {
    return exportToJson(readExportData(session.repositories(), ExportSelection{}));
}

void fillSomeDays(test::TestSession& env) {
    env.saveCheckin(env.today() - days(2), {{"mood", 1}, {"sleep", 2}}, false,
                    "Ünïcode note, \"quoted\"\nline");
    env.saveCheckin(env.today() - days(1), {{"mood", 3}}, true);
    env.saveCheckin(env.today(), {{"mood", 2}, {"exhaustion", 4}}, false, "=HYPERLINK(\"x\")");
    env.addHardMoment(env.today() - days(1), 3);
}

} // namespace

// The data commands as a worker (or a script) runs them: each either fully succeeds with exit code 0, or
// fails with 1, a message naming the problem, and the data exactly as before.
class TestDataCommands final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const char* name) const { return m_files.filePath(QString::fromUtf8(name)); }

private slots:
    void exportsEachFormatToAFile() {
        test::TestSession env;
        fillSomeDays(env);
        for (const char* format : {"json", "csv", "fhir"}) {
            const QString out = file(format);
            const auto result =
                run(*env.session, {QStringLiteral("export"), QStringLiteral("--format"),
                                   QString::fromLatin1(format), QStringLiteral("--out"), out});
            QVERIFY2(result.exitCode == 0, result.err.c_str());
            QVERIFY(!readAll(out).isEmpty());
        }
        QCOMPARE(readAll(file("json")).toStdString(), everything(*env.session));
        // CSV and FHIR leave the private notes out unless asked for; the JSON export keeps them.
        QVERIFY(!readAll(file("csv")).contains("HYPERLINK"));
        QVERIFY(!readAll(file("fhir")).contains("HYPERLINK"));
        QVERIFY(readAll(file("json")).contains("HYPERLINK"));
        QVERIFY(readAll(file("fhir")).contains("\"resourceType\":\"Bundle\""));
        const auto withNotes = run(*env.session, {QStringLiteral("export"), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("--out"),
                                                  file("notes.csv"), QStringLiteral("--include-notes")});
        QVERIFY2(withNotes.exitCode == 0, withNotes.err.c_str());
        QVERIFY(readAll(file("notes.csv")).contains("'=HYPERLINK")); // a spreadsheet shows it, never runs it
    }

    void aMergeListsEveryConflictAndKeepsThisDevicesValue() {
        test::TestSession source;
        fillSomeDays(source);
        const auto exported =
            run(*source.session, {QStringLiteral("export"), QStringLiteral("--format"),
                                  QStringLiteral("json"), QStringLiteral("--out"), file("theirs.json")});
        QCOMPARE(exported.exitCode, 0);
        for (const bool takeTheirs : {false, true}) {
            test::TestSession env;
            env.saveCheckin(env.today(), {{"mood", 4}}, false, "Mine");
            QStringList arguments{QStringLiteral("import"), file("theirs.json")};
            if (takeTheirs)
                arguments << QStringLiteral("--take-theirs");
            const auto result = run(*env.session, arguments);
            QVERIFY2(result.exitCode == 0, result.err.c_str());
            const QString out = QString::fromStdString(result.out);
            QVERIFY2(out.contains(QStringLiteral("answers that differ (1)")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral(": this device 4, the file 2 -> ") +
                                  (takeTheirs ? QStringLiteral("the file's is taken")
                                              : QStringLiteral("this device's stays"))),
                     qPrintable(out));
            const auto today = *env.session->checkins().find(env.today());
            QCOMPARE(today.answers.at("mood"), takeTheirs ? 2 : 4);
            QCOMPARE(today.answers.at("exhaustion"), 4);                // added either way
            QVERIFY(today.note.starts_with("Mine"));                    // the device's note stays first
            QVERIFY(today.note.find("HYPERLINK") != std::string::npos); // and the file's joins it
        }
    }

    void exportHonoursTheDateRange() {
        test::TestSession env;
        fillSomeDays(env);
        const auto result =
            run(*env.session,
                {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--out"), file("range.csv"), QStringLiteral("--from"),
                 QStringLiteral("2026-11-26"), QStringLiteral("--to"), QStringLiteral("2026-11-26")});
        QCOMPARE(result.exitCode, 0);
        const QList<QByteArray> lines = readAll(file("range.csv")).split('\n');
        QCOMPARE(lines.size(), 3); // header, one day, and the empty rest after the last line end
        QVERIFY(lines.at(1).startsWith("2026-11-26,1,"));
    }

    void importIntoAnEmptyFolderGivesTheSameData() {
        test::TestSession source;
        fillSomeDays(source);
        QCOMPARE(run(*source.session, {QStringLiteral("export"), QStringLiteral("--format"),
                                       QStringLiteral("json"), QStringLiteral("--out"), file("all.json")})
                     .exitCode,
                 0);
        test::TestSession target;
        const auto result = run(*target.session, {QStringLiteral("import"), file("all.json")});
        QVERIFY2(result.exitCode == 0, result.err.c_str());
        QVERIFY(result.out.find("check-ins: 3 new") != std::string::npos);
        QCOMPARE(everything(*target.session), everything(*source.session));
        // Importing the same file again changes nothing, and says so.
        const auto again = run(*target.session, {QStringLiteral("import"), file("all.json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.find("Nothing to change") != std::string::npos);
    }

    void aBrokenImportNamesTheFileAndPlaceAndChangesNothing_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{\"format\": \"tend.export\", ") << QStringLiteral("line 1");
        // A valid export (the golden file of the format's own tests) with one answer off its 0-4 scale.
        QFile golden(QStringLiteral(TEND_TEST_DATA_DIR "/export/small.json"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        const QByteArray valid = golden.readAll();
        QVERIFY(valid.contains("\"mood\": 3,"));
        QTest::newRow("value off the scale") << QByteArray(valid).replace("\"mood\": 3,", "\"mood\": 9,")
                                             << QStringLiteral("checkins[0].answers.mood");
        QTest::newRow("newer version")
            << QByteArray(R"({"format":"tend.export","version":99})") << QStringLiteral("newer version");
    }
    void aBrokenImportNamesTheFileAndPlaceAndChangesNothing() {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        test::TestSession env;
        fillSomeDays(env);
        const std::string before = everything(*env.session);
        writeAll(file("broken.json"), content);
        const auto result =
            run(*env.session, {QStringLiteral("import"), file("broken.json"), QStringLiteral("--replace")});
        QCOMPARE(result.exitCode, 1);
        const QString err = QString::fromStdString(result.err);
        QVERIFY2(err.startsWith(file("broken.json") + QStringLiteral(": ")), qPrintable(err));
        QVERIFY2(err.contains(expected), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing was changed.")), qPrintable(err));
        QCOMPARE(everything(*env.session), before);
    }

    void aMissingFileIsNamed() {
        test::TestSession env;
        const auto result = run(*env.session, {QStringLiteral("import"), file("absent.json")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.find("absent.json") != std::string::npos, result.err.c_str());
    }

    void daylioImportShowsItsMappingAndKeepsTheRest() {
        test::TestSession env;
        fillSomeDays(env);
        writeAll(file("daylio.csv"), "full_date,date,weekday,time,mood,activities,note_title,note\n"
                                     "2026-11-01,1 Nov,Sunday,21:30,good,\"friends | day off\",,\"Walked\"\n"
                                     "2026-11-02,2 Nov,Monday,20:00,custom,,,\n");
        const auto result = run(*env.session, {QStringLiteral("import-daylio"), file("daylio.csv")});
        QVERIFY2(result.exitCode == 0, result.err.c_str());
        QVERIFY2(result.out.find("mood \"good\" -> mood 3") != std::string::npos, result.out.c_str());
        QVERIFY2(result.out.find("mood \"custom\" -> kept in the note") != std::string::npos,
                 result.out.c_str());
        QVERIFY2(result.out.find("activity \"day off\" -> rest day") != std::string::npos,
                 result.out.c_str());
        QCOMPARE(env.session->checkins().find(date(2026, 11, 1))->answer("mood"), std::optional<int>(3));
        QVERIFY(env.session->checkins().find(date(2026, 11, 1))->restDay);
        QCOMPARE(env.session->checkins().count(), 5);
        QCOMPARE(env.session->hardMoments().inRange(date(2026, 1, 1), env.today()).size(), std::size_t(1));
    }

    void backupAndRestoreGiveBackTheSameData() {
        test::TestSession source;
        fillSomeDays(source);
        writeAll(file("pass"), "correct horse battery staple\n");
        const auto backup =
            run(*source.session, {QStringLiteral("backup"), QStringLiteral("--out"), file("b.tend"),
                                  QStringLiteral("--passphrase-file"), file("pass")});
        QVERIFY2(backup.exitCode == 0, backup.err.c_str());
        const QByteArray sealed = readAll(file("b.tend"));
        QVERIFY(!sealed.contains("Ünïcode") && !sealed.contains("mood") && !sealed.contains("tend.export"));

        test::TestSession target;
        target.saveCheckin(target.today() - days(30), {{"mood", 0}});
        writeAll(file("wrong"), "correct horse battery stapler");
        const std::string before = everything(*target.session);
        const auto refused = run(*target.session, {QStringLiteral("restore"), file("b.tend"),
                                                   QStringLiteral("--passphrase-file"), file("wrong")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.find("passphrase") != std::string::npos, refused.err.c_str());
        QCOMPARE(everything(*target.session), before);

        const auto restored = run(*target.session, {QStringLiteral("restore"), file("b.tend"),
                                                    QStringLiteral("--passphrase-file"), file("pass")});
        QVERIFY2(restored.exitCode == 0, restored.err.c_str());
        QCOMPARE(everything(*target.session), everything(*source.session));
    }

    void aDamagedBackupIsRefusedWholeBeforeAnythingChanges() {
        test::TestSession env;
        fillSomeDays(env);
        writeAll(file("pass2"), "a long enough passphrase");
        QCOMPARE(run(*env.session, {QStringLiteral("backup"), QStringLiteral("--out"), file("c.tend"),
                                    QStringLiteral("--passphrase-file"), file("pass2")})
                     .exitCode,
                 0);
        QByteArray sealed = readAll(file("c.tend"));
        writeAll(file("cut.tend"), sealed.left(sealed.size() - 10));
        env.saveCheckin(env.today() - days(10), {{"mood", 4}});
        const std::string before = everything(*env.session);
        const auto result = run(*env.session, {QStringLiteral("restore"), file("cut.tend"),
                                               QStringLiteral("--passphrase-file"), file("pass2")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(everything(*env.session), before);
    }

    void checkPassesSoundDataAndListsDamage() {
        test::TestSession env;
        fillSomeDays(env);
        const auto sound = run(*env.session, {QStringLiteral("check")});
        QCOMPARE(sound.exitCode, 0);
        env.session->database().execute("UPDATE checkin_answers SET value = 9 WHERE item_id = 'mood'");
        const auto damaged = run(*env.session, {QStringLiteral("check")});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.find("mood") != std::string::npos, damaged.err.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDataCommands)
#include "tst_datacommands.moc"
