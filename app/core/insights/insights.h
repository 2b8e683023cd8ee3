#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"
#include "insights/currentindexvalue.h"
#include "insights/dayreading.h"
#include "insights/indexdefinition.h"
#include "insights/restandrecovery.h"
#include "insights/seriessignals.h"
#include "insights/weeksinband.h"
#include "insights/whathelps.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tend {

// Everything the insights are computed from; the caller loads it, so the computation never touches storage.
struct InsightsInput {
    CheckinDefinition definition;
    std::set<std::string> trackedItems;
    std::vector<Checkin> checkins; // anything after `today` is ignored
    std::vector<HardMoment> hardMoments;
    SelfcareTicks selfcareTicks;
    std::vector<PlanActionSince> planActions;
    boost::gregorian::date today;
};

struct IndexInsight {
    IndexId id = IndexId::StsLoad;
    IndexStatus status = IndexStatus::NotEnoughData;
    std::optional<double> value;
    std::optional<IndexBand> band;
    int days7 = 0;
    int totalDays = 0;
    // Not named "signals": Qt defines that word as a macro, and the ui layer reads these structs.
    SeriesSignals signalValues;
    WeeksInBand weeks8;
};

// One tracked rating item, read on its own scale. Count items are not indicators: a number of cases has
// no concern band of its own.
struct IndicatorInsight {
    std::string itemId;
    std::string name;
    ItemScale scale;
    Polarity polarity = Polarity::HigherIsBetter;
    SeriesSignals signalValues;
};

struct CheckinCounts {
    int total = 0; // check-ins up to today that hold anything
    int days7 = 0; // of those, in the 7 days ending today
};

struct Insights {
    boost::gregorian::date today;
    std::vector<IndexInsight> indices;        // in allIndices order
    std::vector<IndicatorInsight> indicators; // in definition order
    std::optional<RealRest> rest;
    std::vector<ActionObservation> whatHelps;
    CheckinCounts checkins;
    DayReading todayReading; // today's check-in and hard moments on their own
    // The days the long references read: [today-182, today-91], narrowed to the first and last check-in in
    // it, so that "compared with how you were between …" never names weeks before the worker began.
    DateWindow longReferencePeriod;
};

[[nodiscard]] Insights computeInsights(const InsightsInput& input);

// A rating item's concern test on its own scale: at least 75% of the range for higher-is-worse items
// (3 on 0-4), at most 25% for higher-is-better ones (1 on 0-4).
[[nodiscard]] bool indicatorInConcern(const CheckinItem& item, double value);

} // namespace tend
