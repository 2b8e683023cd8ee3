#pragma once

#include "domain/checkindefinition.h"
#include "exchange/dayliofile.h"
#include "exchange/dayliomapping.h"
#include "exchange/exportdata.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// Something about one day the worker should know before importing, such as a note that was shortened.
struct DaylioDayNotice {
    boost::gregorian::date date;
    std::string message;
};

struct DaylioImport {
    ExportData data;         // check-ins only, by date, ready for the importer
    DaylioMapping mapping;   // the mapping that made them
    std::size_t entries = 0; // Daylio entries used
    std::size_t days = 0;    // check-ins made
    std::vector<DaylioRowProblem> skipped;
    std::vector<DaylioDayNotice> notices; // by date
};

// Turns a file's entries into one check-in per day (rules in docs/export-csv-fhir-daylio.md): answers
// are the mean of the day's mapped values, rounded to the nearest whole value (halves away from zero);
// a rest-day activity makes the day a rest day; titles, notes, unmapped moods and activities kept in the
// note are joined into the day's note, each entry under its time when the day has several; the note is cut
// to maxNoteLength; created and updated times are the first and last entry's times. Labels the mapping
// does not list stay unmapped or kept in the note.
// Throws DataFileError when the mapping itself cannot be used (a value outside its item's scale, an item
// the definition does not have), its path naming the mapping row, e.g. "moods[2]".
[[nodiscard]] DaylioImport applyDaylioMapping(const DaylioFile& file, const DaylioMapping& mapping,
                                              const CheckinDefinition& definition);

// parseDaylioCsv, then applyDaylioMapping with the suggested mapping.
[[nodiscard]] DaylioImport readDaylioCsv(std::string_view text, const CheckinDefinition& definition,
                                         boost::gregorian::date today);

} // namespace tend
