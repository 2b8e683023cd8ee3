#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"
#include "insights/indexdefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <set>
#include <string>
#include <vector>

namespace tend {

// An index's daily value on 0-100 over [from, to]. Only tracked, answered items count; each is rescaled
// to 0-100 of its own scale and turned round when its polarity differs from the index's, so a higher
// value always means more of what the index measures. STS load is the mean of the day's answered cluster
// means; the other indices are the mean of the answered items. Exposure also counts the day's hard
// moments, by the same rule as groupSeries. A day with nothing answered has no value, and neither has a
// day with answers in fewer groups than the index's minimumGroupsAnswered.
[[nodiscard]] DailySeries indexSeries(IndexId id, const CheckinDefinition& definition,
                                      const std::set<std::string>& trackedItems,
                                      const std::vector<Checkin>& checkins,
                                      const std::vector<HardMoment>& moments, boost::gregorian::date from,
                                      boost::gregorian::date to);

} // namespace tend
