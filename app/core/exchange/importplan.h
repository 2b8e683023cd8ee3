#pragma once

#include "exchange/exportdata.h"
#include "exchange/importpreview.h"

namespace tend {

class Repositories;

// What importing `data` in `mode` would change; reads only. Throws DataFileError when the file cannot be
// imported this way (Replace with the plan but without the check-ins, whose ticks the plan's ids carry),
// StorageError when the database cannot be read.
// In a merge, `choices` settles the conflicts (every one keeps the device's value without them).
[[nodiscard]] ImportPreview previewImport(Repositories& repositories, const ExportData& data, ImportMode mode,
                                          const MergeChoices& choices = {});

// Imports `data` in `mode` in one transaction, writing through `repositories`: on any exception nothing has
// changed. Returns what changed, the same as previewImport would have said. Each repository that changed
// tells its listeners once, after the commit, so the pages showing its data update as the import ends.
ImportPreview applyImport(Repositories& repositories, const ExportData& data, ImportMode mode,
                          const MergeChoices& choices = {});

} // namespace tend
