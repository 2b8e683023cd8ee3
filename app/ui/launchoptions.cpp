#include "launchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tend::ui {

LaunchOptions parseLaunchOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "LaunchOptions", "Tend: a private daily check-in for people whose work is hard."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("LaunchOptions", "Keep data in <dir>."),
                                     QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("LaunchOptions",
                                    "Fill an empty data directory with 180 days of demo data."));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate(
            "LaunchOptions", "Load every page, save a check-in, and exit non-zero on any QML warning."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("LaunchOptions",
                                    "Write a PNG of every page, light and dark, into <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("LaunchOptions", "Pretend today is <date> (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("LaunchOptions", "Commands print JSON."));
    parser.addOptions({dataDir, demo, selfTest, screenshot, today, json});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("LaunchOptions",
                                    "Optional, runs without a window: \"insights\" prints the current "
                                    "indices, signals and prompts with their reasons."),
        QStringLiteral("[command]"));

    LaunchOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    options.dataDir = parser.value(dataDir);
    options.demo = parser.isSet(demo);
    options.selfTest = parser.isSet(selfTest);
    options.screenshotDir = parser.value(screenshot);
    options.json = parser.isSet(json);
    options.command = parser.positionalArguments();
    if (!options.command.isEmpty() && !headlessCommands().contains(options.command.constFirst()))
        options.error =
            QCoreApplication::translate("LaunchOptions", "Unknown command \"%1\". Known commands: %2.")
                .arg(options.command.constFirst(), headlessCommands().join(QStringLiteral(", ")));
    if (options.isHeadless() && options.isReview())
        options.error = QCoreApplication::translate(
            "LaunchOptions", "A command cannot be combined with --self-test or --screenshot.");
    if (parser.isSet(today)) {
        const QDate date = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!date.isValid())
            options.error =
                QCoreApplication::translate("LaunchOptions", "--today needs a date like 2026-11-27.");
        options.today = date;
    }
    return options;
}

bool namesHeadlessCommand(int argc, const char* const* argv) {
    static const QStringList optionsWithValues{QStringLiteral("--data-dir"), QStringLiteral("--screenshot"),
                                               QStringLiteral("--today")};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (optionsWithValues.contains(argument)) {
            ++i; // skip the option's value
            continue;
        }
        // Any other word is a command, known or not: an unknown one is then refused without a window.
        if (!argument.startsWith(QLatin1Char('-')))
            return true;
    }
    return false;
}

const QStringList& headlessCommands() {
    static const QStringList commands{QStringLiteral("insights")};
    return commands;
}

} // namespace tend::ui
