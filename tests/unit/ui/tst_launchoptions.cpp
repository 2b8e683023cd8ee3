#include "launchoptions.h"

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
        QCOMPARE(options.error, QStringLiteral("Unknown command \"insihgts\". Known commands: insights."));
    }

    void commandsDoNotMixWithReviewModes() {
        QVERIFY(!parse({QStringLiteral("insights"), QStringLiteral("--self-test")}).error.isEmpty());
    }

    void badDateIsRefused() {
        QCOMPARE(parse({QStringLiteral("insights"), QStringLiteral("--today"), QStringLiteral("2026-02-30")})
                     .error,
                 QStringLiteral("--today needs a date like 2026-11-27."));
    }

    void rawCommandLineDetection() {
        const char* withCommand[] = {"tend", "--data-dir", "d", "insights", "--json"};
        QVERIFY(namesHeadlessCommand(5, withCommand));
        // A data directory that happens to be called "insights" is not a command.
        const char* directoryNamedLikeACommand[] = {"tend", "--data-dir", "insights"};
        QVERIFY(!namesHeadlessCommand(3, directoryNamedLikeACommand));
        const char* plain[] = {"tend", "--demo"};
        QVERIFY(!namesHeadlessCommand(2, plain));
        // An unknown command still runs without a window, so that it can be refused there.
        const char* unknown[] = {"tend", "sing"};
        QVERIFY(namesHeadlessCommand(2, unknown));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_launchoptions.moc"
