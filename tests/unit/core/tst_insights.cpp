#include "insights/insights.h"

#include "insights/indexseries.h"
#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;
using namespace boost::posix_time;
using insightstest::checkinOn;
using tend::IndexId;
using tend::IndexStatus;

namespace {

const tend::IndexInsight& indexOf(const tend::Insights& insights, IndexId id) {
    for (const auto& index : insights.indices)
        if (index.id == id)
            return index;
    qFatal("index missing");
}

const tend::IndicatorInsight* indicatorOf(const tend::Insights& insights, const std::string& itemId) {
    for (const auto& indicator : insights.indicators)
        if (indicator.itemId == itemId)
            return &indicator;
    return nullptr;
}

} // namespace

class TestInsights final : public QObject {
    Q_OBJECT

private slots:
    void indicesAcrossTheNewYear() {
        const auto insights = tend::computeInsights(insightstest::newYearInput());
        QCOMPARE(insights.today, date(2026, 1, 5));
        QCOMPARE(insights.indices.size(), std::size_t(5));
        QCOMPARE(insights.indices.front().id, IndexId::StsLoad);
        QCOMPARE(insights.indices.back().id, IndexId::ExposureLoad);

        // Wellbeing, Dec 30..Jan 5: 0, 25, 50, 75, 100 -> 50, moderate; six days in all.
        const auto& wellbeing = indexOf(insights, IndexId::Wellbeing);
        QCOMPARE(wellbeing.status, IndexStatus::Ok);
        QCOMPARE(wellbeing.value, std::optional<double>(50.0));
        QCOMPARE(wellbeing.band, std::optional<tend::IndexBand>(tend::IndexBand::Moderate));
        QCOMPARE(wellbeing.days7, 5);
        QCOMPARE(wellbeing.totalDays, 6);
        QCOMPARE(wellbeing.signalValues.today, std::optional<double>(100.0));
        // After the rest run Dec 31 - Jan 1: before (Dec 24..30) 100 and 0 -> 50; after (Jan 2..5) 75 and 100
        // -> 87.5; 37.5 better.
        QVERIFY(wellbeing.signalValues.recovery.has_value());
        QCOMPARE(wellbeing.signalValues.recovery->run.first, date(2025, 12, 31));
        QCOMPARE(wellbeing.signalValues.recovery->run.last, date(2026, 1, 1));
        QCOMPARE(wellbeing.signalValues.recovery->improvement, 37.5);

        // Burnout: only Dec 30 and Dec 31 in the week: not enough yet. Jan 6 is after today.
        const auto& burnout = indexOf(insights, IndexId::Burnout);
        QCOMPARE(burnout.status, IndexStatus::NotEnoughData);
        QVERIFY(!burnout.value && !burnout.band);
        QCOMPARE(burnout.days7, 2);
        QCOMPARE(burnout.totalDays, 3);

        // STS: numb is untracked, so its answer on Dec 30 counts for nothing.
        const auto& sts = indexOf(insights, IndexId::StsLoad);
        QCOMPARE(sts.days7, 0);
        QCOMPARE(sts.totalDays, 0);

        // Exposure: the hard-cases count on Jan 1 (3 of 30 -> 10) and the moment on Jan 4 (50).
        const auto& exposure = indexOf(insights, IndexId::ExposureLoad);
        QCOMPARE(exposure.days7, 2);
        QCOMPARE(exposure.status, IndexStatus::NotEnoughData);
    }

    void indicatorsAreTrackedRatingItems() {
        const auto insights = tend::computeInsights(insightstest::newYearInput());
        std::vector<std::string> ids;
        for (const auto& indicator : insights.indicators)
            ids.push_back(indicator.itemId);
        // Definition order; hard_cases is a count and numb is not tracked.
        const std::vector<std::string> expected{"mood",
                                                "energy",
                                                "sleep",
                                                "distressing_material",
                                                "intrusion",
                                                "avoid_reminders",
                                                "avoid_work_tasks",
                                                "on_edge",
                                                "exhaustion",
                                                "distance",
                                                "made_difference",
                                                "supported"};
        QCOMPARE(ids, expected);
        const auto* onEdge = indicatorOf(insights, "on_edge");
        QCOMPARE(onEdge->name, std::string("tense or easily startled"));
        QCOMPARE(onEdge->polarity, tend::Polarity::HigherIsWorse);
        QCOMPARE(onEdge->scale.max, 4);

        // Mood on its own scale: Dec 30..Jan 5 0, 1, 2, 3, 4 -> mean 2; today 4. Recovery: before 4 and 0 ->
        // 2, after 3 and 4 -> 3.5: 1.5 better.
        const auto& mood = indicatorOf(insights, "mood")->signalValues;
        QCOMPARE(mood.mean7, std::optional<double>(2.0));
        QCOMPARE(mood.today, std::optional<double>(4.0));
        QCOMPARE(mood.days7, 5);
        QCOMPARE(mood.totalDays, 6);
        QCOMPARE(mood.recovery->improvement, 1.5);
        // Mood at or below 1 (25% of 0-4) is the concern band: Dec 30 (0) and Dec 31 (1) of six recent days.
        QCOMPARE(mood.recentDays, 6);
        QCOMPARE(mood.concernDays, 2);
        QCOMPARE(mood.sustained, std::optional<bool>(false));
    }

