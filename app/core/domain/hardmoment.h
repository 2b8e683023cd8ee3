#pragma once

#include <boost/date_time/posix_time/posix_time_types.hpp>

#include <cstdint>
#include <string>

namespace tend {

// A distressing exposure logged as it happens, in two taps. Several may fall on one day; they feed
// that day's exposure.
struct HardMoment {
    static constexpr int minIntensity = 1; // "a bit hard"
    static constexpr int maxIntensity = 3; // "very hard"

    std::int64_t id = 0;                 // 0 until stored
    boost::posix_time::ptime occurredAt; // local time
    int intensity = 2;
    std::string note; // private, optional
};

} // namespace tend
