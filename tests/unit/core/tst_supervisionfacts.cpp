#include "supervision/supervisionfacts.h"

#include "insightstesthelpers.h"
#include "storage/assessmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/selfcareplanrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <stdexcept>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;

namespace {

// Friday 27 November 2026. Two weeks are 14-27 November, the two before them 31 October - 13 November;
// four weeks are 31 October - 27 November, the four before them 3-30 October.
const date today(2026, 11, 27);

date nov(int day) {
    return {2026, 11, static_cast<unsigned short>(day)};
}

} // namespace

class TestSupervisionFacts final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;
    std::optional<tend::Database> m_db;
    std::optional<tend::CheckinRepository> m_checkins;
    std::optional<tend::HardMomentRepository> m_moments;
    std::optional<tend::SelfCarePlanRepository> m_plan;
    std::optional<tend::AssessmentRepository> m_assessments;
    const tend::CheckinDefinition m_definition = insightstest::shippedDefinition();

    void save(date day, std::map<std::string, int> answers, std::set<std::int64_t> selfCare = {},
              bool restDay = false, std::string note = {}) {
        auto checkin = insightstest::checkinOn(day, std::move(answers), restDay);
        checkin.selfCareDone = std::move(selfCare);
        checkin.note = std::move(note);
        checkin.createdAt = checkin.updatedAt = ptime(day, hours(20));
        m_checkins->save(checkin);
    }

    void addMoment(date day, int intensity) {
        auto moment = insightstest::momentAt(ptime(day, hours(14)), intensity);
        (void)m_moments->add(moment);
    }

    void addReflection(date day) {
        tend::AssessmentResult result;
        result.packId = "monthly_reflection";
        result.takenOn = day;
        result.takenAt = ptime(day, hours(19));
        result.scores.scales = {{"carrying", 9.0, "some_weight"}};
        (void)m_assessments->add(result);
    }

    tend::SupervisionFacts facts(int weeks, tend::DayStart dayStart = {}) {
        const tend::SupervisionSources sources{
            m_definition, insightstest::shippedTracked, *m_checkins, *m_moments, *m_plan, *m_assessments,
            dayStart};
        return tend::buildSupervisionFacts(sources, tend::SupervisionPeriod::endingOn(today, weeks));
    }

    static const tend::IndexPeriod& index(const tend::SupervisionFacts& facts, tend::IndexId id) {
        for (const auto& line : facts.indices)
            if (line.id == id)
                return line;
        throw std::runtime_error("no index line");
    }

    // Burnout is read from "exhausted by work" alone here (0-4, so 25 points a step); wellbeing from mood on
    // two days only, too few for a mean. "A lot" of distressing material is its top answer, 2.
    void buildHistory() {
        const auto walk = m_plan->addOwn("Walk after work", date(2026, 9, 1)).id;
        const auto call = m_plan->addOwn("Call a friend", date(2026, 9, 1)).id;
        save(date(2026, 10, 20), {{"exhaustion", 0}});
        save(nov(1), {{"exhaustion", 1}});
        save(nov(5), {{"exhaustion", 1}, {"distressing_material", 2}, {"hard_cases", 4}}, {walk});
        save(nov(10), {{"exhaustion", 2}}, {}, true);
        save(nov(20), {{"exhaustion", 4}, {"distressing_material", 2}, {"mood", 3}, {"hard_cases", 3}},
             {walk});
        save(nov(22), {{"exhaustion", 2}, {"distressing_material", 1}, {"mood", 1}}, {walk, call}, false,
             "a private note");
        save(nov(23), {}, {}, true);
        save(nov(25), {{"exhaustion", 3}, {"distressing_material", 2}, {"hard_cases", 2}}, {walk});
        addMoment(nov(10), 2);
        addMoment(nov(15), 2);
        addMoment(nov(26), 3);
        addReflection(date(2026, 10, 2));
        addReflection(nov(21));
    }

