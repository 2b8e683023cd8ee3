#include "time/datewords.h"

#include <array>

namespace tend {

std::string monthName(boost::gregorian::date day) {
    static constexpr std::array<const char*, 12> names{"January",   "February", "March",    "April",
                                                       "May",       "June",     "July",     "August",
                                                       "September", "October",  "November", "December"};
    if (day.is_special())
        return {};
    return names[static_cast<std::size_t>(day.month().as_number() - 1)];
}

std::string dayAndMonth(boost::gregorian::date day) {
    if (day.is_special())
        return {};
    return std::to_string(day.day().as_number()).append(" ").append(monthName(day));
}

} // namespace tend
