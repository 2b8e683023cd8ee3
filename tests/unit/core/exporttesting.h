#pragma once

// What the tests of export and import share: the shipped check-in definition, a small hand-made history,
// a generator of random histories, and the canonical text of a database's whole content.

#include "datafiletesting.h"
#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"
#include "exchange/exportjson.h"
#include "exchange/exportreader.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "time/isodate.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

namespace tend::test {

[[nodiscard]] inline const CheckinDefinition& shippedDefinition() {
    static const CheckinDefinition definition =
        parseCheckinDefinition(readAsset(QStringLiteral("checkin/daily.json")).toStdString());
    return definition;
}

[[nodiscard]] inline boost::gregorian::date day(const char* text) {
    return *parseIsoDate(text);
}

[[nodiscard]] inline boost::posix_time::ptime at(const char* text) {
    return *parseIsoDateTime(text);
}

// Everything in the database, as canonical text: two databases hold the same data exactly when these match.
[[nodiscard]] inline std::string wholeDatabase(Database& db) {
    Repositories repositories(db);
    return exportToJson(readExportData(repositories, ExportSelection{}));
}

// A small history using every field, described in tests/unit/data/export/small.json.
[[nodiscard]] inline ExportData smallHistory() {
    ExportData data;
    data.plan = {
        {1, std::string("walk_between_visits"), "Walk between visits", 0, day("2026-02-20"), false},
        {2, std::nullopt, "Call my sister", 1, day("2026-02-21"), true},
        {5, std::nullopt, "Tea on the balcony ☕", 1, day("2026-02-25"), false, {"on_edge", "sleep"}},
    };
    Checkin first;
    first.date = day("2026-03-01");
    first.answers = {{"mood", 3}, {"hard_cases", 2}, {"sleep", 0}};
    first.note = "Long shift.\nTalked to Sam \xe2\x80\x94 it helped. \"Quoted\" and a back\\slash.";
    first.selfCareDone = {1, 2};
    first.createdAt = at("2026-03-01T21:04:05");
    first.updatedAt = at("2026-03-01T21:10:00");
    Checkin rest;
    rest.date = day("2026-03-02");
    rest.restDay = true;
    rest.createdAt = at("2026-03-02T09:00:00");
    rest.updatedAt = at("2026-03-02T09:00:00");
    data.checkins = {first, rest};
    data.hardMoments = {
        {4, at("2026-03-01T10:00:00"), 3,
         "\xd7\x90\xd7\xa0\xd7\x99 \xd7\xa2\xd7\x99\xd7\xa4\xd7\x94 \xf0\x9f\x98\xae"},
        {7, at("2026-03-01T10:00:00"), 1, ""},
    };
    AssessmentResult result;
    result.id = 3;
    result.packId = "monthly_reflection";
    result.packVersion = 1;
    result.takenOn = day("2026-03-01");
    result.takenAt = at("2026-03-01T20:00:00");
    result.answers = {{"followed_home", 2}, {"worn_down", 4}};
    result.scores.scales = {{"carrying", 12.5, std::string("heavier")},
                            {"keeping_going", std::nullopt, std::nullopt}};
    data.assessments = {result};
    PromptEvent shown;
    shown.ruleId = "selfcare_strain_rising";
    shown.subject = "sts_load";
    shown.kind = PromptEventKind::Shown;
    shown.at = at("2026-03-01T08:00:00");
    shown.reason = "Your strain has been rising this week.";
    shown.planActionId = 1;
    PromptEvent dismissed = shown;
    dismissed.kind = PromptEventKind::Dismissed;
    dismissed.quietUntil = day("2026-03-08");
    dismissed.planActionId.reset();
    PromptEvent fromLibrary;
    fromLibrary.ruleId = "selfcare_wellbeing_falling";
    fromLibrary.subject = "sleep";
    fromLibrary.at = at("2026-03-02T07:30:00");
    fromLibrary.reason = "Your sleep has been lower this week.";
    fromLibrary.libraryActionId = "wind_down_routine";
    PromptEvent never;
    never.ruleId = "micro_rest_overdue";
    never.kind = PromptEventKind::Dismissed;
    never.at = at("2026-03-02T07:31:00");
    never.quietUntil = neverAgain();
    PromptEvent allowed = never;
    allowed.kind = PromptEventKind::Allowed;
    allowed.at = at("2026-03-02T18:00:00");
    allowed.quietUntil.reset();
    data.promptEvents = {shown, dismissed, fromLibrary, never, allowed};
    data.settings = {{"day_start", "06:00"},
                     {"emergency_country", "GB"},
                     {"onboarding_done", "1"},
                     {"prompt_kinds_off", "micro_action"},
                     {"theme", "dark"}};
    data.personalContacts = {
        {3, PersonalContactKind::Gp, "Dr Okafor", "+44 20 7946 0123", "", "", "Surgery, weekdays", 0},
        {1, PersonalContactKind::TrustedPerson, "Sam \xe2\x80\x94 my sister", "07700 900123", "07700 900123",
         "", "", 1},
        {2, PersonalContactKind::Helpline, "Shout", "", "85258", "https://giveusashout.org", "", 2},
    };
    return data;
}

// Random histories for property tests: every field exercised, including the awkward corners.
class HistoryGenerator final {
public:
    explicit HistoryGenerator(std::uint32_t seed)
        : m_rng(seed) {}

