#pragma once

#include "prompts/promptevent.h"
#include "prompts/prompthistory.h"
#include "storage/changenotifier.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <vector>

namespace tend {

class Database;
class Statement;

// The prompt history (table prompt_events): what was shown, opened, dismissed or snoozed, and when.
class PromptEventRepository final {
public:
    // Covers the longest quiet period (a year) and the gap that ends a run, with room to spare.
    static constexpr int historyDays = 400;

    explicit PromptEventRepository(Database& db)
        : m_db(db) {}

    // Stores one event. Dismissed and snoozed events need a quietUntil (a dismissal may be neverAgain()),
    // the others must not have one, and only shown ones may name a planActionId (which must be in the plan)
    // or a libraryActionId, never both (StorageError otherwise). A prompt shown again on a day it was already
    // shown is not stored twice (the schema enforces this too): returns false then, true when a row was
    // added.
    bool record(const PromptEvent& event);
    void removeAll();
    // Kept events forget which plan action they suggested (the plan is being replaced, and its ids will
    // mean other actions); the rotation of suggestions starts afresh.
    void forgetSuggestedPlanActions();
    // Events on or after `from`, oldest first.
    [[nodiscard]] std::vector<PromptEvent> since(boost::gregorian::date from);
    // The history the prompt engine needs on `today`: the last historyDays days, including the actions
    // suggested, and every "never again" however old (with the "allowed" events that may have lifted it).
    [[nodiscard]] PromptHistory history(boost::gregorian::date today);

    ChangeNotifier& changes() { return m_changes; }

private:
    [[nodiscard]] bool alreadyShownOn(const PromptEvent& event);
    [[nodiscard]] static std::vector<PromptEvent> read(Statement& rows);

    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
