#include "prompts/promptrules.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>

using nlohmann::json;
using tend::PromptKind;
using tend::RuleScope;
using tend::TemplatePart;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;

namespace {

// One indicator rule with a reason, one global rule, one acute crisis rule.
json validRules() {
    return json::parse(R"({
        "format": "tend.prompt-rules",
        "version": 2,
        "rules": [
            {"id": "care", "kind": "self_care", "scope": "indicator", "subjects": ["on_edge", "sleep"],
             "when": [{"fact": "indicator.{subject}.worsening_percent", "op": ">=", "value": 25},
                      {"fact": "indicator.{subject}.mean7", "op": ">", "value": 0.05}],
             "title": "For {name}", "body": "Maybe {action}?",
             "reason": "Averaged {indicator.{subject}.mean7:1}, {indicator.{subject}.worsening_percent}% worse.",
             "action": "open_selfcare", "quiet_days": 10},
            {"id": "rest", "kind": "micro_action", "scope": "global",
             "when": [{"fact": "rest.days_since", "op": ">=", "value": 12}],
             "title": "Pause", "body": "Rest.", "reason": "{rest.days_since:0} days.", "action": "none"},
            {"id": "acute", "kind": "crisis", "scope": "global", "acute": true,
             "when": [{"fact": "index.sts_load.today", "op": ">=", "value": 85},
                      {"fact": "index.sts_load.today_answers", "op": ">=", "value": 2}],
             "title": "Here", "body": "Help.", "reason": "Today {index.sts_load.today}.", "action": "open_crisis"}
        ]
    })");
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(validRules(), change);
}

