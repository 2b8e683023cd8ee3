#include "care/caresnapshot.h"
#include "content/learningcards.h"
#include "content/orgprofile.h"
#include "content/selfcarelibrary.h"
#include "insightstesthelpers.h"
#include "prompts/promptrules.h"
#include "settings/daystartsetting.h"
#include "settings/momentrecheck.h"
#include "settings/promptkindssetting.h"
#include "storage/checkinrepository.h"
#include "storage/database.h"
#include "storage/hardmomentrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/selfcareplanrepository.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"
#include "time/datewords.h"

#include <QFile>
#include <QTest>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using insightstest::checkinOn;

namespace {

std::string asset(const char* path) {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/") + QLatin1String(path));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing asset %s", path);
    return file.readAll().toStdString();
}

const date today(2026, 11, 27);

bool hasPrompt(const tend::CareSnapshot& care, const std::string& rule, const std::string& subject = {}) {
    return std::any_of(care.prompts.begin(), care.prompts.end(), [&](const tend::Prompt& prompt) {
        return prompt.ruleId == rule && prompt.subject == subject;
    });
}

const tend::Prompt& promptOf(const tend::CareSnapshot& care, const std::string& rule,
                             const std::string& subject = {}) {
    for (const auto& prompt : care.prompts)
        if (prompt.ruleId == rule && prompt.subject == subject)
            return prompt;
    qFatal("no prompt %s/%s", rule.c_str(), subject.c_str());
}

// What the app records when a prompt appears on screen.
tend::PromptEvent shown(const tend::Prompt& prompt, date day, int hour) {
    tend::PromptEvent event{prompt.ruleId,           prompt.subject, tend::PromptEventKind::Shown,
                            ptime(day, hours(hour)), std::nullopt,   prompt.reason,
                            prompt.planActionId};
    event.libraryActionId = prompt.libraryActionId;
    return event;
}

// Spreads `points` (0 to 4 x items.size()) over the items as evenly as possible, so a day's index follows
// a target in steps of one answer point.
std::map<std::string, int> spread(const std::vector<std::string>& items, int points) {
    std::map<std::string, int> answers;
    const int count = static_cast<int>(items.size());
    for (int i = 0; i < count; ++i)
        answers[items[static_cast<std::size_t>(i)]] = points / count + (i < points % count ? 1 : 0);
    return answers;
}

} // namespace

class TestCareSnapshot final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;
    std::optional<tend::Database> m_db;
    tend::CheckinDefinition m_definition = insightstest::shippedDefinition();
    tend::SelfCareLibrary m_library = tend::parseSelfCareLibrary(asset("selfcare/library.json"));
    tend::PromptRules m_rules = tend::parsePromptRules(asset("prompts/rules.json"));

    struct Repositories {
        tend::CheckinRepository checkins;
        tend::HardMomentRepository moments;
        tend::SelfCarePlanRepository plan;
        tend::PromptEventRepository events;
    };

    Repositories repositories() {
        return {tend::CheckinRepository(*m_db), tend::HardMomentRepository(*m_db),
                tend::SelfCarePlanRepository(*m_db), tend::PromptEventRepository(*m_db)};
    }

    tend::LearningCards m_cards = tend::parseLearningCards(asset("learning/cards.json"));

    tend::CareSnapshot snapshot(Repositories& r, date day = today,
                                const tend::OrgProfile* profile = nullptr) {
        const tend::CareSources sources{*m_db,      m_definition, insightstest::shippedTracked,
                                        r.checkins, r.moments,    r.plan,
                                        r.events,   m_library,    m_rules,
                                        profile,    &m_cards};
        return tend::buildCareSnapshot(sources, day);
    }

    void save(tend::CheckinRepository& checkins, date day, std::map<std::string, int> answers,
              bool restDay = false) {
        auto checkin = checkinOn(day, std::move(answers), restDay);
        checkin.createdAt = checkin.updatedAt = ptime(day, hours(20));
        checkins.save(checkin);
    }

    // Six calm weeks (on edge 1), then a week on edge at 3: a clear move away from the usual for one
    // indicator, while the other stress questions stay at 0 so no index reaches a harder range.
    void saveHardWeekAfterCalmWeeks(tend::CheckinRepository& checkins) {
        for (int back = 48; back >= 0; --back) {
            const date day = today - days(back);
            const int onEdge = back < 7 ? 3 : 1;
            auto checkin = checkinOn(day, {{"mood", 3},
                                           {"on_edge", onEdge},
                                           {"sleep", 3},
                                           {"intrusion", 0},
                                           {"avoid_reminders", 0},
                                           {"avoid_work_tasks", 0},
                                           {"numb", 0}});
            checkin.createdAt = checkin.updatedAt =
                boost::posix_time::ptime(day, boost::posix_time::hours(20));
            checkins.save(checkin);
        }
    }

