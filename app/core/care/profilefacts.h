#pragma once

#include "content/orgprofile.h"
#include "insights/insightsfacts.h"

namespace tend {

// What the organisation profile holds, as facts rules can read, so that no prompt speaks of a service the
// profile does not name: "profile.has_organisation", "profile.has_assistance" (an employee assistance
// service), "profile.has_supervisor"; each 1 or 0.
[[nodiscard]] Facts profileFacts(const OrgProfile& profile);

} // namespace tend
