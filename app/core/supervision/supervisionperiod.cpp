#include "supervision/supervisionperiod.h"

#include <stdexcept>
#include <string>

namespace tend {

SupervisionPeriod SupervisionPeriod::endingOn(boost::gregorian::date to, int weeks) {
    if (weeks < minWeeks || weeks > maxWeeks)
        throw std::invalid_argument(
            std::string("A supervision period is 1 to 26 weeks, not ").append(std::to_string(weeks)));
    SupervisionPeriod period;
    period.weeks = weeks;
    period.to = to;
    period.from = to - boost::gregorian::days(weeks * 7 - 1);
    return period;
}

} // namespace tend
