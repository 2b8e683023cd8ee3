#include "insights/restandrecovery.h"

#include "insights/seriesrange.h"

#include <algorithm>
#include <set>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::gregorian::days;

constexpr long recoveryWindowDays = 7;
constexpr std::size_t minimumValuesEachSide = 2;

std::set<date> restDaysUpTo(const std::vector<Checkin>& checkins, date today) {
    std::set<date> restDays;
    for (const auto& checkin : checkins)
        if (checkin.restDay && checkin.date <= today)
            restDays.insert(checkin.date);
    return restDays;
}

} // namespace

std::optional<RealRest> realRest(const std::vector<Checkin>& checkins, date today) {
    const auto restDays = restDaysUpTo(checkins, today);
    if (restDays.empty())
        return std::nullopt;
    const auto last = *restDays.rbegin();
    const auto working = std::count_if(checkins.begin(), checkins.end(), [&](const Checkin& checkin) {
        return checkin.date > last && checkin.date <= today && !checkin.restDay && !checkin.isEmpty();
    });
    return RealRest{last, static_cast<int>((today - last).days()), static_cast<int>(working)};
}

std::optional<RestRun> mostRecentRestRun(const std::vector<Checkin>& checkins, date today) {
    const auto restDays = restDaysUpTo(checkins, today);
    for (auto it = restDays.rbegin(); it != restDays.rend();) {
        RestRun run{*it, *it};
        for (++it; it != restDays.rend() && *it == run.first - days(1); ++it)
            run.first = *it;
        if (run.last == today)
            continue;
        if (run.last < today - days(restLookbackDays))
            return std::nullopt;
        return run;
    }
    return std::nullopt;
}

std::optional<RecoveryAfterRest> recoveryAfterRest(const DailySeries& series, const RestRun& run, date today,
                                                   Polarity polarity) {
    const auto before = valuesIn(series, run.first - days(recoveryWindowDays), run.first - days(1));
    const auto after =
        valuesIn(series, run.last + days(1), std::min(today, run.last + days(recoveryWindowDays)));
    const auto meanBefore = meanOf(before, minimumValuesEachSide);
    const auto meanAfter = meanOf(after, minimumValuesEachSide);
    if (!meanBefore || !meanAfter)
        return std::nullopt;
    RecoveryAfterRest recovery;
    recovery.run = run;
    recovery.before = *meanBefore;
    recovery.after = *meanAfter;
    recovery.improvement =
        polarity == Polarity::HigherIsBetter ? *meanAfter - *meanBefore : *meanBefore - *meanAfter;
    recovery.daysBefore = static_cast<int>(before.size());
    recovery.daysAfter = static_cast<int>(after.size());
    return recovery;
}

} // namespace tend