void addBadRuleRows() {
    addBadFileColumns();

    const auto rule = [](std::size_t i, const char* key, json value) {
        return variant([=](json& d) { d["rules"][i][key] = value; });
    };
    const auto reason = [&](const char* text) {
        return rule(0, "reason", text);
    };

    badFile("not JSON", "{", "", "not valid JSON");
    badFile("top level array", "[]", "", "expected a JSON object at the top level, found an array");
    badFile("wrong format", variant([](json& d) { d["format"] = "tend.checkin-definition"; }), "format",
            R"(expected "tend.prompt-rules", found "tend.checkin-definition")");
    badFile("missing version", variant([](json& d) { d.erase("version"); }), "version",
            "required but missing");
    badFile("unknown top-level key", variant([](json& d) { d["rule"] = 1; }), "rule",
            R"(unknown key "rule")");
    badFile("no rules", variant([](json& d) { d["rules"] = json::array(); }), "rules",
            "must list at least one entry");
    badFile("rule not an object", variant([](json& d) { d["rules"][1] = "x"; }), "rules[1]",
            "expected an object, found a string");
    badFile(
        "unknown rule key", rule(1, "quiet", 3), "rules[1].quiet",
        R"(unknown key "quiet"; allowed keys are id, kind, scope, subjects, when, title, body, reason, )");
    badFile("bad id", rule(1, "id", "Rest!"), "rules[1].id", R"(invalid id "Rest!")");
    badFile("duplicate id", rule(2, "id", "care"), "rules[2].id",
            R"(duplicate id "care", already used by rules[0])");
    badFile("unknown kind", rule(1, "kind", "nudge"), "rules[1].kind",
            R"(unknown kind "nudge"; expected one of self_care, micro_action, moment_follow_up, )"
            "talk_to_supervisor, professional_support, crisis");
    badFile("unknown scope", rule(1, "scope", "team"), "rules[1].scope",
            R"(unknown scope "team"; expected one of global, index, indicator)");
    badFile("self care without subject", rule(0, "scope", "global"), "rules[0].scope",
            R"(a self_care rule needs scope "index" or "indicator")");
    badFile("subjects on a global rule", rule(1, "subjects", json::array({"mood"})), "rules[1].subjects",
            R"(not allowed for a rule with scope "global")");
    badFile("empty subjects", rule(0, "subjects", json::array()), "rules[0].subjects",
            "must list at least one entry");
    badFile("duplicate subject", rule(0, "subjects", json::array({"sleep", "sleep"})), "rules[0].subjects[1]",
            R"(duplicate subject "sleep")");
    badFile("unknown index subject", variant([](json& d) {
                d["rules"][0]["scope"] = "index";
                d["rules"][0]["subjects"] = json::array({"burnout", "stress"});
            }),
            "rules[0].subjects[1]",
            R"(unknown index "stress"; expected one of sts_load, burnout, wellbeing, )");
    badFile("acute on a micro action", rule(1, "acute", true), "rules[1].acute",
            "only a crisis rule can be acute");
    badFile("acute not a boolean", rule(2, "acute", 1), "rules[2].acute",
            "expected a boolean, found a number");
    badFile(
        "acute reading the past", variant([](json& d) {
            d["rules"][2]["when"][0]["fact"] = "index.sts_load.mean7";
            d["rules"][2]["reason"] = "Heavy.";
        }),
        "rules[2].when[0].fact",
        R"(an acute rule reads only today's check-in; use a fact ending in ".today" or ".today_answers", )"
        R"(checkins.today_answers, a hard_moments fact or a profile fact, found "index.sts_load.mean7")");
    badFile("acute on one answer", variant([](json& d) { d["rules"][2]["when"][1]["value"] = 1; }),
            "rules[2].when", "an acute rule must rest on at least 2 of today's answers");
    badFile("acute without its basis", variant([](json& d) { d["rules"][2]["when"].erase(1); }),
            "rules[2].when", "so that one answer alone never brings crisis resources");
    badFile("acute with a number in its title", rule(2, "title", "Today {index.sts_load.today}"),
            "rules[2].title", "an acute rule shows numbers only in its reason");
    badFile("immediate reading the past", rule(1, "immediate", true), "rules[1].when[0].fact",
            R"(an immediate rule reads only today's check-in)");
    badFile("immediate crisis", rule(2, "immediate", true), "rules[2].immediate",
            R"(a crisis rule that answers today is marked "acute", not "immediate")");
    badFile("library wording on a micro action", rule(1, "from_library", json{{"title", "T"}, {"body", "B"}}),
            "rules[1].from_library", "only a self_care rule can suggest something from the library");
    badFile("library wording without a body", rule(0, "from_library", json{{"title", "T"}}),
            "rules[0].from_library.body", "required but missing");
    badFile("library wording with an unknown fact",
            rule(0, "from_library", json{{"title", "T"}, {"body", "{rest.days_since}"}}),
            "rules[0].from_library.body", R"(fact "rest.days_since" is shown but no condition)");
    // A shown number may not print as 0 when a condition rules 0 out.
    const auto slopeRule = [](const char* op, double value, const char* shown) {
        return variant([=](json& d) {
            d["rules"][1]["when"] =
                json::array({{{"fact", "index.sts_load.slope14"}, {"op", op}, {"value", value}}});
            d["rules"][1]["reason"] = std::string("Rising by about ") + shown + " points a week.";
        });
    };
    badFile("rising by about 0", slopeRule(">", 0, "{index.sts_load.slope14:0}"), "rules[1].reason",
            "{index.sts_load.slope14} can show 0 although the condition index.sts_load.slope14 > 0 rules 0 "
            "out; require at least 1, or show more decimals");
    badFile("rising by about 0 from half a point", slopeRule(">=", 0.4, "{index.sts_load.slope14:0}"),
            "rules[1].reason", "require at least 1");
    badFile(
        "rising by about 0.0", slopeRule(">", 0.04, "{index.sts_load.slope14:1}"), "rules[1].reason",
        "{index.sts_load.slope14:1} can show 0 although the condition index.sts_load.slope14 > 0.04 rules 0 "
        "out; require at least 0.1");
    badFile("falling by about 0", slopeRule("<", 0, "{index.sts_load.slope14:0}"), "rules[1].reason",
            "require at most -1");
    badFile("unknown period", reason("Since {period.last_year}."), "rules[0].reason",
            "unknown placeholder {period.last_year}; the periods are {period.long_reference_from}");
    badFile("missing when", variant([](json& d) { d["rules"][1].erase("when"); }), "rules[1].when",
            "required but missing");
    badFile("empty when", rule(1, "when", json::array()), "rules[1].when", "must list at least one entry");
    badFile("condition not an object", variant([](json& d) { d["rules"][1]["when"][0] = 3; }),
            "rules[1].when[0]", "expected an object, found a number");
    badFile("unknown condition key", variant([](json& d) { d["rules"][1]["when"][0]["than"] = 1; }),
            "rules[1].when[0].than", R"(unknown key "than"; allowed keys are fact, op, value)");
    badFile("unknown fact", variant([](json& d) { d["rules"][1]["when"][0]["fact"] = "rest.days"; }),
            "rules[1].when[0].fact", R"(unknown fact "rest.days"; expected index.<key>.<measure>, )");
    badFile("unknown measure",
            variant([](json& d) { d["rules"][0]["when"][1]["fact"] = "indicator.{subject}.mean8"; }),
            "rules[0].when[1].fact",
            R"(unknown measure "mean8" in fact "indicator.{subject}.mean8"; expected one of )");
    badFile("indicator has no value",
            variant([](json& d) { d["rules"][0]["when"][1]["fact"] = "indicator.{subject}.value"; }),
            "rules[0].when[1].fact", R"(unknown measure "value" in fact "indicator.{subject}.value")");
    badFile("unknown index", variant([](json& d) { d["rules"][2]["when"][0]["fact"] = "index.sts.today"; }),
            "rules[2].when[0].fact",
            R"(unknown index "sts" in fact "index.sts.today"; expected one of sts_load, )");
    badFile("subject of another family",
            variant([](json& d) { d["rules"][0]["when"][1]["fact"] = "index.{subject}.mean7"; }),
            "rules[0].when[1].fact",
            R"(fact "index.{subject}.mean7" uses {subject}, which needs a rule with scope "index")");
    badFile("subject in a global rule",
            variant([](json& d) { d["rules"][1]["when"][0]["fact"] = "indicator.{subject}.mean7"; }),
            "rules[1].when[0].fact", R"(uses {subject}, which needs a rule with scope "indicator")");
    badFile("scoped rule never names its subject", variant([](json& d) {
                d["rules"][0]["when"] =
                    json::parse(R"([{"fact": "rest.days_since", "op": ">", "value": 1}])");
                d["rules"][0]["reason"] = "Because.";
            }),
            "rules[0].when",
            R"(a rule with scope "indicator" needs at least one condition on a fact containing {subject})");
    badFile("unknown op", variant([](json& d) { d["rules"][1]["when"][0]["op"] = "=>"; }),
            "rules[1].when[0].op", R"(unknown comparison "=>"; expected one of >, >=, <, <=, ==)");
    badFile("value not a number", variant([](json& d) { d["rules"][1]["when"][0]["value"] = "12"; }),
            "rules[1].when[0].value", "expected a number, found a string");
    badFile("missing value", variant([](json& d) { d["rules"][1]["when"][0].erase("value"); }),
            "rules[1].when[0].value", "required but missing");
    badFile("empty title", rule(1, "title", ""), "rules[1].title", "must not be empty");
    badFile("reason too long", rule(1, "reason", std::string(301, 'x')), "rules[1].reason",
            "too long (301 characters); at most 300");
    badFile("unclosed placeholder", reason("Averaged {indicator.{subject}.mean7:1"), "rules[0].reason",
            "the placeholder starting at character 10 is never closed");
    badFile("stray closing brace", reason("Averaged } high"), "rules[0].reason",
            R"(a "}" at character 10 closes no placeholder)");
    badFile("unknown placeholder", reason("For {subject}."), "rules[0].reason",
            "unknown placeholder {subject}; expected {name}, {action} or a fact such as");
    badFile(
        "too many decimals", reason("{indicator.{subject}.mean7:3}"), "rules[0].reason",
        R"(placeholder {indicator.{subject}.mean7:3}: the number after ":" is how many decimals to show, and must be 0, 1 or 2)");
    badFile("unknown fact in reason", reason("{indicator.{subject}.avg}"), "rules[0].reason",
            R"(unknown measure "avg" in fact "indicator.{subject}.avg")");
    badFile(
        "fact not required", reason("Usually {indicator.{subject}.baseline:1}."), "rules[0].reason",
        R"(fact "indicator.{subject}.baseline" is shown but no condition in "when" requires it, so it could be missing)");
    badFile("fact not required in the body", rule(1, "body", "Since {checkins.total}."), "rules[1].body",
            R"(fact "checkins.total" is shown but no condition in "when" requires it)");
    badFile("name in a global rule", rule(1, "title", "For {name}"), "rules[1].title",
            R"({name} needs a rule with scope "index" or "indicator")");
    badFile("action outside self care", rule(1, "body", "Try {action}"), "rules[1].body",
            "{action} is only filled in for self_care rules");
    badFile(
        "unknown action", rule(1, "action", "open_chat"), "rules[1].action",
        R"(unknown action "open_chat"; expected one of open_selfcare, open_supervision_prep, open_support, )");
    badFile("missing action", variant([](json& d) { d["rules"][1].erase("action"); }), "rules[1].action",
            "required but missing");
    badFile("quiet days zero", rule(1, "quiet_days", 0), "rules[1].quiet_days",
            "expected an integer from 1 to 365, found 0");
    badFile("quiet days fractional", rule(1, "quiet_days", 2.5), "rules[1].quiet_days",
            "expected an integer, found 2.5");
}

} // namespace

