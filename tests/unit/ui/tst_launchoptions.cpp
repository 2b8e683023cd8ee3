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
                                "import-daylio, backup, restore, check, supervision."));
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
        QTest::newRow("supervision without weeks")
            << QStringList{s("supervision"), s("--out"), s("a.pdf")}
            << s("supervision needs --weeks N, the number of weeks ending today (1 to 26).");
        QTest::newRow("supervision with no weeks")
            << QStringList{s("supervision"), s("--weeks"), s("0"), s("--out"), s("a.pdf")}
            << s("--weeks needs a whole number of weeks from 1 to 26.");
        QTest::newRow("supervision with too many weeks")
            << QStringList{s("supervision"), s("--weeks"), s("27"), s("--out"), s("a.pdf")}
            << s("--weeks needs a whole number of weeks from 1 to 26.");
        QTest::newRow("supervision with words for weeks")
            << QStringList{s("supervision"), s("--weeks"), s("four"), s("--out"), s("a.pdf")}
            << s("--weeks needs a whole number of weeks from 1 to 26.");
        QTest::newRow("supervision without out") << QStringList{s("supervision"), s("--weeks"), s("4")}
                                                 << s("supervision needs --out FILE.pdf or --out FILE.txt.");
        QTest::newRow("supervision to a word file")
            << QStringList{s("supervision"), s("--weeks"), s("4"), s("--out"), s("a.docx")}
            << s("supervision needs --out FILE.pdf or --out FILE.txt.");
        QTest::newRow("supervision leaving out a made-up section")
            << QStringList{s("supervision"), s("--weeks"),        s("4"), s("--out"), s("a.txt"),
                           s("--leave-out"), s("workload,scores")}
            << s("--leave-out takes workload, changes, selfcare, reflections; not \"scores\".");
        QTest::newRow("supervision with a made-up need")
            << QStringList{s("supervision"), s("--weeks"), s("4"),   s("--out"),
                           s("a.txt"),       s("--need"),  s("cake")}
            << s("--need takes caseload_review, debrief, time_to_recover, training, more_supervision, "
                 "hours_or_rota; not \"cake\".");
        QTest::newRow("supervision with a file name")
            << QStringList{s("supervision"), s("notes.txt"), s("--weeks"), s("4"), s("--out"), s("a.txt")}
            << s("\"supervision\" takes no file name; unexpected \"notes.txt\".");
        QTest::newRow("weeks on export")
            << QStringList{s("export"), s("--format"), s("json"), s("--out"), s("a"), s("--weeks"), s("4")}
            << s("--weeks, --with-scores, --leave-out, --talking-point, --need and --need-note belong to "
                 "supervision.");
        QTest::newRow("scores on insights") << QStringList{s("insights"), s("--with-scores")}
                                            << s("--weeks, --with-scores, --leave-out, --talking-point, "
                                                 "--need and --need-note belong to supervision.");
        QTest::newRow("bad from date") << QStringList{s("export"), s("--format"), s("json"),      s("--out"),
                                                      s("a"),      s("--from"),   s("2026-13-01")}
                                       << s("--from needs a date like 2026-11-27.");
    }
    void dataCommandsRefuseWhatTheyCannotUse() {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QCOMPARE(parse(arguments).error, error);
    }

    void supervisionWithItsOptions() {
        const auto options = parse({QStringLiteral("--today"),
                                    QStringLiteral("2026-11-27"),
                                    QStringLiteral("supervision"),
                                    QStringLiteral("--weeks"),
                                    QStringLiteral("6"),
                                    QStringLiteral("--out"),
                                    QStringLiteral("s.PDF"),
                                    QStringLiteral("--with-scores"),
                                    QStringLiteral("--leave-out"),
                                    QStringLiteral("changes,selfcare"),
                                    QStringLiteral("--leave-out"),
                                    QStringLiteral("reflections"),
                                    QStringLiteral("--talking-point"),
                                    QStringLiteral("The rota"),
                                    QStringLiteral("--talking-point"),
                                    QStringLiteral("A case"),
                                    QStringLiteral("--need"),
                                    QStringLiteral("debrief"),
                                    QStringLiteral("--need-note"),
                                    QStringLiteral("Two lines")});
        QVERIFY2(options.error.isEmpty(), qPrintable(options.error));
        QCOMPARE(options.weeks, std::optional<int>(6));
        QCOMPARE(options.outFile, QStringLiteral("s.PDF"));
        QVERIFY(options.withScores);
        QCOMPARE(options.leaveOut, QStringList({QStringLiteral("changes"), QStringLiteral("selfcare"),
                                                QStringLiteral("reflections")}));
        QCOMPARE(options.talkingPoints, QStringList({QStringLiteral("The rota"), QStringLiteral("A case")}));
        QCOMPARE(options.needs, QStringList{QStringLiteral("debrief")});
        QCOMPARE(options.needNote, QStringLiteral("Two lines"));

        const auto plain = parse({QStringLiteral("supervision"), QStringLiteral("--weeks"),
                                  QStringLiteral("4"), QStringLiteral("--out"), QStringLiteral("s.txt")});
        QVERIFY(plain.error.isEmpty());
        QVERIFY(!plain.withScores); // scores stay out unless asked for
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
        // The supervision options' values are not commands either; only supervision needs fonts.
        const char* supervision[] = {"tend", "--talking-point", "rota", "--need", "debrief", "supervision"};
        QCOMPARE(headlessCommandIn(6, supervision), QStringLiteral("supervision"));
        QVERIFY(commandNeedsFonts(QStringLiteral("supervision")));
        QVERIFY(!commandNeedsFonts(QStringLiteral("export")));
        const char* pointOnly[] = {"tend", "--talking-point", "supervision"};
        QVERIFY(headlessCommandIn(3, pointOnly).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
