#pragma once

#include "supervision/supervisionsummary.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <array>

namespace tend::ui {

class AppSession;

// Builds the "prepare for supervision" summary of the weeks ending today from what the worker stored:
// answers, rest days, self-care ticks, the number of hard moments and assessment scores. It never reads
// a note (of a check-in or of a hard moment): private words stay private, and the only free text a
// summary can hold is what the worker types for it.
class SupervisionSummaryBuilder final {
public:
    static constexpr std::array<int, 4> periodWeeks{2, 4, 8, 12};
    // An index mean needs this many days with a value, in the period and in the one before.
    static constexpr std::size_t minimumDays = 3;
    // Index means closer than this (on 0-100) read as "about the same": smaller moves are within the
    // ordinary wobble of a few answers.
    static constexpr double steadyWithin = 5.0;

    explicit SupervisionSummaryBuilder(AppSession& session);

    // The summary of the `weeks` weeks ending today (one of periodWeeks; anything else is clamped to
    // them), every section included and no talking points yet. Throws StorageError.
    [[nodiscard]] SupervisionSummary build(int weeks) const;

    // The first day of a period of `weeks` weeks ending on `today`.
    [[nodiscard]] static boost::gregorian::date periodStart(boost::gregorian::date today, int weeks);
    [[nodiscard]] static int validWeeks(int weeks);

private:
    AppSession& m_session;
};

} // namespace tend::ui
