#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>

namespace tend {

// Dates in words for the English source text of reasons ("29 May", "July"); the ui layer translates whole
// sentences, never these pieces on their own.
[[nodiscard]] std::string monthName(boost::gregorian::date day);
[[nodiscard]] std::string dayAndMonth(boost::gregorian::date day);

} // namespace tend
