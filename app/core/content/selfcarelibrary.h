#pragma once

#include "content/selfcarecategory.h"
#include "formats/datafileerror.h"

#include <string>
#include <string_view>
#include <vector>

namespace tend {

// One suggestion from the shipped library. The worker copies it into their own plan, where the wording
// becomes theirs to change. English source text; the ui layer translates it.
struct SelfCareAction {
    std::string id;     // stable, [a-z0-9_]+; kept in the plan as library_id
    std::string title;  // short and practical, e.g. "Take ten slow breaths"
    std::string detail; // one or two plain sentences: how, and why it may help
    SelfCareCategory category = SelfCareCategory::Body;
    int minutes = 5; // rough duration
    // Indicator ids and index keys this action may suit, so a prompt about "sleep" can offer sleep-related
    // actions. Checked against the known ids by the tests of the shipped file, not here: an organisation's
    // check-in definition may add its own indicators.
    std::vector<std::string> suits;
};

struct SelfCareLibrary {
    int version = 1;
    std::vector<SelfCareAction> actions;

    [[nodiscard]] const SelfCareAction* find(std::string_view id) const;
};

// Parses and validates a self-care library ("tend.selfcare-library"). Throws DataFileError.
[[nodiscard]] SelfCareLibrary parseSelfCareLibrary(std::string_view json);

} // namespace tend
