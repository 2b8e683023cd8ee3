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
void putSignals(Facts& facts, const std::string& prefix, const SeriesSignals& signals) {
    facts[prefix + "days7"] = signals.days7;
    put(facts, prefix + "mean7", signals.mean7);
    put(facts, prefix + "mean28", signals.mean28);
    put(facts, prefix + "baseline", signals.baseline);
    put(facts, prefix + "deviation", signals.deviation);
    put(facts, prefix + "worsening", signals.worsening);
    put(facts, prefix + "worsening_percent", signals.worseningPercent);
    put(facts, prefix + "slope14", signals.slope14);
    put(facts, prefix + "sustained", signals.sustained);
    put(facts, prefix + "sudden_change", signals.suddenChange);
    put(facts, prefix + "sudden_worsening", signals.suddenWorsening);
    if (signals.recovery)
        facts[prefix + "recovery"] = signals.recovery->improvement;
    put(facts, prefix + "today", signals.today);
}

} // namespace

Facts insightsFacts(const Insights& insights) {
    Facts facts;
    for (const auto& index : insights.indices) {
        const auto prefix = "index." + std::string(indexDefinition(index.id).key) + ".";
        putSignals(facts, prefix, index.signals);
        put(facts, prefix + "value", index.value);
    }
    for (const auto& indicator : insights.indicators)
        putSignals(facts, "indicator." + indicator.itemId + ".", indicator.signals);
    if (insights.rest)
        facts["rest.days_since"] = insights.rest->daysSince;
    facts["checkins.total"] = insights.checkins.total;
    facts["checkins.days7"] = insights.checkins.days7;
    return facts;
}

} // namespace tend
