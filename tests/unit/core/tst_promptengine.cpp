#include "prompts/promptengine.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using tend::Prompt;
using tend::PromptEvent;
using tend::PromptEventKind;
using tend::PromptFacts;
using tend::PromptHistory;
using tend::PromptRules;
using tend::SuggestablePlanAction;

namespace {

const date today(2026, 5, 14);

PromptRules shippedRules() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/prompts/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parsePromptRules(file.readAll().toStdString());
}

// Global rules that all fire on any check-in, for the rate limits; ids name their kind.
PromptRules limitRules() {
    nlohmann::json rules = {
        {"format", "tend.prompt-rules"}, {"version", 1}, {"rules", nlohmann::json::array()}};
    const auto add = [&](const char* id, const char* kind, bool acute) {
        auto when = nlohmann::json::array(
            {{{"fact", acute ? "index.sts_load.today" : "checkins.total"}, {"op", ">="}, {"value", 1}}});
        if (acute)
            when.push_back({{"fact", "index.sts_load.today_answers"}, {"op", ">="}, {"value", 2}});
        rules["rules"].push_back({{"id", id},
                                  {"kind", kind},
                                  {"scope", "global"},
                                  {"acute", acute},
                                  {"when", when},
                                  {"title", id},
                                  {"body", "Body."},
                                  {"reason", "Reason."},
                                  {"action", "none"}});
    };
    add("micro_a", "micro_action", false);
    add("micro_b", "micro_action", false);
    add("micro_c", "micro_action", false);
    add("support", "professional_support", false);
    add("crisis", "crisis", true);
    return tend::parsePromptRules(rules.dump());
}

const tend::SubjectNames names{{"on_edge", "on edge"}, {"sts_load", "secondary traumatic stress"}};

PromptFacts onEdgeRising() {
    return {{"indicator.on_edge.worsening_percent", 42.5},
            {"indicator.on_edge.mean7", 3.14},
            {"indicator.on_edge.baseline", 1.36},
            {"indicator.on_edge.days7", 6}};
}

PromptEvent promptEvent(const char* rule, const char* subject, PromptEventKind kind, date day,
                        std::optional<date> quietUntil = std::nullopt) {
    return {rule, subject, kind, ptime(day, hours(9)), quietUntil, {}, std::nullopt};
}

QStringList idsOf(const std::vector<Prompt>& prompts) {
    QStringList ids;
    for (const auto& prompt : prompts)
        ids << QString::fromStdString(prompt.ruleId + (prompt.subject.empty() ? "" : "/" + prompt.subject));
    return ids;
}

std::vector<Prompt> evaluate(const PromptRules& rules, const PromptFacts& facts,
                             const std::vector<SuggestablePlanAction>& plan = {},
                             const PromptHistory& history = {}, date day = today) {
    return tend::evaluatePrompts(rules, facts, names, plan, history, day);
}

} // namespace

class TestPromptEngine final : public QObject {
    Q_OBJECT

private slots:
    void selfCarePromptCarriesItsReason() {
        const std::vector<SuggestablePlanAction> plan{{7, "Walk at lunch", {"on_edge", "sleep"}}};
        const auto prompts = evaluate(shippedRules(), onEdgeRising(), plan);
        QCOMPARE(idsOf(prompts), QStringList{"selfcare_strain_rising/on_edge"});
        const auto& prompt = prompts[0];
        QCOMPARE(prompt.kind, tend::PromptKind::SelfCare);
        QCOMPARE(prompt.action, tend::PromptAction::OpenSelfCare);
        QCOMPARE(prompt.reason,
                 std::string(
                     "Your ratings for “on edge” averaged 3.1 this week, up from 1.4 in your usual weeks."));
        QCOMPARE(prompt.title, std::string("Something from your own plan"));
        QVERIFY(prompt.body.starts_with("You chose “Walk at lunch” for times like this."));
        QCOMPARE(prompt.planActionId, std::optional<std::int64_t>(7));
        QCOMPARE(prompt.planActionTitle, std::string("Walk at lunch"));
    }

