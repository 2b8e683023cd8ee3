#pragma once

#include "prompts/promptevent.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tend {

// What the prompt engine needs to know about the past, distilled from the prompt events, so that the
// engine stays a pure function that tests can drive without a database.
//
// A "run" is a stretch of days on which one rule's prompt for one subject kept showing. It ends with a
// dismissal or snooze, or when the prompt was not shown for more than runGapDays; the next showing then
// starts a new run and counts as a new prompt for the daily limit.
class PromptHistory final {
public:
    static constexpr int runGapDays = 7;

    struct State {
        std::optional<boost::gregorian::date> quietUntil;     // from the latest dismissal or snooze
        std::optional<boost::gregorian::date> quietDecidedOn; // the day of that dismissal or snooze
        std::optional<boost::gregorian::date> runStartedOn;   // empty: not in a run since the last decision
        std::optional<boost::gregorian::date> lastShownOn;
        // The day the latest run started, kept after a dismissal: a prompt dismissed on the day it was new
        // still used up one of that day's places for new prompts.
        std::optional<boost::gregorian::date> lastNewOn;
        std::optional<std::int64_t> suggestedAction;       // the plan action this run has been suggesting
        std::optional<std::string> suggestedLibraryAction; // or the library action, when the plan had none
        std::string lastShownReason; // the reason of the latest showing, as the worker read it
        // The latest day it was shown at all, kept through dismissals: "shown once" checks read it.
        std::optional<boost::gregorian::date> lastShownEver;
    };
    using Key = std::pair<std::string, std::string>; // rule id, subject

    // Events may come in any order; they are replayed by time. A shown event with a planActionId or a
    // libraryActionId is also noted as that day's suggestion. An allowed event lifts any quiet, "never"
    // included.
    [[nodiscard]] static PromptHistory fromEvents(std::vector<PromptEvent> events);

    // Which plan action a self-care prompt suggested on a day, so that suggestions stay the same through
    // a run and rotate from one run to the next.
    void noteSuggestion(const std::string& ruleId, const std::string& subject, std::int64_t planActionId,
                        boost::gregorian::date on);

    // The same for a library action suggested because the plan had nothing suitable.
    void noteLibrarySuggestion(const std::string& ruleId, const std::string& subject,
                               const std::string& libraryActionId, boost::gregorian::date on);

    [[nodiscard]] const State* find(std::string_view ruleId, std::string_view subject) const;
    [[nodiscard]] const std::map<Key, State>& states() const { return m_states; }
    [[nodiscard]] std::optional<boost::gregorian::date> lastSuggestedOn(std::int64_t planActionId) const;
    [[nodiscard]] std::optional<boost::gregorian::date>
    lastLibrarySuggestedOn(const std::string& libraryActionId) const;
    // The prompts the worker said "never again" to and has not allowed since, for a page that lets them
    // change their mind.
    [[nodiscard]] std::vector<Key> neverAgain() const;

private:
    std::map<Key, State> m_states;
    std::map<std::int64_t, boost::gregorian::date> m_lastSuggested;
    std::map<std::string, boost::gregorian::date> m_lastLibrarySuggested;
};

} // namespace tend
