#pragma once

#include "backup/backuperror.h"
#include "domain/checkindefinition.h"
#include "exchange/exportlimits.h"
#include "exchange/importpreview.h"
#include "formats/datafileerror.h"
#include "storage/fileerror.h"

#include <QString>
#include <QUrl>

#include <filesystem>

namespace tend::ui::datatext {

// The words the "Your data" page shares: why a file could not be used, and what an import changes. Calm
// and translated; the core's own message (which names the exact place) is kept inside the sentence so a
// helper can find the problem.

[[nodiscard]] QString fileProblem(const FileError& error);
[[nodiscard]] QString backupProblem(const BackupError& error);
// "“name” can't be used: <the core's message>."
[[nodiscard]] QString dataFileProblem(const QString& fileName, const DataFileError& error);
[[nodiscard]] QString nothingChanged();
// The data would be more than one Tend file (or backup) can carry, so the export, backup or import was not
// made; `error` says how much.
[[nodiscard]] QString tooMuchForOneFile(const ExportLimitError& error);

// What an import in the preview's mode changes, one short line per section the file holds that has anything
// in it on either side, e.g.
// "Check-ins: 12 new days, 3 changed, 40 unchanged".
// A merge's conflicts follow, one line each with both values and which one stays; `definition` names the
// questions and their answers.
[[nodiscard]] QString previewText(const ImportPreview& preview, const CheckinDefinition& definition);
// "2 March, Mood: here “Low”, in the file “Good” — this device's stays."
[[nodiscard]] QString conflictText(const MergeConflict& conflict, const CheckinDefinition& definition);

// A local path for a URL from a file dialog; empty when there is none.
[[nodiscard]] std::filesystem::path localPath(const QUrl& file);
[[nodiscard]] QString fileName(const QUrl& file);

} // namespace tend::ui::datatext