    void indicatorConcernTests() {
        const auto definition = insightstest::shippedDefinition();
        const auto& onEdge = *definition.find("on_edge");
        QVERIFY(!tend::indicatorInConcern(onEdge, 2.0));
        QVERIFY(tend::indicatorInConcern(onEdge, 3.0));
        const auto& mood = *definition.find("mood");
        QVERIFY(tend::indicatorInConcern(mood, 1.0));
        QVERIFY(!tend::indicatorInConcern(mood, 2.0));
        const auto& material = *definition.find("distressing_material"); // 0-2: concern at 1.5 and above
        QVERIFY(!tend::indicatorInConcern(material, 1.0));
        QVERIFY(tend::indicatorInConcern(material, 2.0));
    }

    void restAndCounts() {
        const auto insights = tend::computeInsights(insightstest::newYearInput());
        // Last rest Jan 1 (Jan 6 is after today): 4 days.
        QVERIFY(insights.rest.has_value());
        QCOMPARE(insights.rest->lastRestDay, date(2026, 1, 1));
        QCOMPARE(insights.rest->daysSince, 4);
        // Six check-ins that hold something up to today; the empty Jan 2 and the future Jan 6 do not count.
        // Dec 30..Jan 5 holds five of them.
        QCOMPARE(insights.checkins.total, 6);
        QCOMPARE(insights.checkins.days7, 5);
    }

    void whatHelpsFromTheAggregate() {
        // Mar 1..8 mood 0, 1, 2, 3, 4, 3, 2, 1 -> 0, 25, 50, 75, 100, 75, 50, 25. Ticked on Mar 1-3:
        // next days 25, 50, 75 -> 50. Not ticked Mar 4-7: next days 100, 75, 50, 25 -> 62.5.
        tend::InsightsInput input;
        input.definition = insightstest::shippedDefinition();
        input.trackedItems = insightstest::shippedTracked;
        input.today = date(2026, 3, 8);
        const int moods[] = {0, 1, 2, 3, 4, 3, 2, 1};
        for (int i = 0; i < 8; ++i)
            input.checkins.push_back(checkinOn(date(2026, 3, 1) + days(i), {{"mood", moods[i]}}));
        for (int i = 0; i < 3; ++i)
            input.selfcareTicks[date(2026, 3, 1) + days(i)] = {42};
        input.planActions = {{42, date(2026, 2, 1)}};
        const auto insights = tend::computeInsights(input);
        QCOMPARE(insights.whatHelps.size(), std::size_t(1));
        QCOMPARE(insights.whatHelps[0].actionId, std::int64_t(42));
        QCOMPARE(insights.whatHelps[0].meanWith, 50.0);
        QCOMPARE(insights.whatHelps[0].meanWithout, 62.5);
        QCOMPARE(insights.whatHelps[0].difference, -12.5);
    }

    void aSingleDay() {
        tend::InsightsInput input;
        input.definition = insightstest::shippedDefinition();
        input.trackedItems = insightstest::shippedTracked;
        input.today = date(2026, 6, 1);
        input.checkins = {checkinOn(input.today, {{"mood", 3}, {"intrusion", 2}, {"exhaustion", 1}})};
        const auto insights = tend::computeInsights(input);
        for (const auto& index : insights.indices) {
            QCOMPARE(index.status, IndexStatus::NotEnoughData);
            QVERIFY(!index.value.has_value());
            QVERIFY(!index.signalValues.mean7.has_value());
        }
        QCOMPARE(indexOf(insights, IndexId::Wellbeing).days7, 1);
        QCOMPARE(indexOf(insights, IndexId::Wellbeing).signalValues.today, std::optional<double>(75.0));
        QCOMPARE(indexOf(insights, IndexId::StsLoad).signalValues.today, std::optional<double>(50.0));
        QCOMPARE(indexOf(insights, IndexId::CompassionSatisfaction).days7, 0);
        QVERIFY(!insights.rest.has_value());
        QCOMPARE(insights.checkins.total, 1);
        QVERIFY(insights.whatHelps.empty());
    }

    void nothingAtAll() {
        tend::InsightsInput input;
        input.definition = insightstest::shippedDefinition();
        input.trackedItems = insightstest::shippedTracked;
        input.today = date(2026, 6, 1);
        const auto insights = tend::computeInsights(input);
        QCOMPARE(insights.indices.size(), std::size_t(5));
        for (const auto& index : insights.indices)
            QCOMPARE(index.days7, 0);
        QCOMPARE(insights.checkins.total, 0);
        QCOMPARE(insights.checkins.days7, 0);
    }

    void chartSeriesMatchesTheAggregate() {
        const auto input = insightstest::newYearInput();
        const auto series =
            tend::indexSeries(IndexId::Wellbeing, input.definition, input.trackedItems, input.checkins,
                              input.hardMoments, date(2025, 12, 30), date(2026, 1, 5));
        const std::vector<std::optional<double>> expected{0.0,  25.0,         50.0, std::nullopt,
                                                          75.0, std::nullopt, 100.0};
        QVERIFY(series.values == expected);
    }
};

QTEST_GUILESS_MAIN(TestInsights)
#include "tst_insights.moc"
