#include "app/launchoptions.h"

#include "supervision/serviceneeds.h"
#include "supervision/supervisionchoices.h"
#include "supervision/supervisionperiod.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tend::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("LaunchOptions", text);
}

const QString supervisionCommand = QStringLiteral("supervision");

QString supervisionUsageProblem(const LaunchOptions& options) {
    if (options.command.constFirst() != supervisionCommand) {
        const bool anySet = options.weeks || options.withScores || !options.leaveOut.isEmpty() ||
                            !options.talkingPoints.isEmpty() || !options.needs.isEmpty() ||
                            !options.needNote.isEmpty();
        return anySet ? tr("--weeks, --with-scores, --leave-out, --talking-point, --need and --need-note "
                           "belong to supervision.")
                      : QString();
    }
    if (!options.weeks)
        return tr("supervision needs --weeks N, the number of weeks ending today (1 to 26).");
    const QString out = options.outFile.toLower();
    if (!out.endsWith(QStringLiteral(".pdf")) && !out.endsWith(QStringLiteral(".txt")))
        return tr("supervision needs --out FILE.pdf or --out FILE.txt.");
    for (const QString& section : options.leaveOut)
        if (!SupervisionChoices::sectionKeys().contains(section))
            return tr("--leave-out takes %1; not \"%2\".")
                .arg(SupervisionChoices::sectionKeys().join(QStringLiteral(", ")), section);
    for (const QString& need : options.needs)
        if (!serviceNeedKeys().contains(need))
            return tr("--need takes %1; not \"%2\".").arg(serviceNeedKeys().join(QStringLiteral(", ")), need);
    return {};
}

