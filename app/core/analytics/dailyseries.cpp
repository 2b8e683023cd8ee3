#include "analytics/dailyseries.h"

#include <algorithm>
#include <map>
#include <stdexcept>

namespace tend {

namespace {

using boost::gregorian::date;

constexpr double exposurePointsPerIntensity = 25.0;

// An empty series for a reversed range, so callers never see a negative day count.
DailySeries emptySeries(date from, date to) {
    DailySeries series;
    series.first = from;
    if (from <= to)
        series.values.resize(static_cast<std::size_t>((to - from).days()) + 1);
    return series;
}

// The index of `day` in `series`, or std::nullopt when the day lies outside it.
std::optional<std::size_t> indexOf(const DailySeries& series, date day) {
    if (day < series.first)
        return std::nullopt;
    const auto index = static_cast<std::size_t>((day - series.first).days());
    if (index >= series.values.size())
        return std::nullopt;
    return index;
}

std::vector<const CheckinItem*> trackedItemsOfGroup(const CheckinDefinition& definition, ItemGroup group,
                                                    const std::set<std::string>& trackedItems) {
    std::vector<const CheckinItem*> items;
    for (const auto& item : definition.items)
        if (item.group == group && trackedItems.contains(item.id))
            items.push_back(&item);
    return items;
}

std::optional<double> meanOfAnswered(const Checkin& checkin, const std::vector<const CheckinItem*>& items) {
    double sum = 0.0;
    int count = 0;
    for (const auto* item : items) {
        if (const auto value = checkin.answer(item->id)) {
            sum += rescaledTo100(*value, item->scale);
            ++count;
        }
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

// A day's exposure is the larger of what the check-in says and what the hard moments imply, not their
// mean or sum: both describe the same day's load from two angles, and the worker who logged a very hard
// moment but answered "some" in the evening should not have that moment diluted, nor counted twice.
std::optional<double> combineExposure(std::optional<double> fromCheckin, std::optional<double> fromMoments) {
    if (fromCheckin && fromMoments)
        return std::max(*fromCheckin, *fromMoments);
    return fromCheckin ? fromCheckin : fromMoments;
}

void addMomentExposure(DailySeries& series, const std::vector<HardMoment>& moments) {
    std::map<date, std::vector<HardMoment>> momentsByDay;
    for (const auto& moment : moments)
        if (indexOf(series, moment.occurredAt.date()))
            momentsByDay[moment.occurredAt.date()].push_back(moment);
    for (const auto& [day, momentsOfDay] : momentsByDay) {
        auto& value = series.values[*indexOf(series, day)];
        value = combineExposure(value, dayExposureFromMoments(momentsOfDay));
    }
}

} // namespace

double rescaledTo100(int value, const ItemScale& scale) {
    return 100.0 * (value - scale.min) / (scale.max - scale.min);
}

std::size_t DailySeries::countPresent() const {
    return static_cast<std::size_t>(
        std::count_if(values.begin(), values.end(), [](const auto& value) { return value.has_value(); }));
}

DailySeries itemSeries(const std::vector<Checkin>& checkins, const std::string& itemId, date from, date to) {
    auto series = emptySeries(from, to);
    for (const auto& checkin : checkins) {
        const auto index = indexOf(series, checkin.date);
        const auto value = checkin.answer(itemId);
        if (index && value)
            series.values[*index] = *value;
    }
    return series;
}

DailySeries groupSeries(const std::vector<Checkin>& checkins, const std::vector<HardMoment>& moments,
                        const CheckinDefinition& definition, ItemGroup group,
                        const std::set<std::string>& trackedItems, date from, date to) {
    auto series = emptySeries(from, to);
    const auto items = trackedItemsOfGroup(definition, group, trackedItems);
    for (const auto& checkin : checkins)
        if (const auto index = indexOf(series, checkin.date))
            series.values[*index] = meanOfAnswered(checkin, items);
    // Hard moments are logged on their own, outside the check-in items, so they count even when the
    // worker tracks no exposure item.
    if (group == ItemGroup::Exposure)
        addMomentExposure(series, moments);
    return series;
}

std::optional<double> dayExposureFromMoments(const std::vector<HardMoment>& momentsOfDay) {
    if (momentsOfDay.empty())
        return std::nullopt;
    double points = 0.0;
    for (const auto& moment : momentsOfDay)
        points += exposurePointsPerIntensity *
                  std::clamp(moment.intensity, HardMoment::minIntensity, HardMoment::maxIntensity);
    return std::min(points, 100.0);
}

DailySeries rollingMean(const DailySeries& series, int window, int minValues) {
    if (window < 1)
        throw std::invalid_argument("rollingMean: window must be at least one day");
    // A mean of no values does not exist, whatever the caller asked for.
    const auto required = static_cast<std::size_t>(std::max(minValues, 1));
    const auto width = static_cast<std::size_t>(window);

    DailySeries result{series.first, std::vector<std::optional<double>>(series.values.size())};
    for (std::size_t end = 0; end < series.values.size(); ++end) {
        // Summed afresh for each day rather than as a running total, so that no rounding error carries over.
        const auto begin = end + 1 >= width ? end + 1 - width : 0;
        double sum = 0.0;
        std::size_t present = 0;
        for (std::size_t i = begin; i <= end; ++i) {
            if (series.values[i]) {
                sum += *series.values[i];
                ++present;
            }
        }
        if (present >= required)
            result.values[end] = sum / static_cast<double>(present);
    }
    return result;
}

} // namespace tend
