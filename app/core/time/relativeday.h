#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

namespace tend {

// How a calendar day relates to today, for labels such as "Today" and "Yesterday".
enum class RelativeDay { Future, Today, Yesterday, Earlier };

[[nodiscard]] inline RelativeDay relativeDay(boost::gregorian::date day, boost::gregorian::date today) {
    if (day > today)
        return RelativeDay::Future;
    if (day == today)
        return RelativeDay::Today;
    if (day == today - boost::gregorian::days(1))
        return RelativeDay::Yesterday;
    return RelativeDay::Earlier;
}

} // namespace tend
