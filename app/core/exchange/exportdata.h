#pragma once

#include "assessment/assessmentresult.h"
#include "domain/checkin.h"
#include "domain/hardmoment.h"
#include "domain/personalcontact.h"
#include "domain/planaction.h"
#include "prompts/promptevent.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tend {

// What the worker chose to take out. Dates are inclusive and apply to everything that has a date; the plan
// and settings have none and come whole.
struct ExportSelection {
    bool checkins = true;
    bool notes = true; // private notes of check-ins and hard moments; off leaves them empty
    bool hardMoments = true;
    bool plan = true;
    bool assessments = true;
    bool promptHistory = true;
    bool settings = true;
    bool personalContacts = true; // the contacts the worker added on the Support page
    std::optional<boost::gregorian::date> from;
    std::optional<boost::gregorian::date> to;

    friend bool operator==(const ExportSelection&, const ExportSelection&) = default;
};

// Everything a worker can take out of Tend and bring back in: the content of a JSON export and of an
// encrypted backup. The other formats (CSV, FHIR) are views of the same data. Every list is kept in one
// canonical order, so the same data always gives the same bytes.
struct ExportData {
    // Which sections this data holds and whether notes came along. A section left out is absent, not
    // empty: importing a file without the plan must never read as "delete the plan".
    ExportSelection contents;

    std::vector<Checkin> checkins;               // by date
    std::vector<HardMoment> hardMoments;         // by time, then id
    std::vector<PlanAction> plan;                // by id; archived actions too, since old ticks refer to them
    std::vector<AssessmentResult> assessments;   // by the day it counts for, time taken, then id
    std::vector<PromptEvent> promptEvents;       // by time, then the order they happened in
    std::map<std::string, std::string> settings; // only the keys that describe the worker's choices
    std::vector<PersonalContact> personalContacts; // in the worker's order; position is the index
};

} // namespace tend
