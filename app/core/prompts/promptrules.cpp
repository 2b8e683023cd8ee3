#include "prompts/promptrules.h"

#include "formats/jsonfields.h"
#include "prompts/factname.h"
#include "prompts/ruleconsistency.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <set>
#include <utility>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.prompt-rules";
constexpr std::size_t maxRules = 200;
constexpr std::size_t maxConditions = 8;
constexpr std::size_t maxSubjects = 100;
constexpr std::size_t maxIdLength = 64;
constexpr std::size_t maxFactLength = 120;
constexpr std::size_t maxTitleLength = 120;
constexpr std::size_t maxBodyLength = 600;
constexpr std::size_t maxReasonLength = 300;
constexpr int maxQuietDays = 365;
constexpr double maxConditionMagnitude = 1e9;

constexpr std::array topLevelKeys{"format", "version", "rules"};
constexpr std::array ruleKeys{"id",    "kind",      "scope",       "subjects", "when",
                              "title", "body",      "reason",      "action",   "quiet_days",
                              "acute", "immediate", "from_library"};
constexpr std::array conditionKeys{"fact", "op", "value"};
constexpr std::array libraryWordingKeys{"title", "body"};

constexpr std::array<std::pair<std::string_view, PromptKind>, 6> kindKeys{{
    {"self_care", PromptKind::SelfCare},
    {"micro_action", PromptKind::MicroAction},
    {"moment_follow_up", PromptKind::MomentFollowUp},
    {"talk_to_supervisor", PromptKind::TalkToSupervisor},
    {"professional_support", PromptKind::ProfessionalSupport},
    {"crisis", PromptKind::Crisis},
}};
constexpr std::array<std::pair<std::string_view, RuleScope>, 3> scopeKeys{{
    {"global", RuleScope::Global},
    {"index", RuleScope::Index},
    {"indicator", RuleScope::Indicator},
}};
constexpr std::array<std::pair<std::string_view, PromptAction>, 6> actionKeys{{
    {"open_selfcare", PromptAction::OpenSelfCare},
    {"open_supervision_prep", PromptAction::OpenSupervisionPrep},
    {"open_support", PromptAction::OpenSupport},
    {"open_crisis", PromptAction::OpenCrisis},
    {"open_moment_followup", PromptAction::OpenMomentFollowUp},
    {"none", PromptAction::None},
}};
constexpr std::array<std::pair<std::string_view, CompareOp>, 5> opKeys{{
    {">", CompareOp::Greater},
    {">=", CompareOp::GreaterOrEqual},
    {"<", CompareOp::Less},
    {"<=", CompareOp::LessOrEqual},
    {"==", CompareOp::Equal},
}};

template <typename T, std::size_t N>
T readChoice(const json& object, std::string_view key, const std::string& path,
             const std::array<std::pair<std::string_view, T>, N>& choices, std::string_view what) {
    const auto choicePath = member(path, key);
    const auto text = readString(require(object, key, path), choicePath);
    std::string list;
    for (const auto& [name, value] : choices) {
        if (name == text)
            return value;
        list += (list.empty() ? "" : ", ") + std::string(name);
    }
    throw DataFileError(choicePath,
                        "unknown " + std::string(what) + " " + inQuotes(text) + "; expected one of " + list);
}

// "{subject}" in a fact stands for this family's key; empty when the rule has no subject.
std::string_view subjectFamily(RuleScope scope) {
    switch (scope) {
    case RuleScope::Index:
        return "index";
    case RuleScope::Indicator:
        return "indicator";
    case RuleScope::Global:
        break;
    }
    return {};
}

std::vector<std::string> readSubjects(const json& rule, const std::string& path, RuleScope scope) {
    if (!rule.contains("subjects"))
        return {};
    const auto subjectsPath = member(path, "subjects");
    if (scope == RuleScope::Global)
        throw DataFileError(subjectsPath, "not allowed for a rule with scope \"global\"");
    const auto& value = rule["subjects"];
    expectArray(value, subjectsPath, 1, maxSubjects);
    std::vector<std::string> subjects;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto subjectPath = indexed(subjectsPath, i);
        auto subject = readId(value[i], subjectPath, maxIdLength);
        if (scope == RuleScope::Index && !factname::isIndexKey(subject)) {
            std::string list;
            for (const auto key : factname::indexKeys)
                list += (list.empty() ? "" : ", ") + std::string(key);
            throw DataFileError(subjectPath,
                                "unknown index " + inQuotes(subject) + "; expected one of " + list);
        }
        if (std::find(subjects.begin(), subjects.end(), subject) != subjects.end())
            throw DataFileError(subjectPath, "duplicate subject " + inQuotes(subject));
        subjects.push_back(std::move(subject));
    }
    return subjects;
}

