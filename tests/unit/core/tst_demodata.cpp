#include "demo/demodata.h"

#include "domain/checkinvalidation.h"

#include <QFile>
#include <QTest>

#include <set>

using namespace boost::gregorian;

namespace {

tend::CheckinDefinition shippedDefinition() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/checkin/daily.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parseCheckinDefinition(file.readAll().toStdString());
}

const date lastDay(2026, 11, 27);

// The start of the first run of seven rest days, found from the data rather than from the generator's
// internals so that the test describes the story, not the implementation.
std::optional<date> startOfLeaveWeek(const std::vector<tend::Checkin>& checkins) {
    int run = 0;
    for (std::size_t i = 0; i < checkins.size(); ++i) {
        const bool continues = i > 0 && checkins[i].date == checkins[i - 1].date + days(1);
        run = checkins[i].restDay ? (continues ? run + 1 : 1) : 0;
        if (run == 7)
            return checkins[i].date - days(6);
    }
    return std::nullopt;
}

// Mean of intrusion + exhaustion over the check-ins in [from, to] that answered both.
double meanStrain(const std::vector<tend::Checkin>& checkins, date from, date to) {
    double sum = 0.0;
    int count = 0;
    for (const auto& checkin : checkins) {
        const auto intrusion = checkin.answer("intrusion");
        const auto exhaustion = checkin.answer("exhaustion");
        if (checkin.date >= from && checkin.date <= to && intrusion && exhaustion) {
            sum += *intrusion + *exhaustion;
            ++count;
        }
    }
    return count > 0 ? sum / count : -1.0;
}

int momentsIn(const std::vector<tend::HardMoment>& moments, date from, date to) {
    return static_cast<int>(
        std::count_if(moments.begin(), moments.end(), [&](const tend::HardMoment& moment) {
            return moment.occurredAt.date() >= from && moment.occurredAt.date() <= to;
        }));
}

bool sameCheckins(const std::vector<tend::Checkin>& a, const std::vector<tend::Checkin>& b) {
    return std::equal(
        a.begin(), a.end(), b.begin(), b.end(), [](const tend::Checkin& x, const tend::Checkin& y) {
            return x.date == y.date && x.answers == y.answers && x.note == y.note && x.restDay == y.restDay &&
                   x.createdAt == y.createdAt && x.updatedAt == y.updatedAt;
        });
}

bool sameMoments(const std::vector<tend::HardMoment>& a, const std::vector<tend::HardMoment>& b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const tend::HardMoment& x, const tend::HardMoment& y) {
                          return x.id == y.id && x.occurredAt == y.occurredAt && x.intensity == y.intensity &&
                                 x.note == y.note;
                      });
}

} // namespace

