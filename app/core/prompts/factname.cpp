#include "prompts/factname.h"

#include <algorithm>
#include <vector>

namespace tend::factname {

namespace {

template <std::size_t N> bool contains(const std::array<std::string_view, N>& list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

template <std::size_t N> std::string listed(const std::array<std::string_view, N>& list) {
    std::string text;
    for (const auto name : list)
        text += (text.empty() ? "" : ", ") + std::string(name);
    return text;
}

std::vector<std::string_view> split(std::string_view text) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (std::size_t dot = text.find('.'); dot != std::string_view::npos; dot = text.find('.', start)) {
        parts.push_back(text.substr(start, dot - start));
        start = dot + 1;
    }
    parts.push_back(text.substr(start));
    return parts;
}

bool isLiteralId(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::string quoted(std::string_view text) {
    return std::string("\"").append(text).append("\"");
}

std::optional<std::string> subjectProblem(std::string_view family, std::string_view key,
                                          std::string_view subjectFamily, std::string_view pattern) {
    if (key == subjectPlaceholder) {
        if (subjectFamily == family)
            return std::nullopt;
        return "fact " + quoted(pattern) + " uses {subject}, which needs a rule with scope " + quoted(family);
    }
    if (family == "index" && !isIndexKey(key))
        return "unknown index " + quoted(key) + " in fact " + quoted(pattern) + "; expected one of " +
               listed(indexKeys) + " or {subject}";
    if (family == "indicator" && !isLiteralId(key))
        return "invalid indicator id " + quoted(key) + " in fact " + quoted(pattern) +
               "; use lowercase letters a-z, digits and underscores, or {subject}";
    return std::nullopt;
}

} // namespace

bool isIndexKey(std::string_view key) {
    return contains(indexKeys, key);
}

std::optional<std::string> problem(std::string_view pattern, std::string_view subjectFamily) {
    if (contains(standaloneFacts, pattern))
        return std::nullopt;
    const auto parts = split(pattern);
    const bool family = parts.size() == 3 && (parts[0] == "index" || parts[0] == "indicator");
    if (!family)
        return "unknown fact " + quoted(pattern) +
               "; expected index.<key>.<measure>, indicator.<id>.<measure>, " + listed(standaloneFacts);
    if (auto keyProblem = subjectProblem(parts[0], parts[1], subjectFamily, pattern))
        return keyProblem;
    const bool known = contains(indicatorMeasures, parts[2]) ||
                       (parts[0] == "index" && contains(indexOnlyMeasures, parts[2]));
    if (!known)
        return "unknown measure " + quoted(parts[2]) + " in fact " + quoted(pattern) + "; expected one of " +
               (parts[0] == "index" ? listed(indexOnlyMeasures) + ", " : std::string()) +
               listed(indicatorMeasures);
    return std::nullopt;
}

bool isTodayFact(std::string_view pattern) {
    if (pattern == "checkins.today_answers" || pattern == "hard_moments.today" ||
        pattern == "hard_moments.intense_today" || pattern == "hard_moments.recheck_due")
        return true;
    const auto parts = split(pattern);
    return parts.size() == 3 && (parts[0] == "index" || parts[0] == "indicator") &&
           (parts[2] == "today" || parts[2] == "today_answers");
}

bool isProfileFact(std::string_view pattern) {
    return pattern.starts_with("profile.") && contains(standaloneFacts, pattern);
}

bool isAnswerCount(std::string_view pattern) {
    return pattern == "checkins.today_answers" ||
           (pattern.starts_with("index.") && pattern.ends_with(".today_answers"));
}

std::string withSubject(std::string_view pattern, std::string_view subject) {
    std::string name(pattern);
    for (auto at = name.find(subjectPlaceholder); at != std::string::npos;
         at = name.find(subjectPlaceholder, at + subject.size()))
        name.replace(at, subjectPlaceholder.size(), subject);
    return name;
}

} // namespace tend::factname
