#include "insights/insights.h"

#include "insights/indexseries.h"

#include <algorithm>
#include <optional>

namespace tend {

namespace {

using boost::gregorian::date;
using boost::gregorian::days;

constexpr double indicatorConcernShare = 0.75;

// The long reference looks back 182 days; the series starts earlier when the data do, so totals count
// everything.
date seriesStart(const InsightsInput& input) {
    auto first = longReferenceWindow(input.today).from;
    // A record without a real date (never stored, but possible in a hand-built input) must not pull the start
    // to a special value.
    for (const auto& checkin : input.checkins)
        if (!checkin.date.is_special())
            first = std::min(first, checkin.date);
    for (const auto& moment : input.hardMoments)
        if (!moment.occurredAt.is_special())
            first = std::min(first, moment.occurredAt.date());
    return first;
}

// A series made only of questions about the work does not apply on the worker's days off and leave.
NotApplicableDays restDaysIf(bool workOnly, const InsightsInput& input) {
    NotApplicableDays restDays;
    if (!workOnly)
        return restDays;
    for (const auto& checkin : input.checkins)
        if (checkin.restDay && checkin.date <= input.today)
            restDays.insert(checkin.date);
    return restDays;
}

bool tracksOnlyWorkItems(const IndexDefinition& index, const InsightsInput& input) {
    bool any = false;
    for (const auto& item : input.definition.items) {
        if (!input.trackedItems.contains(item.id) ||
            std::find(index.groups.begin(), index.groups.end(), item.group) == index.groups.end())
            continue;
        if (!item.work)
            return false;
        any = true;
    }
    return any;
}

IndexInsight indexInsight(IndexId id, const InsightsInput& input, date from,
                          const std::optional<RestRun>& rest) {
    const auto daily = indexSeries(id, input.definition, input.trackedItems, input.checkins,
                                   input.hardMoments, from, input.today);
    const auto notApplicable = restDaysIf(tracksOnlyWorkItems(indexDefinition(id), input), input);
    const auto current = currentIndexValue(id, daily, input.today, notApplicable);
    IndexInsight insight;
    insight.id = id;
    insight.status = current.status;
    insight.value = current.value;
    if (current.value)
        insight.band = indexBand(id, *current.value);
    insight.days7 = current.days7;
    insight.totalDays = current.totalDays;
    const SignalScale scale{indexDefinition(id).polarity, 0.0, 100.0, [id](double value) {
                                return inConcernBand(id, value);
                            }};
    insight.signalValues = seriesSignals(daily, input.today, scale, rest, notApplicable);
    insight.weeks8 = weeksInBand(id, daily, input.today, notApplicable);
    return insight;
}

IndicatorInsight indicatorInsight(const CheckinItem& item, const InsightsInput& input, date from,
                                  const std::optional<RestRun>& rest) {
    IndicatorInsight insight;
    insight.itemId = item.id;
    insight.name = item.name;
    insight.scale = item.scale;
    insight.polarity = item.polarity;
    const SignalScale scale{item.polarity, static_cast<double>(item.scale.min),
                            static_cast<double>(item.scale.max), [&item](double value) {
                                return indicatorInConcern(item, value);
                            }};
    insight.signalValues = seriesSignals(itemSeries(input.checkins, item.id, from, input.today), input.today,
                                         scale, rest, restDaysIf(item.work, input));
    return insight;
}

// The long reference window narrowed to the days in it that hold a check-in: a reason that names the
// period it compares with must not name weeks the worker was not using Tend.
DateWindow checkedInPeriod(const std::vector<Checkin>& checkins, date today) {
    const auto window = longReferenceWindow(today);
    std::optional<date> first;
    std::optional<date> last;
    for (const auto& checkin : checkins) {
        if (checkin.date.is_special() || checkin.date < window.from || checkin.date > window.to ||
            checkin.isEmpty())
            continue;
        first = first ? std::min(*first, checkin.date) : checkin.date;
        last = last ? std::max(*last, checkin.date) : checkin.date;
    }
    if (!first)
        return window;
    return {*first, *last};
}

CheckinCounts countCheckins(const std::vector<Checkin>& checkins, date today) {
    CheckinCounts counts;
    for (const auto& checkin : checkins) {
        if (checkin.date > today || checkin.isEmpty())
            continue;
        ++counts.total;
        if (checkin.date > today - days(7))
            ++counts.days7;
    }
    return counts;
}

} // namespace

bool indicatorInConcern(const CheckinItem& item, double value) {
    const double range = item.scale.max - item.scale.min;
    if (item.polarity == Polarity::HigherIsWorse)
        return value >= item.scale.min + indicatorConcernShare * range;
    return value <= item.scale.min + (1.0 - indicatorConcernShare) * range;
}

Insights computeInsights(const InsightsInput& input) {
    Insights insights;
    insights.today = input.today;
    const auto from = seriesStart(input);
    const auto rest = mostRecentRestRun(input.checkins, input.today);

    for (const auto id : allIndices)
        insights.indices.push_back(indexInsight(id, input, from, rest));

    for (const auto& item : input.definition.items)
        if (item.kind == ItemKind::Rating && input.trackedItems.contains(item.id))
            insights.indicators.push_back(indicatorInsight(item, input, from, rest));

    insights.rest = realRest(input.checkins, input.today);

    const auto wellbeing = indexSeries(IndexId::Wellbeing, input.definition, input.trackedItems,
                                       input.checkins, input.hardMoments, from, input.today);
    std::set<date> checkinDays;
    for (const auto& checkin : input.checkins)
        if (checkin.date <= input.today)
            checkinDays.insert(checkin.date);
    insights.whatHelps =
        whatHelps(wellbeing, checkinDays, input.selfcareTicks, input.planActions, input.today);

    insights.checkins = countCheckins(input.checkins, input.today);
    if (!input.today.is_special())
        insights.longReferencePeriod = checkedInPeriod(input.checkins, input.today);
    insights.todayReading =
        readDay(input.definition, input.trackedItems, input.checkins, input.hardMoments, input.today);
    return insights;
}

} // namespace tend
