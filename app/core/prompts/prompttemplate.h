#pragma once

#include "insights/seriessignals.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// One piece of a prompt's title, body or reason: literal text, or a placeholder filled in when the prompt
// is made. See docs/prompt-rules.md for the syntax ("{name}", "{action}", "{index.{subject}.mean7:1}").
struct TemplatePart {
    enum class Kind { Text, SubjectName, ActionTitle, Fact, Period };
    Kind kind = Kind::Text;
    std::string text; // the literal text, the fact name (which may contain "{subject}"), or the period's name
    int decimals = 0;
};

// Words for the period the long reference reads, always known from today: "{period.long_reference_from}"
// -> "29 May", "{period.long_reference_to}" -> "28 August", "{period.long_reference_month}" -> "July" (its
// middle), so that a reason can say what it compares with.
inline constexpr std::array<std::string_view, 3> periodPlaceholders{
    "period.long_reference_from", "period.long_reference_to", "period.long_reference_month"};

struct PromptTemplate {
    std::vector<TemplatePart> parts;
};

// What placeholders are filled with. Every fact a template names must be in `facts`: rules guarantee it
// by requiring each such fact in a condition.
struct TemplateValues {
    std::string subject;
    std::string subjectName;
    std::string actionTitle;
    const std::map<std::string, double>* facts = nullptr;
    boost::gregorian::date today; // for period placeholders
    // The days the long references actually read (see Insights::longReferencePeriod); without it, the
    // whole window from today.
    std::optional<DateWindow> longReferencePeriod;
};

// Splits `text` into parts; a malformed placeholder throws DataFileError at `path`. Fact names are only
// checked for shape here: whether they name known facts depends on the rule (see promptrules.cpp).
[[nodiscard]] PromptTemplate parsePromptTemplate(std::string_view text, const std::string& path);

[[nodiscard]] std::string renderPromptTemplate(const PromptTemplate& text, const TemplateValues& values);

// Fixed decimals, and never "-0.0": a reason should not show a sign the reader cannot make sense of.
[[nodiscard]] std::string formatFactValue(double value, int decimals);

} // namespace tend
