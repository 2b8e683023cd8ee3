#pragma once

#include "content/learningcards.h"
#include "content/selfcarecategory.h"
#include "content/selfcarelibrary.h"
#include "insights/restandrecovery.h"
#include "insights/whathelps.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tend::ui {

// Everything the Self-care page and the check-in say about self-care, translated. Observations about the
// worker's own days are worded as patterns, never as causes: a tick and a better next day may share a
// reason the app cannot see.

[[nodiscard]] QString selfCareCategoryName(SelfCareCategory category);
// Library and learning card wording comes from data files, so it is looked up at run time.
[[nodiscard]] QString libraryTitle(const SelfCareAction& action);
[[nodiscard]] QString libraryDetail(const SelfCareAction& action);
[[nodiscard]] QString roughMinutes(int minutes);
[[nodiscard]] QString cardTitle(const LearningCard& card);
[[nodiscard]] QString cardSummary(const LearningCard& card);
[[nodiscard]] QStringList cardParagraphs(const LearningCard& card);

// "On days after you did “…”, your wellbeing averaged 68 out of 100, compared with 52 …".
[[nodiscard]] QString whatHelpsSentence(const ActionObservation& observation, const QString& actionTitle);
// What the observations need before there are any.
[[nodiscard]] QString whatHelpsWaitingText(bool planEmpty);
// The last day marked as rest, or how to mark one. Never a countdown.
[[nodiscard]] QString restSentence(const std::optional<RealRest>& rest, boost::gregorian::date today);
// What "since the last rest day" counted: the check-ins marked as working days, never days without one.
// Empty while the last rest day was today or yesterday.
[[nodiscard]] QString restCountedSentence(const std::optional<RealRest>& rest);

// Recovery after the last rest run smaller than this (points on 0-100) is too close to day-to-day
// variation to call a strength.
inline constexpr double noticeableRecovery = 5.0;

// How wellbeing and the strain of secondary traumatic stress moved across the last rest run, said only
// where it got better by a noticeable amount; empty otherwise.
[[nodiscard]] QString recoverySentence(const std::optional<RecoveryAfterRest>& wellbeing,
                                       const std::optional<RecoveryAfterRest>& stsLoad);

} // namespace tend::ui
