#include "insights/insightsfacts.h"
#include "prompts/factname.h"

#include "insightstesthelpers.h"

#include <QTest>

#include <cmath>

using namespace boost::gregorian;
using namespace boost::posix_time;
using insightstest::checkinOn;
using tend::Facts;

namespace {

// SplitMix64: a fixed, portable generator, so every run and every machine sees the same histories (the
// standard distributions are not specified exactly enough for that).
class Random final {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) {
        return low + static_cast<int>(next() % static_cast<std::uint64_t>(high - low + 1));
    }
    bool chance(double probability) { return static_cast<double>(next() % 10000) < probability * 10000.0; }

private:
    std::uint64_t m_state;
};

const date today(2026, 4, 15);
constexpr int historyDays = 120;

// A history of `historyDays` days: a check-in on each day with probability `density`, each item answered
// with probability 0.8, a rest day now and then, and hard moments on some days.
tend::InsightsInput generatedInput(std::uint64_t seed, double density) {
    Random random(seed);
    tend::InsightsInput input;
    input.definition = insightstest::shippedDefinition();
    input.trackedItems = insightstest::shippedTracked;
    input.today = today;
    for (int age = historyDays - 1; age >= 0; --age) {
        const auto day = today - days(age);
        if (random.chance(density)) {
            tend::Checkin checkin;
            checkin.date = day;
            for (const auto& item : input.definition.items)
                if (random.chance(0.8))
                    checkin.answers[item.id] = random.between(item.scale.min, item.scale.max);
            checkin.restDay = random.chance(0.06);
            input.checkins.push_back(checkin);
        }
        if (random.chance(0.15))
            input.hardMoments.push_back(
                insightstest::momentAt(ptime(day, hours(random.between(0, 23))), random.between(1, 3)));
    }
    return input;
}

bool hasCheckinOn(const tend::InsightsInput& input, date day) {
    for (const auto& checkin : input.checkins)
        if (checkin.date == day)
            return true;
    return false;
}

// The best answer to every item: none of the strain, all of the good.
std::map<std::string, int> bestAnswers(const tend::CheckinDefinition& definition) {
    std::map<std::string, int> answers;
    for (const auto& item : definition.items)
        answers[item.id] = item.polarity == tend::Polarity::HigherIsWorse ? item.scale.min : item.scale.max;
    return answers;
}

std::optional<double> fact(const Facts& facts, const std::string& name) {
    const auto it = facts.find(name);
    return it == facts.end() ? std::nullopt : std::optional<double>(it->second);
}

const char* const strainIndices[] = {"sts_load", "burnout", "exposure_load"};
const char* const betterIndices[] = {"wellbeing", "compassion_satisfaction"};

} // namespace

class TestInsightsFacts final : public QObject {
    Q_OBJECT

private slots:
    void theNewYearWeekInFull() {
        // Every fact of the hand-worked week (see newYearInput and tst_insights): days7 for every index and
        // tracked rating item, the rest only where there are enough days.
        const Facts expected{
            {"index.sts_load.days7", 0},
            {"index.burnout.days7", 2},
            {"index.wellbeing.days7", 5},
            {"index.wellbeing.value", 50},
            {"index.wellbeing.mean7", 50},
            {"index.wellbeing.sustained", 0}, // 2 of 6 recent days below 40
            {"index.wellbeing.recovery", 37.5},
            {"index.wellbeing.today", 100},
            {"index.compassion_satisfaction.days7", 0},
            {"index.exposure_load.days7", 2},
            {"indicator.mood.days7", 5},
            {"indicator.mood.mean7", 2},
            {"indicator.mood.sustained", 0},
            {"indicator.mood.recovery", 1.5},
            {"indicator.mood.today", 4},
            {"indicator.energy.days7", 0},
            {"indicator.sleep.days7", 0},
            {"indicator.distressing_material.days7", 0},
            {"indicator.intrusion.days7", 0},
            {"indicator.avoid_reminders.days7", 0},
            {"indicator.avoid_work_tasks.days7", 0},
            {"indicator.on_edge.days7", 0},
            {"indicator.exhaustion.days7", 2},
            {"indicator.distance.days7", 0},
            {"indicator.made_difference.days7", 0},
            {"indicator.supported.days7", 0},
            {"rest.days_since", 4},
            // Jan 2 holds an empty check-in, so only Jan 3 and Jan 5 were working days since Jan 1.
            {"rest.working_days_since", 2},
            {"checkins.total", 6},
            {"checkins.days7", 5},
            // Today (Jan 5) holds mood 4 alone; no hard moment fell on it.
            {"checkins.today_answers", 1},
            {"hard_moments.today", 0},
            {"hard_moments.intense_today", 0},
            {"index.sts_load.today_answers", 0},
            {"index.burnout.today_answers", 0},
            {"index.wellbeing.today_answers", 1},
            {"index.compassion_satisfaction.today_answers", 0},
            {"index.exposure_load.today_answers", 0},
            // Weeks ending Jan 5 and Dec 29 (only Dec 28 in it: one value, not enough for a week).
            {"index.sts_load.weeks8_known", 0},
            {"index.sts_load.weeks8_moderate_or_worse", 0},
            {"index.burnout.weeks8_known", 1},             // Dec 30 and 31: 100 and 75
            {"index.burnout.weeks8_moderate_or_worse", 1}, // mean 87.5
            {"index.wellbeing.weeks8_known", 1},           // 0, 25, 50, 75, 100: mean 50
            {"index.wellbeing.weeks8_moderate_or_worse", 1},
            {"index.compassion_satisfaction.weeks8_known", 0},
            {"index.compassion_satisfaction.weeks8_moderate_or_worse", 0},
            // Jan 1 (3 hard cases of 30: 10) and Jan 4 (a moment at 2: 50): mean 30, moderate.
            {"index.exposure_load.weeks8_known", 1},
            {"index.exposure_load.weeks8_moderate_or_worse", 1},
        };
        const auto facts = tend::insightsFacts(tend::computeInsights(insightstest::newYearInput()));
        for (const auto& [name, value] : facts)
            QVERIFY2(expected.contains(name), name.c_str());
        for (const auto& [name, value] : expected) {
            QVERIFY2(facts.contains(name), name.c_str());
            QCOMPARE(facts.at(name), value);
        }
    }

