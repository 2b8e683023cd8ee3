#include "common/daytitle.h"

#include "common/dateconversion.h"
#include "time/relativeday.h"

#include <QCoreApplication>
#include <QLocale>

namespace tend::ui {

QString dayTitle(boost::gregorian::date day, boost::gregorian::date today) {
    switch (relativeDay(day, today)) {
    case RelativeDay::Today:
        return QCoreApplication::translate("Days", "Today");
    case RelativeDay::Yesterday:
        return QCoreApplication::translate("Days", "Yesterday");
    case RelativeDay::Future:
    case RelativeDay::Earlier:
        break;
    }
    return QLocale().toString(toQDate(day), QStringLiteral("dddd"));
}

} // namespace tend::ui
