#pragma once

#include "exchange/exportdata.h"

#include <string>

namespace tend {

inline constexpr std::string_view exportFormatName = "tend.export";
// Version 2 added plan tags, prompt events "allowed", "never" as a quiet-until day, the library action a
// prompt suggested, and the settings day_start and prompt_kinds_off. Version 3 added the section
// personal_contacts and the setting emergency_country. Files of versions 1 and 2 stay readable.
inline constexpr int exportFormatVersion = 3;
inline constexpr int oldestReadableExportVersion = 1;

// The canonical JSON text of `data` (format "tend.export", version 3; docs/export-json.md): keys sorted,
// lists in ExportData's order, two-space indent, a final newline and nothing about the moment of export,
// so the same data always gives the same bytes. Sections the data does not hold are left out rather than
// written empty. Throws DataFileError naming the place when a text is not valid UTF-8 or a date is not a
// real one, which only a damaged database can produce.
[[nodiscard]] std::string exportToJson(const ExportData& data);

} // namespace tend
