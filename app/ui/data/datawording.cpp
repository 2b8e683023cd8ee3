#include "data/datawording.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace tend::ui::datatext {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("DataText", text);
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

QString nothingChanged() {
    return tr("Nothing was changed.");
}

QString previewText(const ImportPreview& preview) {
    QStringList lines;
    const auto& contents = preview.contents;
    if (contents.checkins) {
        const auto& c = preview.checkins;
        QString line = tr("Check-ins: ") + days(c.added) +
                       tr(", %1 changed, %2 unchanged").arg(c.changed).arg(c.unchanged);
        if (preview.mode == ImportMode::Merge && c.keptNewer > 0)
            line += tr(", %1 kept as they are here (this device's copy is newer)").arg(c.keptNewer);
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
