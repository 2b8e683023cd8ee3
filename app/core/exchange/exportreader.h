#pragma once

#include "exchange/exportdata.h"

namespace tend {

class Repositories;

// Reads what `selection` asks for, all within one read transaction so the parts always belong together,
// in the canonical order of ExportData. Dated things are kept when their day lies within the inclusive
// range; the plan and settings come whole. The plan also comes whenever check-ins or the prompt history
// are taken, because their ticks and suggestions name its actions by id and mean nothing without it.
// Throws StorageError when the database cannot be read.
[[nodiscard]] ExportData readExportData(Repositories& repositories, const ExportSelection& selection);

} // namespace tend
