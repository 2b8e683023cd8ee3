#include "exchange/dayliofile.h"

#include "exchange/csvreader.h"
#include "time/isodate.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <map>
#include <optional>
#include <set>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::posix_time::ptime;
using boost::posix_time::time_duration;

// A whole row is bounded by the file anyway; this only keeps one field from being most of the file.
constexpr std::size_t maxFieldLength = 1024 * 1024;
// Daylio writes 7 or 8 columns; a few more leave room for versions that add some.
constexpr std::size_t maxColumns = 32;
constexpr std::size_t maxActivitiesPerEntry = 200;

const std::string headerExample = "full_date,date,weekday,time,mood,activities,note_title,note";

bool isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
}

char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string asciiLowered(std::string_view text) {
    std::string lowered(text);
    std::transform(lowered.begin(), lowered.end(), lowered.begin(), asciiLower);
    return lowered;
}

// Daylio and the phones it runs on separate words with plain, no-break (U+00A0) and narrow no-break
// (U+202F, used before "pm" by recent Android) spaces.
std::size_t spaceLength(std::string_view text, std::size_t pos) {
    const auto rest = text.substr(pos);
    if (rest.starts_with(' ') || rest.starts_with('\t'))
        return 1;
    if (rest.starts_with("\xC2\xA0"))
        return 2;
    if (rest.starts_with("\xE2\x80\xAF"))
        return 3;
    return 0;
}

// Trimmed, with every run of spaces made one plain space.
std::string tidied(std::string_view text) {
    std::string result;
    bool pendingSpace = false;
    for (std::size_t pos = 0; pos < text.size();) {
        if (const auto length = spaceLength(text, pos)) {
            pendingSpace = !result.empty();
            pos += length;
            continue;
        }
        if (pendingSpace)
            result += ' ';
        pendingSpace = false;
        result += text[pos++];
    }
    return result;
}

std::optional<int> digits(std::string_view text) {
    if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), isAsciiDigit))
        return std::nullopt;
    int value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

std::string isoLike(int year, int month, int day) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

// Either a date or the reason it cannot be one.
struct DateReading {
    std::optional<date> day;
    std::string problem;
};

DateReading calendarDate(int year, int month, int day) {
    const auto iso = isoLike(year, month, day);
    if (const auto parsed = parseIsoDate(iso))
        return {parsed, {}};
    return {std::nullopt, "the date " + iso + " does not exist in the calendar"};
}

DateReading readFullDate(std::string_view text) {
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    const auto year = shaped ? digits(text.substr(0, 4)) : std::nullopt;
    const auto month = shaped ? digits(text.substr(5, 2)) : std::nullopt;
    const auto day = shaped ? digits(text.substr(8, 2)) : std::nullopt;
    if (!year || !month || !day)
        return {std::nullopt,
                "cannot read the date \"" + std::string(text) + "\"; expected a date like 2023-05-14"};
    return calendarDate(*year, *month, *day);
}

std::optional<int> monthNumber(std::string_view name) {
    static constexpr std::array<std::string_view, 12> months{"january",   "february", "march",    "april",
                                                             "may",       "june",     "july",     "august",
                                                             "september", "october",  "november", "december"};
    const auto lowered = asciiLowered(name);
    for (std::size_t i = 0; i < months.size(); ++i)
        if (lowered == months[i] || (lowered.size() >= 3 && months[i].starts_with(lowered)))
            return static_cast<int>(i) + 1;
    return std::nullopt;
}

// Older exports split the date into a year and "18 May" or "May 18", with English month names.
DateReading readYearAndDate(std::string_view yearText, std::string_view dayText) {
    const auto year = yearText.size() == 4 ? digits(yearText) : std::nullopt;
    const auto words = tidied(dayText);
    const auto space = words.find(' ');
    std::optional<int> month;
    std::optional<int> day;
    if (space != std::string::npos) {
        const auto first = std::string_view(words).substr(0, space);
        const auto second = std::string_view(words).substr(space + 1);
        const bool dayFirst = !first.empty() && isAsciiDigit(first.front());
        const auto dayNumber = dayFirst ? first : second;
        day = dayNumber.size() <= 2 ? digits(dayNumber) : std::nullopt;
        month = monthNumber(dayFirst ? second : first);
    }
    if (!year || !month || !day)
        return {std::nullopt, "cannot read the date \"" + std::string(dayText) + "\" of the year \"" +
                                  std::string(yearText) + "\"; expected an English date like 18 May"};
    return calendarDate(*year, *month, *day);
}

