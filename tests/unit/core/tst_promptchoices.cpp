#include "prompts/promptengine.h"

#include <QFile>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using tend::NotForMe;
using tend::Prompt;
using tend::PromptEvent;
using tend::PromptEventKind;
using tend::PromptFacts;
using tend::PromptHistory;
using tend::PromptKind;
using tend::PromptOptions;

namespace {

const date today(2026, 7, 8);

tend::PromptRules shippedRules() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/prompts/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parsePromptRules(file.readAll().toStdString());
}

// "On edge" well above the worker's usual: selfcare_strain_rising holds for it.
const PromptFacts onEdgeRising{{"indicator.on_edge.worsening_percent", 50},
                               {"indicator.on_edge.mean7", 3},
                               {"indicator.on_edge.baseline", 1},
                               {"indicator.on_edge.days7", 6}};

const std::vector<tend::SuggestableLibraryAction> library{
    {"walk_between_visits", "Walk round the block", {"on_edge", "intrusion"}},
    {"slow_breaths", "Take ten slow breaths", {"on_edge"}},
    {"early_night", "An early night", {"sleep"}}};

const tend::SubjectNames names{{"on_edge", "on edge"}};

std::vector<Prompt> evaluate(const PromptFacts& facts, const std::vector<tend::SuggestablePlanAction>& plan,
                             const PromptHistory& history = {}, const PromptOptions& options = {},
                             date day = today) {
    return tend::evaluatePrompts(shippedRules(), facts, names, plan, history, day, options);
}

PromptOptions withLibrary() {
    PromptOptions options;
    options.library = library;
    return options;
}

PromptEvent shownSuggestingFromLibrary(const char* libraryId, date day) {
    PromptEvent event{"selfcare_strain_rising",
                      "on_edge",
                      PromptEventKind::Shown,
                      ptime(day, hours(9)),
                      std::nullopt,
                      "Why.",
                      std::nullopt};
    event.libraryActionId = libraryId;
    return event;
}

} // namespace

class TestPromptChoices final : public QObject {
    Q_OBJECT

private slots:
    void anEmptyPlanGetsASmallStepFromTheLibrary() {
        // Before: nothing at all for a worker without a plan.
        QVERIFY(evaluate(onEdgeRising, {}).empty());
        const auto prompts = evaluate(onEdgeRising, {}, {}, withLibrary());
        QCOMPARE(prompts.size(), std::size_t(1));
        const auto& prompt = prompts[0];
        QCOMPARE(prompt.ruleId, std::string("selfcare_strain_rising"));
        QVERIFY(!prompt.planActionId);
        QCOMPARE(prompt.libraryActionId, std::optional<std::string>("walk_between_visits"));
        QCOMPARE(prompt.libraryActionTitle, std::string("Walk round the block"));
        // Library words: it never claims the worker chose it.
        QCOMPARE(prompt.title, std::string("A small step you could try"));
        QVERIFY(prompt.body.find("Walk round the block") != std::string::npos);
        QVERIFY(prompt.body.find("You chose") == std::string::npos);
        QCOMPARE(prompt.reason,
                 std::string(
                     "Your ratings for “on edge” averaged 3.0 this week, up from 1.0 in your usual weeks."));
    }

    void librarySuggestionsRotateLikePlanSuggestions() {
        // A run that ended long ago suggested the walk: the breaths, never suggested, come next.
        auto history =
            PromptHistory::fromEvents({shownSuggestingFromLibrary("walk_between_visits", today - days(20))});
        QCOMPARE(evaluate(onEdgeRising, {}, history, withLibrary())[0].libraryActionId,
                 std::optional<std::string>("slow_breaths"));
        // While a run goes on it keeps its suggestion.
        history =
            PromptHistory::fromEvents({shownSuggestingFromLibrary("walk_between_visits", today - days(20)),
                                       shownSuggestingFromLibrary("walk_between_visits", today - days(1))});
        QCOMPARE(evaluate(onEdgeRising, {}, history, withLibrary())[0].libraryActionId,
                 std::optional<std::string>("walk_between_visits"));
    }

    void thePlanComesFirstWhenSomethingInItSuits() {
        const std::vector<tend::SuggestablePlanAction> plan{{4, "Ring my sister", {"on_edge"}}};
        const auto prompts = evaluate(onEdgeRising, plan, {}, withLibrary());
        QCOMPARE(prompts[0].planActionId, std::optional<std::int64_t>(4));
        QVERIFY(!prompts[0].libraryActionId);
        QCOMPARE(prompts[0].title, std::string("Something from your own plan"));
        // A plan without anything for "on edge" still leads to a library step.
        const std::vector<tend::SuggestablePlanAction> unrelated{{5, "An early night", {"sleep"}}};
        QCOMPARE(evaluate(onEdgeRising, unrelated, {}, withLibrary())[0].libraryActionId,
                 std::optional<std::string>("walk_between_visits"));
    }

    void turnedOffKindsStayAwayButCrisisNever() {
        PromptFacts facts = onEdgeRising;
        facts["rest.working_days_since"] = 14;
        facts["rest.days_since"] = 16;
        facts["index.sts_load.today"] = 95;
        facts["index.sts_load.today_answers"] = 4;
        auto options = withLibrary();
        QCOMPARE(evaluate(facts, {}, {}, options).size(), std::size_t(3));
        options.disabledKinds = {PromptKind::SelfCare, PromptKind::MicroAction, PromptKind::Crisis};
        const auto prompts = evaluate(facts, {}, {}, options);
        QCOMPARE(prompts.size(), std::size_t(1));
        QCOMPARE(prompts[0].kind, PromptKind::Crisis);
    }

