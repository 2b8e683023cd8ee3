#include "insights/insightsfacts.h"
#include "prompts/promptengine.h"

#include "insightstesthelpers.h"

#include <QFile>
#include <QTest>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using insightstest::checkinOn;
using tend::Prompt;
using tend::PromptEvent;
using tend::PromptEventKind;
using tend::PromptHistory;

namespace {

const date today(2026, 2, 16);

tend::PromptRules shippedRules() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/prompts/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parsePromptRules(file.readAll().toStdString());
}

// The facts of a history of calm days (everything at its best) ending yesterday, and today's answers: what
// the app computes after each answer the worker gives.
tend::PromptFacts factsWithToday(const std::map<std::string, int>& answers) {
    tend::InsightsInput input;
    input.definition = insightstest::shippedDefinition();
    input.trackedItems = insightstest::shippedTracked;
    input.today = today;
    for (int age = 20; age >= 1; --age)
        input.checkins.push_back(checkinOn(
            today - days(age), {{"mood", 3}, {"intrusion", 0}, {"avoid_reminders", 0}, {"numb", 0}}));
    input.checkins.push_back(checkinOn(today, answers));
    return tend::insightsFacts(tend::computeInsights(input));
}

std::vector<Prompt> promptsFor(const tend::PromptFacts& facts, const PromptHistory& history = {},
                               date day = today) {
    return tend::evaluatePrompts(shippedRules(), facts, {{"sts_load", "secondary traumatic stress"}}, {},
                                 history, day);
}

std::vector<Prompt> acuteOnly(const std::vector<Prompt>& prompts) {
    std::vector<Prompt> acute;
    for (const auto& prompt : prompts)
        if (prompt.acute)
            acute.push_back(prompt);
    return acute;
}

PromptEvent shownToday(const Prompt& prompt, int hour) {
    return {prompt.ruleId, prompt.subject, PromptEventKind::Shown, ptime(today, hours(hour)), std::nullopt,
            prompt.reason, std::nullopt};
}

} // namespace

class TestCrisisBasis final : public QObject {
    Q_OBJECT

private slots:
    void oneAnswerOfALotBringsNoCrisisPrompt() {
        // "A lot" to "stories coming back", everything else skipped: no secondary-stress reading at all.
        const auto facts = factsWithToday({{"intrusion", 4}});
        QVERIFY(!facts.contains("index.sts_load.today"));
        QCOMPARE(facts.at("index.sts_load.today_answers"), 1.0);
        QVERIFY(acuteOnly(promptsFor(facts)).empty());
        // Mood at its lowest, alone, is one answer too.
        QVERIFY(acuteOnly(promptsFor(factsWithToday({{"mood", 0}}))).empty());
    }

    void twoAnswersGiveAReadingButNoCrisis() {
        // Two clusters at "a lot": (100 + 100) / 2 = 100, yet two answers are not enough for crisis content.
        const auto facts = factsWithToday({{"intrusion", 4}, {"avoid_reminders", 4}});
        QCOMPARE(facts.at("index.sts_load.today"), 100.0);
        QVERIFY(acuteOnly(promptsFor(facts)).empty());
    }

    void threeHeavyAnswersBringCrisisSupport() {
        // intrusion 4, avoidance 4, on edge 3: (100 + 100 + 75) / 3 = 91.67.
        const auto prompts =
            acuteOnly(promptsFor(factsWithToday({{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 3}})));
        QCOMPARE(prompts.size(), std::size_t(1));
        QCOMPARE(prompts[0].ruleId, std::string("crisis_very_heavy_today"));
        QVERIFY(!prompts[0].keptToday);
        QCOMPARE(prompts[0].reason,
                 std::string("Your answers today to 3 questions about secondary traumatic "
                             "stress came to 92 out of 100, the highest range Tend looks at."));
    }

    void onceSurfacedItStaysInReachForTheDay() {
        const std::map<std::string, int> heavy{{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 3}};
        const auto first = acuteOnly(promptsFor(factsWithToday(heavy)));
        const auto history = PromptHistory::fromEvents({shownToday(first[0], 9)});
        // Numb answered "not at all" later: (100 + 100 + 75 + 0) / 4 = 68.75, below 85. The prompt stays,
        // marked as kept, with the reason the worker read.
        auto answers = heavy;
        answers["numb"] = 0;
        const auto facts = factsWithToday(answers);
        QCOMPARE(facts.at("index.sts_load.today"), 68.75);
        const auto later = acuteOnly(promptsFor(facts, history));
        QCOMPARE(later.size(), std::size_t(1));
        QVERIFY(later[0].keptToday);
        QCOMPARE(later[0].reason, first[0].reason);
        QCOMPARE(later[0].title, first[0].title);
        QCOMPARE(later[0].action, tend::PromptAction::OpenCrisis);

        // The next day, with nothing acute in it, it is gone.
        QVERIFY(acuteOnly(promptsFor({{"checkins.total", 21}}, history, today + days(1))).empty());
        // Set aside by the worker today, it stays set aside for today.
        auto dismissed = PromptHistory::fromEvents(
            {shownToday(first[0], 9),
             {first[0].ruleId, first[0].subject, PromptEventKind::Dismissed, ptime(today, hours(10)),
              today + days(1), first[0].reason, std::nullopt}});
        QVERIFY(acuteOnly(promptsFor(facts, dismissed)).empty());
    }

    void aKeptPromptDoesNotCountAsNew() {
        const auto first =
            acuteOnly(promptsFor(factsWithToday({{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}})));
        const auto history = PromptHistory::fromEvents({shownToday(first[0], 9)});
        // Whatever comes later today, the kept crisis prompt is first and uses none of the two new places.
        const auto later =
            promptsFor(factsWithToday({{"intrusion", 0}, {"avoid_reminders", 0}, {"on_edge", 0}}), history);
        QVERIFY(!later.empty());
        QVERIFY(later[0].acute && later[0].keptToday);
    }

    void lowMoodAndFarAwayOnTwoAnswers() {
        const auto prompts = acuteOnly(promptsFor(factsWithToday({{"mood", 0}, {"numb", 4}})));
        QCOMPARE(prompts.size(), std::size_t(1));
        QCOMPARE(prompts[0].ruleId, std::string("crisis_low_and_far_away_today"));
    }

    void oneCrisisPromptWhenBothRulesHold() {
        // Mood 0 and numb 4 with three heavy stress answers: both crisis rules hold; one offer is enough, the
        // first in the file.
        const auto prompts = acuteOnly(promptsFor(factsWithToday(
            {{"mood", 0}, {"numb", 4}, {"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}})));
        QCOMPARE(prompts.size(), std::size_t(1));
        QCOMPARE(prompts[0].ruleId, std::string("crisis_very_heavy_today"));
    }

    void acuteDaysAreJudgedOnEachDaysOwnFacts() {
        const auto rules = shippedRules();
        QVERIFY(tend::anyAcuteRuleHolds(
            rules, factsWithToday({{"intrusion", 4}, {"avoid_reminders", 4}, {"on_edge", 4}})));
        QVERIFY(!tend::anyAcuteRuleHolds(rules, factsWithToday({{"intrusion", 4}})));
        QVERIFY(!tend::anyAcuteRuleHolds(rules, {}));
    }
};

QTEST_GUILESS_MAIN(TestCrisisBasis)
#include "tst_crisisbasis.moc"
