#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tend {

// The local time at which the worker's check-in day begins. Midnight by default; someone on night shifts
// may choose, say, 06:00 so that a shift and the check-in after it belong to one day. It lies between
// 00:00 and 12:00: a later start would make most of the afternoon count as the day before.
class DayStart final {
public:
    static constexpr int maxMinutes = 12 * 60;

    constexpr DayStart() = default; // midnight

    // Nothing when `minutes` lies outside 0 to 720.
    [[nodiscard]] static std::optional<DayStart> fromMinutes(int minutes);
    // "HH:MM" with two digits each, 00:00 to 12:00; nothing for anything else.
    [[nodiscard]] static std::optional<DayStart> parse(std::string_view text);

    [[nodiscard]] int minutes() const { return m_minutes; }
    [[nodiscard]] boost::posix_time::time_duration timeOfDay() const;
    [[nodiscard]] std::string text() const; // "HH:MM"

    friend bool operator==(DayStart, DayStart) = default;

private:
    explicit constexpr DayStart(int minutes)
        : m_minutes(minutes) {}

    int m_minutes = 0;
};

} // namespace tend
