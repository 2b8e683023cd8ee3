#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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
    // Indicator ids and index keys the worker says this action suits (sorted, each once), so that a prompt
    // about what moved can suggest the worker's own actions too. Library actions also suit what the library
    // says.
    std::vector<std::string> tags = {};
};

} // namespace tend
