#pragma once

#include "formats/datafileerror.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// Bounds for a Daylio file: years of several entries a day fit well within them.
inline constexpr std::size_t daylioMaxBytes = 32 * 1024 * 1024;
inline constexpr std::size_t daylioMaxEntries = 100000;
inline constexpr std::size_t daylioMaxLabelLength = 100; // bytes of one mood or activity label
inline constexpr std::size_t daylioMaxMoodLabels = 100;  // different moods in one file
inline constexpr std::size_t daylioMaxActivityLabels = 1000;

// One Daylio entry as written in the file. Labels are trimmed, with runs of spaces made one.
struct DaylioEntry {
    std::size_t line = 0;                // where its row starts in the file
    boost::posix_time::ptime time;       // local, as Daylio shows it
    std::string mood;                    // empty when the row has none
    std::vector<std::string> activities; // each once, in the order written
    std::string noteTitle;
    std::string note; // <br> line breaks turned into line breaks, otherwise as written
};

// A row that could not be used, and why, in words for the worker.
struct DaylioRowProblem {
    std::size_t line = 0;
    std::string reason;
};

struct DaylioFile {
    std::vector<DaylioEntry> entries;      // by time, then by line
    std::vector<DaylioRowProblem> skipped; // by line
};

// Reads a Daylio CSV export: recent versions write "full_date,date,weekday,time,mood,activities,
// note_title,note", older ones "year,date,weekday,time,mood,activities,note" with dates like "18 May".
// Columns are found by their header name; other columns are ignored. Rows that cannot be used (an
// unreadable or impossible date or time, a day that has not started yet on `today`, a wrong number of
// fields, an over-long label) are skipped with a reason. Throws DataFileError for a file that is not a
// Daylio export or breaks the bounds above, naming the place as readCsv does.
[[nodiscard]] DaylioFile parseDaylioCsv(std::string_view text, boost::gregorian::date today);

// How labels are matched: "Good Sleep " and "good  sleep" are one label.
[[nodiscard]] std::string daylioLabelKey(std::string_view label);

} // namespace tend
