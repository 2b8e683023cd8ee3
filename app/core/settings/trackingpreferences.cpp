#include "settings/trackingpreferences.h"

#include "storage/settingskeys.h"
#include "storage/settingsrepository.h"

#include <nlohmann/json.hpp>

namespace tend {

namespace {
constexpr std::string_view choicesKey = settingskeys::itemTracking;
} // namespace

std::map<std::string, bool> TrackingPreferences::choices() const {
    std::map<std::string, bool> result;
    const auto stored = m_settings.value(choicesKey);
    if (!stored)
        return result;
    const auto json = nlohmann::json::parse(*stored, nullptr, false);
    if (!json.is_object())
        return result; // a damaged value falls back to the defaults rather than hiding every item
    for (const auto& [id, tracked] : json.items())
        if (tracked.is_boolean())
            result[id] = tracked.get<bool>();
    return result;
}

std::set<std::string> TrackingPreferences::trackedItems() const {
    const auto chosen = choices();
    std::set<std::string> tracked;
    for (const auto& item : m_definition.items) {
        const auto choice = chosen.find(item.id);
        if (choice != chosen.end() ? choice->second : item.enabledByDefault)
            tracked.insert(item.id);
    }
    return tracked;
}

std::set<std::string> TrackingPreferences::defaultItems() const {
    std::set<std::string> ids;
    for (const auto& item : m_definition.items)
        if (item.enabledByDefault)
            ids.insert(item.id);
    return ids;
}

bool TrackingPreferences::isTracked(const std::string& itemId) const {
    return trackedItems().contains(itemId);
}

void TrackingPreferences::setTracked(const std::string& itemId, bool tracked) {
    auto chosen = choices();
    chosen[itemId] = tracked;
    m_settings.setValue(choicesKey, nlohmann::json(chosen).dump());
}

} // namespace tend
