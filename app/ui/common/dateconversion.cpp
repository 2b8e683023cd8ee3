#include "common/dateconversion.h"

namespace tend::ui {

QDate toQDate(boost::gregorian::date date) {
    if (date.is_not_a_date())
        return {};
    return QDate(date.year(), date.month(), date.day());
}

boost::gregorian::date toBoostDate(QDate date) {
    if (!date.isValid())
        return boost::gregorian::date(boost::date_time::not_a_date_time);
    return boost::gregorian::date(static_cast<unsigned short>(date.year()),
                                  static_cast<unsigned short>(date.month()),
                                  static_cast<unsigned short>(date.day()));
}

boost::posix_time::ptime toLocalPtime(const QDateTime& moment) {
    const QDateTime local = moment.toLocalTime();
    const QTime time = local.time();
    return boost::posix_time::ptime(
        toBoostDate(local.date()),
        boost::posix_time::time_duration(time.hour(), time.minute(), time.second()));
}

QDateTime toQDateTime(boost::posix_time::ptime localTime) {
    const auto tod = localTime.time_of_day();
    return QDateTime(toQDate(localTime.date()),
                     QTime(static_cast<int>(tod.hours()), static_cast<int>(tod.minutes()),
                           static_cast<int>(tod.seconds())),
                     Qt::LocalTime);
}

} // namespace tend::ui