std::optional<time_duration> readTime(std::string_view text) {
    const auto words = asciiLowered(tidied(text));
    std::string_view clock = words;
    std::optional<bool> afternoon;
    for (const auto& [suffix, pm] : {std::pair<std::string_view, bool>{"am", false}, {"pm", true}}) {
        if (clock.ends_with(suffix)) {
            afternoon = pm;
            clock.remove_suffix(suffix.size());
            if (clock.ends_with(' '))
                clock.remove_suffix(1);
        }
    }
    const auto colon = clock.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || clock.size() - colon != 3)
        return std::nullopt;
    auto hours = digits(clock.substr(0, colon));
    const auto minutes = digits(clock.substr(colon + 1));
    if (!hours || !minutes || *minutes > 59)
        return std::nullopt;
    if (afternoon) {
        if (*hours < 1 || *hours > 12)
            return std::nullopt;
        *hours = *hours % 12 + (*afternoon ? 12 : 0);
    }
    if (*hours > 23)
        return std::nullopt;
    return time_duration(*hours, *minutes, 0);
}

// Daylio keeps simple formatting of notes as HTML tags; line breaks matter for reading, the rest is kept.
std::string withLineBreaks(std::string_view note) {
    std::string result;
    for (std::size_t pos = 0; pos < note.size();) {
        if (note[pos] == '<') {
            const auto close = note.find('>', pos);
            if (close != std::string_view::npos) {
                const auto tag = asciiLowered(tidied(note.substr(pos + 1, close - pos - 1)));
                if (tag == "br" || tag == "br/" || tag == "br /") {
                    result += '\n';
                    pos = close + 1;
                    continue;
                }
            }
        }
        result += note[pos++];
    }
    return result;
}

struct Columns {
    std::optional<std::size_t> fullDate;
    std::optional<std::size_t> year;
    std::optional<std::size_t> date;
    std::size_t time = 0;
    std::size_t mood = 0;
    std::size_t activities = 0;
    std::optional<std::size_t> noteTitle;
    std::size_t note = 0;
};

Columns readHeader(const CsvRow& header) {
    std::map<std::string, std::size_t> byName;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto name = asciiLowered(tidied(header.fields[i]));
        if (!name.empty() && !byName.emplace(name, i).second)
            throw DataFileError(csvPlace(header.line, i + 1), "the column \"" + name + "\" appears twice");
    }
    const auto find = [&](const std::string& name) -> std::optional<std::size_t> {
        const auto it = byName.find(name);
        return it == byName.end() ? std::nullopt : std::optional(it->second);
    };
    const auto missing = [&](const std::string& name, const std::string& more = {}) {
        return DataFileError("line " + std::to_string(header.line),
                             "this does not look like a Daylio export: the column \"" + name +
                                 "\" is missing" + more + "; a Daylio export starts with a header such as " +
                                 headerExample);
    };
    const auto require = [&](const std::string& name) {
        if (const auto column = find(name))
            return *column;
        throw missing(name);
    };

    Columns columns;
    columns.fullDate = find("full_date");
    if (!columns.fullDate) {
        columns.year = find("year");
        if (!columns.year)
            throw missing("full_date", " (older exports have \"year\" and \"date\" instead)");
        columns.date = require("date");
    }
    columns.time = require("time");
    columns.mood = require("mood");
    columns.activities = require("activities");
    columns.noteTitle = find("note_title");
    columns.note = require("note");
    return columns;
}

// Keeps the mapping a worker is shown to a size they can go through.
void countLabel(std::set<std::string>& keys, const std::string& label, std::string_view what,
                std::size_t limit, std::size_t line, std::size_t column) {
    keys.insert(daylioLabelKey(label));
    if (keys.size() > limit)
        throw DataFileError(csvPlace(line, column), "the file has more than " + std::to_string(limit) +
                                                        " different " + std::string(what) + "; at most " +
                                                        std::to_string(limit) + " can be read");
}

