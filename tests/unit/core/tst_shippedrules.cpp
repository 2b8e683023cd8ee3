#include "prompts/promptengine.h"

#include <QFile>
#include <QTest>

using namespace boost::gregorian;
using tend::Prompt;
using tend::PromptFacts;

namespace {

const date today(2026, 7, 8);

tend::PromptRules shippedRules() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/prompts/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parsePromptRules(file.readAll().toStdString());
}

const tend::SubjectNames names{{"sts_load", "secondary traumatic stress"},
                               {"burnout", "burnout"},
                               {"wellbeing", "wellbeing"},
                               {"compassion_satisfaction", "compassion satisfaction"},
                               {"supported", "felt supported"}};

// The one prompt of `rule` (and `subject`) the facts lead to; fails the test when there is none.
Prompt promptOf(const PromptFacts& facts, const std::string& rule, const std::string& subject = {},
                const std::vector<tend::SuggestablePlanAction>& plan = {}) {
    for (auto& prompt : tend::evaluatePrompts(shippedRules(), facts, names, plan, {}, today))
        if (prompt.ruleId == rule && prompt.subject == subject)
            return prompt;
    qFatal("no prompt %s/%s", rule.c_str(), subject.c_str());
}

bool has(const PromptFacts& facts, const std::string& rule) {
    for (const auto& prompt : tend::evaluatePrompts(shippedRules(), facts, names, {}, {}, today))
        if (prompt.ruleId == rule)
            return true;
    return false;
}

std::vector<const tend::PromptTemplate*> textsOf(const tend::PromptRule& rule) {
    std::vector<const tend::PromptTemplate*> texts{&rule.title, &rule.body, &rule.reason};
    if (rule.fromLibrary) {
        texts.push_back(&rule.fromLibrary->title);
        texts.push_back(&rule.fromLibrary->body);
    }
    return texts;
}

std::string literalText(const tend::PromptTemplate& text) {
    std::string joined;
    for (const auto& part : text.parts)
        if (part.kind == tend::TemplatePart::Kind::Text)
            joined += part.text;
    return joined;
}

bool demands(const tend::PromptRule& rule, const std::string& fact, double value) {
    for (const auto& condition : rule.when)
        if (condition.fact == fact && condition.op == tend::CompareOp::Equal && condition.value == value)
            return true;
    return false;
}

} // namespace

class TestShippedRules final : public QObject {
    Q_OBJECT

private slots:
    void lastingModerateStrainSuggestsSupervision() {
        const PromptFacts facts{{"index.burnout.weeks8_moderate_or_worse", 7},
                                {"index.burnout.weeks8_known", 8},
                                {"index.burnout.mean7", 45}};
        const auto prompt = promptOf(facts, "supervisor_lasting_strain", "burnout");
        QCOMPARE(prompt.kind, tend::PromptKind::TalkToSupervisor);
        QCOMPARE(prompt.action, tend::PromptAction::OpenSupervisionPrep);
        QCOMPARE(prompt.reason,
                 std::string("Your burnout reading averaged 30 or more out of 100, the moderate range "
                             "or above, in 7 of the 8 weeks with enough check-ins among the last 8."));
        // Five such weeks are not most of them; and in the high band this week the steadier rules speak.
        auto fewer = facts;
        fewer["index.burnout.weeks8_moderate_or_worse"] = 5;
        QVERIFY(!has(fewer, "supervisor_lasting_strain"));
        auto high = facts;
        high["index.burnout.mean7"] = 65;
        QVERIFY(!has(high, "supervisor_lasting_strain"));
    }

    void fallingCompassionSatisfaction() {
        const PromptFacts facts{{"index.compassion_satisfaction.worsening_percent", 22.5},
                                {"index.compassion_satisfaction.mean7", 47.5},
                                {"index.compassion_satisfaction.baseline", 70}};
        const auto prompt = promptOf(facts, "selfcare_meaning_falling", "compassion_satisfaction",
                                     {{3, "Note one thing that went well", {"compassion_satisfaction"}}});
        QCOMPARE(prompt.planActionId, std::optional<std::int64_t>(3));
        QCOMPARE(prompt.reason,
                 std::string("Your compassion satisfaction reading averaged 48 out of 100 this week, "
                             "down from 70 in your usual weeks."));
    }

    void fallingFeltSupported() {
        const PromptFacts facts{{"indicator.supported.worsening_percent", 50},
                                {"indicator.supported.mean7", 1.0},
                                {"indicator.supported.baseline", 3.0}};
        const auto prompt = promptOf(facts, "micro_support_falling", "supported");
        QCOMPARE(prompt.kind, tend::PromptKind::MicroAction);
        QCOMPARE(prompt.reason,
                 std::string("Your ratings for “felt supported” averaged 1.0 this week, down from 3.0 "
                             "in your usual weeks."));
    }

