#include "common/systemclock.h"

#include "common/dateconversion.h"

namespace tend::ui {

boost::posix_time::ptime SystemClock::nowLocal() const {
    return toLocalPtime(QDateTime::currentDateTime());
}

} // namespace tend::ui
