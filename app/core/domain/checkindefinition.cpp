#include "domain/checkindefinition.h"

#include "formats/jsonfields.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <tuple>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.checkin-definition";
constexpr std::size_t maxItems = 200;
constexpr std::size_t maxIdLength = 64;
constexpr std::size_t maxTextLength = 300;
constexpr std::size_t maxNameLength = 40;
constexpr std::size_t maxLabelLength = 60;
constexpr int maxRatingSpan = 10;
constexpr int maxCountValue = 1000;
// Bounds any scale number before arithmetic on it, so that min/max differences cannot overflow.
constexpr std::int64_t maxScaleMagnitude = 1'000'000;

constexpr std::array topLevelKeys{"format", "version", "about", "items"};
constexpr std::array itemKeys{"id",   "name",  "text",     "help",    "group",
                              "kind", "scale", "polarity", "default", "work"};
constexpr std::array scaleKeys{"min", "max", "labels"};

std::string allowedGroupList() {
    std::string list;
    for (const auto group : allItemGroups)
        list += (list.empty() ? "" : ", ") + std::string(itemGroupKey(group));
    return list;
}

std::string readItemId(const json& item, const std::string& path) {
    return readId(require(item, "id", path), member(path, "id"), maxIdLength);
}

ItemGroup readGroup(const json& item, const std::string& path) {
    const auto groupPath = member(path, "group");
    const auto key = readString(require(item, "group", path), groupPath);
    const auto group = itemGroupFromKey(key);
    if (!group)
        throw DefinitionError(groupPath,
                              "unknown group " + inQuotes(key) + "; expected one of " + allowedGroupList());
    return *group;
}

ItemKind readKind(const json& item, const std::string& path) {
    const auto kindPath = member(path, "kind");
    const auto kind = readString(require(item, "kind", path), kindPath);
    if (kind == "rating")
        return ItemKind::Rating;
    if (kind == "count")
        return ItemKind::Count;
    throw DefinitionError(kindPath, "unknown kind " + inQuotes(kind) + "; expected \"rating\" or \"count\"");
}

Polarity readPolarity(const json& item, const std::string& path) {
    const auto polarityPath = member(path, "polarity");
    const auto polarity = readString(require(item, "polarity", path), polarityPath);
    if (polarity == "higher_is_better")
        return Polarity::HigherIsBetter;
    if (polarity == "higher_is_worse")
        return Polarity::HigherIsWorse;
    throw DefinitionError(polarityPath, "unknown polarity " + inQuotes(polarity) +
                                            "; expected \"higher_is_better\" or \"higher_is_worse\"");
}

void checkRatingRange(const ItemScale& scale, const std::string& path) {
    if (scale.max - scale.min > maxRatingSpan)
        throw DefinitionError(path, "a rating scale has at most " + std::to_string(maxRatingSpan + 1) +
                                        " points; found " + std::to_string(scale.min) + " to " +
                                        std::to_string(scale.max));
}

void checkCountRange(const ItemScale& scale, const std::string& path) {
    if (scale.min < 0)
        throw DefinitionError(member(path, "min"),
                              "a count cannot be negative, found " + std::to_string(scale.min));
    if (scale.max > maxCountValue)
        throw DefinitionError(member(path, "max"), "a count goes up to at most " +
                                                       std::to_string(maxCountValue) + ", found " +
                                                       std::to_string(scale.max));
}

ItemScale readScale(const json& item, const std::string& path, ItemKind kind) {
    const auto scalePath = member(path, "scale");
    const auto& value = require(item, "scale", path);
    expectObject(value, scalePath);
    rejectUnknownKeys(value, scalePath, scaleKeys);

    ItemScale scale;
    std::tie(scale.min, scale.max) = readMinMax(value, scalePath, maxScaleMagnitude);

    const auto labelsPath = member(scalePath, "labels");
    if (kind == ItemKind::Count) {
        checkCountRange(scale, scalePath);
        if (value.contains("labels"))
            throw DefinitionError(labelsPath, "not allowed for a count item");
        return scale;
    }
    checkRatingRange(scale, scalePath);
    if (!value.contains("labels"))
        throw DefinitionError(labelsPath, "required for a rating item (one label per point from " +
                                              std::to_string(scale.min) + " to " + std::to_string(scale.max) +
                                              ")");
    scale.labels = readPointLabels(value["labels"], labelsPath, scale.min, scale.max, maxLabelLength);
    return scale;
}

CheckinItem readItem(const json& value, const std::string& path) {
    expectObject(value, path);
    // Unknown keys first: a misspelt "grup" is better reported as a typo than as a missing "group".
    rejectUnknownKeys(value, path, itemKeys);

    CheckinItem item;
    item.id = readItemId(value, path);
    item.name = readText(require(value, "name", path), member(path, "name"), maxNameLength);
    item.text = readText(require(value, "text", path), member(path, "text"), maxTextLength);
    if (value.contains("help"))
        item.help = readText(value["help"], member(path, "help"), maxTextLength);
    item.group = readGroup(value, path);
    item.kind = readKind(value, path);
    item.scale = readScale(value, path, item.kind);
    item.polarity = readPolarity(value, path);
    if (value.contains("default"))
        item.enabledByDefault = readBool(value["default"], member(path, "default"));
    if (value.contains("work"))
        item.work = readBool(value["work"], member(path, "work"));
    return item;
}

void checkUniqueIds(const std::vector<CheckinItem>& items) {
    std::map<std::string_view, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto [it, inserted] = firstIndexOf.emplace(items[i].id, i);
        if (!inserted)
            throw DefinitionError(indexed("items", i) + ".id", "duplicate id " + inQuotes(items[i].id) +
                                                                   ", already used by " +
                                                                   indexed("items", it->second));
    }
}

// Charts and indices read a group in one direction, so a group mixing directions would silently cancel out.
void checkGroupPolarities(const std::vector<CheckinItem>& items) {
    std::map<ItemGroup, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto [it, inserted] = firstIndexOf.emplace(items[i].group, i);
        const auto& first = items[it->second];
        if (!inserted && first.polarity != items[i].polarity)
            throw DefinitionError(
                indexed("items", i) + ".polarity",
                "item " + inQuotes(items[i].id) + " and item " + inQuotes(first.id) + " (" +
                    indexed("items", it->second) + ") are both in group " +
                    inQuotes(itemGroupKey(items[i].group)) +
                    " but have different polarities; all items of a group share one polarity");
    }
}

std::vector<CheckinItem> readItems(const json& root) {
    const auto& value = require(root, "items", "");
    expectArray(value, "items", 1, maxItems);
    std::vector<CheckinItem> items;
    for (std::size_t i = 0; i < value.size(); ++i)
        items.push_back(readItem(value[i], indexed("items", i)));
    checkUniqueIds(items);
    checkGroupPolarities(items);
    return items;
}

CheckinDefinition readDefinition(const json& root) {
    if (!root.is_object())
        throw DefinitionError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);

    CheckinDefinition definition;
    definition.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    if (root.contains("about"))
        definition.about = readString(root["about"], "about");
    definition.items = readItems(root);
    return definition;
}

} // namespace

const CheckinItem* CheckinDefinition::find(std::string_view id) const {
    const auto it =
        std::find_if(items.begin(), items.end(), [&](const CheckinItem& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}

CheckinDefinition parseCheckinDefinition(std::string_view json) {
    return readDocument(json, "definition", readDefinition);
}

} // namespace tend