    [[nodiscard]] ExportData next() {
        ExportData data;
        addPlan(data);
        addCheckins(data);
        addHardMoments(data);
        addAssessments(data);
        addPromptEvents(data);
        addSettings(data);
        addPersonalContacts(data);
        return data;
    }

private:
    int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(int percent) { return pick(1, 100) <= percent; }

    std::string text(std::size_t maxPieces) {
        static const std::vector<std::string> pieces{
            "Long shift",
            " ",
            "\n",
            "\"quoted\"",
            "back\\slash",
            "\xf0\x9f\x98\xae\xe2\x80\x8d\xf0\x9f\x92\xa8", // emoji with a zero-width joiner
            "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d",             // Hebrew, right to left
            "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7",     // Arabic
            "\xe2\x80\x8f",                                 // right-to-left mark
            "caf\xc3\xa9",
            "\t",
            "/",
            "</script>",
            "=SUM(A1)",
            "\xe4\xbd\xa0\xe5\xa5\xbd",
        };
        std::string result;
        const auto count = static_cast<std::size_t>(pick(0, static_cast<int>(maxPieces)));
        for (std::size_t i = 0; i < count; ++i)
            result += pieces[static_cast<std::size_t>(pick(0, static_cast<int>(pieces.size()) - 1))];
        return result;
    }

    boost::posix_time::ptime timeOn(boost::gregorian::date date) {
        return {date, boost::posix_time::time_duration(pick(0, 23), pick(0, 59), pick(0, 59))};
    }

    boost::gregorian::date someDay() { return m_start + boost::gregorian::days(pick(0, 60)); }

    void addPlan(ExportData& data) {
        static const std::vector<std::string> library{"walk_between_visits", "slow_breaths", "drink_water"};
        std::int64_t id = 0;
        const int count = pick(0, 6);
        for (int i = 0; i < count; ++i) {
            PlanAction action;
            id += pick(1, 3);
            action.id = id;
            if (chance(40))
                action.libraryId = library[static_cast<std::size_t>(pick(0, 2))];
            action.title =
                "Action " + std::to_string(i) + (chance(50) ? " \xf0\x9f\x8c\xb1 caf\xc3\xa9" : "");
            action.position = i;
            action.addedOn = someDay();
            action.archived = chance(30);
            if (chance(40))
                action.tags = chance(50) ? std::vector<std::string>{"sleep"}
                                         : std::vector<std::string>{"on_edge", "sts_load"};
            data.plan.push_back(std::move(action));
        }
    }

    void addCheckins(ExportData& data) {
        const auto& items = shippedDefinition().items;
        std::set<boost::gregorian::date> days;
        const int count = pick(0, 25);
        for (int i = 0; i < count; ++i)
            days.insert(someDay());
        for (const auto date : days) {
            Checkin checkin;
            checkin.date = date;
            const int style = pick(0, 9);
            if (style > 1) // 0: empty day, 1: every item skipped but a note
                for (const auto& item : items)
                    if (chance(70))
                        checkin.answers[item.id] = pick(item.scale.min, item.scale.max);
            if (style != 0)
                checkin.note = text(8);
            checkin.restDay = style != 0 && chance(15);
            for (const auto& action : data.plan)
                if (style != 0 && chance(40))
                    checkin.selfCareDone.insert(action.id);
            checkin.createdAt = timeOn(date);
            checkin.updatedAt =
                chance(50) ? checkin.createdAt : checkin.createdAt + boost::posix_time::minutes(pick(1, 600));
            data.checkins.push_back(std::move(checkin));
        }
    }

    void addHardMoments(ExportData& data) {
        const int count = pick(0, 8);
        for (int i = 0; i < count; ++i) {
            HardMoment moment;
            moment.id = i + 1;
            // Several on the same second now and then.
            moment.occurredAt = !data.hardMoments.empty() && chance(25) ? data.hardMoments.back().occurredAt
                                                                        : timeOn(someDay());
            moment.intensity = pick(1, 3);
            moment.note = chance(50) ? text(4) : std::string();
            data.hardMoments.push_back(std::move(moment));
        }
        std::sort(data.hardMoments.begin(), data.hardMoments.end(),
                  [](const HardMoment& a, const HardMoment& b) {
                      return std::tie(a.occurredAt, a.id) < std::tie(b.occurredAt, b.id);
                  });
    }

