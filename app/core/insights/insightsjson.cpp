#include "insights/insightsjson.h"

#include "insights/bandsnote.h"
#include "time/datewords.h"
#include "time/isodate.h"

#include <cmath>
#include <string_view>

namespace tend {

namespace {

using nlohmann::json;

json rounded(double value) {
    return std::round(value * 100.0) / 100.0;
}

json rounded(const std::optional<double>& value) {
    return value ? rounded(*value) : json(nullptr);
}

json flag(const std::optional<bool>& value) {
    return value ? json(*value) : json(nullptr);
}

std::string_view polarityKey(Polarity polarity) {
    return polarity == Polarity::HigherIsBetter ? "higher_is_better" : "higher_is_worse";
}

json trendJson(const std::optional<Trend>& trend) {
    if (!trend)
        return nullptr;
    switch (*trend) {
    case Trend::Up:
        return "up";
    case Trend::Down:
        return "down";
    case Trend::Steady:
        return "steady";
    }
    return nullptr;
}

json recoveryJson(const std::optional<RecoveryAfterRest>& recovery) {
    if (!recovery)
        return nullptr;
    return json{{"rest_from", toIsoDate(recovery->run.first)},
                {"rest_to", toIsoDate(recovery->run.last)},
                {"before", rounded(recovery->before)},
                {"after", rounded(recovery->after)},
                {"improvement", rounded(recovery->improvement)},
                {"days_before", recovery->daysBefore},
                {"days_after", recovery->daysAfter}};
}

json signalsJson(const SeriesSignals& values) {
    return json{{"days7", values.days7},
                {"total_days", values.totalDays},
                {"today", rounded(values.today)},
                {"mean7", rounded(values.mean7)},
                {"mean28", rounded(values.mean28)},
                {"baseline", rounded(values.baseline)},
                {"baseline_low", rounded(values.baselineLow)},
                {"baseline_high", rounded(values.baselineHigh)},
                {"baseline_days", values.baselineDays},
                {"long_reference", rounded(values.longReference)},
                {"long_reference_days", values.longReferenceDays},
                {"long_worsening", rounded(values.longWorsening)},
                {"long_worsening_percent", rounded(values.longWorseningPercent)},
                {"deviation", rounded(values.deviation)},
                {"worsening", rounded(values.worsening)},
                {"worsening_percent", rounded(values.worseningPercent)},
                {"slope14", rounded(values.slope14)},
                {"trend", trendJson(values.trend)},
                {"sustained", flag(values.sustained)},
                {"concern_days", values.concernDays},
                {"recent_days", values.recentDays},
                {"sudden_change", rounded(values.suddenChange)},
                {"sudden_worsening", flag(values.suddenWorsening)},
                {"recovery", recoveryJson(values.recovery)}};
}

std::string_view statusKey(bool enough) {
    return enough ? "ok" : "not_enough_data";
}

json bandsJson(IndexId id) {
    const auto cutoffs = bandCutoffs(id);
    const bool strain = indexDefinition(id).polarity == Polarity::HigherIsWorse;
    return json{{"moderate_from", cutoffs.moderateFrom},
                {strain ? "high_from" : "good_from", cutoffs.upperFrom}};
}

json indexJson(const IndexInsight& index) {
    const auto& definition = indexDefinition(index.id);
    return json{
        {"name", definition.displayName},
        {"polarity", polarityKey(definition.polarity)},
        {"status", statusKey(index.status == IndexStatus::Ok)},
        {"value", rounded(index.value)},
        {"band", index.band ? json(indexBandKey(*index.band)) : json(nullptr)},
        {"days7", index.days7},
        {"total_days", index.totalDays},
        {"bands", bandsJson(index.id)},
        {"weeks8", json{{"known", index.weeks8.known}, {"moderate_or_worse", index.weeks8.moderateOrWorse}}},
        {"signals", signalsJson(index.signalValues)}};
}

// An indicator has "enough data" on the same terms as an index: a 7-day mean exists.
json indicatorJson(const IndicatorInsight& indicator) {
    return json{{"name", indicator.name},
                {"polarity", polarityKey(indicator.polarity)},
                {"scale", json{{"min", indicator.scale.min}, {"max", indicator.scale.max}}},
                {"status", statusKey(indicator.signalValues.mean7.has_value())},
                {"signals", signalsJson(indicator.signalValues)}};
}

json observationJson(const ActionObservation& observation) {
    return json{{"action_id", observation.actionId},
                {"days_with", observation.daysWith},
                {"days_without", observation.daysWithout},
                {"mean_with", rounded(observation.meanWith)},
                {"mean_without", rounded(observation.meanWithout)},
                {"difference", rounded(observation.difference)}};
}

} // namespace

json insightsToJson(const Insights& insights) {
    json indices = json::object();
    for (const auto& index : insights.indices)
        indices[std::string(indexDefinition(index.id).key)] = indexJson(index);
    json indicators = json::object();
    for (const auto& indicator : insights.indicators)
        indicators[indicator.itemId] = indicatorJson(indicator);
    json whatHelps = json::array();
    for (const auto& observation : insights.whatHelps)
        whatHelps.push_back(observationJson(observation));
    json rest{{"last_rest_day", nullptr}, {"days_since", nullptr}, {"working_days_since", nullptr}};
    if (insights.rest)
        rest = json{{"last_rest_day", toIsoDate(insights.rest->lastRestDay)},
                    {"days_since", insights.rest->daysSince},
                    {"working_days_since", insights.rest->workingDaysSince}};
    const auto& reading = insights.todayReading;
    json longReference = nullptr;
    if (!insights.today.is_special()) {
        const auto& window = insights.longReferencePeriod;
        longReference = json{{"from", toIsoDate(window.from)},
                             {"to", toIsoDate(window.to)},
                             {"month", monthName(window.middle())}};
    }

    return json{{"today", toIsoDate(insights.today)},
                {"today_reading", json{{"answers", reading.ratingAnswers},
                                       {"hard_moments", reading.hardMoments},
                                       {"intense_hard_moments", reading.intenseMoments}}},
                {"checkins", json{{"total", insights.checkins.total}, {"days7", insights.checkins.days7}}},
                {"indices", indices},
                {"indicators", indicators},
                {"rest", rest},
                {"long_reference_period", longReference},
                {"bands_note", bandsNote()},
                {"what_helps", whatHelps}};
}

} // namespace tend
