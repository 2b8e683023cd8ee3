#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace tend {

// The whole weeks a "prepare for supervision" document covers: `weeks` weeks ending on `to` (today), and
// the same length of time just before them, which the period is compared with.
struct SupervisionPeriod {
    // One week is the shortest stretch a mean of daily check-ins says anything about; half a year is
    // already longer than any gap between supervision sessions.
    static constexpr int minWeeks = 1;
    static constexpr int maxWeeks = 26;

    int weeks = 4;
    boost::gregorian::date from;
    boost::gregorian::date to;

    // Throws std::invalid_argument for a number of weeks outside [minWeeks, maxWeeks].
    [[nodiscard]] static SupervisionPeriod endingOn(boost::gregorian::date to, int weeks);

    [[nodiscard]] boost::gregorian::date previousFrom() const {
        return from - boost::gregorian::days(weeks * 7);
    }
    [[nodiscard]] boost::gregorian::date previousTo() const { return from - boost::gregorian::days(1); }
    [[nodiscard]] bool contains(boost::gregorian::date day) const { return day >= from && day <= to; }
    [[nodiscard]] int days() const { return weeks * 7; }
};

} // namespace tend