// Each command's own needs, checked before any data is opened, so a typo never half-runs a command.
QString commandUsageProblem(const LaunchOptions& options) {
    const QString& command = options.command.constFirst();
    const qsizetype arguments = options.command.size() - 1;
    const bool takesFile = command == QStringLiteral("import") ||
                           command == QStringLiteral("import-daylio") || command == QStringLiteral("restore");
    if (takesFile && arguments != 1)
        return tr("\"%1\" needs exactly one file to read, e.g. tend %1 FILE.").arg(command);
    if (!takesFile && arguments != 0)
        return tr("\"%1\" takes no file name; unexpected \"%2\".").arg(command, options.command.at(1));
    if (command == QStringLiteral("export")) {
        static const QStringList formats{QStringLiteral("json"), QStringLiteral("csv"),
                                         QStringLiteral("fhir")};
        if (!formats.contains(options.format))
            return tr("export needs --format json, csv or fhir.");
        if (options.outFile.isEmpty())
            return tr("export needs --out FILE.");
        if (options.from && options.to && *options.from > *options.to)
            return tr("--from must not be after --to.");
    } else if (!options.format.isEmpty() || options.from || options.to) {
        return tr("--format, --from and --to belong to export.");
    }
    if (command == QStringLiteral("backup") && options.outFile.isEmpty())
        return tr("backup needs --out FILE.");
    if (command != QStringLiteral("export") && command != QStringLiteral("backup") &&
        command != supervisionCommand && !options.outFile.isEmpty())
        return tr("--out belongs to export, backup and supervision.");
    const bool needsPassphrase = command == QStringLiteral("backup") || command == QStringLiteral("restore");
    if (needsPassphrase && options.passphraseFile.isEmpty())
        return tr("%1 needs --passphrase-file FILE holding the backup passphrase.").arg(command);
    if (!needsPassphrase && !options.passphraseFile.isEmpty())
        return tr("--passphrase-file belongs to backup and restore.");
    if (options.replace && command != QStringLiteral("import"))
        return tr("--replace belongs to import.");
    if (options.takeTheirs && command != QStringLiteral("import") &&
        command != QStringLiteral("import-daylio"))
        return tr("--take-theirs belongs to import and import-daylio.");
    if (options.takeTheirs && options.replace)
        return tr("--take-theirs is for merging; --replace takes the whole file already.");
    if (options.includeNotes && command != QStringLiteral("export"))
        return tr("--include-notes belongs to export.");
    return supervisionUsageProblem(options);
}

} // namespace

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
    const QCommandLineOption quitAfterFirstFrame(
        QStringLiteral("quit-after-first-frame"),
        QCoreApplication::translate(
            "LaunchOptions", "Exit as soon as the first page is on screen (non-zero on any QML warning)."));
    const QCommandLineOption today(
        QStringLiteral("today"),
        QCoreApplication::translate("LaunchOptions", "Pretend today is <date> (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("LaunchOptions", "Commands print JSON."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("LaunchOptions", "export: write <format>: json, csv or fhir."),
        QStringLiteral("format"));
    const QCommandLineOption out(
        QStringLiteral("out"), QCoreApplication::translate("LaunchOptions", "export, backup: write <file>."),
        QStringLiteral("file"));
    const QCommandLineOption from(
        QStringLiteral("from"),
        QCoreApplication::translate("LaunchOptions", "export: start at <date> (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QCoreApplication::translate("LaunchOptions", "export: end at <date> (YYYY-MM-DD)."),
        QStringLiteral("date"));
    const QCommandLineOption replace(
        QStringLiteral("replace"),
        QCoreApplication::translate("LaunchOptions",
                                    "import: replace the data on this device instead of merging."));
    const QCommandLineOption takeTheirs(
        QStringLiteral("take-theirs"),
        QCoreApplication::translate("LaunchOptions",
                                    "import, import-daylio: where an answer differs, take the file's "
                                    "(without it this device's stays)."));
    const QCommandLineOption includeNotes(
        QStringLiteral("include-notes"),
        QCoreApplication::translate("LaunchOptions",
                                    "export: put the private notes in a CSV or FHIR file too (a JSON export "
                                    "always has them)."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QCoreApplication::translate("LaunchOptions",
                                    "backup, restore: read the backup passphrase from <file>."),
        QStringLiteral("file"));
    const QCommandLineOption weeks(
        QStringLiteral("weeks"),
        QCoreApplication::translate("LaunchOptions", "supervision: the <n> weeks ending today (1 to 26)."),
        QStringLiteral("n"));
    const QCommandLineOption withScores(
        QStringLiteral("with-scores"),
        QCoreApplication::translate(
            "LaunchOptions", "supervision: include scores (0 to 100, bands, charts); left out otherwise."));
    const QCommandLineOption leaveOut(
        QStringLiteral("leave-out"),
        QCoreApplication::translate(
            "LaunchOptions", "supervision: leave out <section>: workload, changes, selfcare, reflections."),
        QStringLiteral("section"));
    const QCommandLineOption talkingPoint(
        QStringLiteral("talking-point"),
        QCoreApplication::translate("LaunchOptions",
                                    "supervision: add <text> to what I would like to talk about."),
        QStringLiteral("text"));
    const QCommandLineOption need(
        QStringLiteral("need"),
        QCoreApplication::translate(
            "LaunchOptions", "supervision: add what I need from the service: caseload_review, debrief, "
                             "time_to_recover, training, more_supervision, hours_or_rota."),
        QStringLiteral("key"));
    const QCommandLineOption needNote(
        QStringLiteral("need-note"),
        QCoreApplication::translate("LaunchOptions",
                                    "supervision: what I need from the service, in my words."),
        QStringLiteral("text"));
    parser.addOptions({dataDir, demo,       selfTest,   screenshot,   quitAfterFirstFrame,
                       today,   json,       format,     out,          from,
                       to,      replace,    takeTheirs, includeNotes, passphraseFile,
                       weeks,   withScores, leaveOut,   talkingPoint, need,
                       needNote});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "LaunchOptions",
            "Optional, runs without a window: insights, export, import FILE, import-daylio FILE, "
            "backup, restore FILE, check, supervision. See the README for each."),
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
    options.quitAfterFirstFrame = parser.isSet(quitAfterFirstFrame);
    options.json = parser.isSet(json);
    options.command = parser.positionalArguments();
    options.format = parser.value(format);
    options.outFile = parser.value(out);
    options.replace = parser.isSet(replace);
    options.takeTheirs = parser.isSet(takeTheirs);
    options.includeNotes = parser.isSet(includeNotes);
    options.passphraseFile = parser.value(passphraseFile);
    options.withScores = parser.isSet(withScores);
    for (const QString& value : parser.values(leaveOut))
        options.leaveOut << value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.talkingPoints = parser.values(talkingPoint);
    options.needs = parser.values(need);
    options.needNote = parser.value(needNote);
    if (parser.isSet(weeks)) {
        bool isNumber = false;
        const int value = parser.value(weeks).toInt(&isNumber);
        if (isNumber && value >= SupervisionPeriod::minWeeks && value <= SupervisionPeriod::maxWeeks)
            options.weeks = value;
        else
            options.error = QCoreApplication::translate(
                "LaunchOptions", "--weeks needs a whole number of weeks from 1 to 26.");
    }
    if (!options.command.isEmpty() && !headlessCommands().contains(options.command.constFirst()))
        options.error =
            QCoreApplication::translate("LaunchOptions", "Unknown command \"%1\". Known commands: %2.")
                .arg(options.command.constFirst(), headlessCommands().join(QStringLiteral(", ")));
    if (options.isHeadless() && (options.isReview() || options.quitAfterFirstFrame))
        options.error = QCoreApplication::translate(
            "LaunchOptions",
            "A command cannot be combined with --self-test, --screenshot or --quit-after-first-frame.");
    if (options.quitAfterFirstFrame && options.isReview())
        options.error = QCoreApplication::translate(
            "LaunchOptions", "--quit-after-first-frame cannot be combined with --self-test or --screenshot.");
    const auto readDate = [&](const QCommandLineOption& option, std::optional<QDate>& into) {
        if (!parser.isSet(option))
            return;
        const QDate date = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!date.isValid())
            options.error = QCoreApplication::translate("LaunchOptions", "--%1 needs a date like 2026-11-27.")
                                .arg(option.names().constFirst());
        into = date;
    };
    readDate(today, options.today);
    readDate(from, options.from);
    readDate(to, options.to);
    if (options.error.isEmpty() && options.isHeadless())
        options.error = commandUsageProblem(options);
    return options;
}

