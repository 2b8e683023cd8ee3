#include "selfcare/plantagchoices.h"

#include "insights/indexdefinition.h"
#include "insights/promptwording.h"

#include <set>

namespace tend::ui {

namespace {

// What self-care rules may suggest an action for: their subjects, or every indicator or index when a rule
// names none.
std::set<std::string> selfCareSubjects(const PromptRules& rules, const CheckinDefinition& definition) {
    std::set<std::string> subjects;
    for (const auto& rule : rules.rules) {
        if (rule.kind != PromptKind::SelfCare)
            continue;
        if (!rule.subjects.empty()) {
            subjects.insert(rule.subjects.begin(), rule.subjects.end());
        } else if (rule.scope == RuleScope::Indicator) {
            for (const auto& item : definition.items)
                subjects.insert(item.id);
        } else if (rule.scope == RuleScope::Index) {
            for (const auto id : allIndices)
                subjects.insert(std::string(indexDefinition(id).key));
        }
    }
    return subjects;
}

} // namespace

std::vector<PlanTag> planTagChoices(const SelfCareLibrary& library, const PromptRules& rules,
                                    const CheckinDefinition& definition) {
    std::set<std::string> used;
    for (const auto& action : library.actions)
        used.insert(action.suits.begin(), action.suits.end());
    const auto subjects = selfCareSubjects(rules, definition);
    const auto offered = [&](const std::string& tag) {
        return used.contains(tag) && subjects.contains(tag);
    };

    std::vector<PlanTag> tags;
    for (const auto& item : definition.items)
        if (item.kind == ItemKind::Rating && !item.retired && offered(item.id))
            tags.push_back({item.id, promptSubjectName(item.id, definition)});
    for (const auto id : allIndices) {
        const std::string key(indexDefinition(id).key);
        if (offered(key))
            tags.push_back({key, promptSubjectName(key, definition)});
    }
    return tags;
}

} // namespace tend::ui
