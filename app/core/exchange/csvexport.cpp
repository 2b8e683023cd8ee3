#include "exchange/csvexport.h"

#include "time/isodate.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <vector>

namespace tend {

namespace {

using boost::gregorian::date;

// Excel needs the byte order mark to read a CSV file as UTF-8 rather than in the system's code page,
// which would garble every note outside ASCII.
constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
constexpr std::string_view lineEnd = "\r\n";

// Spreadsheets run a cell starting with one of these as a formula (OWASP "CSV injection"); quoting alone
// does not stop them, the leading apostrophe makes the cell text.
bool looksLikeFormula(std::string_view text) {
    return !text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos;
}

std::string textCell(std::string_view text) {
    std::string value = looksLikeFormula(text) ? std::string("'").append(text) : std::string(text);
    if (value.find_first_of(",\"\r\n") == std::string::npos)
        return value;
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    return quoted + '"';
}

struct DayMoments {
    int count = 0;
    int maxIntensity = 0;
};

struct Day {
    const Checkin* checkin = nullptr;
    DayMoments moments;
};

std::map<date, Day> daysOf(const ExportData& data) {
    std::map<date, Day> days;
    for (const auto& checkin : data.checkins)
        days[checkin.date].checkin = &checkin;
    for (const auto& moment : data.hardMoments) {
        auto& moments = days[moment.occurredAt.date()].moments;
        ++moments.count;
        moments.maxIntensity = std::max(moments.maxIntensity, moment.intensity);
    }
    return days;
}

void appendRow(std::string& out, const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += cells[i];
    }
    out += lineEnd;
}

std::vector<std::string> header(const CheckinDefinition& definition) {
    std::vector<std::string> cells{"date", "rest_day"};
    // Retired questions keep their columns, so answers given while they were asked are exported too.
    for (const auto* item : definition.allItems())
        cells.push_back(textCell(item->id));
    cells.insert(cells.end(), {"hard_moments", "hard_moments_max_intensity", "selfcare_done", "note"});
    return cells;
}

std::vector<std::string> row(date day, const Day& content, const CheckinDefinition& definition) {
    const auto* checkin = content.checkin;
    std::vector<std::string> cells{toIsoDate(day)};
    cells.push_back(checkin ? (checkin->restDay ? "1" : "0") : "");
    for (const auto* item : definition.allItems()) {
        const auto answer = checkin ? checkin->answer(item->id) : std::nullopt;
        cells.push_back(answer ? std::to_string(*answer) : "");
    }
    cells.push_back(std::to_string(content.moments.count));
    cells.push_back(content.moments.count > 0 ? std::to_string(content.moments.maxIntensity) : "");
    cells.push_back(checkin ? std::to_string(checkin->selfCareDone.size()) : "");
    cells.push_back(checkin ? textCell(checkin->note) : "");
    return cells;
}

} // namespace

std::string exportToCsv(const ExportData& data, const CheckinDefinition& definition) {
    std::string out(byteOrderMark);
    appendRow(out, header(definition));
    for (const auto& [day, content] : daysOf(data))
        appendRow(out, row(day, content, definition));
    return out;
}

} // namespace tend