private slots:
    void init() {
        QVERIFY(m_databases.isValid());
        m_db.emplace(m_databases.openMigrated());
        m_checkins.emplace(*m_db);
        m_moments.emplace(*m_db);
        m_plan.emplace(*m_db);
        m_assessments.emplace(*m_db);
    }

    void cleanup() {
        m_assessments.reset();
        m_plan.reset();
        m_moments.reset();
        m_checkins.reset();
        m_db.reset();
    }

    void periodIsWholeWeeksEndingToday() {
        const auto two = tend::SupervisionPeriod::endingOn(today, 2);
        QCOMPARE(two.from, nov(14));
        QCOMPARE(two.to, today);
        QCOMPARE(two.days(), 14);
        QCOMPARE(two.previousFrom(), date(2026, 10, 31));
        QCOMPARE(two.previousTo(), nov(13));
        QVERIFY(two.contains(nov(14)) && two.contains(today));
        QVERIFY(!two.contains(nov(13)) && !two.contains(nov(28)));
        const auto four = tend::SupervisionPeriod::endingOn(today, 4);
        QCOMPARE(four.from, date(2026, 10, 31));
        QCOMPARE(four.previousFrom(), date(2026, 10, 3));
        QCOMPARE(tend::SupervisionPeriod::endingOn(today, 1).from, nov(21));
        QCOMPARE(tend::SupervisionPeriod::endingOn(today, 26).from, date(2026, 5, 30));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)tend::SupervisionPeriod::endingOn(today, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (void)tend::SupervisionPeriod::endingOn(today, 27));
    }

    void twoWeeksAgainstTheTwoBefore() {
        buildHistory();
        const auto f = facts(2);
        QCOMPARE(f.period.from, nov(14));

        // 20, 22, 23 (rest only) and 25 November.
        QCOMPARE(f.workload.checkinDays, 4);
        QCOMPARE(f.workload.restDays, 1);          // the 23rd; the 10th is before
        QCOMPARE(f.workload.hardMoments, 2);       // 15 and 26 November; the 10th is before
        QCOMPARE(f.workload.veryHardMoments, 1);   // the 26th
        QCOMPARE(f.workload.heavyDays, 2);         // "a lot" on the 20th and the 25th; the 5th is before
        QCOMPARE(f.workload.hardCases.value(), 5); // 3 + 2
        QCOMPARE(f.workload.hardCasesDays, 2);

        const auto& burnout = index(f, tend::IndexId::Burnout);
        // (100 + 50 + 75) / 3 against (25 + 25 + 50) / 3.
        QCOMPARE(burnout.mean.value(), 75.0);
        QVERIFY(qAbs(burnout.previousMean.value() - 100.0 / 3.0) < 1e-9);
        QCOMPARE(burnout.band.value(), tend::IndexBand::High);
        QCOMPARE(burnout.comparison, tend::PeriodComparison::Higher);
        QCOMPARE(burnout.daily.first, nov(14));
        QCOMPARE(burnout.daily.values.size(), std::size_t(14));
        QCOMPARE(burnout.daily.values[6].value(), 100.0); // 20 November is the 7th day
        QVERIFY(!burnout.daily.values[7].has_value());    // 21 November: no check-in, a gap, never zero
        QCOMPARE(burnout.daily.values[11].value(), 75.0);
        // Six values in the baseline's twelve weeks: too few for a usual range.
        QVERIFY(!burnout.usualLow && !burnout.usualHigh);

        // Mood on two days only: not enough for a mean, so no band and no comparison.
        const auto& wellbeing = index(f, tend::IndexId::Wellbeing);
        QVERIFY(!wellbeing.mean.has_value());
        QVERIFY(!wellbeing.band.has_value());
        QCOMPARE(wellbeing.comparison, tend::PeriodComparison::NoMean);
        QCOMPARE(f.indices.size(), std::size(tend::allIndices));

        QCOMPARE(f.selfCare.size(), std::size_t(2));
        QCOMPARE(f.selfCare[0].title, std::string("Walk after work"));
        QCOMPARE(f.selfCare[0].days, 3);
        QCOMPARE(f.selfCare[1].title, std::string("Call a friend"));
        QCOMPARE(f.selfCare[1].days, 1);
        QVERIFY(f.whatHelps.empty());
        QVERIFY(f.changes.empty());

        QCOMPARE(f.reflections.size(), std::size_t(1));
        QCOMPARE(f.reflections.front().takenOn, nov(21));
    }

    void fourWeeksWithTooLittleBefore() {
        buildHistory();
        const auto f = facts(4);
        QCOMPARE(f.workload.checkinDays, 7);
        QCOMPARE(f.workload.restDays, 2);
        QCOMPARE(f.workload.hardMoments, 3);
        QCOMPARE(f.workload.heavyDays, 3);
        QCOMPARE(f.workload.hardCases.value(), 9); // 4 + 3 + 2
        QCOMPARE(f.workload.hardCasesDays, 3);

        const auto& burnout = index(f, tend::IndexId::Burnout);
        // 25, 25, 50, 100, 50, 75 over six days.
        QVERIFY(qAbs(burnout.mean.value() - 325.0 / 6.0) < 1e-9);
        QCOMPARE(burnout.band.value(), tend::IndexBand::Moderate);
        // Only 20 October in the four weeks before: too few to compare.
        QVERIFY(!burnout.previousMean.has_value());
        QCOMPARE(burnout.comparison, tend::PeriodComparison::TooLittleBefore);
        QCOMPARE(burnout.daily.values.size(), std::size_t(28));

        QCOMPARE(f.selfCare.front().days, 4);
        QCOMPARE(f.reflections.size(), std::size_t(1)); // 2 October lies before the four weeks
    }

    void aSteadyPeriodIsAboutTheSame() {
        for (const int day : {1, 3, 5, 16, 18, 20})
            save(nov(day), {{"exhaustion", 2}});
        save(nov(24), {{"exhaustion", 3}});
        // (50 + 50 + 50 + 75) / 4 = 56.25 against 50: more than 5 points apart.
        QCOMPARE(index(facts(2), tend::IndexId::Burnout).comparison, tend::PeriodComparison::Higher);
        m_checkins->remove(nov(24));
        QCOMPARE(index(facts(2), tend::IndexId::Burnout).comparison, tend::PeriodComparison::AboutTheSame);
        // 75 against 50 the other way round.
        for (const int day : {1, 3, 5})
            save(nov(day), {{"exhaustion", 3}});
        QCOMPARE(index(facts(2), tend::IndexId::Burnout).comparison, tend::PeriodComparison::Lower);
    }

    void anEmptyHistoryHasOnlyEmptyDays() {
        const auto f = facts(4);
        QCOMPARE(f.workload.checkinDays, 0);
        QVERIFY(!f.workload.hardCases);
        QCOMPARE(f.indices.size(), std::size_t(5));
        for (const auto& line : f.indices) {
            QVERIFY(!line.mean);
            QCOMPARE(line.daily.values.size(), std::size_t(28));
        }
        QVERIFY(f.changes.empty() && f.selfCare.empty() && f.whatHelps.empty() && f.reflections.empty());
    }

    void sustainedStrainIsNamedForTheIndexAndTheQuestion() {
        for (int day = 21; day <= 27; ++day)
            save(nov(day), {{"exhaustion", 4}});
        const auto changes = facts(2).changes;
        // Seven of seven at 4: sustained; the 14 days before the last three hold no values, so no sudden
        // change can be read.
        QCOMPARE(changes.size(), std::size_t(2));
        QCOMPARE(changes[0].kind, tend::NotableChange::Kind::Sustained);
        QCOMPARE(changes[0].index.value(), tend::IndexId::Burnout);
        QCOMPARE(changes[0].concernDays, 7);
        QCOMPARE(changes[0].recentDays, 7);
        QCOMPARE(changes[1].kind, tend::NotableChange::Kind::Sustained);
        QVERIFY(!changes[1].index);
        QCOMPARE(changes[1].itemId, std::string("exhaustion"));
    }

    void recoveryCountsOnlyWhenTheRestEndedInThePeriod() {
        // Exhausted at 4 for a week, two days off, then at 1.
        for (int day = 1; day <= 7; ++day)
            save(nov(day), {{"exhaustion", 4}});
        save(nov(8), {}, {}, true);
        save(nov(9), {}, {}, true);
        for (int day = 10; day <= 14; ++day)
            save(nov(day), {{"exhaustion", 1}});

        // The rest ended on 9 November, before the two weeks.
        QVERIFY(facts(2).changes.empty());

        const auto f = facts(4);
        QCOMPARE(f.changes.size(), std::size_t(1));
        const auto& change = f.changes.front();
        QCOMPARE(change.kind, tend::NotableChange::Kind::BetterAfterRest);
        QCOMPARE(change.index.value(), tend::IndexId::Burnout);
        QCOMPARE(change.rest->first, nov(8));
        QCOMPARE(change.rest->last, nov(9));

        // The usual range: the middle half of 25 x5 and 100 x7 (12 values in 29 August - 20 November):
        // positions 2.75 and 8.25 of the sorted values.
        const auto& burnout = index(f, tend::IndexId::Burnout);
        QCOMPARE(burnout.usualLow.value(), 25.0);
        QCOMPARE(burnout.usualHigh.value(), 100.0);
    }

    void whatHelpsReadsThePeriodOnly() {
        const auto walk = m_plan->addOwn("Walk after work", date(2026, 9, 1)).id;
        const auto call = m_plan->addOwn("Call a friend", date(2026, 9, 1)).id;
        // Before the period, walks came before worse days and calls before better ones: over the whole
        // history the walk would read differently.
        for (int day = 1; day <= 12; day += 2) {
            save(date(2026, 10, day), {{"mood", 2}}, {walk});
            save(date(2026, 10, day + 1), {{"mood", 0}}, {call});
        }
        // 13 November lies before the period; its next day (the 14th) is in it, and still it does not count.
        save(nov(13), {{"mood", 0}}, {walk});
        // In the period (wellbeing is mood alone, 25 points a step):
        //   day   14  15  16  17  18  19  20  21  22
        //   mood   2   4   2   4   2   4   2   2   2
        //   walk   x       x       x
        //   call       x       x       x
        // The 22nd's next day has no check-in. Walk: with 14, 16, 18 -> next days 100 each; without 15,
        // 17, 19 -> 50 each, 20 -> 50, 21 -> 50: 100 against 50. Call: with 15, 17, 19 -> 50; without
        // 14, 16, 18 -> 100, 20, 21 -> 50: 80. Lower after calls, so not listed as helping.
        const std::map<int, int> mood{{14, 2}, {15, 4}, {16, 2}, {17, 4}, {18, 2},
                                      {19, 4}, {20, 2}, {21, 2}, {22, 2}};
        for (const auto& [day, value] : mood) {
            std::set<std::int64_t> done;
            if (day == 14 || day == 16 || day == 18)
                done.insert(walk);
            if (day == 15 || day == 17 || day == 19)
                done.insert(call);
            save(nov(day), {{"mood", value}}, done);
        }
        const auto f = facts(2);
        QCOMPARE(f.whatHelps.size(), std::size_t(1));
        const auto& helped = f.whatHelps.front();
        QCOMPARE(helped.actionId, walk);
        QCOMPARE(helped.title, std::string("Walk after work"));
        QCOMPARE(helped.observation.daysWith, 3);
        QCOMPARE(helped.observation.daysWithout, 5);
        QCOMPARE(helped.observation.meanWith, 100.0);
        QCOMPARE(helped.observation.meanWithout, 50.0);
        QCOMPARE(helped.observation.difference, 50.0);
    }

    void archivedActionsStillCountForTheirDays() {
        const auto walk = m_plan->addOwn("Walk after work", date(2026, 9, 1)).id;
        const auto swim = m_plan->addOwn("Swim", date(2026, 9, 1)).id;
        save(nov(16), {{"mood", 2}}, {walk, swim});
        save(nov(17), {{"mood", 2}}, {swim});
        m_plan->archive(swim);
        const auto done = facts(2).selfCare;
        QCOMPARE(done.size(), std::size_t(2));
        QCOMPARE(done[0].title, std::string("Walk after work"));
        QCOMPARE(done[0].days, 1);
        QCOMPARE(done[1].title, std::string("Swim"));
        QCOMPARE(done[1].days, 2);
    }

    void untrackedExposureQuestionsAreNotCounted() {
        save(nov(20), {{"distressing_material", 2}, {"hard_cases", 6}});
        const tend::SupervisionSources sources{m_definition, {"mood"},       *m_checkins, *m_moments,
                                               *m_plan,      *m_assessments, {}};
        const auto f = tend::buildSupervisionFacts(sources, tend::SupervisionPeriod::endingOn(today, 2));
        QCOMPARE(f.workload.checkinDays, 1);
        QCOMPARE(f.workload.heavyDays, 0);
        QVERIFY(!f.workload.hardCases);
    }

    // With a 06:00 day start, a moment at 03:00 belongs to the day before: one in the small hours after
    // the last day (28 November) counts for the 27th, one in the small hours of the first day (14
    // November) belongs to the 13th, outside a two-week period. At midnight both follow the calendar.
    void hardMomentsFollowTheCheckinDay() {
        (void)m_moments->add(insightstest::momentAt(ptime(nov(14), hours(3)), 2));
        (void)m_moments->add(insightstest::momentAt(ptime(nov(28), hours(3)), 3));
        (void)m_moments->add(insightstest::momentAt(ptime(nov(20), hours(7)), 1));

        const auto nights = facts(2, *tend::DayStart::fromMinutes(6 * 60)).workload;
        QCOMPARE(nights.hardMoments, 2); // the 20th, and the 28th at 03:00 as the 27th
        QCOMPARE(nights.veryHardMoments, 1);

        const auto calendar = facts(2).workload;
        QCOMPARE(calendar.hardMoments, 2); // the 14th and the 20th; the 28th is after the period
        QCOMPARE(calendar.veryHardMoments, 0);
    }
};

QTEST_GUILESS_MAIN(TestSupervisionFacts)
#include "tst_supervisionfacts.moc"
