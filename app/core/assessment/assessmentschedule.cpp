#include "assessment/assessmentschedule.h"

#include <algorithm>

namespace tend {

AssessmentDue assessmentDue(const InstrumentPack& pack, std::optional<boost::gregorian::date> lastTakenOn,
                            boost::gregorian::date today) {
    AssessmentDue result;
    result.dueOn =
        lastTakenOn ? std::min(*lastTakenOn, today) + boost::gregorian::days(pack.everyDays) : today;
    result.due = result.dueOn <= today;
    result.daysUntilDue = result.due ? 0 : static_cast<int>((result.dueOn - today).days());
    return result;
}

} // namespace tend
