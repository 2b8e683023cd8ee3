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

// The suffixes shared by indices and indicators; days7 is always there so a rule can ask how thin the
// data are.
void putSignals(Facts& facts, const std::string& prefix, const SeriesSignals& values) {
    facts[prefix + "days7"] = values.days7;
    put(facts, prefix + "mean7", values.mean7);
    put(facts, prefix + "mean28", values.mean28);
    put(facts, prefix + "baseline", values.baseline);
    put(facts, prefix + "deviation", values.deviation);
    put(facts, prefix + "worsening", values.worsening);
    put(facts, prefix + "worsening_percent", values.worseningPercent);
    put(facts, prefix + "slope14", values.slope14);
    put(facts, prefix + "sustained", values.sustained);
    put(facts, prefix + "sudden_change", values.suddenChange);
    put(facts, prefix + "sudden_worsening", values.suddenWorsening);
    if (values.recovery)
        facts[prefix + "recovery"] = values.recovery->improvement;
    put(facts, prefix + "today", values.today);
}

} // namespace

Facts insightsFacts(const Insights& insights) {
    Facts facts;
    for (const auto& index : insights.indices) {
        const auto prefix = "index." + std::string(indexDefinition(index.id).key) + ".";
        putSignals(facts, prefix, index.signalValues);
        put(facts, prefix + "value", index.value);
    }
    for (const auto& indicator : insights.indicators)
        putSignals(facts, "indicator." + indicator.itemId + ".", indicator.signalValues);
    if (insights.rest)
        facts["rest.days_since"] = insights.rest->daysSince;
    facts["checkins.total"] = insights.checkins.total;
    facts["checkins.days7"] = insights.checkins.days7;
    return facts;
}

} // namespace tend
