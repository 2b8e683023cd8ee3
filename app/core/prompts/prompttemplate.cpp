#include "prompts/prompttemplate.h"

#include "formats/datafileerror.h"
#include "formats/jsonfields.h"
#include "insights/seriessignals.h"
#include "prompts/factname.h"
#include "time/datewords.h"

#include <algorithm>
#include <cstdio>

namespace tend {

namespace {

constexpr int maxDecimals = 2;

std::string position(std::string_view text, std::size_t byteOffset) {
    return "at character " + std::to_string(jsonfields::characterCount(text.substr(0, byteOffset)) + 1);
}

// The offset of the "}" that closes the "{" at `open`; placeholders nest one level, for "{subject}".
std::size_t closingBrace(std::string_view text, std::size_t open) {
    int depth = 0;
    for (std::size_t i = open; i < text.size(); ++i) {
        if (text[i] == '{')
            ++depth;
        else if (text[i] == '}' && --depth == 0)
            return i;
    }
    return std::string_view::npos;
}

TemplatePart factPart(std::string_view content, const std::string& path) {
    TemplatePart part{TemplatePart::Kind::Fact, std::string(content), 0};
    const auto colon = content.rfind(':');
    if (colon == std::string_view::npos)
        return part;
    const auto decimals = content.substr(colon + 1);
    if (decimals.size() != 1 || decimals[0] < '0' || decimals[0] > '0' + maxDecimals)
        throw DataFileError(path, "placeholder {" + std::string(content) +
                                      "}: the number after \":\" is how " +
                                      "many decimals to show, and must be 0, 1 or 2");
    part.text = std::string(content.substr(0, colon));
    part.decimals = decimals[0] - '0';
    return part;
}

TemplatePart placeholderPart(std::string_view content, const std::string& path) {
    if (content == "name")
        return {TemplatePart::Kind::SubjectName, {}, 0};
    if (content == "action")
        return {TemplatePart::Kind::ActionTitle, {}, 0};
    if (content.starts_with("period.")) {
        if (std::find(periodPlaceholders.begin(), periodPlaceholders.end(), content) ==
            periodPlaceholders.end())
            throw DataFileError(path, "unknown placeholder {" + std::string(content) +
                                          "}; the periods are {period.long_reference_from}, "
                                          "{period.long_reference_to} and {period.long_reference_month}");
        return {TemplatePart::Kind::Period, std::string(content), 0};
    }
    if (content.find('.') != std::string_view::npos)
        return factPart(content, path);
    throw DataFileError(path,
                        "unknown placeholder {" + std::string(content) +
                            "}; expected {name}, {action} or a fact such as {indicator.{subject}.mean7:1}");
}

} // namespace

PromptTemplate parsePromptTemplate(std::string_view text, const std::string& path) {
    PromptTemplate result;
    std::string literal;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '}')
            throw DataFileError(path, "a \"}\" " + position(text, i) + " closes no placeholder");
        if (text[i] != '{') {
            literal += text[i];
            continue;
        }
        const auto close = closingBrace(text, i);
        if (close == std::string_view::npos)
            throw DataFileError(path, "the placeholder starting " + position(text, i) + " is never closed");
        if (!literal.empty())
            result.parts.push_back({TemplatePart::Kind::Text, std::move(literal), 0});
        literal.clear();
        result.parts.push_back(placeholderPart(text.substr(i + 1, close - i - 1), path));
        i = close;
    }
    if (!literal.empty())
        result.parts.push_back({TemplatePart::Kind::Text, std::move(literal), 0});
    return result;
}

std::string formatFactValue(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.starts_with('-') && text.find_first_not_of("-0.") == std::string::npos)
        text.erase(0, 1);
    return text;
}

namespace {

std::string periodText(const std::string& name, const TemplateValues& values) {
    const auto window = values.longReferencePeriod.value_or(longReferenceWindow(values.today));
    if (name == "period.long_reference_from")
        return dayAndMonth(window.from);
    if (name == "period.long_reference_to")
        return dayAndMonth(window.to);
    return monthName(window.middle());
}

} // namespace

std::string renderPromptTemplate(const PromptTemplate& text, const TemplateValues& values) {
    std::string result;
    for (const auto& part : text.parts) {
        switch (part.kind) {
        case TemplatePart::Kind::Text:
            result += part.text;
            break;
        case TemplatePart::Kind::SubjectName:
            result += values.subjectName;
            break;
        case TemplatePart::Kind::ActionTitle:
            result += values.actionTitle;
            break;
        case TemplatePart::Kind::Fact:
            result += formatFactValue(values.facts->at(factname::withSubject(part.text, values.subject)),
                                      part.decimals);
            break;
        case TemplatePart::Kind::Period:
            result += periodText(part.text, values);
            break;
        }
    }
    return result;
}

} // namespace tend