    void otherKindsReadNaturally() {
        PromptFacts facts{{"rest.days_since", 15},
                          {"rest.working_days_since", 11},
                          {"index.sts_load.worsening_percent", 23.4},
                          {"index.sts_load.slope14", 4.6},
                          {"index.sts_load.sustained", 1},
                          {"index.sts_load.mean28", 61.5},
                          {"profile.has_assistance", 0}};
        // The rest prompt has been showing since yesterday, so the other two are today's two new ones.
        const auto history = PromptHistory::fromEvents(
            {promptEvent("micro_rest_overdue", "", PromptEventKind::Shown, today - days(1))});
        QCOMPARE(idsOf(evaluate(shippedRules(), facts)),
                 (QStringList{"supervisor_rising_strain/sts_load", "support_long_strain_general/sts_load"}));
        const auto prompts = evaluate(shippedRules(), facts, {}, history);
        QCOMPARE(idsOf(prompts), (QStringList{"micro_rest_overdue", "supervisor_rising_strain/sts_load",
                                              "support_long_strain_general/sts_load"}));
        QCOMPARE(prompts[0].reason,
                 std::string("You have checked in on 11 working days since the last day you "
                             "marked as a day off or leave."));
        QCOMPARE(prompts[1].reason,
                 std::string("Your secondary traumatic stress reading this week is 23 points "
                             "above your usual weeks, and it is still rising: about 5 a week on the "
                             "scale of 0 to 100."));
        QCOMPARE(prompts[2].reason,
                 std::string("Your secondary traumatic stress reading has averaged 62 out of "
                             "100 over the last four weeks, and it was in a harder range on "
                             "most days this week."));
        QCOMPARE(prompts[2].action, tend::PromptAction::OpenSupport);
    }

    void acuteCrisisOnTodaysCheckin() {
        const auto heavy =
            evaluate(shippedRules(), {{"index.sts_load.today", 87.5}, {"index.sts_load.today_answers", 4}});
        QCOMPARE(idsOf(heavy), QStringList{"crisis_very_heavy_today/sts_load"});
        QVERIFY(heavy[0].acute);
        QCOMPARE(heavy[0].reason,
                 std::string("Your answers today to 4 questions about secondary traumatic stress came to 88 "
                             "out of 100, the highest range Tend looks at."));
        // Two answers are no basis for this one, however high.
        QVERIFY(evaluate(shippedRules(), {{"index.sts_load.today", 100}, {"index.sts_load.today_answers", 2}})
                    .empty());

        const PromptFacts lowAndFarAway{{"indicator.mood.today", 0},
                                        {"indicator.numb.today", 4},
                                        {"index.sts_load.today", 50},
                                        {"checkins.today_answers", 2}};
        const auto low = evaluate(shippedRules(), lowAndFarAway);
        QCOMPARE(idsOf(low), QStringList{"crisis_low_and_far_away_today"});
        QCOMPARE(
            low[0].reason,
            std::string(
                "Today you rated your mood 0 and feeling numb or disconnected 4, on a scale from 0 to 4."));

        auto mood1 = lowAndFarAway;
        mood1["indicator.mood.today"] = 1;
        QVERIFY(evaluate(shippedRules(), mood1).empty());
    }

    void absentFactsGiveNoPrompt() {
        const std::vector<SuggestablePlanAction> plan{{7, "Walk at lunch", {"on_edge"}}};
        QVERIFY(evaluate(shippedRules(), {}, plan).empty());
        auto noBaseline = onEdgeRising();
        noBaseline.erase("indicator.on_edge.baseline");
        QVERIFY(evaluate(shippedRules(), noBaseline, plan).empty());
        // Absent is not zero: a missing mood does not satisfy "mood.today <= 0".
        QVERIFY(evaluate(shippedRules(), {{"indicator.numb.today", 4},
                                          {"index.sts_load.today", 50},
                                          {"checkins.today_answers", 2}})
                    .empty());
    }

    void selfCareNeedsSomethingFromThePlan() {
        QVERIFY(evaluate(shippedRules(), onEdgeRising(), {{3, "Early night", {"sleep"}}}).empty());
        QVERIFY(evaluate(shippedRules(), onEdgeRising(), {}).empty());
    }

