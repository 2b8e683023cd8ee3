#include "insights/indexseries.h"

#include <algorithm>
#include <map>

namespace tend {

namespace {

using boost::gregorian::date;

struct IndexItem {
    const CheckinItem* item;
    bool turned; // the item's polarity differs from the index's
};

// Tracked items of the index, per group, in the index's group order. Retired items of a group count too:
// they are never asked any more, but the answers given while they were keep their place in the history,
// so a question that was split in two leaves no gap in its index.
std::vector<std::vector<IndexItem>> itemsByGroup(const IndexDefinition& index,
                                                 const CheckinDefinition& definition,
                                                 const std::set<std::string>& trackedItems) {
    std::vector<std::vector<IndexItem>> groups;
    for (const auto group : index.groups) {
        std::vector<IndexItem> items;
        for (const auto& item : definition.items)
            if (item.group == group && trackedItems.contains(item.id))
                items.push_back({&item, item.polarity != index.polarity});
        for (const auto& item : definition.retiredItems)
            if (item.group == group)
                items.push_back({&item, item.polarity != index.polarity});
        groups.push_back(std::move(items));
    }
    return groups;
}

struct Sum {
    double total = 0.0;
    int count = 0;

    void add(double value) {
        total += value;
        ++count;
    }
    [[nodiscard]] std::optional<double> mean() const {
        return count == 0 ? std::nullopt : std::optional<double>(total / count);
    }
};

std::optional<double> dayValue(const Checkin& checkin, const std::vector<std::vector<IndexItem>>& groups,
                               const IndexDefinition& index) {
    Sum ofItems;
    Sum ofClusters;
    for (const auto& items : groups) {
        Sum ofCluster;
        for (const auto& [item, turned] : items) {
            if (const auto answer = checkin.answer(item->id)) {
                const auto value = rescaledTo100(*answer, item->scale);
                ofCluster.add(turned ? 100.0 - value : value);
                ofItems.add(turned ? 100.0 - value : value);
            }
        }
        if (const auto clusterMean = ofCluster.mean())
            ofClusters.add(*clusterMean);
    }
    if (ofClusters.count < index.minimumGroupsAnswered)
        return std::nullopt;
    return index.clustersWeighAlike ? ofClusters.mean() : ofItems.mean();
}

} // namespace

DailySeries indexSeries(IndexId id, const CheckinDefinition& definition,
                        const std::set<std::string>& trackedItems, const std::vector<Checkin>& checkins,
                        const std::vector<HardMoment>& moments, date from, date to) {
    DailySeries series;
    series.first = from;
    if (from > to)
        return series;
    series.values.resize(static_cast<std::size_t>((to - from).days()) + 1);

    const auto& index = indexDefinition(id);
    const auto groups = itemsByGroup(index, definition, trackedItems);
    for (const auto& checkin : checkins)
        if (checkin.date >= from && checkin.date <= to)
            series.values[static_cast<std::size_t>((checkin.date - from).days())] =
                dayValue(checkin, groups, index);

    if (index.countsHardMoments) {
        // Moments alone come from groupSeries (no tracked items); they combine with the check-in by taking
        // the larger, the rule groupSeries applies (see combineExposure in dailyseries.cpp). The check-in
        // part is computed here rather than by groupSeries so that a turned item counts the right way round.
        const auto fromMoments = groupSeries({}, moments, definition, ItemGroup::Exposure, {}, from, to);
        for (std::size_t i = 0; i < series.values.size(); ++i) {
            auto& value = series.values[i];
            const auto& moment = fromMoments.values[i];
            if (moment)
                value = value ? std::max(*value, *moment) : *moment;
        }
    }
    return series;
}

} // namespace tend