    void addAssessments(ExportData& data) {
        const int count = pick(0, 3);
        for (int i = 0; i < count; ++i) {
            AssessmentResult result;
            result.id = (i + 1) * 2;
            result.packId = "monthly_reflection";
            result.packVersion = pick(1, 2);
            result.takenOn = someDay();
            result.takenAt = timeOn(result.takenOn);
            if (chance(80))
                result.answers = {{"followed_home", pick(0, 4)}, {"worn_down", pick(0, 4)}};
            const bool complete = chance(60);
            result.scores.scales = {
                {"carrying", complete ? std::optional<double>(pick(0, 200) / 8.0 + 0.1) : std::nullopt,
                 complete && chance(70) ? std::optional<std::string>("heavier") : std::nullopt},
                {"keeping_going", std::nullopt, std::nullopt},
            };
            data.assessments.push_back(std::move(result));
        }
        std::sort(data.assessments.begin(), data.assessments.end(),
                  [](const AssessmentResult& a, const AssessmentResult& b) {
                      return std::tie(a.takenOn, a.takenAt, a.id) < std::tie(b.takenOn, b.takenAt, b.id);
                  });
    }

    void addPromptEvents(ExportData& data) {
        static const std::vector<std::string> rules{"selfcare_strain_rising", "micro_rest_overdue"};
        std::set<std::tuple<std::string, std::string, boost::gregorian::date>> shown;
        const int count = pick(0, 10);
        for (int i = 0; i < count; ++i) {
            PromptEvent event;
            event.ruleId = rules[static_cast<std::size_t>(pick(0, 1))];
            event.subject = chance(50) ? std::string() : std::string("sts_load");
            event.kind = static_cast<PromptEventKind>(pick(0, 4));
            event.at =
                !data.promptEvents.empty() && chance(25) ? data.promptEvents.back().at : timeOn(someDay());
            if (event.kind == PromptEventKind::Dismissed || event.kind == PromptEventKind::Snoozed)
                event.quietUntil = event.kind == PromptEventKind::Dismissed && chance(20)
                                       ? neverAgain()
                                       : event.at.date() + boost::gregorian::days(pick(1, 30));
            event.reason = text(3);
            if (event.kind == PromptEventKind::Shown) {
                if (!shown.emplace(event.ruleId, event.subject, event.at.date()).second)
                    continue;
                if (!data.plan.empty() && chance(50))
                    event.planActionId =
                        data.plan[static_cast<std::size_t>(pick(0, static_cast<int>(data.plan.size()) - 1))]
                            .id;
                else if (chance(30))
                    event.libraryActionId = chance(50) ? "slow_breaths" : "wind_down_routine";
            }
            data.promptEvents.push_back(std::move(event));
        }
        std::stable_sort(data.promptEvents.begin(), data.promptEvents.end(),
                         [](const PromptEvent& a, const PromptEvent& b) { return a.at < b.at; });
    }

    void addSettings(ExportData& data) {
        if (chance(70))
            data.settings["theme"] = chance(50) ? "dark" : "light";
        if (chance(70))
            data.settings["onboarding_done"] = "1";
        if (chance(30))
            data.settings["demo_data"] = chance(50) ? "1" : "0";
        if (chance(30))
            data.settings["assessment_card_hidden_until"] = toIsoDate(someDay());
        if (chance(30))
            data.settings["item_tracking"] = "{\"sleep\":false,\"hard_cases\":true}";
        if (chance(30))
            data.settings["day_start"] = chance(50) ? "06:00" : "04:30";
        if (chance(30))
            data.settings["prompt_kinds_off"] =
                chance(50) ? "micro_action" : "self_care,moment_follow_up,talk_to_supervisor";
        if (chance(30))
            data.settings["emergency_country"] = chance(50) ? "DE" : "none";
    }

    void addPersonalContacts(ExportData& data) {
        static const std::vector<std::string> names{"Dr Okafor", "Sam", "Mina \xf0\x9f\x8c\xb1",
                                                    "\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d", "caf\xc3\xa9 friend"};
        const int count = pick(0, 5);
        std::int64_t id = 0;
        for (int i = 0; i < count; ++i) {
            PersonalContact contact;
            id += pick(1, 4);
            contact.id = id;
            contact.kind = allPersonalContactKinds[static_cast<std::size_t>(pick(0, 5))];
            contact.name = names[static_cast<std::size_t>(pick(0, 4))];
            // At least one way to reach each, in every combination.
            const int ways = pick(1, 7);
            if (ways & 1)
                contact.phone = chance(50) ? "+44 (0)20 7946-0000" : "112";
            if (ways & 2)
                contact.sms = "85258";
            if (ways & 4)
                contact.url = "https://example.org/help?x=1";
            if (chance(40))
                contact.note = "After 6pm \xe2\x80\x94 not Sundays";
            contact.position = i;
            data.personalContacts.push_back(std::move(contact));
        }
    }

    std::mt19937 m_rng;
    boost::gregorian::date m_start{2025, 12, 1};
};

} // namespace tend::test