    void selfCareRotatesThroughSuitableActions() {
        const std::vector<SuggestablePlanAction> plan{{1, "Early night", {"sleep"}},
                                                      {2, "Walk at lunch", {"on_edge"}},
                                                      {3, "Call a friend", {"on_edge"}}};
        QCOMPARE(evaluate(shippedRules(), onEdgeRising(), plan)[0].planActionId,
                 std::optional<std::int64_t>(2));

        PromptHistory history;
        history.noteSuggestion("selfcare_strain_rising", "on_edge", 2, today - days(20));
        QCOMPARE(evaluate(shippedRules(), onEdgeRising(), plan, history)[0].planActionId,
                 std::optional<std::int64_t>(3));
        history.noteSuggestion("selfcare_strain_steady", "on_edge", 3, today - days(10));
        QCOMPARE(evaluate(shippedRules(), onEdgeRising(), plan, history)[0].planActionId,
                 std::optional<std::int64_t>(2));
    }

    void selfCareKeepsItsSuggestionWhileShowing() {
        const std::vector<SuggestablePlanAction> plan{{2, "Walk at lunch", {"on_edge"}},
                                                      {3, "Call a friend", {"on_edge"}}};
        auto history = PromptHistory::fromEvents(
            {promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Shown, today - days(1))});
        history.noteSuggestion("selfcare_strain_rising", "on_edge", 3, today - days(1));
        QCOMPARE(evaluate(shippedRules(), onEdgeRising(), plan, history)[0].planActionId,
                 std::optional<std::int64_t>(3));
    }

    void dismissedPromptStaysQuietUntilItsDay() {
        const std::vector<SuggestablePlanAction> plan{{2, "Walk at lunch", {"on_edge"}}};
        const auto rules = shippedRules();
        const auto until =
            tend::quietUntilAfterDismissal(*rules.find("selfcare_strain_rising"), today - days(3));
        QCOMPARE(until, today + days(11));
        const auto history = PromptHistory::fromEvents(
            {promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Shown, today - days(3)),
             promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Dismissed, today - days(3),
                         until)});
        QVERIFY(evaluate(rules, onEdgeRising(), plan, history).empty());
        QVERIFY(evaluate(rules, onEdgeRising(), plan, history, until - days(1)).empty());
        QCOMPARE(evaluate(rules, onEdgeRising(), plan, history, until).size(), std::size_t(1));
    }

    void snoozedPromptReturnsAfterTheSnooze() {
        const auto rules = limitRules();
        QCOMPARE(tend::quietUntilAfterSnooze(today), today + days(3));
        QCOMPARE(tend::quietUntilAfterSnooze(today, 0), today + days(1));
        const auto history = PromptHistory::fromEvents({promptEvent(
            "micro_a", "", PromptEventKind::Snoozed, today, tend::quietUntilAfterSnooze(today))});
        const PromptFacts facts{{"checkins.total", 10}};
        QCOMPARE(idsOf(evaluate(rules, facts, {}, history)), (QStringList{"micro_b", "support"}));
        QCOMPARE(idsOf(evaluate(rules, facts, {}, history, today + days(3))),
                 (QStringList{"micro_a", "support"}));
    }

    void atMostTwoNewPromptsADay() {
        const PromptFacts facts{{"checkins.total", 10}};
        // The higher kind first, then file order; shown in file order.
        QCOMPARE(idsOf(evaluate(limitRules(), facts)), (QStringList{"micro_a", "support"}));

        // Two new ones were shown this morning; later the same day no third one appears.
        const auto morning =
            PromptHistory::fromEvents({promptEvent("micro_b", "", PromptEventKind::Shown, today),
                                       promptEvent("micro_c", "", PromptEventKind::Shown, today)});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, morning)), (QStringList{"micro_b", "micro_c"}));
        // Even when one of them no longer applies, it has used up its place for today.
        auto dismissedLater = PromptHistory::fromEvents(
            {promptEvent("micro_b", "", PromptEventKind::Shown, today),
             promptEvent("micro_c", "", PromptEventKind::Shown, today),
             promptEvent("micro_c", "", PromptEventKind::Dismissed, today, today + days(14))});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, dismissedLater)), QStringList{"micro_b"});
    }

    void atMostThreeActivePrompts() {
        const PromptFacts facts{{"checkins.total", 10}};
        const auto shownBefore =
            PromptHistory::fromEvents({promptEvent("micro_a", "", PromptEventKind::Shown, today - days(2)),
                                       promptEvent("micro_b", "", PromptEventKind::Shown, today - days(2)),
                                       promptEvent("micro_c", "", PromptEventKind::Shown, today - days(1))});
        // Three continuing prompts and one new of a higher kind: the higher kind takes the last micro's
        // place.
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, shownBefore)),
                 (QStringList{"micro_a", "micro_b", "support"}));
    }

    void longGapMakesAPromptNewAgain() {
        const PromptFacts facts{{"checkins.total", 10}};
        // micro_a last shown 8 days ago: new again, competing with support for the two new places.
        const auto history =
            PromptHistory::fromEvents({promptEvent("micro_a", "", PromptEventKind::Shown, today - days(8)),
                                       promptEvent("micro_b", "", PromptEventKind::Shown, today - days(7))});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, history)),
                 (QStringList{"micro_a", "micro_b", "support"}));
        const auto older =
            PromptHistory::fromEvents({promptEvent("micro_a", "", PromptEventKind::Shown, today - days(8)),
                                       promptEvent("micro_b", "", PromptEventKind::Shown, today - days(8)),
                                       promptEvent("micro_c", "", PromptEventKind::Shown, today - days(8))});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, older)), (QStringList{"micro_a", "support"}));
    }

    void acuteBypassesLimitsAndComesFirst() {
        const PromptFacts facts{
            {"checkins.total", 10}, {"index.sts_load.today", 90}, {"index.sts_load.today_answers", 3}};
        const auto full =
            PromptHistory::fromEvents({promptEvent("micro_a", "", PromptEventKind::Shown, today - days(1)),
                                       promptEvent("micro_b", "", PromptEventKind::Shown, today - days(1)),
                                       promptEvent("micro_c", "", PromptEventKind::Shown, today),
                                       promptEvent("support", "", PromptEventKind::Shown, today)});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, full)),
                 (QStringList{"crisis", "micro_a", "micro_b", "support"}));

        // Dismissed yesterday: a new heavy check-in still brings it back. Dismissed today: quiet for today.
        const auto yesterday = PromptHistory::fromEvents(
            {promptEvent("crisis", "", PromptEventKind::Dismissed, today - days(1), today + days(13))});
        QVERIFY(evaluate(limitRules(), facts, {}, yesterday)[0].acute);
        const auto dismissedToday = PromptHistory::fromEvents(
            {promptEvent("crisis", "", PromptEventKind::Dismissed, today, today + days(14))});
        QVERIFY(!evaluate(limitRules(), facts, {}, dismissedToday)[0].acute);
    }

    void acutePromptsShownTodayDoNotUseUpNewPlaces() {
        const PromptFacts facts{
            {"checkins.total", 10}, {"index.sts_load.today", 90}, {"index.sts_load.today_answers", 3}};
        const auto history =
            PromptHistory::fromEvents({promptEvent("crisis", "", PromptEventKind::Shown, today)});
        QCOMPARE(idsOf(evaluate(limitRules(), facts, {}, history)),
                 (QStringList{"crisis", "micro_a", "support"}));
    }

    void formatsNumbers() {
        QCOMPARE(tend::formatFactValue(-0.04, 1), std::string("0.0"));
        QCOMPARE(tend::formatFactValue(-0.4, 0), std::string("0"));
        QCOMPARE(tend::formatFactValue(-1.26, 1), std::string("-1.3"));
        QCOMPARE(tend::formatFactValue(3.14159, 2), std::string("3.14"));
    }
};

QTEST_GUILESS_MAIN(TestPromptEngine)
#include "tst_promptengine.moc"