    void aSlowDriftNamesWhatItComparesWith() {
        // Today 8 July: the long reference reads 7 January (today - 182) to 8 April (today - 91). The reason
        // shows both ends but not their difference, so that rounding can never make the numbers disagree
        // (55.57 - 36.7 = 18.87 would read "19 higher" beside 56 and 37).
        const PromptFacts facts{{"index.sts_load.long_worsening", 18.87},
                                {"index.sts_load.long_reference", 36.7},
                                {"index.sts_load.mean7", 55.57},
                                {"index.sts_load.worsening_percent", 6.5}};
        const auto prompt = promptOf(facts, "drift_strain_slow", "sts_load");
        QCOMPARE(
            prompt.reason,
            std::string("Compared with how you were between 7 January and 8 April, your secondary traumatic "
                        "stress reading is clearly higher this week: 56 out of 100, up from about 37 then."));
        // A rise the twelve-week baseline already sees is left to the rules about that.
        auto recent = facts;
        recent["index.sts_load.worsening_percent"] = 25;
        QVERIFY(!has(recent, "drift_strain_slow"));

        const PromptFacts lower{{"index.wellbeing.long_worsening", 20},
                                {"index.wellbeing.long_reference", 72},
                                {"index.wellbeing.mean7", 52},
                                {"index.wellbeing.worsening_percent", 5}};
        QCOMPARE(
            promptOf(lower, "drift_wellbeing_slow", "wellbeing").reason,
            std::string("Compared with how you were between 7 January and 8 April, your wellbeing reading is "
                        "clearly lower this week: 52 out of 100, down from about 72 then."));
    }

    void repeatedHeavyDaysLeadToACalmWordAboutSupport() {
        const auto withService =
            promptOf({{"acute.days14", 3}, {"profile.has_assistance", 1}}, "support_repeated_heavy_days");
        QCOMPARE(withService.kind, tend::PromptKind::ProfessionalSupport);
        QCOMPARE(withService.reason,
                 std::string("On 3 of the last 14 days, your check-in described a very heavy day."));
        QVERIFY(withService.body.find("Your organisation lists a support service") != std::string::npos);
        const auto without = promptOf({{"acute.days14", 4}, {"profile.has_assistance", 0}},
                                      "support_repeated_heavy_days_general");
        QVERIFY(without.body.find("organisation") == std::string::npos);
        QVERIFY(!has({{"acute.days14", 2}, {"profile.has_assistance", 0}},
                     "support_repeated_heavy_days_general"));
    }

    void aVeryHardMomentAndTheReCheck() {
        const auto followUp = promptOf({{"hard_moments.intense_today", 2}}, "followup_intense_moment");
        QVERIFY(followUp.immediate);
        QCOMPARE(followUp.reason,
                 std::string("You logged a hard moment at the strongest level, 3 of 3, today."));
        QVERIFY(
            !has({{"hard_moments.intense_today", 0}, {"hard_moments.today", 3}}, "followup_intense_moment"));
        const auto recheck = promptOf({{"hard_moments.recheck_due", 1}}, "recheck_after_hard_moment");
        QCOMPARE(recheck.action, tend::PromptAction::OpenMomentFollowUp);
        QVERIFY(!has({{"hard_moments.recheck_due", 0}}, "recheck_after_hard_moment"));
    }

    void longStrainSpeaksOfTheOrganisationOnlyWhenItHasAService() {
        const PromptFacts strain{{"index.burnout.sustained", 1}, {"index.burnout.mean28", 64}};
        auto withService = strain;
        withService["profile.has_assistance"] = 1;
        QVERIFY(
            promptOf(withService, "support_long_strain", "burnout").body.find("Your organisation lists") !=
            std::string::npos);
        auto without = strain;
        without["profile.has_assistance"] = 0;
        QVERIFY(promptOf(without, "support_long_strain_general", "burnout").body.find("organisation") ==
                std::string::npos);
    }

    void noTextClaimsWhatTheProfileDoesNotHold() {
        // "Confidential" is a promise only an organisation can make about its own service; and any mention of
        // the organisation's service needs a profile that names one.
        for (const auto& rule : shippedRules().rules) {
            for (const auto* text : textsOf(rule)) {
                const auto words = literalText(*text);
                QVERIFY2(words.find("onfidential") == std::string::npos, rule.id.c_str());
                if (words.find("organisation") != std::string::npos)
                    QVERIFY2(demands(rule, "profile.has_assistance", 1), rule.id.c_str());
            }
        }
    }

    void risingStrainNeverReadsAsRisingByZero() {
        // A slope of 0.4 points a week would have printed as "rising by about 0"; the rule now starts at 1.
        PromptFacts facts{{"index.sts_load.worsening_percent", 24}, {"index.sts_load.slope14", 0.4}};
        QVERIFY(!has(facts, "supervisor_rising_strain"));
        facts["index.sts_load.slope14"] = 1.0;
        QVERIFY(promptOf(facts, "supervisor_rising_strain", "sts_load").reason.find("about 1 a week") !=
                std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestShippedRules)
#include "tst_shippedrules.moc"