    void everySuffixWhenThereIsEnoughData() {
        // Every day answered for 120 days, a rest day 10 days ago: every fact exists and mirrors the
        // insights.
        tend::InsightsInput input;
        input.definition = insightstest::shippedDefinition();
        input.trackedItems = insightstest::shippedTracked;
        input.today = today;
        for (int age = historyDays - 1; age >= 0; --age) {
            auto answers = bestAnswers(input.definition);
            answers["mood"] = age % 5;
            answers["intrusion"] = (age / 3) % 5;
            input.checkins.push_back(checkinOn(today - days(age), answers, age == 10));
        }
        const auto insights = tend::computeInsights(input);
        const auto facts = tend::insightsFacts(insights);
        // Every measure a prompt rule may name (the rule loader checks against the same list), so no
        // accepted rule waits for a fact that is never published.
        for (const auto& prefix : {std::string("index.sts_load."), std::string("indicator.mood.")})
            for (const auto measure : tend::factname::indicatorMeasures)
                QVERIFY2(facts.contains(prefix + std::string(measure)),
                         (prefix + std::string(measure)).c_str());
        QVERIFY(facts.contains("index.sts_load.value"));
        QVERIFY(!facts.contains("indicator.mood.value"));
        QVERIFY(!facts.contains("indicator.hard_cases.days7")); // a count, not an indicator

        const auto& sts = insights.indices.front();
        QCOMPARE(facts.at("index.sts_load.value"), *sts.value);
        QCOMPARE(facts.at("index.sts_load.baseline"), *sts.signalValues.baseline);
        QCOMPARE(facts.at("index.sts_load.worsening_percent"), *sts.signalValues.worseningPercent);
        QCOMPARE(facts.at("index.sts_load.slope14"), *sts.signalValues.slope14);
        QCOMPARE(facts.at("index.sts_load.sustained"), *sts.signalValues.sustained ? 1.0 : 0.0);
        QCOMPARE(facts.at("index.sts_load.sudden_worsening"), *sts.signalValues.suddenWorsening ? 1.0 : 0.0);
        QCOMPARE(facts.at("index.sts_load.recovery"), sts.signalValues.recovery->improvement);
        QCOMPARE(facts.at("rest.days_since"), 10.0);
        QCOMPARE(facts.at("checkins.total"), double(historyDays));
        QCOMPARE(facts.at("checkins.days7"), 7.0);
        // Mood today (age 0): 0.
        QCOMPARE(facts.at("indicator.mood.today"), 0.0);
    }