class TestPromptRules final : public QObject {
    Q_OBJECT

private slots:
    void parsesAValidFile() {
        const auto rules = tend::parsePromptRules(variant([](json&) {}).toStdString());
        QCOMPARE(rules.version, 2);
        QCOMPARE(rules.rules.size(), std::size_t(3));

        const auto& care = rules.rules[0];
        QCOMPARE(care.id, std::string("care"));
        QCOMPARE(care.kind, PromptKind::SelfCare);
        QCOMPARE(care.scope, RuleScope::Indicator);
        QCOMPARE(care.subjects, (std::vector<std::string>{"on_edge", "sleep"}));
        QCOMPARE(care.when.size(), std::size_t(2));
        QCOMPARE(care.when[0].fact, std::string("indicator.{subject}.worsening_percent"));
        QCOMPARE(care.when[0].op, tend::CompareOp::GreaterOrEqual);
        QCOMPARE(care.when[0].value, 25.0);
        QCOMPARE(care.when[1].op, tend::CompareOp::Greater);
        QCOMPARE(care.action, tend::PromptAction::OpenSelfCare);
        QCOMPARE(care.quietDays, 10);
        QVERIFY(!care.acute);

        // "Averaged " {mean7:1} ", " {worsening_percent} "% worse."
        const auto& parts = care.reason.parts;
        QCOMPARE(parts.size(), std::size_t(5));
        QCOMPARE(parts[0].kind, TemplatePart::Kind::Text);
        QCOMPARE(parts[0].text, std::string("Averaged "));
        QCOMPARE(parts[1].kind, TemplatePart::Kind::Fact);
        QCOMPARE(parts[1].text, std::string("indicator.{subject}.mean7"));
        QCOMPARE(parts[1].decimals, 1);
        QCOMPARE(parts[3].text, std::string("indicator.{subject}.worsening_percent"));
        QCOMPARE(parts[3].decimals, 0);
        QCOMPARE(care.title.parts[1].kind, TemplatePart::Kind::SubjectName);
        QCOMPARE(care.body.parts[1].kind, TemplatePart::Kind::ActionTitle);

        QVERIFY(!care.immediate);
        QVERIFY(!care.fromLibrary);
        QCOMPARE(rules.rules[1].quietDays, 14); // the default
        QCOMPARE(rules.rules[1].action, tend::PromptAction::None);
        QVERIFY(rules.rules[2].acute);
        QCOMPARE(rules.find("acute"), &rules.rules[2]);
        QVERIFY(!rules.find("missing"));
    }

