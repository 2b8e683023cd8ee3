#include "time/daystart.h"

#include <cstdio>

namespace tend {

namespace {

std::optional<int> twoDigits(std::string_view text) {
    if (text.size() != 2 || text[0] < '0' || text[0] > '9' || text[1] < '0' || text[1] > '9')
        return std::nullopt;
    return (text[0] - '0') * 10 + (text[1] - '0');
}

} // namespace

std::optional<DayStart> DayStart::fromMinutes(int minutes) {
    if (minutes < 0 || minutes > maxMinutes)
        return std::nullopt;
    return DayStart(minutes);
}

std::optional<DayStart> DayStart::parse(std::string_view text) {
    if (text.size() != 5 || text[2] != ':')
        return std::nullopt;
    const auto hours = twoDigits(text.substr(0, 2));
    const auto minutes = twoDigits(text.substr(3, 2));
    if (!hours || !minutes || *minutes > 59)
        return std::nullopt;
    return fromMinutes(*hours * 60 + *minutes);
}

boost::posix_time::time_duration DayStart::timeOfDay() const {
    return boost::posix_time::minutes(m_minutes);
}

std::string DayStart::text() const {
    // Sized for any int so that GCC can prove no truncation.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", m_minutes / 60, m_minutes % 60);
    return buffer;
}

} // namespace tend
