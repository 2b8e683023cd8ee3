#include "data/datawording.h"

#include "common/dateconversion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

namespace tend::ui::datatext {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr) {
    return QCoreApplication::translate("DataText", text, disambiguation);
}

QString days(int n) {
    return n == 1 ? tr("1 new day") : tr("%1 new days").arg(n);
}

// A section with nothing in it on either side says nothing worth reading.
bool empty(const ImportCounts& counts, ImportMode mode) {
    return counts.added == 0 && counts.unchanged == 0 && (mode == ImportMode::Merge || counts.removed == 0);
}

QString counted(const char* heading, const ImportCounts& counts, ImportMode mode) {
    QString line = tr(heading) + QStringLiteral(": ") +
                   tr("%1 new, %2 unchanged").arg(counts.added).arg(counts.unchanged);
    if (mode == ImportMode::Replace && counts.removed > 0)
        line += tr(", %1 removed").arg(counts.removed);
    return line;
}

} // namespace

QString fileProblem(const FileError& error) {
    const QString name = QString::fromStdString(error.path().filename().string());
    switch (error.kind()) {
    case FileError::Kind::Missing:
        return tr("“%1” isn't there any more. Please choose the file again.").arg(name);
    case FileError::Kind::TooLarge:
        return tr("“%1” is much larger than any file Tend makes, so it wasn't opened.").arg(name);
    case FileError::Kind::CannotRead:
        return tr("“%1” couldn't be read. Perhaps Tend may not open it, or it is a folder.").arg(name);
    case FileError::Kind::CannotWrite:
        return tr("“%1” couldn't be saved there. Perhaps the place is full or read-only; please choose "
                  "another.")
            .arg(name);
    }
    return {};
}

QString backupProblem(const BackupError& error) {
    switch (error.kind()) {
    case BackupError::Kind::WrongPassphraseOrDamaged:
        return tr("This backup couldn't be opened with that passphrase. Either the passphrase is not the "
                  "one it was made with, or the file is damaged. Please check the passphrase and try again.");
    case BackupError::Kind::NotABackup:
        return tr("This is not a Tend backup. Please choose the file Tend made when you backed up.");
    case BackupError::Kind::NewerVersion:
        return tr("This backup was made by a newer version of Tend. Please update Tend, then restore it.");
    case BackupError::Kind::Truncated:
        return tr("This backup is cut short: the file ends before its last part. Perhaps it was not copied "
                  "completely.");
    case BackupError::Kind::TooLarge:
        return tr("This backup holds more than Tend can take in, so it wasn't opened.");
    case BackupError::Kind::HostileParameters:
    case BackupError::Kind::Damaged:
    case BackupError::Kind::CorruptCompression:
        return tr("This backup is damaged: part of it has been changed or lost since it was made.");
    }
    return {};
}

QString dataFileProblem(const QString& fileName, const DataFileError& error) {
    return tr("“%1” can't be used: %2.").arg(fileName, QString::fromStdString(error.what()));
}

QString tooMuchForOneFile(const ExportLimitError& error) {
    return tr("That would be more than one Tend file can carry (%1), and Tend could not read it back, so it "
              "wasn't done.")
        .arg(QString::fromStdString(error.what()));
}

QString nothingChanged() {
    return tr("Nothing was changed.");
}

namespace {

QString answerLabel(const CheckinItem* item, int value) {
    if (!item)
        return QString::number(value);
    const auto& labels = item->scale.labels;
    const auto index = value - item->scale.min;
    if (index >= 0 && static_cast<std::size_t>(index) < labels.size())
        return QCoreApplication::translate("CheckinItems", labels[static_cast<std::size_t>(index)].c_str());
    return QString::number(value);
}

} // namespace

QString conflictText(const MergeConflict& conflict, const CheckinDefinition& definition) {
    const QString date = QLocale().toString(toQDate(conflict.date), tr("d MMMM yyyy", "date of a conflict"));
    QString what;
    QString mine;
    QString theirs;
    if (conflict.isRestDay()) {
        what = tr("Rest day");
        mine = conflict.mine ? tr("yes") : tr("no");
        theirs = conflict.theirs ? tr("yes") : tr("no");
    } else {
        const auto* item = definition.find(conflict.itemId);
        what = item ? QCoreApplication::translate("CheckinItems", item->name.c_str())
                    : QString::fromStdString(conflict.itemId);
        mine = answerLabel(item, conflict.mine);
        theirs = answerLabel(item, conflict.theirs);
    }
    const QString outcome = conflict.takeTheirs ? tr("the file's is taken") : tr("this device's stays");
    return tr("%1, %2: here “%3”, in the file “%4” — %5.").arg(date, what, mine, theirs, outcome);
}

QString previewText(const ImportPreview& preview, const CheckinDefinition& definition) {
    QStringList lines;
    const auto& contents = preview.contents;
    if (contents.checkins) {
        const auto& c = preview.checkins;
        QString line =
            tr("Check-ins: ") + days(c.added) +
            (preview.mode == ImportMode::Merge
                 ? tr(", %1 gaining what they lacked, %2 unchanged").arg(c.changed).arg(c.unchanged)
                 : tr(", %1 changed, %2 unchanged").arg(c.changed).arg(c.unchanged));
        if (preview.mode == ImportMode::Replace && c.removed > 0)
            line += tr(", %1 removed").arg(c.removed);
        lines << line;
    }
    if (contents.hardMoments && !empty(preview.hardMoments, preview.mode))
        lines << counted(QT_TRANSLATE_NOOP("DataText", "Hard moments"), preview.hardMoments, preview.mode);
    if (contents.plan && !empty(preview.plan, preview.mode))
        lines << counted(QT_TRANSLATE_NOOP("DataText", "Self-care plan"), preview.plan, preview.mode);
    if (contents.assessments && !empty(preview.assessments, preview.mode))
        lines << counted(QT_TRANSLATE_NOOP("DataText", "Reflections"), preview.assessments, preview.mode);
    if (contents.promptHistory && !empty(preview.promptEvents, preview.mode))
        lines << counted(QT_TRANSLATE_NOOP("DataText", "Prompt history"), preview.promptEvents, preview.mode);
    if (contents.personalContacts && !empty(preview.personalContacts, preview.mode))
        lines << counted(QT_TRANSLATE_NOOP("DataText", "Your own contacts"), preview.personalContacts,
                         preview.mode);
    if (contents.settings)
        lines << (preview.settingsChanged == 1 ? tr("Settings: 1 changed")
                                               : tr("Settings: %1 changed").arg(preview.settingsChanged));
    if (preview.changesNothing())
        lines << tr("Nothing would change: this device already has all of it.");
    if (!preview.conflicts.empty()) {
        lines << (preview.conflicts.size() == 1
                      ? tr("One answer is different in the file. Nothing here is removed:")
                      : tr("%1 answers are different in the file. Nothing here is removed:")
                            .arg(static_cast<qsizetype>(preview.conflicts.size())));
        for (const auto& conflict : preview.conflicts)
            lines << QStringLiteral("  ") + conflictText(conflict, definition);
    }
    return lines.join(QLatin1Char('\n'));
}

std::filesystem::path localPath(const QUrl& file) {
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    return std::filesystem::path(path.toStdString());
}

QString fileName(const QUrl& file) {
    return QFileInfo(file.isLocalFile() ? file.toLocalFile() : file.toString()).fileName();
}

} // namespace tend::ui::datatext
