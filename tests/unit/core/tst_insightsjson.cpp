#include "insights/insightsjson.h"

#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;
using nlohmann::json;

class TestInsightsJson final : public QObject {
    Q_OBJECT

private slots:
    void theNewYearWeek() {
        const auto out = tend::insightsToJson(tend::computeInsights(insightstest::newYearInput()));
        QCOMPARE(out["today"].dump(), json("2026-01-05").dump());
        QCOMPARE(out["checkins"].dump(), std::string(R"({"days7":5,"total":6})"));
        QCOMPARE(out["rest"].dump(),
                 std::string(R"({"days_since":4,"last_rest_day":"2026-01-01","working_days_since":2})"));
        QCOMPARE(out["today_reading"].dump(),
                 std::string(R"({"answers":1,"hard_moments":0,"intense_hard_moments":0})"));
        // Today minus 182 and minus 91 days; the middle, 21 August, names the month.
        QCOMPARE(out["long_reference_period"].dump(),
                 std::string(R"({"from":"2025-07-07","month":"August","to":"2025-10-06"})"));
        QVERIFY(out["bands_note"].get<std::string>().find("not validated clinical thresholds") !=
                std::string::npos);

        const auto& wellbeing = out["indices"]["wellbeing"];
        QCOMPARE(wellbeing["status"].dump(), json("ok").dump());
        QCOMPARE(wellbeing["value"].dump(), json(50.0).dump());
        QCOMPARE(wellbeing["band"].dump(), json("moderate").dump());
        QCOMPARE(wellbeing["name"].dump(), json("wellbeing").dump());
        QCOMPARE(wellbeing["polarity"].dump(), json("higher_is_better").dump());
        QCOMPARE(wellbeing["days7"].dump(), json(5).dump());
        QCOMPARE(wellbeing["total_days"].dump(), json(6).dump());
        QCOMPARE(wellbeing["signals"]["mean7"].dump(), json(50.0).dump());
        QVERIFY(wellbeing["signals"]["long_reference"].is_null());
        QCOMPARE(wellbeing["signals"]["long_reference_days"].dump(), json(0).dump());
        QCOMPARE(wellbeing["bands"].dump(), std::string(R"({"good_from":70.0,"moderate_from":40.0})"));
        QCOMPARE(wellbeing["weeks8"].dump(), std::string(R"({"known":1,"moderate_or_worse":1})"));
        QVERIFY(wellbeing["signals"]["baseline"].is_null());
        QVERIFY(wellbeing["signals"]["trend"].is_null());
        QCOMPARE(wellbeing["signals"]["sustained"].dump(), json(false).dump());
        QCOMPARE(
            wellbeing["signals"]["recovery"].dump(),
            std::string(R"({"after":87.5,"before":50.0,"days_after":2,"days_before":2,"improvement":37.5,)"
                        R"("rest_from":"2025-12-31","rest_to":"2026-01-01"})"));

        const auto& burnout = out["indices"]["burnout"];
        QCOMPARE(burnout["status"].dump(), json("not_enough_data").dump());
        QVERIFY(burnout["value"].is_null());
        QVERIFY(burnout["band"].is_null());
        QCOMPARE(burnout["days7"].dump(), json(2).dump());
        QCOMPARE(burnout["name"].dump(), json("burnout").dump());
        QCOMPARE(burnout["bands"].dump(), std::string(R"({"high_from":60.0,"moderate_from":30.0})"));

        QCOMPARE(out["indices"].size(), std::size_t(5));
        QCOMPARE(out["indices"]["sts_load"]["name"].dump(), json("secondary traumatic stress").dump());
        QVERIFY(out["indicators"].contains("on_edge"));
        QVERIFY(!out["indicators"].contains("hard_cases"));
        QVERIFY(!out["indicators"].contains("numb"));
        QCOMPARE(out["indicators"]["mood"]["status"].dump(), json("ok").dump());
        QCOMPARE(out["indicators"]["energy"]["status"].dump(), json("not_enough_data").dump());
        QCOMPARE(out["indicators"]["mood"]["scale"].dump(), std::string(R"({"max":4,"min":0})"));
        QCOMPARE(out["indicators"]["on_edge"]["name"].dump(), json("tense or easily startled").dump());
        QVERIFY(out["what_helps"].is_array());
        QVERIFY(out["what_helps"].empty());
    }

    void keysAreSortedAndStable() {
        const auto out = tend::insightsToJson(tend::computeInsights(insightstest::newYearInput()));
        std::vector<std::string> keys;
        for (const auto& [key, value] : out.items())
            keys.push_back(key);
        const std::vector<std::string> expected{
            "bands_note", "checkins", "indicators",    "indices",   "long_reference_period",
            "rest",       "today",    "today_reading", "what_helps"};
        QCOMPARE(keys, expected);
        QCOMPARE(tend::insightsToJson(tend::computeInsights(insightstest::newYearInput())).dump(),
                 out.dump());
    }

    void numbersAreRoundedToTwoDecimals() {
        tend::Insights insights;
        insights.today = date(2026, 2, 3);
        tend::IndexInsight sts;
        sts.id = tend::IndexId::StsLoad;
        sts.status = tend::IndexStatus::Ok;
        sts.value = 100.0 / 3.0;
        sts.band = tend::IndexBand::Moderate;
        sts.signalValues.slope14 = -2.0 / 3.0;
        sts.signalValues.trend = tend::Trend::Down;
        sts.signalValues.suddenChange = 12.345;
        sts.signalValues.suddenWorsening = false;
        insights.indices.push_back(sts);
        insights.whatHelps.push_back({7, 3, 4, 200.0 / 3.0, 50.0, 50.0 / 3.0});
        const auto out = tend::insightsToJson(insights);
        const auto& index = out["indices"]["sts_load"];
        QCOMPARE(index["value"].dump(), json(33.33).dump());
        QCOMPARE(index["band"].dump(), json("moderate").dump());
        QCOMPARE(index["signals"]["slope14"].dump(), json(-0.67).dump());
        QCOMPARE(index["signals"]["trend"].dump(), json("down").dump());
        QCOMPARE(index["signals"]["sudden_change"].dump(), json(12.35).dump());
        QCOMPARE(index["signals"]["sudden_worsening"].dump(), json(false).dump());
        QVERIFY(index["signals"]["recovery"].is_null());
        QCOMPARE(out["what_helps"][0].dump(),
                 std::string(R"({"action_id":7,"days_with":3,"days_without":4,)"
                             R"("difference":16.67,"mean_with":66.67,"mean_without":50.0})"));
        QCOMPARE(out["rest"].dump(),
                 std::string(R"({"days_since":null,"last_rest_day":null,"working_days_since":null})"));
        QCOMPARE(out["today"].dump(), json("2026-02-03").dump());
    }
};

QTEST_GUILESS_MAIN(TestInsightsJson)
#include "tst_insightsjson.moc"
