#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace tend {

// One action in the worker's own self-care plan. Its wording is theirs: copied from the library when
// picked, then free to change.
struct PlanAction {
    std::int64_t id = 0;                  // 0 until stored; check-ins tick actions by this id
    std::optional<std::string> libraryId; // the library action it started from; none for the worker's own
    std::string title;
    int position = 0; // order within the active plan
    boost::gregorian::date addedOn;
    bool archived = false; // left the plan; kept so the days it was ticked keep their meaning
};

} // namespace tend
