#include "time/checkinday.h"

#include <boost/date_time/local_time/local_time.hpp>

namespace tend {

using boost::gregorian::date;
using boost::gregorian::days;
using boost::posix_time::ptime;

date checkinDayOf(ptime localWallTime, DayStart start) {
    const auto day = localWallTime.date();
    return localWallTime.time_of_day() < start.timeOfDay() ? day - days(1) : day;
}

ptime checkinDayBegins(date day, const boost::local_time::time_zone_ptr& zone, DayStart start) {
    using boost::local_time::local_date_time;
    const ptime wall(day, start.timeOfDay());
    if (!zone)
        return wall;
    const auto standard = zone->base_utc_offset();
    switch (local_date_time::check_dst(day, start.timeOfDay(), zone)) {
    case boost::date_time::is_not_in_dst:
        return wall - standard;
    case boost::date_time::is_in_dst:
    case boost::date_time::ambiguous: // the first pass, while summer time still holds
        return wall - standard - zone->dst_offset();
    case boost::date_time::invalid_time_label:
        // Skipped by the clock: the day begins at the jump, which is given in standard time.
        return zone->dst_local_start_time(day.year()) - standard;
    }
    return wall - standard;
}

date checkinDayOfInstant(ptime utc, const boost::local_time::time_zone_ptr& zone, DayStart start) {
    const auto calendarDay = boost::local_time::local_date_time(utc, zone).local_time().date();
    for (const auto day : {calendarDay + days(1), calendarDay})
        if (checkinDayBegins(day, zone, start) <= utc)
            return day;
    return calendarDay - days(1);
}

} // namespace tend
