#include "insights/seriesrange.h"

#include <algorithm>

namespace tend {

std::vector<DatedValue> valuesIn(const DailySeries& series, boost::gregorian::date from,
                                 boost::gregorian::date to) {
    std::vector<DatedValue> values;
    if (series.values.empty() || from > to)
        return values;
    const auto last = series.dateAt(series.values.size() - 1);
    const auto begin = std::max(from, series.first);
    const auto end = std::min(to, last);
    for (auto day = begin; day <= end; day += boost::gregorian::days(1)) {
        const auto& value = series.values[static_cast<std::size_t>((day - series.first).days())];
        if (value)
            values.push_back({day, *value});
    }
    return values;
}

std::optional<double> meanOf(const std::vector<DatedValue>& values, std::size_t minValues) {
    if (values.empty() || values.size() < minValues)
        return std::nullopt;
    double sum = 0.0;
    for (const auto& value : values)
        sum += value.value;
    return sum / static_cast<double>(values.size());
}

} // namespace tend
