#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <QDate>
#include <QDateTime>

// The only place where Qt's date types meet core's Boost ones.
namespace tend::ui {

[[nodiscard]] QDate toQDate(boost::gregorian::date date);
[[nodiscard]] boost::gregorian::date toBoostDate(QDate date);
// The wall-clock time `moment` shows in the device's current time zone. Core works in local time because
// a check-in belongs to the day the worker lived, wherever they are.
[[nodiscard]] boost::posix_time::ptime toLocalPtime(const QDateTime& moment);
[[nodiscard]] QDateTime toQDateTime(boost::posix_time::ptime localTime);

} // namespace tend::ui
