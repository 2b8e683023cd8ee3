// Hand-built histories run through `tend insights --json` in-process, one per case of the safety review:
// single answers, a slow drift, weeks away, repeated very heavy days, a very hard moment, lasting moderate
// strain, falling meaning and support, an empty plan, the wording of reasons, night shifts and days off, and
// kinds of prompt turned off. Each history is generated here and small; the numbers are worked by hand.

#include "cli/headlesscommands.h"
#include "prompts/promptevent.h"
#include "settings/promptkindssetting.h"
#include "testsession.h"
#include "time/daystart.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <boost/date_time/gregorian/gregorian.hpp>

#include <cmath>
#include <sstream>
#include <stdexcept>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::date;
using boost::gregorian::days;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using nlohmann::json;

namespace {

using Answers = std::map<std::string, int>;

// Every default question answered at the low end of strain and the middle of wellbeing: secondary stress
// and burnout 25, wellbeing and compassion satisfaction 50, exposure 50.
Answers calmDay() {
    return {{"mood", 2},
            {"energy", 2},
            {"sleep", 2},
            {"intrusion", 1},
            {"on_edge", 1},
            {"numb", 1},
            {"avoid_reminders", 1},
            {"avoid_work_tasks", 1},
            {"exhaustion", 1},
            {"distance", 1},
            {"made_difference", 2},
            {"supported", 2},
            {"distressing_material", 1}};
}

// The calm day with every secondary-stress question at its strongest: an acute day (100 of 100 on all
// five questions).
Answers veryHeavyDay() {
    auto answers = calmDay();
    for (const char* item : {"intrusion", "on_edge", "numb", "avoid_reminders", "avoid_work_tasks"})
        answers[item] = 4;
    return answers;
}

// Spreads `points` over the items as evenly as possible, so a day's index follows a target in steps of
// one answer point.
Answers spread(const std::vector<std::string>& items, int points) {
    Answers answers;
    const int count = static_cast<int>(items.size());
    for (int i = 0; i < count; ++i)
        answers[items[static_cast<std::size_t>(i)]] = points / count + (i < points % count ? 1 : 0);
    return answers;
}

const json* promptOf(const json& out, const std::string& rule, const std::string& subject = {}) {
    for (const auto& prompt : out["prompts"])
        if (prompt["rule"] == rule && prompt["subject"] == subject)
            return &prompt;
    return nullptr;
}

bool hasKind(const json& out, const std::string& kind) {
    for (const auto& prompt : out["prompts"])
        if (prompt["kind"] == kind)
            return true;
    return false;
}

std::string dump(const json& out) {
    std::string rules;
    for (const auto& prompt : out["prompts"])
        rules += prompt["rule"].get<std::string>() + "/" + prompt["subject"].get<std::string>() + " ";
    return rules;
}

} // namespace

class TestInsightsCases final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestSession> m_env;

    [[nodiscard]] date today() const { return m_env->today(); }

    json insights() {
        LaunchOptions options;
        options.command = {QStringLiteral("insights")};
        options.json = true;
        std::ostringstream out;
        std::ostringstream err;
        if (runHeadlessCommand(options, *m_env->session, out, err) != 0)
            qFatal("insights --json failed: %s", err.str().c_str());
        return json::parse(out.str());
    }

    std::string summary() {
        LaunchOptions options;
        options.command = {QStringLiteral("insights")};
        std::ostringstream out;
        std::ostringstream err;
        if (runHeadlessCommand(options, *m_env->session, out, err) != 0)
            qFatal("insights failed: %s", err.str().c_str());
        return out.str();
    }

    void save(date day, const Answers& answers, bool restDay = false) {
        m_env->saveCheckin(day, answers, restDay);
    }

    // Days [today - from, today] with `answers`, every seventh day (counting back from today, at `restAt`)
    // marked as a day off without the questions about work.
    void saveDays(int from, const Answers& answers, int restAt = 3) {
        for (int back = from; back >= 0; --back) {
            const bool rest = back % 7 == restAt;
            auto day = answers;
            if (rest)
                for (const char* work :
                     {"made_difference", "supported", "distressing_material", "avoid_work_tasks"})
                    day.erase(work);
            save(today() - days(back), day, rest);
        }
    }

    // What the app records when a prompt appears on screen.
    void recordShown(const json& prompt, ptime at) {
        PromptEvent event;
        event.ruleId = prompt["rule"].get<std::string>();
        event.subject = prompt["subject"].get<std::string>();
        event.kind = PromptEventKind::Shown;
        event.at = at;
        event.reason = prompt["reason"].get<std::string>();
        (void)m_env->session->promptEvents().record(event);
    }

    void addMoment(ptime at, int intensity) {
        HardMoment moment;
        moment.occurredAt = at;
        moment.intensity = intensity;
        (void)m_env->session->hardMoments().add(moment);
    }

    void setNow(ptime now) { m_env->clock.set(now); }

