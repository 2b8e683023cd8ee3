#include "insights/momentdays.h"

namespace tend {

std::vector<HardMoment> onCheckinDays(std::vector<HardMoment> moments, DayStart start) {
    for (auto& moment : moments)
        if (!moment.occurredAt.is_special())
            moment.occurredAt -= start.timeOfDay();
    return moments;
}

} // namespace tend