class TestDemoData final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        m_definition = shippedDefinition();
        m_data = tend::generateDemoData(m_definition, lastDay);
    }

    void isDeterministic() {
        const auto again = tend::generateDemoData(m_definition, lastDay);
        QVERIFY(sameCheckins(m_data.checkins, again.checkins));
        QVERIFY(sameMoments(m_data.moments, again.moments));
        const auto otherSeed = tend::generateDemoData(m_definition, lastDay, 180, 7);
        QVERIFY(!sameCheckins(m_data.checkins, otherSeed.checkins));
    }

    // A fingerprint of the default story: changes when the generator's output changes on any platform.
    void matchesItsFingerprint() {
        std::uint64_t hash = 1469598103934665603ULL;
        const auto mix = [&](long long value) {
            hash = (hash ^ static_cast<std::uint64_t>(value)) * 1099511628211ULL;
        };
        for (const auto& checkin : m_data.checkins) {
            mix(checkin.date.julian_day());
            for (const auto& [id, value] : checkin.answers)
                mix(static_cast<long long>(id.size()) * 100 + value);
            mix(checkin.restDay);
            mix(static_cast<long long>(checkin.note.size()));
        }
        for (const auto& moment : m_data.moments)
            mix(moment.occurredAt.time_of_day().total_seconds() * 10 + moment.intensity);
        QCOMPARE(QString::number(hash, 16), QStringLiteral("69fec05b97c6662e"));
    }

    // A day off is not asked about the work, so the demo worker never answers those questions on one.
    void daysOffHoldNoAnswersAboutWork() {
        int daysOff = 0;
        for (const auto& checkin : m_data.checkins) {
            if (!checkin.restDay)
                continue;
            ++daysOff;
            for (const auto& [id, value] : checkin.answers)
                QVERIFY2(!m_definition.find(id)->work, id.c_str());
        }
        QVERIFY(daysOff >= 7);
        const auto workingDay = std::find_if(m_data.checkins.begin(), m_data.checkins.end(),
                                             [](const tend::Checkin& c) { return !c.restDay; });
        QVERIFY(workingDay != m_data.checkins.end());
        QVERIFY(workingDay->answer("made_difference").has_value() ||
                workingDay->answer("distressing_material").has_value());
    }

    void ticksSelfCareWithAWalkBeforeBetterDays() {
        QCOMPARE(m_data.plan.size(), std::size_t(4));
        QCOMPARE(m_data.plan.front(), std::string("walk_between_visits"));
        const auto again = tend::generateDemoData(m_definition, lastDay);
        QVERIFY(again.ticks == m_data.ticks);
        // Ticks only on check-in days, only for actions in the plan.
        std::set<date> checkinDays;
        for (const auto& checkin : m_data.checkins)
            checkinDays.insert(checkin.date);
        for (const auto& [day, done] : m_data.ticks) {
            QVERIFY(checkinDays.contains(day));
            for (const std::size_t index : done)
                QVERIFY(index < m_data.plan.size());
        }
        // The walk comes before a good-mood day far more often than before other days.
        int walksBeforeGood = 0, goodDays = 0, walksBeforeOther = 0, otherDays = 0;
        for (std::size_t i = 0; i + 1 < m_data.checkins.size(); ++i) {
            const auto& day = m_data.checkins[i];
            const auto& next = m_data.checkins[i + 1];
            if (next.date != day.date + days(1))
                continue;
            const bool walked = m_data.ticks.contains(day.date) && m_data.ticks.at(day.date).contains(0);
            const bool good = next.answer("mood").value_or(0) >= 3;
            (good ? goodDays : otherDays) += 1;
            (good ? walksBeforeGood : walksBeforeOther) += walked ? 1 : 0;
        }
        QVERIFY(goodDays > 20 && otherDays > 20);
        QVERIFY(double(walksBeforeGood) / goodDays > 2 * double(walksBeforeOther) / otherDays);
    }

    void spansTheRequestedDays() {
        QCOMPARE(m_data.checkins.front().date, lastDay - days(179));
        QCOMPARE(m_data.checkins.back().date, lastDay);
        for (std::size_t i = 1; i < m_data.checkins.size(); ++i)
            QVERIFY(m_data.checkins[i - 1].date < m_data.checkins[i].date);
        for (std::size_t i = 1; i < m_data.moments.size(); ++i)
            QVERIFY(m_data.moments[i - 1].occurredAt <= m_data.moments[i].occurredAt);
        QVERIFY(m_data.moments.front().occurredAt.date() >= lastDay - days(179));
        QVERIFY(m_data.moments.back().occurredAt.date() <= lastDay);

        const auto shortStory = tend::generateDemoData(m_definition, date(2024, 3, 1), 30);
        QCOMPARE(shortStory.checkins.front().date, date(2024, 2, 1)); // across the leap day
        QCOMPARE(shortStory.checkins.back().date, date(2024, 3, 1));
        QVERIFY(tend::generateDemoData(m_definition, lastDay, 0).checkins.empty());
    }

    void hasGapsButMostDays() {
        const auto present = m_data.checkins.size();
        QVERIFY2(present >= 150 && present <= 175, qPrintable(QString::number(present)));
        int skippedItems = 0;
        for (const auto& checkin : m_data.checkins)
            if (!checkin.restDay && checkin.answers.size() < m_definition.items.size())
                ++skippedItems;
        QVERIFY2(skippedItems > 10, qPrintable(QString::number(skippedItems)));
    }

    void answersOnlyKnownItemsWithinTheirScales() {
        for (const auto& checkin : m_data.checkins) {
            for (const auto& [id, value] : checkin.answers) {
                const auto* item = m_definition.find(id);
                QVERIFY2(item, id.c_str());
                QVERIFY(value >= item->scale.min && value <= item->scale.max);
                if (id == "hard_cases")
                    QVERIFY(value <= 8);
            }
        }
    }

    void everyCheckinPassesValidation() {
        for (const auto& checkin : m_data.checkins)
            QVERIFY(tend::validateCheckin(checkin, m_definition, lastDay).empty());
    }

    void momentsAndCheckinTimesArePlausible() {
        for (const auto& moment : m_data.moments) {
            QVERIFY(moment.intensity >= tend::HardMoment::minIntensity &&
                    moment.intensity <= tend::HardMoment::maxIntensity);
            const auto hour = moment.occurredAt.time_of_day().hours();
            QVERIFY(hour >= 7 && hour <= 20);
            QCOMPARE(moment.id, std::int64_t(0));
        }
        for (const auto& checkin : m_data.checkins) {
            QCOMPARE(checkin.createdAt.date(), checkin.date);
            QCOMPARE(checkin.createdAt.time_of_day().hours(), 20L);
            QVERIFY(checkin.updatedAt >= checkin.createdAt);
        }
        const auto notes = std::count_if(m_data.checkins.begin(), m_data.checkins.end(),
                                         [](const tend::Checkin& checkin) { return !checkin.note.empty(); });
        QVERIFY(notes >= 3);
    }

    void containsALeaveWeekWithoutHardMoments() {
        const auto leave = startOfLeaveWeek(m_data.checkins);
        QVERIFY(leave.has_value());
        QCOMPARE(momentsIn(m_data.moments, *leave, *leave + days(6)), 0);
        for (const auto& checkin : m_data.checkins)
            if (checkin.date >= *leave && checkin.date <= *leave + days(6))
                QVERIFY(!checkin.answers.contains("distressing_material"));
    }

    void driftsIntoStrainAndRecovers() {
        const auto leave = startOfLeaveWeek(m_data.checkins);
        QVERIFY(leave.has_value());
        const date first = m_data.checkins.front().date;
        const double settled = meanStrain(m_data.checkins, first, first + days(27));
        const double peak = meanStrain(m_data.checkins, *leave - days(21), *leave - days(1));
        const double recovered = meanStrain(m_data.checkins, lastDay - days(27), lastDay);
        QVERIFY2(settled >= 0 && settled < 2.5, qPrintable(QString::number(settled)));
        QVERIFY2(peak > settled + 3.0, qPrintable(QStringLiteral("%1 vs %2").arg(peak).arg(settled)));
        QVERIFY2(recovered < settled + 1.0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(recovered).arg(settled)));

        const int settledMoments = momentsIn(m_data.moments, first, first + days(27));
        const int peakMoments = momentsIn(m_data.moments, *leave - days(28), *leave - days(1));
        QVERIFY2(peakMoments > 2 * settledMoments,
                 qPrintable(QStringLiteral("%1 vs %2").arg(peakMoments).arg(settledMoments)));
        QVERIFY(peakMoments >= 12); // several a week
        const bool veryHard =
            std::any_of(m_data.moments.begin(), m_data.moments.end(), [&](const auto& moment) {
                return moment.intensity == tend::HardMoment::maxIntensity &&
                       moment.occurredAt.date() < *leave && moment.occurredAt.date() >= *leave - days(28);
            });
        QVERIFY(veryHard);
    }

    void compassionFallsButNotToNothing() {
        const auto leave = startOfLeaveWeek(m_data.checkins);
        QVERIFY(leave.has_value());
        for (const auto& checkin : m_data.checkins)
            for (const char* id : {"made_difference", "supported"})
                if (const auto value = checkin.answer(id))
                    QVERIFY(*value >= 1);
    }

    void answersOnlyWhatTheDefinitionHas() {
        const auto definition = tend::parseCheckinDefinition(R"({
            "format": "tend.checkin-definition", "version": 1,
            "items": [{"id": "calm", "name": "calm", "text": "Calm?", "group": "wellbeing", "kind": "rating",
                       "scale": {"min": 1, "max": 3, "labels": ["a", "b", "c"]}, "polarity": "higher_is_better"}]
        })");
        const auto data = tend::generateDemoData(definition, lastDay, 60);
        for (const auto& checkin : data.checkins) {
            QVERIFY(tend::validateCheckin(checkin, definition, lastDay).empty());
            for (const auto& [id, value] : checkin.answers)
                QCOMPARE(id, std::string("calm"));
        }
    }

private:
    tend::CheckinDefinition m_definition;
    tend::DemoData m_data;
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
