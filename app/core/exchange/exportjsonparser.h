#pragma once

#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"
#include "exchange/exportlimits.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace tend {

// Reads a tend.export file (docs/export-json.md) strictly: format and version come first (a newer version
// is named as such), then every key, type and value is checked against the schema and `definition`, and
// the first problem is thrown as a DataFileError naming its exact path ("checkins[12].answers.mood: 7 is
// outside 0 to 4") or, for broken JSON, its line, column and byte offset. Nothing else escapes. The lists
// come back in the canonical order of ExportData whatever their order in the file.
[[nodiscard]] ExportData parseExportJson(std::string_view text, const CheckinDefinition& definition);

} // namespace tend
