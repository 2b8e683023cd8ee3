#include "content/selfcarelibrary.h"

#include "formats/jsonfields.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.selfcare-library";
constexpr std::size_t maxActions = 300;
constexpr std::size_t maxTitleLength = 80;
constexpr std::size_t maxDetailLength = 400;
constexpr std::size_t maxSuits = 20;
constexpr std::int64_t maxMinutes = 24 * 60;

constexpr std::array topLevelKeys{"format", "version", "actions"};
constexpr std::array actionKeys{"id", "title", "detail", "category", "minutes", "suits"};

std::string allowedCategoryList() {
    std::string list;
    for (const auto category : allSelfCareCategories)
        list += (list.empty() ? "" : ", ") + std::string(selfCareCategoryKey(category));
    return list;
}

SelfCareCategory readCategory(const json& action, const std::string& path) {
    const auto categoryPath = member(path, "category");
    const auto key = readString(require(action, "category", path), categoryPath);
    const auto category = selfCareCategoryFromKey(key);
    if (!category)
        throw DataFileError(categoryPath, "unknown category " + inQuotes(key) + "; expected one of " +
                                              allowedCategoryList());
    return *category;
}

std::vector<std::string> readSuits(const json& action, const std::string& path) {
    const auto suitsPath = member(path, "suits");
    const auto& value = require(action, "suits", path);
    expectArray(value, suitsPath, 0, maxSuits);
    std::vector<std::string> suits;
    std::map<std::string, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto tag = readId(value[i], indexed(suitsPath, i));
        const auto [it, inserted] = firstIndexOf.emplace(tag, i);
        if (!inserted)
            throw DataFileError(indexed(suitsPath, i), "duplicate tag " + inQuotes(tag) +
                                                           ", already listed at " +
                                                           indexed(suitsPath, it->second));
        suits.push_back(std::move(tag));
    }
    return suits;
}

SelfCareAction readAction(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, actionKeys);

    SelfCareAction action;
    action.id = readId(require(value, "id", path), member(path, "id"));
    action.title = readText(require(value, "title", path), member(path, "title"), maxTitleLength);
    action.detail = readText(require(value, "detail", path), member(path, "detail"), maxDetailLength);
    action.category = readCategory(value, path);
    action.minutes = static_cast<int>(
        readInteger(require(value, "minutes", path), member(path, "minutes"), 1, maxMinutes));
    action.suits = readSuits(value, path);
    return action;
}

void checkUniqueIds(const std::vector<SelfCareAction>& actions) {
    std::map<std::string_view, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < actions.size(); ++i) {
        const auto [it, inserted] = firstIndexOf.emplace(actions[i].id, i);
        if (!inserted)
            throw DataFileError(indexed("actions", i) + ".id", "duplicate id " + inQuotes(actions[i].id) +
                                                                   ", already used by " +
                                                                   indexed("actions", it->second));
    }
}

SelfCareLibrary readLibrary(const json& root) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);

    SelfCareLibrary library;
    library.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    const auto& actions = require(root, "actions", "");
    expectArray(actions, "actions", 1, maxActions);
    for (std::size_t i = 0; i < actions.size(); ++i)
        library.actions.push_back(readAction(actions[i], indexed("actions", i)));
    checkUniqueIds(library.actions);
    return library;
}

} // namespace

const SelfCareAction* SelfCareLibrary::find(std::string_view id) const {
    const auto it = std::find_if(actions.begin(), actions.end(),
                                 [&](const SelfCareAction& action) { return action.id == id; });
    return it == actions.end() ? nullptr : &*it;
}

SelfCareLibrary parseSelfCareLibrary(std::string_view json) {
    return readDocument(json, "self-care library", readLibrary);
}

} // namespace tend