private slots:
    void init() {
        QVERIFY(m_databases.isValid());
        m_db.emplace(m_databases.openMigrated());
    }
    void cleanup() { m_db.reset(); }

    void emptyHistoryGivesNoNumbersAndNoPrompts() {
        auto r = repositories();
        const auto care = snapshot(r);
        QCOMPARE(care.insights.checkins.total, 0);
        QVERIFY(care.prompts.empty());
        QVERIFY(care.facts.find("index.sts_load.value") == care.facts.end());
        const auto json = tend::careSnapshotToJson(care);
        QVERIFY(json["prompts"].is_array());
        QVERIFY(json["prompts"].empty());
    }

    void aRiseFromTheUsualSuggestsMatchingSelfCareFromThePlan() {
        auto r = repositories();
        saveHardWeekAfterCalmWeeks(r.checkins);
        // An action that suits being on edge, and one of the worker's own that suits nothing known.
        (void)r.plan.addOwn("Ring my sister", today - days(60));
        const auto walk =
            r.plan.addFromLibrary("walk_between_visits", "Walk round the block", today - days(60));

        const auto care = snapshot(r);
        const auto it = std::find_if(care.prompts.begin(), care.prompts.end(), [](const tend::Prompt& p) {
            return p.ruleId == "selfcare_strain_rising" && p.subject == "on_edge";
        });
        QVERIFY(it != care.prompts.end());
        QCOMPARE(it->planActionId.value_or(-1), walk.id);
        QCOMPARE(it->planActionTitle, std::string("Walk round the block"));
        // Last 7 days all 3; the usual weeks all 1.
        QCOMPARE(QString::fromStdString(it->reason),
                 QStringLiteral(
                     "Your ratings for “tense or easily startled” averaged 3.0 this week, up from 1.0 in "
                     "your usual weeks."));
        // The stress index moved by a quarter of that, so nothing more than self-care is suggested.
        for (const auto& prompt : care.prompts)
            QVERIFY2(prompt.kind == tend::PromptKind::SelfCare, prompt.ruleId.c_str());

        const auto json = tend::careSnapshotToJson(care);
        bool found = false;
        for (const auto& prompt : json["prompts"]) {
            if (prompt["rule"] == "selfcare_strain_rising") {
                found = true;
                QCOMPARE(prompt["plan_action"]["id"].get<std::int64_t>(), walk.id);
                QCOMPARE(prompt["kind"].get<std::string>(), std::string("self_care"));
            }
        }
        QVERIFY(found);
        QCOMPARE(json["checkins"]["total"].get<int>(), 49);
    }

    void buildingASnapshotWritesNothing() {
        auto r = repositories();
        saveHardWeekAfterCalmWeeks(r.checkins);
        (void)r.plan.addFromLibrary("walk_between_visits", "Walk round the block", today - days(60));
        QVERIFY(!snapshot(r).prompts.empty());
        QVERIFY(r.events.since(today - days(400)).empty());
    }

    void aSingleAnswerNeverBringsCrisisContentAndCrisisStaysOnceShown() {
        auto r = repositories();
        for (int back = 30; back >= 1; --back)
            save(r.checkins, today - days(back), {{"mood", 3}, {"intrusion", 0}, {"numb", 0}});
        // The tester's case: "a lot" to one stress question, everything else skipped.
        save(r.checkins, today, {{"intrusion", 4}});
        auto care = snapshot(r);
        QVERIFY(!care.facts.contains("index.sts_load.today"));
        for (const auto& prompt : care.prompts)
            QVERIFY2(!prompt.acute, prompt.ruleId.c_str());
        // Three heavy answers: crisis support surfaces, and the app notes it as shown.
        save(r.checkins, today, {{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}});
        care = snapshot(r);
        QVERIFY(care.prompts.front().acute);
        QVERIFY(r.events.record(shown(care.prompts.front(), today, 21)));
        // A later, lower answer no longer meets the rule; the support stays in reach for the rest of the day.
        save(r.checkins, today,
             {{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}, {"numb", 0}, {"mood", 2}});
        care = snapshot(r);
        QCOMPARE(care.facts.at("index.sts_load.today"), 75.0);
        QVERIFY(care.prompts.front().acute && care.prompts.front().keptToday);
        QVERIFY(tend::careSnapshotToJson(care)["prompts"][0]["kept_today"].get<bool>());
    }

    void repeatedHeavyDaysBringACalmWordAboutSupport() {
        auto r = repositories();
        const std::map<std::string, int> heavy{
            {"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}, {"mood", 1}};
        const std::map<std::string, int> calm{
            {"intrusion", 1}, {"avoid_reminders", 0}, {"on_edge", 1}, {"mood", 3}};
        // Heavy on days 12, 6 and 2 before today; one more 15 days ago falls outside the two weeks.
        for (int back = 20; back >= 0; --back)
            save(r.checkins, today - days(back),
                 back == 12 || back == 6 || back == 2 || back == 15 ? heavy : calm);
        auto care = snapshot(r);
        QCOMPARE(care.facts.at("acute.days14"), 3.0);
        QCOMPARE(tend::careSnapshotToJson(care)["acute_days14"].dump(), std::string("3"));
        // The shipped default profile names no support service, so the words stay general.
        const auto& prompt = promptOf(care, "support_repeated_heavy_days_general");
        QCOMPARE(prompt.reason,
                 std::string("On 3 of the last 14 days, your check-in described a very heavy day."));
        tend::OrgProfile withService;
        withService.organisation = "Northside";
        withService.employeeAssistance =
            tend::EmployeeAssistance{"Staff support", "0800 123", "", "", "", ""};
        QVERIFY(hasPrompt(snapshot(r, today, &withService), "support_repeated_heavy_days"));
        // Two in the fortnight are not yet a pattern.
        QCOMPARE(snapshot(r, today + days(3)).facts.at("acute.days14"), 2.0);
    }

    // A night worker whose day begins at 06:00 logs a very hard moment at 02:00: it belongs to the day they
    // were living, not to the calendar date.
    void aMomentInTheNightBelongsToTheCheckinDayBefore() {
        auto r = repositories();
        (void)r.moments.add({0, ptime(today + days(1), hours(2)), 3, ""});
        QCOMPARE(snapshot(r, today).momentFollowUp.intenseMomentsToday, 0); // midnight: the next day's
        QCOMPARE(snapshot(r, today + days(1)).momentFollowUp.intenseMomentsToday, 1);

        tend::SettingsRepository settings(*m_db);
        tend::DayStartSetting(settings).save(*tend::DayStart::fromMinutes(6 * 60));
        QCOMPARE(snapshot(r, today).momentFollowUp.intenseMomentsToday, 1);
        QCOMPARE(snapshot(r, today + days(1)).momentFollowUp.intenseMomentsToday, 0);
        QCOMPARE(snapshot(r, today).facts.at("hard_moments.intense_today"), 1.0);
    }

    void aVeryHardMomentBringsAFollowUpOnceAndAReCheckLater() {
        auto r = repositories();
        (void)r.moments.add({0, ptime(today, hours(10)), 3, ""});
        (void)r.moments.add({0, ptime(today, hours(15)), 3, ""});
        tend::OrgProfile profile;
        profile.organisation = "Northside";
        profile.supervisor = tend::SupervisorContact{"Sam Rivera", "", "sam@northside.example"};
        profile.peerSupport = {tend::SupportContact{"TRiM team", "0800 555", "", "", "", ""}};
        auto care = snapshot(r, today, &profile);
        const auto& followUp = promptOf(care, "followup_intense_moment");
        QVERIFY(followUp.immediate);
        QCOMPARE(care.momentFollowUp.intenseMomentsToday, 2);
        QCOMPARE(care.momentFollowUp.groundingActionId, std::optional<std::string>("notice_five_things"));
        // The cards written for this moment, not the first card that happens to mention intrusive memories.
        QCOMPARE(care.momentFollowUp.learningCardId, std::optional<std::string>("after_critical_incident"));
        QCOMPARE(care.momentFollowUp.groundingCardId, std::optional<std::string>("grounding_now"));
        QCOMPARE(care.momentFollowUp.peerSupport.size(), std::size_t(1));
        QCOMPARE(care.momentFollowUp.debriefContact->name, std::string("Sam Rivera"));
        QVERIFY(!care.momentFollowUp.assistance);
        const auto json = tend::careSnapshotToJson(care)["moment_follow_up"];
        QCOMPARE(json["learning_card"].get<std::string>(), std::string("after_critical_incident"));
        QCOMPARE(json["grounding_card"].get<std::string>(), std::string("grounding_now"));
        QCOMPARE(json["talk_it_through"]["supervisor"].get<std::string>(), std::string("Sam Rivera"));
        QCOMPARE(json["talk_it_through"]["peer_support"].dump(), std::string(R"(["TRiM team"])"));
        QVERIFY(json["talk_it_through"]["assistance"].is_null());
        // Without an organisation profile nobody is named.
        const auto alone = snapshot(r, today).momentFollowUp;
        QVERIFY(alone.peerSupport.empty() && !alone.debriefContact && !alone.assistance);
        // The next day, with no very hard moment, there is no follow-up.
        QVERIFY(r.events.record(shown(followUp, today, 10)));
        QVERIFY(!hasPrompt(snapshot(r, today + days(1)), "followup_intense_moment"));

        // The worker asks to be checked on in two days: nothing before, a prompt on that day, and once shown
        // it does not come again.
        tend::SettingsRepository settings(*m_db);
        QCOMPARE(tend::MomentRecheck(settings).optIn(today), today + days(2));
        QCOMPARE(snapshot(r, today).momentFollowUp.recheckOn, std::optional<date>(today + days(2)));
        QVERIFY(!hasPrompt(snapshot(r, today + days(1)), "recheck_after_hard_moment"));
        care = snapshot(r, today + days(2));
        QVERIFY(care.momentFollowUp.recheckDue);
        const auto& recheck = promptOf(care, "recheck_after_hard_moment");
        QVERIFY(r.events.record(shown(recheck, today + days(2), 8)));
        QVERIFY(hasPrompt(snapshot(r, today + days(2)), "recheck_after_hard_moment")); // still there today
        QVERIFY(!hasPrompt(snapshot(r, today + days(3)), "recheck_after_hard_moment"));
        QVERIFY(!snapshot(r, today + days(3)).momentFollowUp.recheckDue);
    }

    void turnedOffKindsAndTheLibraryForAnEmptyPlan() {
        auto r = repositories();
        saveHardWeekAfterCalmWeeks(r.checkins);
        // No plan at all: a small step from the library, in library words.
        auto care = snapshot(r);
        const auto& step = promptOf(care, "selfcare_strain_rising", "on_edge");
        QCOMPARE(step.libraryActionId, std::optional<std::string>("walk_between_visits"));
        QVERIFY(tend::careSnapshotToJson(care)["prompts"][0]["library_action"]["id"] ==
                "walk_between_visits");
        // Once it is in the plan, the plan's copy is suggested and the library offers the next small step
        // to nobody: the plan comes first.
        const auto walk =
            r.plan.addFromLibrary("walk_between_visits", "Walk round the block", today - days(1));
        QCOMPARE(promptOf(snapshot(r), "selfcare_strain_rising", "on_edge").planActionId,
                 std::optional<std::int64_t>(walk.id));
        // The worker's own action, tagged "on_edge", takes its turn once the walk has been suggested (in a
        // run that ended weeks ago).
        const auto own = r.plan.addOwn("Ring my sister", today - days(1), {"on_edge"});
        QVERIFY(r.events.record({"selfcare_strain_rising", "on_edge", tend::PromptEventKind::Shown,
                                 ptime(today - days(20), hours(9)), std::nullopt, "Why.", walk.id}));
        QCOMPARE(promptOf(snapshot(r), "selfcare_strain_rising", "on_edge").planActionId,
                 std::optional<std::int64_t>(own.id));
        // Self-care prompts turned off in the settings: none.
        tend::SettingsRepository settings(*m_db);
        tend::PromptKindsSetting(settings).setEnabled(tend::PromptKind::SelfCare, false);
        for (const auto& prompt : snapshot(r).prompts)
            QVERIFY(prompt.kind != tend::PromptKind::SelfCare);
    }

    void eightWeeksAwayAreNotEightWeeksOfWork() {
        auto r = repositories();
        save(r.checkins, today - days(58), {{"mood", 3}}, true);
        for (int back = 2; back >= 0; --back)
            save(r.checkins, today - days(back), {{"mood", 3}});
        auto care = snapshot(r);
        QCOMPARE(care.facts.at("rest.days_since"), 58.0);
        QCOMPARE(care.facts.at("rest.working_days_since"), 3.0);
        QVERIFY(!hasPrompt(care, "micro_rest_overdue"));
        // Ten working days checked in since the rest day (seven more): now it is time to mention it.
        for (int back = 9; back >= 3; --back)
            save(r.checkins, today - days(back), {{"mood", 3}});
        care = snapshot(r);
        QCOMPARE(
            promptOf(care, "micro_rest_overdue").reason,
            std::string("You have checked in on 10 working days since the last day you marked as a day off "
                        "or leave."));
    }

    void aSlowDriftOverNineMonthsIsNamed() {
        // One point a week for 39 weeks: secondary stress from 17 to 56, burnout from 11 to 50, each day's
        // answers as close to the line as whole answers allow (steps of 6.25 and 12.5 points).
        auto r = repositories();
        const date start = today - days(273);
        const std::vector<std::string> stress{"intrusion", "avoid_reminders", "on_edge", "numb"};
        const std::vector<std::string> burnout{"exhaustion", "distance"};
        for (int t = 0; t <= 273; ++t) {
            auto answers = spread(stress, static_cast<int>(std::lround((17.0 + t / 7.0) * 16.0 / 100.0)));
            for (const auto& [item, value] :
                 spread(burnout, static_cast<int>(std::lround((11.0 + t / 7.0) * 8.0 / 100.0))))
                answers[item] = value;
            answers["mood"] = 3;
            answers["made_difference"] = 3;
            save(r.checkins, start + days(t), answers);
        }
        // The first day the slow drift is named: the smooth line reaches 15 points on day 125 (see
        // tst_seriessignals); whole answers move it by a few days, never by weeks.
        std::optional<int> firstDay;
        for (int t = 100; t <= 160 && !firstDay; ++t)
            if (hasPrompt(snapshot(r, start + days(t)), "drift_strain_slow", "sts_load"))
                firstDay = t;
        QVERIFY(firstDay.has_value());
        QVERIFY2(*firstDay >= 120 && *firstDay <= 130, qPrintable(QString::number(*firstDay)));
        // That day the window (day - 182 to day - 91) begins before the first check-in: the reason names the
        // weeks that were read, from the first check-in (27 February), never a time before Tend was used.
        const auto early = snapshot(r, start + days(*firstDay));
        const auto earlyDrift = promptOf(early, "drift_strain_slow", "sts_load").reason;
        const auto expected = "Compared with how you were between 27 February and " +
                              tend::dayAndMonth(start + days(*firstDay - 91)) + ",";
        QVERIFY2(earlyDrift.starts_with(expected), earlyDrift.c_str());
        const auto earlyJson = tend::careSnapshotToJson(early);
        QCOMPARE(earlyJson["long_reference_period"]["from"].get<std::string>(), std::string("2026-02-27"));
        QCOMPARE(earlyJson["long_reference_period"]["month"].get<std::string>(),
                 tend::monthName(start + days((*firstDay - 91) / 2)));

        // Nine months in: the twelve-week usual has followed the drift, so the rules that compare with it
        // stay quiet, while the comparison with three to six months ago names the change.
        const auto care = snapshot(r);
        QVERIFY(care.facts.at("index.sts_load.worsening_percent") < 20);
        QVERIFY(care.facts.at("index.sts_load.long_worsening") >= 15);
        QVERIFY(care.facts.at("index.burnout.long_worsening") >= 15);
        QVERIFY(!hasPrompt(care, "supervisor_rising_strain", "sts_load"));
        QVERIFY(!hasPrompt(care, "micro_sudden_rise", "sts_load"));
        const auto& drift = promptOf(care, "drift_strain_slow", "sts_load");
        QVERIFY2(drift.reason.starts_with("Compared with how you were between 29 May and 28 August"),
                 drift.reason.c_str());
        QVERIFY(hasPrompt(care, "drift_strain_slow", "burnout"));
        const auto json = tend::careSnapshotToJson(care);
        QCOMPARE(json["long_reference_period"]["from"].get<std::string>(), std::string("2026-05-29"));
        QVERIFY(json["indices"]["sts_load"]["signals"]["long_reference"].is_number());
        QVERIFY(json["prompts"][0]["bands_note"].get<std::string>().find("Tend's own choice") !=
                std::string::npos);
    }

    void ticksFeedWhatHelps() {
        auto r = repositories();
        const auto walk = r.plan.addFromLibrary("walk_between_visits", "Walk", today - days(30));
        // Alternate days with and without the walk; the day after a walk has mood 4, otherwise 2.
        for (int back = 20; back >= 1; --back) {
            const date day = today - days(back);
            const bool walked = back % 2 == 0;
            const bool afterWalk = !walked;
            auto checkin = checkinOn(day, {{"mood", afterWalk ? 4 : 2}});
            if (walked)
                checkin.selfCareDone = {walk.id};
            checkin.createdAt = checkin.updatedAt =
                boost::posix_time::ptime(day, boost::posix_time::hours(20));
            r.checkins.save(checkin);
        }
        const auto care = snapshot(r);
        QCOMPARE(care.insights.whatHelps.size(), std::size_t(1));
        QCOMPARE(care.insights.whatHelps.front().actionId, walk.id);
    }
};

QTEST_GUILESS_MAIN(TestCareSnapshot)
#include "tst_caresnapshot.moc"
