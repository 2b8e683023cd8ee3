#include "care/profilefacts.h"

namespace tend {

Facts profileFacts(const OrgProfile& profile) {
    return {{"profile.has_organisation", profile.hasOrganisation() ? 1.0 : 0.0},
            {"profile.has_assistance", profile.employeeAssistance ? 1.0 : 0.0},
            {"profile.has_supervisor", profile.supervisor ? 1.0 : 0.0}};
}

} // namespace tend
