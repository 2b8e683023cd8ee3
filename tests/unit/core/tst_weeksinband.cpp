#include "insights/weeksinband.h"

#include "insightstesthelpers.h"

#include <QTest>

using namespace boost::gregorian;
using tend::IndexId;

namespace {

const date today(2026, 9, 30);

// Each of the 8 weeks (0 = the 7 days ending today) with the same value on the given weekdays (0 = the
// week's last day).
tend::DailySeries weekly(const std::vector<std::optional<double>>& weekValues,
                         std::initializer_list<int> daysOfWeek = {0, 2, 4}) {
    std::map<date, double> values;
    for (std::size_t week = 0; week < weekValues.size(); ++week)
        if (weekValues[week])
            for (const int day : daysOfWeek)
                values[today - days(7 * static_cast<long>(week) + day)] = *weekValues[week];
    return insightstest::sparseSeries(today - days(70), today, values);
}

} // namespace

class TestWeeksInBand final : public QObject {
    Q_OBJECT

private slots:
    void countsWeeksAtModerateOrWorse() {
        // Strain: 30 is the first moderate value, 29.9 is low, 60 and above is high (and counts too).
        const auto result = tend::weeksInBand(
            IndexId::Burnout, weekly({45.0, 30.0, 29.9, 60.0, std::nullopt, 50.0, 10.0, 35.0}), today);
        QCOMPARE(result.known, 7);
        QCOMPARE(result.moderateOrWorse, 5); // 45, 30, 60, 50, 35
    }

    void forWellbeingBelowGoodCounts() {
        // Wellbeing: below 70 is moderate or low.
        const auto result = tend::weeksInBand(
            IndexId::Wellbeing, weekly({69.0, 70.0, 20.0, 90.0, 55.0, 55.0, 55.0, 55.0}), today);
        QCOMPARE(result.known, 8);
        QCOMPARE(result.moderateOrWorse, 6);
    }

    void aWeekNeedsTwoValues() {
        QCOMPARE(tend::weeksInBand(IndexId::StsLoad, weekly({40.0, 40.0}, {3}), today).known, 0);
        QCOMPARE(tend::weeksInBand(IndexId::StsLoad, weekly({40.0, 40.0}, {3, 5}), today).known, 2);
        // The ninth week back is not counted.
        QCOMPARE(tend::weeksInBand(IndexId::StsLoad,
                                   weekly({std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                                           std::nullopt, std::nullopt, std::nullopt, std::nullopt, 40.0}),
                                   today)
                     .known,
                 0);
    }

    void aWeekMostlyOffNeedsOneWorkingDay() {
        // Exposure on one working day in the week ending today, the other six days off.
        tend::NotApplicableDays rest;
        for (int age = 1; age <= 6; ++age)
            rest.insert(today - days(age));
        const auto series = weekly({40.0}, {0});
        QCOMPARE(tend::weeksInBand(IndexId::ExposureLoad, series, today).known, 0);
        const auto result = tend::weeksInBand(IndexId::ExposureLoad, series, today, rest);
        QCOMPARE(result.known, 1);
        QCOMPARE(result.moderateOrWorse, 1);
    }
};

QTEST_GUILESS_MAIN(TestWeeksInBand)
#include "tst_weeksinband.moc"
