#pragma once

// Small builders shared by the insights tests.

#include "analytics/dailyseries.h"
#include "domain/checkin.h"
#include "domain/checkindefinition.h"
#include "domain/hardmoment.h"

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

// The shipped items a worker tracks by default, plus the hard-cases count.
inline const std::set<std::string> shippedTracked{
    "mood",      "energy",  "sleep", "distressing_material", "hard_cases", "intrusion",
    "avoidance", "on_edge", "numb",  "exhaustion",           "distance",   "made_difference",
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
    series.values.resize(static_cast<std::size_t>((last - first).days()) + 1);
    for (const auto& [day, value] : values)
        series.values[static_cast<std::size_t>((day - first).days())] = value;
    return series;
}

} // namespace insightstest