QString headlessCommandIn(int argc, const char* const* argv) {
    static const QStringList optionsWithValues{QStringLiteral("--data-dir"),
                                               QStringLiteral("--screenshot"),
                                               QStringLiteral("--today"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("--from"),
                                               QStringLiteral("--to"),
                                               QStringLiteral("--passphrase-file"),
                                               QStringLiteral("--weeks"),
                                               QStringLiteral("--leave-out"),
                                               QStringLiteral("--talking-point"),
                                               QStringLiteral("--need"),
                                               QStringLiteral("--need-note")};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (optionsWithValues.contains(argument)) {
            ++i; // skip the option's value
            continue;
        }
        // Any other word is a command, known or not: an unknown one is then refused without a window.
        if (!argument.startsWith(QLatin1Char('-')))
            return argument;
    }
    return {};
}

bool namesHeadlessCommand(int argc, const char* const* argv) {
    return !headlessCommandIn(argc, argv).isEmpty();
}

bool commandNeedsFonts(const QString& command) {
    return command == supervisionCommand;
}

const QStringList& headlessCommands() {
    static const QStringList commands{QStringLiteral("insights"), QStringLiteral("export"),
                                      QStringLiteral("import"),   QStringLiteral("import-daylio"),
                                      QStringLiteral("backup"),   QStringLiteral("restore"),
                                      QStringLiteral("check"),    supervisionCommand};
    return commands;
}

} // namespace tend::ui
