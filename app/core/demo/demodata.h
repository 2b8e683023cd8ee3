#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <vector>

namespace tend {

struct DemoData {
    std::vector<Checkin> checkins;   // oldest first; some days deliberately missing
    std::vector<HardMoment> moments; // oldest first
};

// A realistic, fully deterministic story over `days` days ending on `lastDay`: a worker settles in, drifts
// into high strain for a few weeks (more hard moments, worse sleep, rising STS and burnout answers), takes
// a week of leave (rest days), and recovers. Same inputs, same output, on every platform.
[[nodiscard]] DemoData generateDemoData(const CheckinDefinition& definition, boost::gregorian::date lastDay,
                                        int days = 180, std::uint32_t seed = 20261127);

} // namespace tend
