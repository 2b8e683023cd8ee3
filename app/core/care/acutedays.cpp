#include "care/acutedays.h"

#include "prompts/promptengine.h"

namespace tend {

int acuteDays(const PromptRules& rules, const InsightsInput& input, const Facts& profile) {
    int count = 0;
    for (int age = 0; age < acuteDaysSpan; ++age) {
        const auto day = input.today - boost::gregorian::days(age);
        auto facts = dayReadingFacts(
            readDay(input.definition, input.trackedItems, input.checkins, input.hardMoments, day));
        facts.insert(profile.begin(), profile.end());
        if (anyAcuteRuleHolds(rules, facts))
            ++count;
    }
    return count;
}

} // namespace tend