    void parsesTheShippedRules() {
        const auto rules =
            tend::parsePromptRules(readAsset(QStringLiteral("prompts/rules.json")).toStdString());
        QCOMPARE(rules.rules.size(), std::size_t(21));
        std::set<PromptKind> kinds;
        int acute = 0;
        int immediate = 0;
        for (const auto& rule : rules.rules) {
            kinds.insert(rule.kind);
            acute += rule.acute ? 1 : 0;
            immediate += rule.immediate ? 1 : 0;
            // Every self-care rule can fall back on the library, so an empty plan still gets a small step.
            if (rule.kind == PromptKind::SelfCare)
                QVERIFY2(rule.fromLibrary.has_value(), rule.id.c_str());
        }
        QCOMPARE(kinds.size(), std::size_t(6)); // every kind is used
        QCOMPARE(acute, 2);
        QCOMPARE(immediate, 2);
        QCOMPARE(rules.find("crisis_very_heavy_today")->action, tend::PromptAction::OpenCrisis);
        QCOMPARE(rules.find("support_long_strain")->quietDays, 21);
        QCOMPARE(rules.find("followup_intense_moment")->action, tend::PromptAction::OpenMomentFollowUp);
        QCOMPARE(rules.find("followup_intense_moment")->kind, PromptKind::MomentFollowUp);
        QCOMPARE(rules.find("recheck_after_hard_moment")->kind, PromptKind::MomentFollowUp);
    }

