#pragma once

#include "content/learningcards.h"
#include "content/orgprofile.h"
#include "content/selfcarelibrary.h"
#include "insights/dayreading.h"
#include "prompts/prompthistory.h"
#include "prompts/promptrules.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <string>

namespace tend {

// What the gentle follow-up after a very hard moment (intensity 3 of 3) offers, and where the re-check the
// worker may ask for stands. The ui opens it from a prompt whose action is OpenMomentFollowUp.
struct MomentFollowUp {
    int intenseMomentsToday = 0;
    // A short grounding step from the library: the first action of at most 5 minutes that suits "stories
    // coming back" (intrusion), from the "mind" category, else from "body".
    std::optional<std::string> groundingActionId;
    std::string groundingActionTitle;
    // A card on reactions that are common after a hard moment: the first card related to "hard_moments",
    // else the first related to "intrusion".
    std::optional<std::string> learningCardId;
    // Who the profile offers to talk it through with: the supervisor for a debrief, the employee
    // assistance service. Absent when the profile names none; nothing is made up.
    std::optional<SupervisorContact> debriefContact;
    std::optional<EmployeeAssistance> assistance;
    // The re-check asked for: its day, while it is still ahead or due, and whether it is due today.
    std::optional<boost::gregorian::date> recheckOn;
    bool recheckDue = false;
};

// Whether the re-check asked for on `dueOn` is due `today`: from that day for MomentRecheck::windowDays
// days, until a rule that reads "hard_moments.recheck_due" has been shown on an earlier day of that
// stretch. On the day it is first shown it stays due, so the prompt stays for that day.
[[nodiscard]] bool recheckDue(const std::optional<boost::gregorian::date>& dueOn,
                              boost::gregorian::date today, const PromptRules& rules,
                              const PromptHistory& history);

[[nodiscard]] MomentFollowUp momentFollowUp(const DayReading& today, const SelfCareLibrary& library,
                                            const LearningCards* cards, const OrgProfile& profile,
                                            const std::optional<boost::gregorian::date>& recheckOn, bool due);

} // namespace tend
