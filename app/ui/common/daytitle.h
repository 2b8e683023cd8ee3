#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QString>

namespace tend::ui {

// "Today", "Yesterday", or the weekday: the heading of a day wherever a day is shown.
[[nodiscard]] QString dayTitle(boost::gregorian::date day, boost::gregorian::date today);

} // namespace tend::ui
