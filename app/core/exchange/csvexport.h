#pragma once

#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"

#include <string>

namespace tend {

// The worker's check-ins as a spreadsheet: one row per day, UTF-8 with a byte order mark, RFC 4180 quoting
// and CRLF line ends. Columns, in this order: date, rest_day (0/1), one column per definition item in
// definition order (the value, empty when skipped), hard_moments (that day's count),
// hard_moments_max_intensity, selfcare_done (count of ticked plan actions), note. A day with hard moments
// but no check-in gets a row whose check-in cells are empty. Text that a spreadsheet would run as a
// formula gets a leading apostrophe (see docs/export-csv-fhir-daylio.md).
[[nodiscard]] std::string exportToCsv(const ExportData& data, const CheckinDefinition& definition);

} // namespace tend
