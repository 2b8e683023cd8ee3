#pragma once

#include "insights/insights.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>

namespace tend::ui {

// The two sides of the top of the Insights page, side by side and of the same weight: what is going well
// and what is weighing more. Each is a few plain sentences about the last 7 days against Tend's own
// bands; none names a condition.

// Strengths: wellbeing or compassion satisfaction in the good range, recovery after the last rest, and
// the plan action whose next days look best (a pattern, not proof). `planTitle` gives a plan action's
// title, or nothing when it has left the plan.
[[nodiscard]] QStringList strengthNotes(const Insights& insights,
                                        const std::function<std::optional<QString>(std::int64_t)>& planTitle);

// Strain: an index in its harder range this week, or one in the middle range that has been moving the
// harder way for two weeks.
[[nodiscard]] QStringList strainNotes(const Insights& insights);

} // namespace tend::ui
