#include "cli/datacommands.h"

#include "app/appsession.h"
#include "backup/backuperror.h"
#include "backup/backupheader.h"
#include "common/dateconversion.h"
#include "exchange/databasecheck.h"
#include "exchange/datatransfer.h"
#include "exchange/daylioimport.h"
#include "exchange/exportjsonparser.h"
#include "exchange/importplan.h"
#include "storage/atomicfile.h"
#include "time/isodate.h"

#include <QCoreApplication>

#include <ostream>

namespace tend::ui {

namespace {

// Passphrase files hold one line; more than this is not a passphrase file.
constexpr std::size_t maxPassphraseFileBytes = 4096;

std::string tr(const char* text) {
    return QCoreApplication::translate("DataCommands", text).toStdString();
}

std::filesystem::path pathOf(const QString& file) {
    return std::filesystem::path(file.toStdString());
}

// The passphrase without the line end an editor or `echo` adds; anything else is part of it.
std::string readPassphrase(const QString& file) {
    std::string passphrase = readFileBounded(pathOf(file), maxPassphraseFileBytes);
    if (!passphrase.empty() && passphrase.back() == '\n')
        passphrase.pop_back();
    if (!passphrase.empty() && passphrase.back() == '\r')
        passphrase.pop_back();
    return passphrase;
}

void printCounts(std::ostream& out, const char* what, const ImportCounts& counts, ImportMode mode) {
    out << "  " << what << ": " << counts.added << " new, " << counts.unchanged << " unchanged";
    if (mode == ImportMode::Replace)
        out << ", " << counts.removed << " removed";
    out << "\n";
}

std::string conflictValue(const MergeConflict& conflict, int value) {
    if (conflict.isRestDay())
        return value ? "a rest day" : "not a rest day";
    return std::to_string(value);
}

// Every answer the two sides hold differently, and which value stays.
void printConflicts(std::ostream& out, const std::vector<MergeConflict>& conflicts) {
    if (conflicts.empty())
        return;
    out << "  answers that differ (" << conflicts.size() << "):\n";
    for (const auto& conflict : conflicts)
        out << "    " << toIsoDate(conflict.date) << " "
            << (conflict.isRestDay() ? std::string("rest day") : conflict.itemId) << ": this device "
            << conflictValue(conflict, conflict.mine) << ", the file "
            << conflictValue(conflict, conflict.theirs)
            << (conflict.takeTheirs ? " -> the file's is taken" : " -> this device's stays") << "\n";
    out << "  "
        << tr("Nothing on this device is removed. --take-theirs takes the file's value in all of these.")
        << "\n";
}

void printPreview(std::ostream& out, const ImportPreview& preview) {
    const auto& days = preview.checkins;
    if (preview.mode == ImportMode::Merge)
        out << "  check-ins: " << days.added << " new, " << days.changed << " gaining what they lacked, "
            << days.unchanged << " unchanged\n";
    else
        out << "  check-ins: " << days.added << " new, " << days.changed << " changed, " << days.unchanged
            << " unchanged, " << days.removed << " removed\n";
    printCounts(out, "hard moments", preview.hardMoments, preview.mode);
    printCounts(out, "self-care plan", preview.plan, preview.mode);
    printCounts(out, "reflections", preview.assessments, preview.mode);
    printCounts(out, "prompt history", preview.promptEvents, preview.mode);
    if (preview.contents.personalContacts)
        printCounts(out, "personal contacts", preview.personalContacts, preview.mode);
    out << "  settings changed: " << preview.settingsChanged << "\n";
    printConflicts(out, preview.conflicts);
}

int importData(AppSession& session, const ExportData& data, ImportMode mode, bool takeTheirs,
               std::ostream& out) {
    MergeChoices choices;
    choices.takeTheirsForAll = takeTheirs;
    const ImportPreview done = applyImport(session.repositories(), data, mode, choices);
    out << (done.changesNothing() ? tr("Nothing to change: this device already had all of it.")
                                  : tr("Imported. What changed:"))
        << "\n";
    if (!done.changesNothing())
        printPreview(out, done);
    else
        printConflicts(out, done.conflicts);
    return 0;
}

int runExport(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    ExportSelection selection;
    if (options.from)
        selection.from = toBoostDate(*options.from);
    if (options.to)
        selection.to = toBoostDate(*options.to);
    const auto format = exportFormatFromName(options.format.toStdString());
    // CSV and FHIR files are not encrypted and are opened elsewhere: their notes only when asked for. A JSON
    // export is Tend's own full copy and keeps them.
    selection.notes = *format == ExportFormat::Json || options.includeNotes;
    const std::string bytes = exportDataAs(*format, session.repositories(), session.definition(),
                                           session.tracking().trackedItems(), selection);
    writeFileAtomically(pathOf(options.outFile), bytes);
    out << tr("Exported to ") << options.outFile.toStdString() << " (" << bytes.size() << " bytes).\n";
    return 0;
}

int runImport(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    const std::string text = readFileBounded(pathOf(options.command.at(1)), ExportFileLimits::maxBytes);
    const ExportData data = parseExportJson(text, session.definition());
    return importData(session, data, options.replace ? ImportMode::Replace : ImportMode::Merge,
                      options.takeTheirs, out);
}

int runImportDaylio(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    const std::string text = readFileBounded(pathOf(options.command.at(1)), daylioMaxBytes);
    const DaylioImport daylio = readDaylioCsv(text, session.definition(), session.today());
    out << "Daylio: " << daylio.entries << " entries make " << daylio.days << " days.\n";
    for (const auto& mood : daylio.mapping.moods)
        out << "  mood \"" << mood.label << "\" -> "
            << (mood.value ? "mood " + std::to_string(*mood.value) : std::string("kept in the note")) << "\n";
    for (const auto& activity : daylio.mapping.activities) {
        out << "  activity \"" << activity.label << "\" -> ";
        switch (activity.target) {
        case DaylioActivityTarget::KeptInNote:
            out << "kept in the note\n";
            break;
        case DaylioActivityTarget::LeftOut:
            out << "left out\n";
            break;
        case DaylioActivityTarget::RestDay:
            out << "rest day\n";
            break;
        case DaylioActivityTarget::Answer:
            out << activity.itemId << " " << activity.value << "\n";
            break;
        }
    }
    for (const auto& row : daylio.skipped)
        out << "  skipped line " << row.line << ": " << row.reason << "\n";
    return importData(session, daylio.data, ImportMode::Merge, options.takeTheirs, out);
}

int runBackup(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    const std::string sealed =
        makeBackup(session.repositories(), readPassphrase(options.passphraseFile), defaultBackupKdfParams());
    writeFileAtomically(pathOf(options.outFile), sealed);
    out << tr("Backup written to ") << options.outFile.toStdString() << ".\n";
    return 0;
}

int runRestore(const LaunchOptions& options, AppSession& session, std::ostream& out) {
    const std::string bytes = readFileBounded(pathOf(options.command.at(1)), maxBackupFileBytes);
    // Opened, verified and parsed in full before the transaction that replaces anything begins.
    const ExportData data = readBackup(bytes, readPassphrase(options.passphraseFile), session.definition());
    return importData(session, data, ImportMode::Replace, false, out);
}

int runCheck(AppSession& session, std::ostream& out, std::ostream& err) {
    const DatabaseCheck check = checkDatabase(session.repositories(), session.definition());
    if (check.ok()) {
        out << tr("The data is sound: integrity check ok, every row valid.") << "\n";
        return 0;
    }
    if (!check.integrityOk)
        err << tr("SQLite's integrity check found damage.") << "\n";
    for (const auto& problem : check.problems)
        err << problem.describe() << "\n";
    if (check.problemsLeftOut > 0)
        err << "... and " << check.problemsLeftOut << " more.\n";
    return 1;
}

} // namespace

bool commandMayCreateData(const QString& command) {
    return command == QStringLiteral("import") || command == QStringLiteral("import-daylio") ||
           command == QStringLiteral("restore");
}

bool commandOnlyReadsData(const QString& command) {
    return command == QStringLiteral("export") || command == QStringLiteral("backup") ||
           command == QStringLiteral("check") || command == QStringLiteral("insights") ||
           command == QStringLiteral("supervision");
}

int runDataCommand(const LaunchOptions& options, AppSession& session, std::ostream& out, std::ostream& err) {
    const QString& command = options.command.constFirst();
    // Each file problem is reported with the file it is about; the core's messages name the place inside.
    const QString file = options.command.size() > 1 ? options.command.at(1) : options.outFile;
    try {
        if (command == QStringLiteral("export"))
            return runExport(options, session, out);
        if (command == QStringLiteral("import"))
            return runImport(options, session, out);
        if (command == QStringLiteral("import-daylio"))
            return runImportDaylio(options, session, out);
        if (command == QStringLiteral("backup"))
            return runBackup(options, session, out);
        if (command == QStringLiteral("restore"))
            return runRestore(options, session, out);
        if (command == QStringLiteral("check"))
            return runCheck(session, out, err);
    } catch (const DataFileError& error) {
        err << file.toStdString() << ": " << error.what() << "\n" << tr("Nothing was changed.") << "\n";
        return 1;
    } catch (const BackupError& error) {
        err << file.toStdString() << ": " << error.what() << "\n" << tr("Nothing was changed.") << "\n";
        return 1;
    } catch (const std::exception& error) {
        err << error.what() << "\n" << tr("Nothing was changed.") << "\n";
        return 1;
    }
    err << "Unknown command\n";
    return 2;
}

} // namespace tend::ui