std::string readFact(const json& condition, const std::string& path, const PromptRule& rule) {
    const auto factPath = member(path, "fact");
    auto fact = readText(require(condition, "fact", path), factPath, maxFactLength);
    if (auto problem = factname::problem(fact, subjectFamily(rule.scope)))
        throw DataFileError(factPath, *problem);
    // Acute and immediate rules answer what was entered today as soon as it is saved, so they may not lean
    // on older days; the organisation profile is no day at all, so it may shape them.
    if ((rule.acute || rule.immediate) && !factname::isTodayFact(fact) && !factname::isProfileFact(fact))
        throw DataFileError(factPath,
                            std::string(rule.acute ? "an acute" : "an immediate") +
                                " rule reads only today's check-in; use a fact ending in \".today\" "
                                "or \".today_answers\", checkins.today_answers, a hard_moments fact "
                                "or a profile fact, found " +
                                inQuotes(fact));
    return fact;
}

std::vector<PromptCondition> readConditions(const json& rule, const std::string& path,
                                            const PromptRule& parsed) {
    const auto scope = parsed.scope;
    const auto whenPath = member(path, "when");
    const auto& value = require(rule, "when", path);
    expectArray(value, whenPath, 1, maxConditions);
    std::vector<PromptCondition> conditions;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto conditionPath = indexed(whenPath, i);
        const auto& entry = value[i];
        expectObject(entry, conditionPath);
        rejectUnknownKeys(entry, conditionPath, conditionKeys);
        PromptCondition condition;
        condition.fact = readFact(entry, conditionPath, parsed);
        condition.op = readChoice(entry, "op", conditionPath, opKeys, "comparison");
        condition.value = readNumber(require(entry, "value", conditionPath), member(conditionPath, "value"),
                                     -maxConditionMagnitude, maxConditionMagnitude);
        conditions.push_back(std::move(condition));
    }
    const bool namesSubject = std::any_of(conditions.begin(), conditions.end(), [](const PromptCondition& c) {
        return c.fact.find(factname::subjectPlaceholder) != std::string::npos;
    });
    // The subjects of a scoped rule are found through its facts, so one condition must be about them.
    if (scope != RuleScope::Global && !namesSubject)
        throw DataFileError(whenPath, "a rule with scope " + inQuotes(subjectFamily(scope)) +
                                          " needs at least one condition on a fact containing {subject}");
    return conditions;
}

void checkTemplateFacts(const PromptTemplate& text, const std::string& path, const PromptRule& rule) {
    for (const auto& part : text.parts) {
        if (part.kind == TemplatePart::Kind::SubjectName && rule.scope == RuleScope::Global)
            throw DataFileError(path, "{name} needs a rule with scope \"index\" or \"indicator\"");
        if (part.kind == TemplatePart::Kind::ActionTitle && rule.kind != PromptKind::SelfCare)
            throw DataFileError(path, "{action} is only filled in for self_care rules");
        if (part.kind != TemplatePart::Kind::Fact)
            continue;
        if (auto problem = factname::problem(part.text, subjectFamily(rule.scope)))
            throw DataFileError(path, *problem);
        const bool required = std::any_of(rule.when.begin(), rule.when.end(),
                                          [&](const PromptCondition& c) { return c.fact == part.text; });
        // A fact missing from the table makes its condition false, so a required fact is always there.
        if (!required)
            throw DataFileError(path, "fact " + inQuotes(part.text) +
                                          " is shown but no condition in \"when\" requires it, so it could "
                                          "be missing; add a condition on it");
    }
}

PromptTemplate readTemplate(const json& rule, std::string_view key, const std::string& path,
                            std::size_t maxLength, const PromptRule& parsed) {
    const auto textPath = member(path, key);
    const auto text = readText(require(rule, key, path), textPath, maxLength);
    auto result = parsePromptTemplate(text, textPath);
    checkTemplateFacts(result, textPath, parsed);
    return result;
}

