#include "systemclock.h"

#include "dateconversion.h"

namespace tend::ui {

boost::posix_time::ptime SystemClock::nowLocal() const {
    return toLocalPtime(QDateTime::currentDateTime());
}

} // namespace tend::ui