private slots:
    void init() { m_env = std::make_unique<test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    // 1. One strong answer with everything else skipped is one cluster of secondary stress, not a reading of
    // it: no value, no crisis content. Once crisis support has surfaced, a calmer answer the same day keeps
    // it in reach; the next day it is gone.
    void aSingleAnswerNeverBringsCrisisAndCrisisStaysTheDay() {
        saveDays(20, calmDay());
        save(today(), {{"intrusion", 4}});
        auto out = insights();
        QVERIFY(out["indices"]["sts_load"]["signals"]["today"].is_null());
        QVERIFY2(!hasKind(out, "crisis"), dump(out).c_str());
        QCOMPARE(out["acute_days14"].get<int>(), 0);
        save(today(), {{"numb", 4}});
        QVERIFY(!hasKind(insights(), "crisis"));

        // Four of the five questions at their strongest: 100 of 100 on 4 answers.
        save(today(), {{"intrusion", 4}, {"on_edge", 4}, {"numb", 4}, {"avoid_reminders", 4}});
        out = insights();
        const auto* crisis = promptOf(out, "crisis_very_heavy_today", "sts_load");
        QVERIFY2(crisis, dump(out).c_str());
        QCOMPARE((*crisis)["kept_today"].get<bool>(), false);
        QCOMPARE((*crisis)["acute"].get<bool>(), true);
        QCOMPARE(out["prompts"][0]["rule"].get<std::string>(), std::string("crisis_very_heavy_today"));
        recordShown(*crisis, ptime(today(), hours(18)));
        const auto reasonThen = (*crisis)["reason"].get<std::string>();

        // Later the same day, calmer answers: secondary stress (25 + 0 + 25 + 25) / 4 = 18.75.
        save(today(), {{"intrusion", 1}, {"on_edge", 1}, {"numb", 1}, {"avoid_reminders", 0}, {"mood", 3}});
        out = insights();
        QCOMPARE(out["indices"]["sts_load"]["signals"]["today"].get<double>(), 18.75);
        crisis = promptOf(out, "crisis_very_heavy_today", "sts_load");
        QVERIFY2(crisis, dump(out).c_str());
        QCOMPARE((*crisis)["kept_today"].get<bool>(), true);
        QCOMPARE((*crisis)["reason"].get<std::string>(), reasonThen);

        setNow(ptime(today() + days(1), hours(9)));
        QVERIFY(!hasKind(insights(), "crisis"));
    }

    // 2. One point a week for nine months (secondary stress 17 -> 56, burnout 11 -> 50). The 12-week usual
    // follows the drift; the comparison with three to six months ago names it within a few weeks of the
    // change passing 15 points (day 105), and says which weeks it compares with.
    void aSlowDriftIsNamedWithWhatItComparesWith() {
        const date start = today() - days(273); // 27 February
        const std::vector<std::string> stress{"intrusion", "avoid_reminders", "on_edge", "numb"};
        const std::vector<std::string> burnout{"exhaustion", "distance"};
        for (int t = 0; t <= 273; ++t) {
            auto answers = spread(stress, static_cast<int>(std::lround((17.0 + t / 7.0) * 16.0 / 100.0)));
            for (const auto& [item, value] :
                 spread(burnout, static_cast<int>(std::lround((11.0 + t / 7.0) * 8.0 / 100.0))))
                answers[item] = value;
            answers["mood"] = 3;
            answers["made_difference"] = 3;
            save(start + days(t), answers);
        }
        std::optional<int> firstDay;
        json first;
        for (int t = 105; t <= 140 && !firstDay; ++t) {
            setNow(ptime(start + days(t), hours(20)));
            auto out = insights();
            if (promptOf(out, "drift_strain_slow", "sts_load")) {
                firstDay = t;
                first = std::move(out);
            }
        }
        QVERIFY(firstDay);
        // Within four weeks of the change passing 15 points.
        QVERIFY2(*firstDay <= 105 + 28, qPrintable(QString::number(*firstDay)));
        // The weeks read start at the first check-in, not before it.
        QCOMPARE(first["long_reference_period"]["from"].get<std::string>(), std::string("2026-02-27"));
        const auto reason = (*promptOf(first, "drift_strain_slow", "sts_load"))["reason"].get<std::string>();
        QVERIFY2(reason.starts_with("Compared with how you were between 27 February and "), reason.c_str());

        m_env->clock.set(test::fixedNow()); // 27 November again
        const auto out = insights();
        const auto* drift = promptOf(out, "drift_strain_slow", "sts_load");
        QVERIFY2(drift, dump(out).c_str());
        QVERIFY2((*drift)["reason"].get<std::string>().starts_with(
                     "Compared with how you were between 29 May and 28 August, your secondary traumatic "
                     "stress reading is clearly higher this week"),
                 (*drift)["reason"].get<std::string>().c_str());
        QVERIFY(promptOf(out, "drift_strain_slow", "burnout"));
        QVERIFY(out["indices"]["sts_load"]["signals"]["worsening"].get<double>() < 20);
    }

    // 3. Eight weeks away, then three check-ins: 58 calendar days since the last rest day, but only 3 days
    // the worker said they worked. No "time for a pause" yet, and the text says what was counted.
    void weeksAwayAreNotWork() {
        const date lastRest = today() - days(58);
        for (int back = 28; back >= 0; --back)
            save(lastRest - days(back), calmDay(), back % 7 == 0);
        for (int back = 2; back >= 0; --back)
            save(today() - days(back), calmDay());
        auto out = insights();
        QCOMPARE(out["rest"]["days_since"].get<int>(), 58);
        QCOMPARE(out["rest"]["working_days_since"].get<int>(), 3);
        QVERIFY2(!promptOf(out, "micro_rest_overdue"), dump(out).c_str());
        const auto text = summary();
        QVERIFY2(text.find("days since real rest: 58 (on " +
                           boost::gregorian::to_iso_extended_string(lastRest) +
                           "); check-ins as a working day since: 3 (days without a check-in are not "
                           "counted)") != std::string::npos,
                 text.c_str());

        // Seven more working check-ins (ten in all): now the pause is suggested, saying what it counted.
        for (int back = 9; back >= 3; --back)
            save(today() - days(back), calmDay());
        out = insights();
        const auto* rest = promptOf(out, "micro_rest_overdue");
        QVERIFY2(rest, dump(out).c_str());
        QCOMPARE(
            (*rest)["reason"].get<std::string>(),
            std::string("You have checked in on 10 working days since the last day you marked as a day off "
                        "or leave."));
    }

    // 4. Three very heavy days within 14: a calm word about professional support, with its reason. Two are
    // not enough, and a third 15 days ago is outside the window.
    void repeatedVeryHeavyDaysPointToSupport() {
        saveDays(30, calmDay());
        for (const int back : {13, 8})
            save(today() - days(back), veryHeavyDay());
        save(today() - days(15), veryHeavyDay());
        auto out = insights();
        QCOMPARE(out["acute_days14"].get<int>(), 2);
        QVERIFY(!promptOf(out, "support_repeated_heavy_days_general"));
        save(today() - days(2), veryHeavyDay());
        out = insights();
        QCOMPARE(out["acute_days14"].get<int>(), 3);
        const auto* support = promptOf(out, "support_repeated_heavy_days_general");
        QVERIFY2(support, dump(out).c_str());
        QCOMPARE((*support)["kind"].get<std::string>(), std::string("professional_support"));
        QCOMPARE((*support)["reason"].get<std::string>(),
                 std::string("On 3 of the last 14 days, your check-in described a very heavy day."));
        // Today itself is calm: no crisis content today.
        QVERIFY(!hasKind(out, "crisis"));
    }

    // 5. A hard moment at the highest intensity: an immediate follow-up of its own kind, with a grounding
    // step and the card on reactions after a critical incident; one prompt, shown on that day only.
    void aVeryHardMomentBringsOneFollowUp() {
        saveDays(10, calmDay());
        addMoment(ptime(today(), hours(11)), 2);
        QVERIFY(!promptOf(insights(), "followup_intense_moment"));
        addMoment(ptime(today(), hours(14)), 3);
        auto out = insights();
        const auto* followUp = promptOf(out, "followup_intense_moment");
        QVERIFY2(followUp, dump(out).c_str());
        QCOMPARE((*followUp)["kind"].get<std::string>(), std::string("moment_follow_up"));
        QCOMPARE((*followUp)["immediate"].get<bool>(), true);
        QCOMPARE((*followUp)["action"].get<std::string>(), std::string("open_moment_followup"));
        QCOMPARE(out["moment_follow_up"]["intense_moments_today"].get<int>(), 1);
        QCOMPARE(out["moment_follow_up"]["learning_card"].get<std::string>(),
                 std::string("after_critical_incident"));
        QVERIFY(out["moment_follow_up"]["grounding_action"].is_string());
        // Under the default profile nobody is named for talking it through.
        QVERIFY(out["moment_follow_up"]["talk_it_through"]["peer_support"].empty());
        recordShown(*followUp, ptime(today(), hours(14)));
        addMoment(ptime(today(), hours(16)), 3);
        out = insights();
        int count = 0;
        for (const auto& prompt : out["prompts"])
            count += prompt["rule"] == "followup_intense_moment" ? 1 : 0;
        QCOMPARE(count, 1);
        setNow(ptime(today() + days(1), hours(9)));
        QVERIFY(!promptOf(insights(), "followup_intense_moment"));
    }

    // 6. Ten weeks in the moderate band (secondary stress (50 + 37.5 + 50 + 25) / 4 = 40.6 on working days,
    // burnout 50): a supervisor conversation, with the weeks counted.
    void lastingModerateStrainSuggestsSupervision() {
        auto moderate = calmDay();
        moderate["intrusion"] = 2;
        moderate["on_edge"] = 2;
        moderate["avoid_work_tasks"] = 2;
        moderate["exhaustion"] = 2;
        moderate["distance"] = 2;
        saveDays(70, moderate);
        const auto out = insights();
        QCOMPARE(out["indices"]["sts_load"]["band"].get<std::string>(), std::string("moderate"));
        const auto* lasting = promptOf(out, "supervisor_lasting_strain", "sts_load");
        QVERIFY2(lasting, dump(out).c_str());
        QCOMPARE((*lasting)["reason"].get<std::string>(),
                 std::string("Your secondary traumatic stress reading averaged 30 or more out of 100, the "
                             "moderate range or above, in 8 of the 8 weeks with enough check-ins among the "
                             "last 8."));
    }

    // 7. and 8. Falling compassion satisfaction and falling "felt supported" each have their rule; with an
    // empty plan the self-care rule offers a small step from the library instead of nothing.
    void fallingMeaningAndSupportHaveTheirOwnRules() {
        auto before = calmDay();
        before["made_difference"] = 3;
        before["supported"] = 4;
        for (int back = 70; back >= 7; --back)
            save(today() - days(back), before);
        auto after = calmDay();
        after["made_difference"] = 1;
        after["supported"] = 1;
        for (int back = 6; back >= 0; --back)
            save(today() - days(back), after);
        const auto out = insights();
        // Usual (3 and 4 on 0-4): (75 + 100) / 2 = 87.5; this week (1 and 1): 25.
        QCOMPARE(out["indices"]["compassion_satisfaction"]["signals"]["baseline"].get<double>(), 87.5);
        QCOMPARE(out["indices"]["compassion_satisfaction"]["value"].get<double>(), 25.0);
        const auto* meaning = promptOf(out, "selfcare_meaning_falling", "compassion_satisfaction");
        QVERIFY2(meaning, dump(out).c_str());
        QVERIFY((*meaning)["plan_action"].is_null());
        QVERIFY((*meaning)["library_action"]["id"].is_string());
        QCOMPARE(
            (*meaning)["reason"].get<std::string>(),
            std::string("Your compassion satisfaction reading averaged 25 out of 100 this week, down from "
                        "88 in your usual weeks."));
        const auto* support = promptOf(out, "micro_support_falling", "supported");
        QVERIFY2(support, dump(out).c_str());
        QCOMPARE(
            (*support)["reason"].get<std::string>(),
            std::string("Your ratings for “felt supported” averaged 1.0 this week, down from 4.0 in your "
                        "usual weeks."));
    }

    void anEmptyPlanGetsASmallStepFromTheLibrary() {
        saveDays(70, calmDay(), 5);
        for (int back = 6; back >= 0; --back) {
            auto day = calmDay();
            day["on_edge"] = 3;
            save(today() - days(back), day, back == 5);
        }
        const auto out = insights();
        const auto* step = promptOf(out, "selfcare_strain_rising", "on_edge");
        QVERIFY2(step, dump(out).c_str());
        QVERIFY((*step)["plan_action"].is_null());
        QVERIFY((*step)["library_action"]["id"].is_string());
        QCOMPARE((*step)["title"].get<std::string>(), std::string("A small step you could try"));
        QVERIFY((*step)["body"].get<std::string>().find("you chose") == std::string::npos);
    }

    // 9. Reasons never contradict their own words, never promise what the default profile does not hold,
    // and every prompt carries the bands' cut-offs as Tend's own.
    void reasonsSayOnlyWhatHolds() {
        // Two calm months, a moderate week, then a harder one: 34 points above usual and still rising.
        for (int back = 70; back >= 0; --back) {
            auto day = calmDay();
            const int level = back > 13 ? 1 : 2;
            for (const char* item : {"intrusion", "on_edge", "numb", "avoid_reminders", "avoid_work_tasks"})
                day[item] = level;
            if (back <= 6) {
                day["intrusion"] = 3;
                day["on_edge"] = 2 + back % 2;
            }
            save(today() - days(back), day, back % 7 == 5);
        }
        auto out = insights();
        const auto* rising = promptOf(out, "supervisor_rising_strain", "sts_load");
        QVERIFY2(rising, dump(out).c_str());
        const auto reason = (*rising)["reason"].get<std::string>();
        QVERIFY2(reason.find("about 0 ") == std::string::npos, reason.c_str());
        QVERIFY2(reason.find("still rising: about 7 a week") != std::string::npos, reason.c_str());

        // Four weeks of high strain under the default profile (no organisation).
        m_env = std::make_unique<test::TestSession>();
        for (int back = 70; back >= 0; --back) {
            auto day = calmDay();
            const int level = back > 34 ? 1 : 3;
            for (const char* item : {"intrusion", "on_edge", "numb", "avoid_reminders", "avoid_work_tasks",
                                     "exhaustion", "distance"})
                day[item] = level;
            save(today() - days(back), day, back % 7 == 5);
        }
        out = insights();
        QVERIFY2(promptOf(out, "support_long_strain_general", "sts_load"), dump(out).c_str());
        QVERIFY(!promptOf(out, "support_long_strain", "sts_load"));
        for (const auto& prompt : out["prompts"]) {
            for (const char* field : {"title", "body", "reason"}) {
                const auto text = prompt[field].get<std::string>();
                QVERIFY2(text.find("onfidential") == std::string::npos, text.c_str());
                QVERIFY2(text.find("organisation") == std::string::npos, text.c_str());
            }
            const auto note = prompt["bands_note"].get<std::string>();
            QVERIFY2(note.find("below 30 counts as low, from 30 as moderate and from 60 as high") !=
                         std::string::npos,
                     note.c_str());
            QVERIFY2(note.find("Tend's own choice, not validated clinical thresholds") != std::string::npos,
                     note.c_str());
        }
    }

    // 10. Night shifts with the day starting at 06:00: a very hard moment at 02:00 belongs to the day before;
    // a day off asks no questions about work, and their absence is not missing data.
    void nightShiftsAndDaysOff() {
        m_env->session->setDayStart(*DayStart::parse("06:00"));
        // This week: five days off without the work questions, two working days with distressing material
        // "a lot" (2 of 2): exposure 100 on the working days, and a value from 2 of 7 days.
        for (int back = 30; back >= 0; --back) {
            const bool working = back == 0 || back == 3 || (back >= 7 && back % 7 != 1 && back % 7 != 2);
            auto day = calmDay();
            day["distressing_material"] = 2;
            if (!working)
                for (const char* work :
                     {"made_difference", "supported", "distressing_material", "avoid_work_tasks"})
                    day.erase(work);
            save(today() - days(back), day, !working);
        }
        addMoment(ptime(today(), hours(2)), 3); // 02:00 on 27 November: still the night of 26 November

        setNow(ptime(today(), hours(18))); // 27 November, 18:00
        auto out = insights();
        QCOMPARE(out["today"].get<std::string>(), std::string("2026-11-27"));
        QCOMPARE(out["today_reading"]["hard_moments"].get<int>(), 0);
        QVERIFY(!promptOf(out, "followup_intense_moment"));
        // 3 of 7 days would be needed for a 7-day mean; with five days off, 1 of the 2 working days is.
        QCOMPARE(out["indicators"]["distressing_material"]["signals"]["days7"].get<int>(), 2);
        QCOMPARE(out["indicators"]["distressing_material"]["signals"]["mean7"].get<double>(), 2.0);
        QCOMPARE(out["indices"]["compassion_satisfaction"]["value"].get<double>(), 50.0);
        QCOMPARE(out["indices"]["exposure_load"]["status"].get<std::string>(), std::string("ok"));

        setNow(ptime(today(), hours(3))); // 03:00 on 27 November: the check-in day is still 26 November
        out = insights();
        QCOMPARE(out["today"].get<std::string>(), std::string("2026-11-26"));
        QCOMPARE(out["today_reading"]["intense_hard_moments"].get<int>(), 1);
        QVERIFY2(promptOf(out, "followup_intense_moment"), dump(out).c_str());
    }

    // 11. A kind turned off is not shown; turning off small steps leaves the follow-up after a very hard
    // moment, and the other way round; crisis support cannot be turned off.
    void kindsTurnedOffStayAwayButCrisisNever() {
        auto moderate = calmDay();
        moderate["intrusion"] = 2;
        moderate["on_edge"] = 2;
        moderate["avoid_work_tasks"] = 2;
        saveDays(70, moderate);
        QVERIFY(promptOf(insights(), "supervisor_lasting_strain", "sts_load"));
        PromptKindsSetting kinds(m_env->session->settings());
        kinds.setEnabled(PromptKind::TalkToSupervisor, false);
        auto out = insights();
        QVERIFY2(!hasKind(out, "talk_to_supervisor"), dump(out).c_str());

        addMoment(ptime(today(), hours(14)), 3);
        kinds.setEnabled(PromptKind::MicroAction, false);
        QVERIFY(promptOf(insights(), "followup_intense_moment"));
        kinds.setEnabled(PromptKind::MicroAction, true);
        kinds.setEnabled(PromptKind::MomentFollowUp, false);
        QVERIFY(!promptOf(insights(), "followup_intense_moment"));

        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, kinds.setEnabled(PromptKind::Crisis, false));
        // A stored value naming crisis is not one Tend writes: it turns nothing off.
        m_env->session->settings().setValue("prompt_kinds_off", "talk_to_supervisor,crisis");
        save(today(), veryHeavyDay());
        out = insights();
        QVERIFY2(promptOf(out, "crisis_very_heavy_today", "sts_load"), dump(out).c_str());
    }
};

QTEST_MAIN(TestInsightsCases)
#include "tst_insightscases.moc"