// The row's entry, or the reason it cannot be used.
struct EntryReading {
    std::optional<DaylioEntry> entry;
    std::string problem;
};

EntryReading readEntry(const CsvRow& row, const Columns& columns, std::size_t columnCount, date today) {
    if (row.fields.size() != columnCount)
        return {std::nullopt, "this row has " + std::to_string(row.fields.size()) +
                                  " fields, but the header has " + std::to_string(columnCount)};
    const auto& fields = row.fields;
    const auto dateReading = columns.fullDate
                                 ? readFullDate(tidied(fields[*columns.fullDate]))
                                 : readYearAndDate(tidied(fields[*columns.year]), fields[*columns.date]);
    if (!dateReading.day)
        return {std::nullopt, dateReading.problem};
    if (*dateReading.day > today)
        return {std::nullopt,
                "this entry is dated " + toIsoDate(*dateReading.day) + ", a day that has not started yet"};
    const auto time = readTime(fields[columns.time]);
    if (!time)
        return {std::nullopt, "cannot read the time \"" + fields[columns.time] +
                                  "\"; expected a time like 21:30 or 9:30 pm"};

    DaylioEntry entry;
    entry.line = row.line;
    entry.time = ptime(*dateReading.day, *time);
    entry.mood = tidied(fields[columns.mood]);
    if (entry.mood.size() > daylioMaxLabelLength)
        return {std::nullopt,
                "the mood is longer than " + std::to_string(daylioMaxLabelLength) + " characters"};
    std::set<std::string> seen;
    const std::string_view activities = fields[columns.activities];
    for (std::size_t start = 0; start <= activities.size();) {
        const auto end = std::min(activities.find('|', start), activities.size());
        auto label = tidied(activities.substr(start, end - start));
        start = end + 1;
        if (label.empty() || !seen.insert(daylioLabelKey(label)).second)
            continue;
        if (label.size() > daylioMaxLabelLength)
            return {std::nullopt,
                    "an activity is longer than " + std::to_string(daylioMaxLabelLength) + " characters"};
        if (entry.activities.size() == maxActivitiesPerEntry)
            return {std::nullopt,
                    "this entry has more than " + std::to_string(maxActivitiesPerEntry) + " activities"};
        entry.activities.push_back(std::move(label));
    }
    if (columns.noteTitle)
        entry.noteTitle = withLineBreaks(fields[*columns.noteTitle]);
    entry.note = withLineBreaks(fields[columns.note]);
    return {std::move(entry), {}};
}

} // namespace

std::string daylioLabelKey(std::string_view label) {
    return asciiLowered(tidied(label));
}

DaylioFile parseDaylioCsv(std::string_view text, date today) {
    const auto rows = readCsv(text, CsvLimits{.bytes = daylioMaxBytes,
                                              .rows = daylioMaxEntries + 1,
                                              .fieldsPerRow = maxColumns,
                                              .fieldLength = maxFieldLength});
    if (rows.empty())
        throw DataFileError("", "the file is empty; a Daylio export starts with a header such as " +
                                    headerExample);
    const auto columns = readHeader(rows.front());

    DaylioFile file;
    std::set<std::string> moods;
    std::set<std::string> activities;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        auto reading = readEntry(rows[i], columns, rows.front().fields.size(), today);
        if (!reading.entry) {
            file.skipped.push_back({rows[i].line, std::move(reading.problem)});
            continue;
        }
        if (!reading.entry->mood.empty())
            countLabel(moods, reading.entry->mood, "moods", daylioMaxMoodLabels, rows[i].line,
                       columns.mood + 1);
        for (const auto& activity : reading.entry->activities)
            countLabel(activities, activity, "activities", daylioMaxActivityLabels, rows[i].line,
                       columns.activities + 1);
        file.entries.push_back(std::move(*reading.entry));
    }
    // Daylio writes the newest entry first; a day's entries are read in the order they happened.
    std::stable_sort(file.entries.begin(), file.entries.end(),
                     [](const DaylioEntry& a, const DaylioEntry& b) { return a.time < b.time; });
    return file;
}

} // namespace tend
