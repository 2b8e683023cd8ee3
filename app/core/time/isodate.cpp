#include "time/isodate.h"

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <cctype>
#include <cstdio>

namespace tend {

namespace {

// Parses exactly `width` ASCII digits; no signs, no spaces.
std::optional<int> fixedDigits(std::string_view text, std::size_t pos, std::size_t width) {
    if (pos + width > text.size())
        return std::nullopt;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(text[i])))
            return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

std::string toIsoDate(boost::gregorian::date date) {
    return boost::gregorian::to_iso_extended_string(date);
}

std::optional<boost::gregorian::date> parseIsoDate(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    const auto year = fixedDigits(text, 0, 4);
    const auto month = fixedDigits(text, 5, 2);
    const auto day = fixedDigits(text, 8, 2);
    if (!year || !month || !day)
        return std::nullopt;
    try {
        return boost::gregorian::date(static_cast<unsigned short>(*year), static_cast<unsigned short>(*month),
                                      static_cast<unsigned short>(*day));
    } catch (const std::out_of_range&) {
        return std::nullopt; // 2026-02-30, year 0, month 13 ...
    }
}

std::string toIsoDateTime(boost::posix_time::ptime time) {
    const auto tod = time.time_of_day();
    // Sized for any int so that GCC can prove no truncation; a time of day needs only 10 bytes.
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "T%02d:%02d:%02d", static_cast<int>(tod.hours()),
                  static_cast<int>(tod.minutes()), static_cast<int>(tod.seconds()));
    return toIsoDate(time.date()) + buffer;
}

std::optional<boost::posix_time::ptime> parseIsoDateTime(std::string_view text) {
    if (text.size() != 19 || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return std::nullopt;
    const auto date = parseIsoDate(text.substr(0, 10));
    const auto hours = fixedDigits(text, 11, 2);
    const auto minutes = fixedDigits(text, 14, 2);
    const auto seconds = fixedDigits(text, 17, 2);
    if (!date || !hours || !minutes || !seconds || *hours > 23 || *minutes > 59 || *seconds > 59)
        return std::nullopt;
    return boost::posix_time::ptime(*date, boost::posix_time::time_duration(*hours, *minutes, *seconds));
}

} // namespace tend
