#include "insights/insightsfacts.h"

namespace tend {

namespace {

void put(Facts& facts, const std::string& name, const std::optional<double>& value) {
    if (value)
        facts[name] = *value;
}

void put(Facts& facts, const std::string& name, const std::optional<bool>& value) {
    if (value)
        facts[name] = *value ? 1.0 : 0.0;
}

std::string indexPrefix(IndexId id) {
    return std::string("index.").append(indexDefinition(id).key).append(".");
}

// The suffixes shared by indices and indicators; days7 is always there so a rule can ask how thin the
// data are. "today" comes from the day's own reading (see dayReadingFacts).
void putSignals(Facts& facts, const std::string& prefix, const SeriesSignals& values) {
    facts[prefix + "days7"] = values.days7;
    put(facts, prefix + "mean7", values.mean7);
    put(facts, prefix + "mean28", values.mean28);
    put(facts, prefix + "baseline", values.baseline);
    put(facts, prefix + "deviation", values.deviation);
    put(facts, prefix + "worsening", values.worsening);
    put(facts, prefix + "worsening_percent", values.worseningPercent);
    put(facts, prefix + "long_reference", values.longReference);
    put(facts, prefix + "long_worsening", values.longWorsening);
    put(facts, prefix + "long_worsening_percent", values.longWorseningPercent);
    put(facts, prefix + "slope14", values.slope14);
    put(facts, prefix + "sustained", values.sustained);
    put(facts, prefix + "sudden_change", values.suddenChange);
    put(facts, prefix + "sudden_worsening", values.suddenWorsening);
    if (values.recovery)
        facts[prefix + "recovery"] = values.recovery->improvement;
}

} // namespace

Facts dayReadingFacts(const DayReading& reading) {
    Facts facts;
    for (const auto& [id, answers] : reading.indexAnswers)
        facts[indexPrefix(id) + "today_answers"] = answers;
    for (const auto& [id, value] : reading.indexValues)
        facts[indexPrefix(id) + "today"] = value;
    for (const auto& [itemId, value] : reading.indicatorValues)
        facts[std::string("indicator.").append(itemId).append(".today")] = value;
    facts["checkins.today_answers"] = reading.ratingAnswers;
    facts["hard_moments.today"] = reading.hardMoments;
    facts["hard_moments.intense_today"] = reading.intenseMoments;
    return facts;
}

Facts insightsFacts(const Insights& insights) {
    Facts facts = dayReadingFacts(insights.todayReading);
    for (const auto& index : insights.indices) {
        const auto prefix = indexPrefix(index.id);
        putSignals(facts, prefix, index.signalValues);
        put(facts, prefix + "value", index.value);
        facts[prefix + "weeks8_known"] = index.weeks8.known;
        facts[prefix + "weeks8_moderate_or_worse"] = index.weeks8.moderateOrWorse;
    }
    for (const auto& indicator : insights.indicators)
        putSignals(facts, "indicator." + indicator.itemId + ".", indicator.signalValues);
    if (insights.rest) {
        facts["rest.days_since"] = insights.rest->daysSince;
        facts["rest.working_days_since"] = insights.rest->workingDaysSince;
    }
    facts["checkins.total"] = insights.checkins.total;
    facts["checkins.days7"] = insights.checkins.days7;
    return facts;
}

} // namespace tend
