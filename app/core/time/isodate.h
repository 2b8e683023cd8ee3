#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace tend {

// Dates and times are stored as ISO 8601 text ("2026-11-27", "2026-11-27T14:05:00") so that the
// database and exports stay readable and sort correctly as plain strings.
[[nodiscard]] std::string toIsoDate(boost::gregorian::date date);
[[nodiscard]] std::optional<boost::gregorian::date> parseIsoDate(std::string_view text);
[[nodiscard]] std::string toIsoDateTime(boost::posix_time::ptime time);
[[nodiscard]] std::optional<boost::posix_time::ptime> parseIsoDateTime(std::string_view text);

} // namespace tend
