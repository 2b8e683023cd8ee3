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
#include <string_view>
#include <vector>

namespace tend {

// The learning cards written for the follow-up after a very hard moment (assets/learning/cards.json).
inline constexpr std::string_view momentReactionsCard = "after_critical_incident";
inline constexpr std::string_view momentGroundingCard = "grounding_now";

// What the gentle follow-up after a very hard moment (intensity 3 of 3) offers, and where the re-check the
// worker may ask for stands. The ui opens it from a prompt whose action is OpenMomentFollowUp.
struct MomentFollowUp {
    int intenseMomentsToday = 0;
    // A short grounding step from the library: the first action of at most 5 minutes that suits "stories
    // coming back" (intrusion), from the "mind" category, else from "body".
    std::optional<std::string> groundingActionId;
    std::string groundingActionTitle;
    // A card on reactions that are common after a hard moment: the one written for it
    // (momentReactionsCard) when the cards have it, else the first related to "hard_moments", else the first
    // related to "intrusion".
    std::optional<std::string> learningCardId;
    // The card with short grounding steps (momentGroundingCard), shown in full with the follow-up; absent
    // when the cards lack it.
    std::optional<std::string> groundingCardId;
    // Who the profile offers to talk it through with: its peer supporters (TRiM, chaplaincy, trained
    // colleagues), the supervisor for a debrief, the employee assistance service. Absent or empty when the
    // profile names none; nothing is made up.
    std::vector<SupportContact> peerSupport;
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
