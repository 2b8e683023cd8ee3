#pragma once

#include "exchange/exportdata.h"
#include "exchange/importpreview.h"

#include <QString>

namespace tend {
class Repositories;
}

namespace tend::ui {

// Applies an import, Daylio import or restore the worker confirmed, in one transaction. Returns an empty
// string when it succeeded, otherwise the calm, complete message to show (ending "Nothing was changed."):
// a file problem names `fileName` and the exact place, a storage problem says what it means.
[[nodiscard]] QString applyImportOrExplain(Repositories& repositories, const ExportData& data,
                                           ImportMode mode, const QString& fileName,
                                           const MergeChoices& choices = {});

} // namespace tend::ui
