#pragma once

#include "exchange/exportdata.h"
#include "exchange/importpreview.h"

namespace tend {

class Database;

// What importing `data` in `mode` would change; reads only. Throws DataFileError when the file cannot be
// imported this way (Replace with the plan but without the check-ins, whose ticks the plan's ids carry),
// StorageError when the database cannot be read.
[[nodiscard]] ImportPreview previewImport(Database& db, const ExportData& data, ImportMode mode);

// Imports `data` in `mode` in one transaction: on any exception nothing has changed. Returns what changed,
// the same as previewImport would have said. The repositories' change notifiers are not told; whoever
// calls this reloads what they show.
ImportPreview applyImport(Database& db, const ExportData& data, ImportMode mode);

} // namespace tend
