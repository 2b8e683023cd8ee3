#include "app/launchoptions.h"

#include <QTest>

using namespace tend::ui;

class TestLaunchOptions final : public QObject {
    Q_OBJECT

    static LaunchOptions parse(QStringList arguments) {
        arguments.prepend(QStringLiteral("tend"));
        return parseLaunchOptions(arguments);
    }

private slots:
    void plainLaunchHasNoCommand() {
        const auto options = parse({});
        QVERIFY(options.error.isEmpty());
        QVERIFY(!options.isHeadless());
        QVERIFY(!options.isReview());
    }

    void insightsCommandWithJsonAndDate() {
        const auto options =
            parse({QStringLiteral("--data-dir"), QStringLiteral("/tmp/x"), QStringLiteral("insights"),
                   QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2026-03-01")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QVERIFY(options.isHeadless());
        QCOMPARE(options.command, QStringList{QStringLiteral("insights")});
        QVERIFY(options.json);
        QCOMPARE(options.dataDir, QStringLiteral("/tmp/x"));
        QCOMPARE(*options.today, QDate(2026, 3, 1));
    }

    void unknownCommandIsRefusedByName() {
        const auto options = parse({QStringLiteral("insihgts")});
        QCOMPARE(options.error,
                 QStringLiteral("Unknown command \"insihgts\". Known commands: insights, export, import, "
                                "import-daylio, backup, restore, check."));
    }

    void commandsDoNotMixWithReviewModes() {
        QVERIFY(!parse({QStringLiteral("insights"), QStringLiteral("--self-test")}).error.isEmpty());
    }

    void badDateIsRefused() {
        QCOMPARE(parse({QStringLiteral("insights"), QStringLiteral("--today"), QStringLiteral("2026-02-30")})
                     .error,
                 QStringLiteral("--today needs a date like 2026-11-27."));
    }

    void dataCommandsWithTheirOptions() {
        auto options =
            parse({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("--out"), QStringLiteral("/tmp/a.csv"), QStringLiteral("--from"),
                   QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-06-30")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.format, QStringLiteral("csv"));
        QCOMPARE(options.outFile, QStringLiteral("/tmp/a.csv"));
        QCOMPARE(*options.from, QDate(2026, 1, 1));
        QCOMPARE(*options.to, QDate(2026, 6, 30));

        options = parse({QStringLiteral("import"), QStringLiteral("in.json"), QStringLiteral("--replace")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.command, (QStringList{QStringLiteral("import"), QStringLiteral("in.json")}));
        QVERIFY(options.replace);

        options = parse({QStringLiteral("restore"), QStringLiteral("b.tendbackup"),
                         QStringLiteral("--passphrase-file"), QStringLiteral("p.txt")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.passphraseFile, QStringLiteral("p.txt"));
        QVERIFY(parse({QStringLiteral("check")}).error.isEmpty());
        QVERIFY(parse({QStringLiteral("import-daylio"), QStringLiteral("daylio.csv")}).error.isEmpty());
    }

    void dataCommandsRefuseWhatTheyCannotUse_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        const auto s = [](const char* text) {
            return QString::fromUtf8(text);
        };
        QTest::newRow("export without format")
            << QStringList{s("export"), s("--out"), s("a")} << s("export needs --format json, csv or fhir.");
        QTest::newRow("export with a made-up format")
            << QStringList{s("export"), s("--format"), s("xml"), s("--out"), s("a")}
            << s("export needs --format json, csv or fhir.");
        QTest::newRow("export without out")
            << QStringList{s("export"), s("--format"), s("json")} << s("export needs --out FILE.");
        QTest::newRow("range backwards")
            << QStringList{s("export"), s("--format"),   s("json"), s("--out"),     s("a"),
                           s("--from"), s("2026-02-01"), s("--to"), s("2026-01-01")}
            << s("--from must not be after --to.");
        QTest::newRow("import without file")
            << QStringList{s("import")}
            << s("\"import\" needs exactly one file to read, e.g. tend import FILE.");
        QTest::newRow("import with two files")
            << QStringList{s("import"), s("a"), s("b")}
            << s("\"import\" needs exactly one file to read, e.g. tend import FILE.");
        QTest::newRow("check with a file")
            << QStringList{s("check"), s("a")} << s("\"check\" takes no file name; unexpected \"a\".");
        QTest::newRow("backup without passphrase")
            << QStringList{s("backup"), s("--out"), s("b")}
            << s("backup needs --passphrase-file FILE holding the backup passphrase.");
        QTest::newRow("restore without passphrase")
            << QStringList{s("restore"), s("b")}
            << s("restore needs --passphrase-file FILE holding the backup passphrase.");
        QTest::newRow("replace on daylio") << QStringList{s("import-daylio"), s("d.csv"), s("--replace")}
                                           << s("--replace belongs to import.");
        QTest::newRow("bad from date") << QStringList{s("export"), s("--format"), s("json"),      s("--out"),
                                                      s("a"),      s("--from"),   s("2026-13-01")}
                                       << s("--from needs a date like 2026-11-27.");
    }
    void dataCommandsRefuseWhatTheyCannotUse() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QCOMPARE(parse(arguments).error, error);
    }

    void rawCommandLineDetection() {
        const char* withCommand[] = {"tend", "--data-dir", "d", "insights", "--json"};
        QVERIFY(namesHeadlessCommand(5, withCommand));
        // A data directory that happens to be called "insights" is not a command.
        const char* directoryNamedLikeACommand[] = {"tend", "--data-dir", "insights"};
        QVERIFY(!namesHeadlessCommand(3, directoryNamedLikeACommand));
        const char* exportWithValues[] = {"tend", "--format", "json", "--out", "x", "export"};
        QVERIFY(namesHeadlessCommand(6, exportWithValues));
        const char* valuesOnly[] = {"tend", "--out", "export", "--passphrase-file", "restore"};
        QVERIFY(!namesHeadlessCommand(5, valuesOnly));
        const char* plain[] = {"tend", "--demo"};
        QVERIFY(!namesHeadlessCommand(2, plain));
        // An unknown command still runs without a window, so that it can be refused there.
        const char* unknown[] = {"tend", "sing"};
        QVERIFY(namesHeadlessCommand(2, unknown));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