    void theFollowUpAfterAVeryHardMomentIsTurnedOffOnItsOwn() {
        // A very hard moment today on a day when small steps also apply (many working days without rest).
        PromptFacts facts;
        facts["hard_moments.intense_today"] = 1;
        facts["hard_moments.recheck_due"] = 1;
        facts["rest.working_days_since"] = 14;
        facts["rest.days_since"] = 16;
        const auto rulesOf = [&](const std::set<PromptKind>& off) {
            auto options = withLibrary();
            options.disabledKinds = off;
            std::set<std::string> rules;
            for (const auto& prompt : evaluate(facts, {}, {}, options))
                rules.insert(prompt.ruleId);
            return rules;
        };
        const std::set<std::string> all{"followup_intense_moment", "recheck_after_hard_moment",
                                        "micro_rest_overdue"};
        QCOMPARE(rulesOf({}), all);
        // Turning off small steps leaves the follow-up and the re-check the worker asked for.
        QCOMPARE(rulesOf({PromptKind::MicroAction}),
                 (std::set<std::string>{"followup_intense_moment", "recheck_after_hard_moment"}));
        // Turning off the follow-up leaves small steps.
        QCOMPARE(rulesOf({PromptKind::MomentFollowUp}), std::set<std::string>{"micro_rest_overdue"});
        const auto rules = shippedRules();
        QCOMPARE(rules.find("followup_intense_moment")->kind, PromptKind::MomentFollowUp);
        QCOMPARE(rules.find("recheck_after_hard_moment")->kind, PromptKind::MomentFollowUp);
    }

    void notForMeForAWhileOrForGood() {
        const auto rules = shippedRules();
        const auto& rule = *rules.find("selfcare_strain_rising");
        QCOMPARE(tend::quietUntilAfterNotForMe(rule, today, NotForMe::RuleDefault), today + days(14));
        QCOMPARE(tend::quietUntilAfterNotForMe(rule, today, NotForMe::ForDays, 30), today + days(30));
        QCOMPARE(tend::quietUntilAfterNotForMe(rule, today, NotForMe::ForDays, 9999), today + days(365));
        QVERIFY(tend::isNeverAgain(tend::quietUntilAfterNotForMe(rule, today, NotForMe::Never)));
        // Crisis support is only ever set aside for the rest of the day.
        const auto& crisis = *rules.find("crisis_very_heavy_today");
        QCOMPARE(tend::quietUntilAfterNotForMe(crisis, today, NotForMe::Never), today + days(1));

        const auto never =
            PromptHistory::fromEvents({{"selfcare_strain_rising", "on_edge", PromptEventKind::Dismissed,
                                        ptime(today, hours(9)), tend::neverAgain(), "Why.", std::nullopt}});
        QVERIFY(evaluate(onEdgeRising, {}, never, withLibrary()).empty());
        QVERIFY(evaluate(onEdgeRising, {}, never, withLibrary(), date(2040, 1, 1)).empty());
        // Allowed again: back the next time it applies.
        const auto allowed =
            PromptHistory::fromEvents({{"selfcare_strain_rising", "on_edge", PromptEventKind::Dismissed,
                                        ptime(today, hours(9)), tend::neverAgain(), "Why.", std::nullopt},
                                       {"selfcare_strain_rising", "on_edge", PromptEventKind::Allowed,
                                        ptime(today, hours(12)), std::nullopt, "", std::nullopt}});
        QCOMPARE(evaluate(onEdgeRising, {}, allowed, withLibrary()).size(), std::size_t(1));
    }

    void immediatePromptsComeAtOnceOutsideTheLimits() {
        // Two prompts continue from yesterday and a new one takes the third and last place. The follow-up
        // after a very hard moment still appears, first (after any crisis prompt), as a fourth.
        PromptFacts facts = onEdgeRising;
        facts["hard_moments.intense_today"] = 1;
        facts["rest.working_days_since"] = 14;
        facts["rest.days_since"] = 16;
        facts["index.exposure_load.value"] = 80;
        facts["index.exposure_load.days7"] = 5;
        std::vector<PromptEvent> events;
        for (const char* rule : {"micro_rest_overdue", "micro_heavy_exposure"})
            events.push_back({rule, rule == std::string("micro_rest_overdue") ? "" : "exposure_load",
                              PromptEventKind::Shown, ptime(today - days(1), hours(9)), std::nullopt, "",
                              std::nullopt});
        const auto history = PromptHistory::fromEvents(events);
        const std::vector<tend::SuggestablePlanAction> plan{{4, "Ring my sister", {"on_edge"}}};
        const auto prompts = evaluate(facts, plan, history);
        QCOMPARE(prompts.front().ruleId, std::string("followup_intense_moment"));
        QVERIFY(prompts.front().immediate);
        QCOMPARE(prompts.front().action, tend::PromptAction::OpenMomentFollowUp);
        QCOMPARE(prompts.size(), std::size_t(4)); // the follow-up and the three ordinary ones
        // Immediate prompts obey a dismissal like any other.
        events.push_back({"followup_intense_moment", "", PromptEventKind::Dismissed, ptime(today, hours(8)),
                          today + days(1), "", std::nullopt});
        QCOMPARE(evaluate(facts, plan, PromptHistory::fromEvents(events)).front().ruleId,
                 std::string("selfcare_strain_rising"));
    }
};

QTEST_GUILESS_MAIN(TestPromptChoices)
#include "tst_promptchoices.moc"
