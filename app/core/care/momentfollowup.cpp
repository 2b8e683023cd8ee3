#include "care/momentfollowup.h"

#include "settings/momentrecheck.h"

#include <algorithm>

namespace tend {

namespace {

constexpr int groundingMinutes = 5;
constexpr std::string_view recheckFact = "hard_moments.recheck_due";

bool readsRecheck(const PromptRule& rule) {
    return std::any_of(rule.when.begin(), rule.when.end(),
                       [](const PromptCondition& condition) { return condition.fact == recheckFact; });
}

const SelfCareAction* groundingAction(const SelfCareLibrary& library) {
    for (const auto category : {SelfCareCategory::Mind, SelfCareCategory::Body})
        for (const auto& action : library.actions)
            if (action.category == category && action.minutes <= groundingMinutes &&
                std::find(action.suits.begin(), action.suits.end(), "intrusion") != action.suits.end())
                return &action;
    return nullptr;
}

const LearningCard* reactionsCard(const LearningCards& cards) {
    // Cards related to a symptom explain the symptom; the card written for the moment says what is common
    // afterwards and what helps, so it comes first whenever the cards have it.
    if (const auto* card = cards.find(momentReactionsCard))
        return card;
    for (const auto* tag : {"hard_moments", "intrusion"})
        if (const auto related = cards.relatedTo(tag); !related.empty())
            return related.front();
    return nullptr;
}

} // namespace

bool recheckDue(const std::optional<boost::gregorian::date>& dueOn, boost::gregorian::date today,
                const PromptRules& rules, const PromptHistory& history) {
    using boost::gregorian::days;
    if (!dueOn || today < *dueOn || today > *dueOn + days(MomentRecheck::windowDays - 1))
        return false;
    for (const auto& [key, state] : history.states()) {
        const auto* rule = rules.find(key.first);
        if (rule && readsRecheck(*rule) && state.lastShownEver && *state.lastShownEver >= *dueOn &&
            *state.lastShownEver < today)
            return false;
    }
    return true;
}

MomentFollowUp momentFollowUp(const DayReading& today, const SelfCareLibrary& library,
                              const LearningCards* cards, const OrgProfile& profile,
                              const std::optional<boost::gregorian::date>& recheckOn, bool due) {
    MomentFollowUp followUp;
    followUp.intenseMomentsToday = today.intenseMoments;
    if (const auto* action = groundingAction(library)) {
        followUp.groundingActionId = action->id;
        followUp.groundingActionTitle = action->title;
    }
    if (cards) {
        if (const auto* card = reactionsCard(*cards))
            followUp.learningCardId = card->id;
        if (const auto* card = cards->find(momentGroundingCard))
            followUp.groundingCardId = card->id;
    }
    followUp.peerSupport = profile.peerSupport;
    followUp.debriefContact = profile.supervisor;
    followUp.assistance = profile.employeeAssistance;
    // A re-check whose stretch has passed is of no more use to show.
    if (recheckOn && today.day <= *recheckOn + boost::gregorian::days(MomentRecheck::windowDays - 1))
        followUp.recheckOn = recheckOn;
    followUp.recheckDue = due;
    return followUp;
}

} // namespace tend
