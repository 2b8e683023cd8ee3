#include "domain/checkindefinition.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>

namespace tend {

namespace {

using nlohmann::json;

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
constexpr std::array itemKeys{"id", "name", "text", "help", "group", "kind", "scale", "polarity", "default"};
constexpr std::array scaleKeys{"min", "max", "labels"};

std::string inQuotes(std::string_view text) {
    return "\"" + std::string(text) + "\"";
}

std::string withArticle(std::string_view typeName) {
    if (typeName == "null")
        return "null";
    const bool vowel =
        !typeName.empty() && std::string_view("aeiou").find(typeName.front()) != std::string_view::npos;
    return std::string(vowel ? "an " : "a ") + std::string(typeName);
}

std::string describeType(const json& value) {
    return withArticle(value.type_name());
}

std::string indexed(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::string member(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

// Counts code points rather than bytes so that limits treat every language alike (the parser has
// already rejected invalid UTF-8).
std::size_t characterCount(std::string_view text) {
    return static_cast<std::size_t>(std::count_if(
        text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

template <std::size_t N>
void rejectUnknownKeys(const json& object, const std::string& path,
                       const std::array<const char*, N>& allowed) {
    for (const auto& entry : object.items()) {
        const std::string& key = entry.key();
        const bool known =
            std::any_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; });
        if (!known) {
            std::string list;
            for (const char* name : allowed)
                list += (list.empty() ? "" : ", ") + std::string(name);
            throw DefinitionError(member(path, key),
                                  "unknown key " + inQuotes(key) + "; allowed keys are " + list);
        }
    }
}

const json& require(const json& object, std::string_view key, const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end())
        throw DefinitionError(member(path, key), "required but missing");
    return *it;
}

void expectObject(const json& value, const std::string& path) {
    if (!value.is_object())
        throw DefinitionError(path, "expected an object, found " + describeType(value));
}

std::string readString(const json& value, const std::string& path) {
    if (!value.is_string())
        throw DefinitionError(path, "expected a string, found " + describeType(value));
    return value.get<std::string>();
}

std::string readText(const json& value, const std::string& path, std::size_t maxLength) {
    auto text = readString(value, path);
    if (text.empty())
        throw DefinitionError(path, "must not be empty");
    if (const auto length = characterCount(text); length > maxLength)
        throw DefinitionError(path, "too long (" + std::to_string(length) + " characters); at most " +
                                        std::to_string(maxLength) + " are allowed");
    return text;
}

bool readBool(const json& value, const std::string& path) {
    if (!value.is_boolean())
        throw DefinitionError(path, "expected a boolean, found " + describeType(value));
    return value.get<bool>();
}

// Integers only: 4.0 and 1e30 are numbers, but not the whole numbers a scale or version needs.
std::int64_t readInteger(const json& value, const std::string& path, std::int64_t lowest,
                         std::int64_t highest) {
    if (!value.is_number())
        throw DefinitionError(path, "expected an integer, found " + describeType(value));
    if (!value.is_number_integer())
        throw DefinitionError(path, "expected an integer, found " + value.dump());
    const bool inRange = value.is_number_unsigned()
                             ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(highest) &&
                                   value.get<std::int64_t>() >= lowest
                             : value.get<std::int64_t>() >= lowest && value.get<std::int64_t>() <= highest;
    if (!inRange)
        throw DefinitionError(path, "expected an integer from " + std::to_string(lowest) + " to " +
                                        std::to_string(highest) + ", found " + value.dump());
    return value.get<std::int64_t>();
}

std::string allowedGroupList() {
    std::string list;
    for (const auto group : allItemGroups)
        list += (list.empty() ? "" : ", ") + std::string(itemGroupKey(group));
    return list;
}

std::string readId(const json& item, const std::string& path) {
    const auto idPath = member(path, "id");
    auto id = readText(require(item, "id", path), idPath, maxIdLength);
    const bool valid = std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
    if (!valid)
        throw DefinitionError(idPath, "invalid id " + inQuotes(id) +
                                          "; use only lowercase letters a-z, digits and underscores");
    return id;
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

std::vector<std::string> readLabels(const json& value, const std::string& path, const ItemScale& scale) {
    if (!value.is_array())
        throw DefinitionError(path, "expected an array, found " + describeType(value));
    const auto expected = static_cast<std::size_t>(scale.max - scale.min + 1);
    if (value.size() != expected)
        throw DefinitionError(path, "expected " + std::to_string(expected) + " labels (one per point from " +
                                        std::to_string(scale.min) + " to " + std::to_string(scale.max) +
                                        "), found " + std::to_string(value.size()));
    std::vector<std::string> labels;
    for (std::size_t i = 0; i < value.size(); ++i)
        labels.push_back(readText(value[i], indexed(path, i), maxLabelLength));
    return labels;
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
    scale.min = static_cast<int>(readInteger(require(value, "min", scalePath), member(scalePath, "min"),
                                             -maxScaleMagnitude, maxScaleMagnitude));
    scale.max = static_cast<int>(readInteger(require(value, "max", scalePath), member(scalePath, "max"),
                                             -maxScaleMagnitude, maxScaleMagnitude));
    if (scale.min >= scale.max)
        throw DefinitionError(scalePath, "min (" + std::to_string(scale.min) + ") must be less than max (" +
                                             std::to_string(scale.max) + ")");

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
    scale.labels = readLabels(value["labels"], labelsPath, scale);
    return scale;
}

CheckinItem readItem(const json& value, const std::string& path) {
    expectObject(value, path);
    // Unknown keys first: a misspelt "grup" is better reported as a typo than as a missing "group".
    rejectUnknownKeys(value, path, itemKeys);

    CheckinItem item;
    item.id = readId(value, path);
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
    if (!value.is_array())
        throw DefinitionError("items", "expected an array, found " + describeType(value));
    if (value.empty())
        throw DefinitionError("items", "must list at least one item");
    if (value.size() > maxItems)
        throw DefinitionError("items", "too many items (" + std::to_string(value.size()) + "); at most " +
                                           std::to_string(maxItems) + " are allowed");
    std::vector<CheckinItem> items;
    for (std::size_t i = 0; i < value.size(); ++i)
        items.push_back(readItem(value[i], indexed("items", i)));
    checkUniqueIds(items);
    checkGroupPolarities(items);
    return items;
}

void checkFormat(const json& root) {
    const auto& value = require(root, "format", "");
    const auto format = readString(value, "format");
    if (format != formatName)
        throw DefinitionError("format", "expected " + inQuotes(formatName) + ", found " + inQuotes(format));
}

json parseJson(std::string_view text) {
    try {
        return json::parse(text);
    } catch (const json::parse_error& error) {
        // nlohmann prefixes its messages with an internal id ("[json.exception.parse_error.101] ").
        std::string message = error.what();
        if (const auto end = message.find("] ");
            message.starts_with("[json.exception") && end != std::string::npos)
            message.erase(0, end + 2);
        throw DefinitionError("", "not valid JSON: " + message);
    }
}

CheckinDefinition readDefinition(const json& root) {
    if (!root.is_object())
        throw DefinitionError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root);

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
    try {
        return readDefinition(parseJson(json));
    } catch (const DefinitionError&) {
        throw;
    } catch (const nlohmann::json::exception& error) {
        // Every access above is type-checked first; this only guards against a gap in those checks.
        throw DefinitionError("", std::string("unreadable definition: ") + error.what());
    }
}

} // namespace tend
