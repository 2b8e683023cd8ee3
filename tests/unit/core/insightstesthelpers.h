#pragma once

// Small builders shared by the insights tests.

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"
#include "insights/insights.h"

#include <QFile>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <boost/date_time/posix_time/posix_time.hpp>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace insightstest {

inline tend::CheckinDefinition shippedDefinition() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/checkin/daily.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the shipped check-in definition");
    return tend::parseCheckinDefinition(file.readAll().toStdString());
}

// The shipped definition with the questions about the work marked as such ("work": true), as the shipped
// file marks them once it carries the flag.
inline tend::CheckinDefinition definitionWithWorkItems() {
    auto definition = shippedDefinition();
    for (auto& item : definition.items)
        if (item.id == "distressing_material" || item.id == "hard_cases" || item.id == "made_difference")
            item.work = true;
    return definition;
}

// The shipped items a worker tracks by default, plus the hard-cases count.
inline const std::set<std::string> shippedTracked{"mood",
                                                  "energy",
                                                  "sleep",
                                                  "distressing_material",
                                                  "hard_cases",
                                                  "intrusion",
                                                  "avoid_reminders",
                                                  "avoid_work_tasks",
                                                  "on_edge",
                                                  "numb",
                                                  "exhaustion",
                                                  "distance",
                                                  "made_difference",
                                                  "supported"};

inline tend::Checkin checkinOn(boost::gregorian::date day, std::map<std::string, int> answers,
                               bool restDay = false) {
    tend::Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    checkin.restDay = restDay;
    return checkin;
}

inline tend::HardMoment momentAt(boost::posix_time::ptime when, int intensity) {
    tend::HardMoment moment;
    moment.occurredAt = when;
    moment.intensity = intensity;
    return moment;
}

// A series whose last value falls on `last`, written oldest first.
inline tend::DailySeries seriesEndingOn(boost::gregorian::date last,
                                        std::vector<std::optional<double>> values) {
    tend::DailySeries series;
    series.first = last - boost::gregorian::days(static_cast<long>(values.size()) - 1);
    series.values = std::move(values);
    return series;
}

// A series over [first, last] with the given values on the given days and nothing elsewhere.
inline tend::DailySeries sparseSeries(boost::gregorian::date first, boost::gregorian::date last,
                                      const std::map<boost::gregorian::date, double>& values) {
    tend::DailySeries series;
    series.first = first;
    for (auto day = first; day <= last; day += boost::gregorian::days(1)) {
        const auto found = values.find(day);
        series.values.push_back(found == values.end() ? std::nullopt : std::optional<double>(found->second));
    }
    return series;
}

// A week across the new year, Dec 28 to Jan 5, whose numbers the tests work out by hand.
// Wellbeing is mood alone here (energy and sleep skipped): 4 -> 100, 0 -> 0, 1 -> 25, 2 -> 50, 3 -> 75.
// Dec 31 and Jan 1 are rest days; Jan 2 holds an empty check-in; Jan 6 lies after today.
inline tend::InsightsInput newYearInput() {
    tend::InsightsInput input;
    input.definition = shippedDefinition();
    input.trackedItems = shippedTracked;
    input.trackedItems.erase("numb");
    input.today = boost::gregorian::date(2026, 1, 5);
    input.checkins = {
        checkinOn(boost::gregorian::date(2025, 12, 28), {{"mood", 4}, {"exhaustion", 0}}),
        checkinOn(boost::gregorian::date(2025, 12, 30), {{"mood", 0}, {"exhaustion", 4}, {"numb", 4}}),
        checkinOn(boost::gregorian::date(2025, 12, 31), {{"mood", 1}, {"exhaustion", 3}}, true),
        checkinOn(boost::gregorian::date(2026, 1, 1), {{"mood", 2}, {"hard_cases", 3}}, true),
        checkinOn(boost::gregorian::date(2026, 1, 2), {}),
        checkinOn(boost::gregorian::date(2026, 1, 3), {{"mood", 3}}),
        checkinOn(boost::gregorian::date(2026, 1, 5), {{"mood", 4}}),
        checkinOn(boost::gregorian::date(2026, 1, 6), {{"mood", 0}, {"exhaustion", 4}}, true)};
    input.hardMoments = {
        momentAt(boost::posix_time::ptime(boost::gregorian::date(2026, 1, 4), boost::posix_time::hours(14)),
                 2),
        momentAt(boost::posix_time::ptime(boost::gregorian::date(2026, 1, 6), boost::posix_time::hours(14)),
                 3)};
    return input;
}

} // namespace insightstest
