#include "insights/insights.h"

#include "insights/indexseries.h"
#include "insightstesthelpers.h"

#include <QTest>

#include <cmath>

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
        // One answer in one of the four stress clusters is no basis for a secondary-stress reading.
        QVERIFY(!indexOf(insights, IndexId::StsLoad).signalValues.today);
        QCOMPARE(insights.todayReading.indexAnswers.at(IndexId::StsLoad), 1);
        QCOMPARE(insights.todayReading.ratingAnswers, 3);
        QCOMPARE(indexOf(insights, IndexId::CompassionSatisfaction).days7, 0);
        QVERIFY(!insights.rest.has_value());
        QCOMPARE(insights.checkins.total, 1);
        QVERIFY(insights.whatHelps.empty());
    }

    void restDaysLeaveTheWorkQuestionsOut() {
        // A week with five days off (mood answered, the work questions, "felt supported" among them, not
        // asked) and two working days: Jun 10 (distressing material 1 of 2 -> 50, made a difference 3,
        // supported 2) and today, Jun 14 (2 -> 100, made a difference 4, supported 2).
        tend::InsightsInput input;
        input.definition = insightstest::definitionWithWorkItems();
        input.trackedItems = insightstest::shippedTracked;
        input.today = date(2026, 6, 14);
        for (const int day : {8, 9, 11, 12, 13})
            input.checkins.push_back(checkinOn(date(2026, 6, day), {{"mood", 3}}, true));
        input.checkins.push_back(checkinOn(
            date(2026, 6, 10), {{"distressing_material", 1}, {"made_difference", 3}, {"supported", 2}}));
        input.checkins.push_back(
            checkinOn(input.today, {{"distressing_material", 2}, {"made_difference", 4}, {"supported", 2}}));
        auto insights = tend::computeInsights(input);

        // Exposure: two working days of two are enough for its value, which fades Jun 10 by 0.5^(4/3). The
        // days off neither count as zero nor leave it without a value.
        const auto& exposure = indexOf(insights, IndexId::ExposureLoad);
        QCOMPARE(exposure.status, IndexStatus::Ok);
        const double faded = std::pow(0.5, 4.0 / 3.0);
        QCOMPARE(*exposure.value, (faded * 50.0 + 100.0) / (faded + 1.0));
        // "Made a difference": the mean of its two working days, not of seven.
        const auto* madeDifference = indicatorOf(insights, "made_difference");
        QCOMPARE(madeDifference->signalValues.mean7, std::optional<double>(3.5));
        // Compassion satisfaction rests on its two working days, (75 + 50) / 2 and (100 + 50) / 2, with the
        // minimum shrunk in proportion to them.
        QCOMPARE(*indexOf(insights, IndexId::CompassionSatisfaction).value, (62.5 + 75.0) / 2.0);

        // Without the work flag the same week is two days of exposure out of seven: not enough.
        for (auto& item : input.definition.items)
            item.work = false;
        insights = tend::computeInsights(input);
        QCOMPARE(indexOf(insights, IndexId::ExposureLoad).status, IndexStatus::NotEnoughData);
        QVERIFY(!indicatorOf(insights, "made_difference")->signalValues.mean7);
    }

    void todaysOwnReading() {
        tend::InsightsInput input;
        input.definition = insightstest::shippedDefinition();
        input.trackedItems = insightstest::shippedTracked;
        input.today = date(2026, 6, 1);
        input.checkins = {
            checkinOn(
                input.today,
                {{"intrusion", 4}, {"avoid_reminders", 3}, {"on_edge", 4}, {"mood", 0}, {"hard_cases", 2}}),
            checkinOn(input.today - days(1), {{"intrusion", 0}, {"numb", 0}})};
        input.hardMoments = {insightstest::momentAt(ptime(input.today, hours(9)), 3),
                             insightstest::momentAt(ptime(input.today, hours(15)), 2),
                             insightstest::momentAt(ptime(input.today - days(1), hours(15)), 3)};
        const auto reading = tend::computeInsights(input).todayReading;
        QCOMPARE(reading.day, input.today);
        // Three stress clusters answered: (100 + 75 + 100) / 3.
        QCOMPARE(reading.indexValues.at(IndexId::StsLoad), 275.0 / 3.0);
        QCOMPARE(reading.indexAnswers.at(IndexId::StsLoad), 3);
        QCOMPARE(reading.indexAnswers.at(IndexId::ExposureLoad), 1); // the count of hard cases
        QCOMPARE(reading.indexAnswers.at(IndexId::Burnout), 0);
        QCOMPARE(reading.ratingAnswers, 4); // the count is not a rating
        QCOMPARE(reading.indicatorValues.at("mood"), 0);
        QCOMPARE(reading.hardMoments, 2);
        QCOMPARE(reading.intenseMoments, 1);
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