    void acceptsImmediateRulesLibraryWordingAndPeriods() {
        const auto rules = tend::parsePromptRules(
            variant([](json& d) {
                d["rules"][0]["from_library"] = {{"title", "Try {action}"}, {"body", "For {name}."}};
                d["rules"][1]["immediate"] = true;
                d["rules"][1]["when"] = json::parse(
                    R"([{"fact": "hard_moments.intense_today", "op": ">=", "value": 1},
                                                              {"fact": "profile.has_supervisor", "op": "==", "value": 1}])");
                d["rules"][1]["reason"] = "Since {period.long_reference_month}.";
                d["rules"][1]["action"] = "open_moment_followup";
            }).toStdString());
        QVERIFY(rules.rules[1].immediate);
        QCOMPARE(rules.rules[1].action, tend::PromptAction::OpenMomentFollowUp);
        QCOMPARE(rules.rules[1].reason.parts[1].kind, TemplatePart::Kind::Period);
        QCOMPARE(rules.rules[0].fromLibrary->title.parts[1].kind, TemplatePart::Kind::ActionTitle);
        // A condition that starts where the shown number is at least its last digit is fine.
        QVERIFY(!tend::parsePromptRules(
                     variant([](json& d) {
                         d["rules"][1]["when"] =
                             json::parse(R"([{"fact": "index.sts_load.slope14", "op": ">=", "value": 0.1}])");
                         d["rules"][1]["reason"] = "About {index.sts_load.slope14:1} a week.";
                     }).toStdString())
                     .rules.empty());
    }

    void namesKindsAndActions() {
        QCOMPARE(tend::promptKindKey(PromptKind::TalkToSupervisor), std::string_view("talk_to_supervisor"));
        QCOMPARE(tend::promptKindFromKey("micro_action"), std::optional<PromptKind>(PromptKind::MicroAction));
        QCOMPARE(tend::promptKindKey(PromptKind::MomentFollowUp), std::string_view("moment_follow_up"));
        QCOMPARE(tend::promptKindFromKey("moment_follow_up"),
                 std::optional<PromptKind>(PromptKind::MomentFollowUp));
        QVERIFY(!tend::promptKindFromKey("nudge"));
        QCOMPARE(tend::promptActionKey(tend::PromptAction::OpenSupervisionPrep),
                 std::string_view("open_supervision_prep"));
    }

    void rejectsBadRules_data() { addBadRuleRows(); }

    void rejectsBadRules() { tend::test::verifyBadFileRejected(tend::parsePromptRules); }
};

QTEST_GUILESS_MAIN(TestPromptRules)
#include "tst_promptrules.moc"