std::optional<LibraryWording> readLibraryWording(const json& rule, const std::string& path,
                                                 const PromptRule& parsed) {
    if (!rule.contains("from_library"))
        return std::nullopt;
    const auto wordingPath = member(path, "from_library");
    if (parsed.kind != PromptKind::SelfCare)
        throw DataFileError(wordingPath, "only a self_care rule can suggest something from the library");
    const auto& value = rule["from_library"];
    expectObject(value, wordingPath);
    rejectUnknownKeys(value, wordingPath, libraryWordingKeys);
    LibraryWording wording;
    wording.title = readTemplate(value, "title", wordingPath, maxTitleLength, parsed);
    wording.body = readTemplate(value, "body", wordingPath, maxBodyLength, parsed);
    return wording;
}

PromptRule readRule(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, ruleKeys);

    PromptRule rule;
    rule.id = readId(require(value, "id", path), member(path, "id"), maxIdLength);
    rule.kind = readChoice(value, "kind", path, kindKeys, "kind");
    rule.scope = readChoice(value, "scope", path, scopeKeys, "scope");
    if (rule.kind == PromptKind::SelfCare && rule.scope == RuleScope::Global)
        throw DataFileError(member(path, "scope"), "a self_care rule needs scope \"index\" or \"indicator\", "
                                                   "so that it can be matched to the worker's plan");
    rule.subjects = readSubjects(value, path, rule.scope);
    if (value.contains("acute"))
        rule.acute = readBool(value["acute"], member(path, "acute"));
    if (rule.acute && rule.kind != PromptKind::Crisis)
        throw DataFileError(member(path, "acute"), "only a crisis rule can be acute");
    if (value.contains("immediate"))
        rule.immediate = readBool(value["immediate"], member(path, "immediate"));
    if (rule.immediate && rule.kind == PromptKind::Crisis)
        throw DataFileError(member(path, "immediate"),
                            "a crisis rule that answers today is marked \"acute\", not \"immediate\"");
    rule.when = readConditions(value, path, rule);
    rule.title = readTemplate(value, "title", path, maxTitleLength, rule);
    rule.body = readTemplate(value, "body", path, maxBodyLength, rule);
    rule.reason = readTemplate(value, "reason", path, maxReasonLength, rule);
    rule.fromLibrary = readLibraryWording(value, path, rule);
    rule.action = readChoice(value, "action", path, actionKeys, "action");
    if (value.contains("quiet_days"))
        rule.quietDays =
            static_cast<int>(readInteger(value["quiet_days"], member(path, "quiet_days"), 1, maxQuietDays));
    checkAcuteRule(rule, path);
    checkShownNumbers(rule, path);
    return rule;
}

std::vector<PromptRule> readRules(const json& root) {
    const auto& value = require(root, "rules", "");
    expectArray(value, "rules", 1, maxRules);
    std::vector<PromptRule> rules;
    std::map<std::string, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto path = indexed("rules", i);
        rules.push_back(readRule(value[i], path));
        const auto [it, inserted] = firstIndexOf.emplace(rules.back().id, i);
        if (!inserted)
            throw DataFileError(path + ".id", "duplicate id " + inQuotes(rules.back().id) +
                                                  ", already used by " + indexed("rules", it->second));
    }
    return rules;
}

PromptRules readFile(const json& root) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);
    PromptRules rules;
    rules.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    rules.rules = readRules(root);
    return rules;
}

} // namespace

const PromptRule* PromptRules::find(std::string_view id) const {
    const auto it =
        std::find_if(rules.begin(), rules.end(), [&](const PromptRule& rule) { return rule.id == id; });
    return it == rules.end() ? nullptr : &*it;
}

std::string_view promptKindKey(PromptKind kind) {
    for (const auto& [name, value] : kindKeys)
        if (value == kind)
            return name;
    return {};
}

std::optional<PromptKind> promptKindFromKey(std::string_view key) {
    for (const auto& [name, value] : kindKeys)
        if (name == key)
            return value;
    return std::nullopt;
}

std::string_view promptActionKey(PromptAction action) {
    for (const auto& [name, value] : actionKeys)
        if (value == action)
            return name;
    return {};
}

PromptRules parsePromptRules(std::string_view json) {
    return readDocument(json, "prompt rules", readFile);
}

} // namespace tend
