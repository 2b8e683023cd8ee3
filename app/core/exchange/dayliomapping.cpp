#include "exchange/dayliomapping.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace tend {

namespace {

// Daylio's default moods from the bottom of its scale to the top.
constexpr std::array<std::string_view, 5> defaultMoods{"awful", "bad", "meh", "good", "rad"};

constexpr std::array<std::string_view, 8> restDayActivities{
    "day off", "days off", "vacation", "holiday", "holidays", "rest day", "annual leave", "time off"};

struct Label {
    std::string label; // as the earliest entry writes it
    std::size_t entries = 0;
};

// Labels by key, counting each entry once.
template <typename LabelsOf>
std::map<std::string, Label> countLabels(const DaylioFile& file, LabelsOf labelsOf) {
    std::map<std::string, Label> labels;
    for (const auto& entry : file.entries) {
        for (const auto& label : labelsOf(entry)) {
            auto& counted = labels[daylioLabelKey(label)];
            if (counted.label.empty())
                counted.label = label;
            ++counted.entries;
        }
    }
    return labels;
}

template <typename Mapping> void sortByUse(std::vector<Mapping>& mappings) {
    std::sort(mappings.begin(), mappings.end(), [](const Mapping& a, const Mapping& b) {
        if (a.entries != b.entries)
            return a.entries > b.entries;
        return daylioLabelKey(a.label) < daylioLabelKey(b.label);
    });
}

std::optional<int> suggestedMood(const std::string& key, const CheckinItem* moodItem) {
    if (!moodItem)
        return std::nullopt;
    const auto found = std::find(defaultMoods.begin(), defaultMoods.end(), key);
    if (found == defaultMoods.end())
        return std::nullopt;
    const auto step = static_cast<double>(found - defaultMoods.begin());
    const auto span = static_cast<double>(moodItem->scale.max - moodItem->scale.min);
    const auto steps = static_cast<double>(defaultMoods.size() - 1);
    return moodItem->scale.min + static_cast<int>(std::lround(step * span / steps));
}

} // namespace

DaylioMapping suggestDaylioMapping(const DaylioFile& file, const CheckinDefinition& definition) {
    const auto* moodItem = definition.find(daylioMoodItem);
    DaylioMapping mapping;
    const auto moods = countLabels(file, [](const DaylioEntry& entry) {
        return entry.mood.empty() ? std::vector<std::string>{} : std::vector<std::string>{entry.mood};
    });
    for (const auto& [key, label] : moods)
        mapping.moods.push_back({label.label, label.entries, suggestedMood(key, moodItem)});

    const auto activities = countLabels(file, [](const DaylioEntry& entry) { return entry.activities; });
    for (const auto& [key, label] : activities) {
        const bool restDay =
            std::find(restDayActivities.begin(), restDayActivities.end(), key) != restDayActivities.end();
        mapping.activities.push_back(
            {label.label,
             label.entries,
             restDay ? DaylioActivityTarget::RestDay : DaylioActivityTarget::KeptInNote,
             {},
             0});
    }
    sortByUse(mapping.moods);
    sortByUse(mapping.activities);
    return mapping;
}

} // namespace tend
