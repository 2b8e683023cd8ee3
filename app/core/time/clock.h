#pragma once

#include "time/checkinday.h"

#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace tend {

// The source of "now" for everything in core. Always injected, so that tests are deterministic and the
// ui layer alone decides how the device's local time is read (time zones, DST, travel).
class Clock {
public:
    virtual ~Clock() = default;

    // Wall-clock time in the worker's current local time zone.
    [[nodiscard]] virtual boost::posix_time::ptime nowLocal() const = 0;

    // The calendar day a check-in made now belongs to. Rolls over at local midnight.
    [[nodiscard]] boost::gregorian::date today() const { return nowLocal().date(); }
    // The check-in day now belongs to when the worker's day begins at `start` (see checkinDayOf).
    [[nodiscard]] boost::gregorian::date today(DayStart start) const {
        return checkinDayOf(nowLocal(), start);
    }
};

// A clock that stands still until told otherwise: for tests, the demo generator and screenshots.
class FixedClock final : public Clock {
public:
    explicit FixedClock(boost::posix_time::ptime now)
        : m_now(now) {}

    [[nodiscard]] boost::posix_time::ptime nowLocal() const override { return m_now; }
    void set(boost::posix_time::ptime now) { m_now = now; }

private:
    boost::posix_time::ptime m_now;
};

} // namespace tend
