#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace tend {

struct DemoData {
    std::vector<Checkin> checkins;   // oldest first; some days deliberately missing
    std::vector<HardMoment> moments; // oldest first
    // A self-care plan of library actions (ids from assets/selfcare/library.json, in plan order), added
    // on the first day, and what was ticked on each check-in day as indexes into that plan. Plan ids
    // only exist once stored, so the caller maps indexes to them.
    std::vector<std::string> plan;
    std::map<boost::gregorian::date, std::set<std::size_t>> ticks;
};

// A realistic, fully deterministic story over `days` days ending on `lastDay`: a worker settles in, drifts
// into high strain for a few weeks (more hard moments, worse sleep, rising STS and burnout answers), takes
// a week of leave (rest days), and recovers. Along the way they tick a few self-care actions; walking tends
// to come before better days, so "what tends to help" has something to show. Same inputs, same output,
// on every platform.
[[nodiscard]] DemoData generateDemoData(const CheckinDefinition& definition, boost::gregorian::date lastDay,
                                        int days = 180, std::uint32_t seed = 20261127);

} // namespace tend
