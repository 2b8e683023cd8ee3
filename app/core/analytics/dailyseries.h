#pragma once

#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace tend {

// One value per calendar day from `first` on. A day without data holds no value: missing days are
// never imputed, so charts show gaps and means use only the days that exist.
struct DailySeries {
    boost::gregorian::date first;
    std::vector<std::optional<double>> values;

    [[nodiscard]] boost::gregorian::date dateAt(std::size_t index) const {
        return first + boost::gregorian::days(static_cast<long>(index));
    }
    [[nodiscard]] std::size_t countPresent() const;
};

// An answer's place on its item's scale as 0-100, so items with different scales compare alike.
[[nodiscard]] double rescaledTo100(int value, const ItemScale& scale);

// An item's own answers over [from, to], on the item's scale.
[[nodiscard]] DailySeries itemSeries(const std::vector<Checkin>& checkins, const std::string& itemId,
                                     boost::gregorian::date from, boost::gregorian::date to);

// A group's daily value on 0-100: the mean of the answered items of the group that are in `trackedItems`,
// each rescaled to 0-100 of its own scale (so a 0-2 item and a 0-4 item weigh alike). Polarity is kept as
// the group declares it (all items of a group share one polarity; the definition enforces it).
// For the exposure group, hard moments also count (see dayExposureFromMoments).
[[nodiscard]] DailySeries groupSeries(const std::vector<Checkin>& checkins,
                                      const std::vector<HardMoment>& moments,
                                      const CheckinDefinition& definition, ItemGroup group,
                                      const std::set<std::string>& trackedItems, boost::gregorian::date from,
                                      boost::gregorian::date to);

// Exposure implied by one day's hard moments on 0-100: 25 points per intensity step, capped at 100, so one
// "very hard" moment (3) reads 75 and a day with several reaches the top. std::nullopt when there are none.
[[nodiscard]] std::optional<double> dayExposureFromMoments(const std::vector<HardMoment>& momentsOfDay);

// Trailing mean over `window` days ending on each day, defined only where at least `minValues` of those
// days have a value.
[[nodiscard]] DailySeries rollingMean(const DailySeries& series, int window, int minValues);

} // namespace tend
