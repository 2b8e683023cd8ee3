#pragma once

#include "formats/datafileerror.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// Bounds for a CSV file read from outside: the whole text, the rows (a header counts as one), the fields
// of one row and the bytes of one field.
struct CsvLimits {
    std::size_t bytes = 0;
    std::size_t rows = 0;
    std::size_t fieldsPerRow = 0;
    std::size_t fieldLength = 0;
};

struct CsvRow {
    std::size_t line = 0; // line of the file where the row starts, from 1, for messages about the row
    std::vector<std::string> fields;
};

// Reads RFC 4180 CSV: comma separated, fields optionally in double quotes (then holding commas, line
// breaks and doubled quotes), rows ending in CRLF, LF or CR. A leading UTF-8 byte order mark is skipped
// and so are empty lines. The text must be UTF-8 without NUL characters. A quote inside an unquoted field
// is kept as it is, as spreadsheets do.
// Throws DataFileError at the first problem, its path naming the place as "line 12, column 3" where the
// column counts fields, not characters.
[[nodiscard]] std::vector<CsvRow> readCsv(std::string_view text, const CsvLimits& limits);

// The path readCsv uses for a place in the file; importers name their own problems the same way.
[[nodiscard]] std::string csvPlace(std::size_t line, std::size_t column);

} // namespace tend