    void aBetterDayNeverRaisesStrain() {
        for (std::uint64_t seed = 1; seed <= 60; ++seed) {
            auto input = generatedInput(seed, 0.6);
            const auto before = tend::insightsFacts(tend::computeInsights(input));
            Random random(seed * 7919);
            const auto day = today - days(random.between(0, 6));
            auto it = std::find_if(input.checkins.begin(), input.checkins.end(),
                                   [&](const tend::Checkin& c) { return c.date == day; });
            if (it == input.checkins.end()) {
                input.checkins.push_back(checkinOn(day, bestAnswers(input.definition)));
            } else {
                // Move every answer of that day some way towards its better end.
                for (auto& [itemId, value] : it->answers) {
                    const auto& item = *input.definition.find(itemId);
                    value = item.polarity == tend::Polarity::HigherIsWorse
                                ? random.between(item.scale.min, value)
                                : random.between(value, item.scale.max);
                }
            }
            const auto after = tend::insightsFacts(tend::computeInsights(input));
            for (const auto* key : strainIndices) {
                const auto name = std::string("index.") + key + ".value";
                if (fact(before, name) && fact(after, name))
                    QVERIFY2(*fact(after, name) <= *fact(before, name) + 1e-9,
                             qPrintable(
                                 QStringLiteral("seed %1, %2").arg(seed).arg(QString::fromStdString(name))));
            }
            for (const auto* key : betterIndices) {
                const auto name = std::string("index.") + key + ".value";
                if (fact(before, name) && fact(after, name))
                    QVERIFY2(*fact(after, name) >= *fact(before, name) - 1e-9,
                             qPrintable(
                                 QStringLiteral("seed %1, %2").arg(seed).arg(QString::fromStdString(name))));
            }
        }
    }

    void aDayWithEverythingSkippedChangesNoFact() {
        int added = 0;
        for (std::uint64_t seed = 1; seed <= 40; ++seed) {
            auto input = generatedInput(seed, 0.5);
            const auto before = tend::insightsFacts(tend::computeInsights(input));
            Random random(seed * 104729);
            for (int attempt = 0; attempt < 10; ++attempt) {
                const auto day = today - days(random.between(0, historyDays - 1));
                if (hasCheckinOn(input, day))
                    continue;
                input.checkins.push_back(checkinOn(day, {}));
                ++added;
            }
            const auto after = tend::insightsFacts(tend::computeInsights(input));
            QVERIFY2(after == before, qPrintable(QStringLiteral("seed %1").arg(seed)));
        }
        QVERIFY(added > 100); // the property was really exercised
    }

    void factsAreAbsentBelowTheirMinimum() {
        int absentValues = 0;
        int presentValues = 0;
        for (std::uint64_t seed = 1; seed <= 80; ++seed) {
            const double density = 0.05 + 0.01 * static_cast<double>(seed % 40);
            const auto insights = tend::computeInsights(generatedInput(seed, density));
            const auto facts = tend::insightsFacts(insights);
            for (const auto& index : insights.indices) {
                const auto prefix = "index." + std::string(tend::indexDefinition(index.id).key) + ".";
                const bool enough = index.days7 >= 3;
                (enough ? presentValues : absentValues) += 1;
                QCOMPARE(facts.contains(prefix + "value"), enough);
                QCOMPARE(facts.at(prefix + "days7"), double(index.days7));
                QCOMPARE(facts.contains(prefix + "baseline"), index.signalValues.baselineDays >= 10);
            }
            for (const auto& indicator : insights.indicators) {
                const auto prefix = "indicator." + indicator.itemId + ".";
                const auto& values = indicator.signalValues;
                QCOMPARE(facts.contains(prefix + "mean7"), values.days7 >= 3);
                QCOMPARE(facts.contains(prefix + "baseline"), values.baselineDays >= 10);
                QCOMPARE(facts.contains(prefix + "sustained"), values.recentDays >= 5);
                QCOMPARE(facts.contains(prefix + "deviation"),
                         values.days7 >= 3 && values.baselineDays >= 10);
                if (values.days7 == 0)
                    QVERIFY(!facts.contains(prefix + "today") && !facts.contains(prefix + "mean7"));
            }
            for (const auto& [name, value] : facts)
                QVERIFY2(std::isfinite(value), name.c_str());
        }
        // Both sides of the minimum were seen.
        QVERIFY(absentValues > 20);
        QVERIFY(presentValues > 20);
    }

    void noRestNoRestFact() {
        auto input = generatedInput(3, 0.5);
        for (auto& checkin : input.checkins)
            checkin.restDay = false;
        const auto facts = tend::insightsFacts(tend::computeInsights(input));
        QVERIFY(!facts.contains("rest.days_since"));
        for (const auto& [name, value] : facts)
            QVERIFY2(name.find(".recovery") == std::string::npos, name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestInsightsFacts)
#include "tst_insightsfacts.moc"
