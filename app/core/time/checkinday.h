#pragma once

#include "time/daystart.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/local_time/local_time_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

namespace tend {

// The check-in day a local wall-clock time belongs to: its calendar date, or the day before when the time
// lies before the worker's day start. With a 06:00 start, 03:10 on Tuesday still belongs to Monday.
// Reading the wall clock is exact whenever the day start does not fall inside an hour that the clock
// repeats when summer time ends (02:00 to 03:00 in much of Europe); for that case use checkinDayOfInstant.
[[nodiscard]] boost::gregorian::date checkinDayOf(boost::posix_time::ptime localWallTime, DayStart start);

// The instant (UTC) at which check-in day `day` begins in `zone`. A day start the clock skips in spring
// begins the day when the clock jumps; one the clock passes twice in autumn begins it the first time.
[[nodiscard]] boost::posix_time::ptime
checkinDayBegins(boost::gregorian::date day, const boost::local_time::time_zone_ptr& zone, DayStart start);

// The check-in day of a UTC instant in `zone`: the latest day that has begun by then. Unlike the wall-clock
// rule it never goes back to the previous day when summer time ends and the clock passes the day start a
// second time.
[[nodiscard]] boost::gregorian::date checkinDayOfInstant(boost::posix_time::ptime utc,
                                                         const boost::local_time::time_zone_ptr& zone,
                                                         DayStart start);

} // namespace tend
