#pragma once

#include "prompts/promptrules.h"

#include <string>

namespace tend {

// Checks of one parsed rule that look at several of its parts together, run by the loader. Each throws
// DataFileError naming the place under `path` (the rule's own place, e.g. "rules[3]").

// An acute rule rests on at least two of today's answers (one of its conditions must say so, on
// "index.<key>.today_answers" or "checkins.today_answers"), because a single answer never surfaces crisis
// content; and its title and body show no numbers, because once shown it stays in reach for the rest of the
// day even after today's answers change.
void checkAcuteRule(const PromptRule& rule, const std::string& path);

// A number shown in a title, body or reason must not print as 0 when the rule's own conditions rule 0 out
// ("rising by about 0 points a week" from slope14 > 0 shown without decimals): the condition must start
// where the shown number is at least 1 of its last digit.
void checkShownNumbers(const PromptRule& rule, const std::string& path);

} // namespace tend
