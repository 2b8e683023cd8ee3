#pragma once

#include "domain/checkindefinition.h"
#include "prompts/promptrules.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <QString>

#include <string>

namespace tend::ui {

// What Tend says around a prompt's own wording (which comes from the rules file), translated: what kind of
// suggestion it is, what its button does, and what "not for me" did.

// "From your self-care plan", "A small step", ...; a self-care idea taken from the library rather than the
// worker's plan says so.
[[nodiscard]] QString promptKindLabel(PromptKind kind, bool fromLibrary = false);
[[nodiscard]] QString promptActionLabel(PromptAction action);
// The page the action opens ("" for none).
[[nodiscard]] QString promptActionPage(PromptAction action);
// Rule texts come from a data file, so they are looked up at run time in the "PromptRules" context.
[[nodiscard]] QString promptRuleText(const std::string& text);

// What a prompt (or a plan action's tag) is about, as the worker reads it: an index's name ("Secondary
// stress") or a check-in question's short name ("Work coming back to mind"), capitalised; the id itself when
// neither knows it.
[[nodiscard]] QString promptSubjectName(const std::string& subject, const CheckinDefinition& definition);

// How long "not for me" keeps a prompt quiet by the rule's own measure: "For today", "For a week",
// "For 2 weeks", "For 10 days".
[[nodiscard]] QString quietForLabel(int days);
// "For a month" is a calendar month: the days from `today` to the same day of the next month.
[[nodiscard]] int daysInAMonthFrom(boost::gregorian::date today);
// What "not for me" did, said on the card: "Hidden until 11 December." or, for good, where to undo it.
[[nodiscard]] QString setAsideText(boost::gregorian::date quietUntil);

} // namespace tend::ui
