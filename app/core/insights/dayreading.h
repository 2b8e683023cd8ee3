#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"
#include "insights/indexdefinition.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace tend {

// What one day's own check-in and hard moments say, with no older day mixed in: the basis of the rules that
// answer a single day (acute rules and the follow-up after a hard moment), for today or for any earlier day.
struct DayReading {
    boost::gregorian::date day;
    std::map<IndexId, double> indexValues;      // indices with a value that day (see indexSeries)
    std::map<IndexId, int> indexAnswers;        // answered tracked items of each index's groups, every index
    std::map<std::string, int> indicatorValues; // tracked rating items answered that day
    int ratingAnswers = 0;                      // how many tracked rating items were answered
    int hardMoments = 0;
    int intenseMoments = 0; // hard moments at the highest intensity
};

[[nodiscard]] DayReading readDay(const CheckinDefinition& definition,
                                 const std::set<std::string>& trackedItems,
                                 const std::vector<Checkin>& checkins, const std::vector<HardMoment>& moments,
                                 boost::gregorian::date day);

} // namespace tend
