#pragma once

#include "exchange/exportdata.h"

#include <string>

namespace tend {

inline constexpr std::string_view exportFormatName = "tend.export";
inline constexpr int exportFormatVersion = 1;

// The canonical JSON text of `data` (format "tend.export", version 1; docs/export-json.md): keys sorted,
// lists in ExportData's order, two-space indent, a final newline and nothing about the moment of export,
// so the same data always gives the same bytes. Sections the data does not hold are left out rather than
// written empty. Throws DataFileError naming the place when a text is not valid UTF-8 or a date is not a
// real one, which only a damaged database can produce.
[[nodiscard]] std::string exportToJson(const ExportData& data);

} // namespace tend
