#pragma once

#include "domain/planaction.h"
#include "storage/changenotifier.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

class Database;

// Owns the worker's self-care plan in storage. Actions never leave the plan by deletion, only by
// archiving, because check-ins refer to them by id.
//
// Titles are trimmed and must be 1 to maxTitleLength characters on one line; a title that is not throws
// std::invalid_argument (check with normalisedTitle first). An unknown id throws StorageError (Query).
class SelfCarePlanRepository final {
public:
    static constexpr std::size_t maxTitleLength = 120;
    static constexpr std::size_t maxTags = 20;
    static constexpr std::size_t maxTagLength = 64;

    explicit SelfCarePlanRepository(Database& db)
        : m_db(db) {}

    // The title as it would be stored, or nothing if it is empty, too long or spans several lines.
    [[nodiscard]] static std::optional<std::string> normalisedTitle(std::string_view title);
    // Tags as stored: sorted, each once; nothing if one is not [a-z0-9_]{1,64} or there are over maxTags.
    [[nodiscard]] static std::optional<std::vector<std::string>>
    normalisedTags(const std::vector<std::string>& tags);

    // Adds a library action at the end of the active plan. Picking one twice is harmless: if it is already
    // active, that action is returned unchanged; if it was archived, it is restored (with the worker's
    // wording and its history) rather than added a second time.
    PlanAction addFromLibrary(std::string_view libraryId, std::string_view title,
                              boost::gregorian::date today);
    // Adds an action in the worker's own words at the end of the active plan.
    PlanAction addOwn(std::string_view title, boost::gregorian::date today,
                      const std::vector<std::string>& tags = {});
    void rename(std::int64_t id, std::string_view title);
    // Replaces the action's tags (std::invalid_argument when normalisedTags refuses them).
    void setTags(std::int64_t id, const std::vector<std::string>& tags);
    // Moves an active action to `index` within active(), clamped to the plan; the others keep their order.
    void move(std::int64_t id, std::size_t index);
    void archive(std::int64_t id);
    // Brings an archived action back, at the end of the active plan.
    void restore(std::int64_t id);

    // Imports. The action is stored as given (title, library id, position, day added, archived, tags),
    // which must be as normalisedTitle and normalisedTags leave them (StorageError otherwise).
    // addWithId keeps its id (a replace from a file; an id already taken throws StorageError); addImported
    // gives it a new one and returns it (a merge).
    void addWithId(const PlanAction& action);
    [[nodiscard]] std::int64_t addImported(const PlanAction& action);
    // The whole plan. Check-ins tick actions by id, so only a replace that brings its own check-ins too
    // may do this, after removing the check-ins.
    void removeAll();

    [[nodiscard]] std::optional<PlanAction> find(std::int64_t id);
    // The active plan in the worker's order; the i-th action has position i.
    [[nodiscard]] std::vector<PlanAction> active();
    // Active actions in order, then archived ones, most recently added first.
    [[nodiscard]] std::vector<PlanAction> all();

    ChangeNotifier& changes() { return m_changes; }

private:
    [[nodiscard]] PlanAction require(std::int64_t id);
    [[nodiscard]] int nextPosition();
    void renumber(const std::vector<PlanAction>& plan);
    [[nodiscard]] std::vector<PlanAction> select(std::string_view whereAndOrder,
                                                 std::optional<std::int64_t> id = std::nullopt);
    PlanAction insert(std::optional<std::string_view> libraryId, const std::string& title,
                      boost::gregorian::date today, const std::vector<std::string>& tags = {});
    void insertAsGiven(const PlanAction& action, std::optional<std::int64_t> id);

    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
