#include "prompts/ruleconsistency.h"

#include "formats/datafileerror.h"
#include "formats/jsonfields.h"
#include "prompts/factname.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace tend {

namespace {

using jsonfields::member;

constexpr int minimumAcuteAnswers = 2;

const char* opText(CompareOp op) {
    switch (op) {
    case CompareOp::Greater:
        return ">";
    case CompareOp::GreaterOrEqual:
        return ">=";
    case CompareOp::Less:
        return "<";
    case CompareOp::LessOrEqual:
        return "<=";
    case CompareOp::Equal:
        return "==";
    }
    return "";
}

// Whether the condition holds only with at least `minimum` answers.
bool requiresAnswers(const PromptCondition& condition, int minimum) {
    if (!factname::isAnswerCount(condition.fact))
        return false;
    switch (condition.op) {
    case CompareOp::GreaterOrEqual:
    case CompareOp::Equal:
        return condition.value >= minimum;
    case CompareOp::Greater:
        return condition.value >= minimum - 1;
    case CompareOp::Less:
    case CompareOp::LessOrEqual:
        return false;
    }
    return false;
}

bool showsFacts(const PromptTemplate& text) {
    return std::any_of(text.parts.begin(), text.parts.end(),
                       [](const TemplatePart& part) { return part.kind == TemplatePart::Kind::Fact; });
}

// The range a fact's conditions allow: each end with whether it is excluded.
struct Bounds {
    double lower = -std::numeric_limits<double>::infinity();
    bool lowerExcluded = false;
    double upper = std::numeric_limits<double>::infinity();
    bool upperExcluded = false;
    const PromptCondition* lowerCondition = nullptr;
    const PromptCondition* upperCondition = nullptr;

    void raiseLower(double value, bool excluded, const PromptCondition& condition) {
        if (value > lower || (value == lower && excluded && !lowerExcluded)) {
            lower = value;
            lowerExcluded = excluded;
            lowerCondition = &condition;
        }
    }
    void lowerUpper(double value, bool excluded, const PromptCondition& condition) {
        if (value < upper || (value == upper && excluded && !upperExcluded)) {
            upper = value;
            upperExcluded = excluded;
            upperCondition = &condition;
        }
    }
};

Bounds boundsOf(const std::string& fact, const std::vector<PromptCondition>& conditions) {
    Bounds bounds;
    for (const auto& condition : conditions) {
        if (condition.fact != fact)
            continue;
        switch (condition.op) {
        case CompareOp::Greater:
            bounds.raiseLower(condition.value, true, condition);
            break;
        case CompareOp::GreaterOrEqual:
            bounds.raiseLower(condition.value, false, condition);
            break;
        case CompareOp::Less:
            bounds.lowerUpper(condition.value, true, condition);
            break;
        case CompareOp::LessOrEqual:
            bounds.lowerUpper(condition.value, false, condition);
            break;
        case CompareOp::Equal:
            bounds.raiseLower(condition.value, false, condition);
            bounds.lowerUpper(condition.value, false, condition);
            break;
        }
    }
    return bounds;
}

bool printsAsZero(double value, int decimals) {
    const auto text = formatFactValue(value, decimals);
    return text.find_first_not_of("-0.") == std::string::npos;
}

// The value as written in a rule file: no more decimals than it has (up to 2).
std::string conditionValue(double value) {
    for (int decimals = 0; decimals < 2; ++decimals) {
        const auto scaled = value * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-9)
            return formatFactValue(value, decimals);
    }
    return formatFactValue(value, 2);
}

std::string conditionText(const PromptCondition& condition) {
    return std::string(condition.fact)
        .append(" ")
        .append(opText(condition.op))
        .append(" ")
        .append(conditionValue(condition.value));
}

std::string placeholderText(const TemplatePart& part) {
    auto text = std::string("{").append(part.text);
    if (part.decimals > 0)
        text.append(":").append(std::to_string(part.decimals));
    return text.append("}");
}

[[noreturn]] void showsZero(const std::string& path, const TemplatePart& part,
                            const PromptCondition& condition, std::string_view bound,
                            const std::string& step) {
    throw DataFileError(path, placeholderText(part)
                                  .append(" can show 0 although the condition ")
                                  .append(conditionText(condition))
                                  .append(" rules 0 out; require ")
                                  .append(bound)
                                  .append(step)
                                  .append(", or show more decimals"));
}

void checkPart(const TemplatePart& part, const std::vector<PromptCondition>& conditions,
               const std::string& path) {
    const auto bounds = boundsOf(part.text, conditions);
    const auto smallestStep = formatFactValue(std::pow(10.0, -part.decimals), part.decimals);
    // The value nearest zero that the conditions still allow, on each side of zero.
    if (bounds.lower > 0.0 || (bounds.lower == 0.0 && bounds.lowerExcluded)) {
        const auto nearest = bounds.lowerExcluded
                                 ? std::nextafter(bounds.lower, std::numeric_limits<double>::infinity())
                                 : bounds.lower;
        if (printsAsZero(nearest, part.decimals))
            showsZero(path, part, *bounds.lowerCondition, "at least ", smallestStep);
    }
    if (bounds.upper < 0.0 || (bounds.upper == 0.0 && bounds.upperExcluded)) {
        const auto nearest = bounds.upperExcluded
                                 ? std::nextafter(bounds.upper, -std::numeric_limits<double>::infinity())
                                 : bounds.upper;
        if (printsAsZero(nearest, part.decimals))
            showsZero(path, part, *bounds.upperCondition, "at most -", smallestStep);
    }
}

void checkTemplate(const PromptTemplate& text, const std::vector<PromptCondition>& conditions,
                   const std::string& path) {
    for (const auto& part : text.parts)
        if (part.kind == TemplatePart::Kind::Fact)
            checkPart(part, conditions, path);
}

} // namespace

void checkAcuteRule(const PromptRule& rule, const std::string& path) {
    if (!rule.acute)
        return;
    for (const auto& [key, text] : {std::pair("title", &rule.title), std::pair("body", &rule.body)})
        if (showsFacts(*text))
            throw DataFileError(
                member(path, key),
                "an acute rule shows numbers only in its reason: it stays in reach for the rest "
                "of the day, also after today's answers have changed");
    const bool basis = std::any_of(rule.when.begin(), rule.when.end(), [](const PromptCondition& condition) {
        return requiresAnswers(condition, minimumAcuteAnswers);
    });
    if (!basis)
        throw DataFileError(
            member(path, "when"),
            "an acute rule must rest on at least 2 of today's answers, so that one answer alone "
            "never brings crisis resources; add a condition such as "
            "{\"fact\": \"index.sts_load.today_answers\", \"op\": \">=\", \"value\": 2}");
}

void checkShownNumbers(const PromptRule& rule, const std::string& path) {
    checkTemplate(rule.title, rule.when, member(path, "title"));
    checkTemplate(rule.body, rule.when, member(path, "body"));
    checkTemplate(rule.reason, rule.when, member(path, "reason"));
    if (rule.fromLibrary) {
        checkTemplate(rule.fromLibrary->title, rule.when, member(member(path, "from_library"), "title"));
        checkTemplate(rule.fromLibrary->body, rule.when, member(member(path, "from_library"), "body"));
    }
}

} // namespace tend
