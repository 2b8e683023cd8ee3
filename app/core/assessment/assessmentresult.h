#pragma once

#include "assessment/scoring.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>
#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <map>
#include <string>

namespace tend {

// One completed self-assessment as stored. Scores are kept as computed at the time, so a later pack
// version with different bands never rewrites what the worker was shown.
struct AssessmentResult {
    std::int64_t id = 0; // 0 until stored
    std::string packId;
    int packVersion = 1;
    boost::gregorian::date takenOn;     // the day it counts for
    boost::posix_time::ptime takenAt;   // local time it was finished
    std::map<std::string, int> answers; // item id -> value
    AssessmentScores scores;
};

} // namespace tend
