#pragma once

#include "domain/checkindefinition.h"

#include <map>
#include <set>
#include <string>

namespace tend {

class SettingsRepository;

// Which check-in items the worker chose to track. Until they choose, the definition's defaults apply.
// Stored as one JSON object of explicit choices ({"sleep": false, "hard_cases": true}), so an item switched
// off stays off and an item added to the definition later starts from its own default.
class TrackingPreferences final {
public:
    TrackingPreferences(SettingsRepository& settings, const CheckinDefinition& definition)
        : m_settings(settings)
        , m_definition(definition) {}

    [[nodiscard]] std::set<std::string> trackedItems() const;
    [[nodiscard]] bool isTracked(const std::string& itemId) const;
    // What is tracked before the worker chooses anything.
    [[nodiscard]] std::set<std::string> defaultItems() const;
    void setTracked(const std::string& itemId, bool tracked);

private:
    [[nodiscard]] std::map<std::string, bool> choices() const;

    SettingsRepository& m_settings;
    const CheckinDefinition& m_definition;
};

} // namespace tend
