#include "care/momentfollowup.h"
#include "settings/momentrecheck.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace boost::gregorian;
using boost::posix_time::hours;
using boost::posix_time::ptime;
using tend::PromptEventKind;
using tend::PromptHistory;

namespace {

const date today(2026, 6, 10);

// One rule that reads the re-check fact, as the shipped file has.
tend::PromptRules recheckRules() {
    return tend::parsePromptRules(
        nlohmann::json{{"format", "tend.prompt-rules"},
                       {"version", 1},
                       {"rules",
                        {{{"id", "recheck"},
                          {"kind", "micro_action"},
                          {"scope", "global"},
                          {"immediate", true},
                          {"when", {{{"fact", "hard_moments.recheck_due"}, {"op", "=="}, {"value", 1}}}},
                          {"title", "T"},
                          {"body", "B"},
                          {"reason", "R"},
                          {"action", "open_moment_followup"}}}}}
            .dump());
}

PromptHistory shownOn(std::initializer_list<date> showings, bool dismissedAfter = false) {
    std::vector<tend::PromptEvent> events;
    for (const auto day : showings) {
        events.push_back(
            {"recheck", "", PromptEventKind::Shown, ptime(day, hours(9)), std::nullopt, "R", std::nullopt});
        if (dismissedAfter)
            events.push_back({"recheck", "", PromptEventKind::Dismissed, ptime(day, hours(10)), day + days(7),
                              "R", std::nullopt});
    }
    return PromptHistory::fromEvents(events);
}

} // namespace

class TestMomentRecheck final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;

private slots:
    void optingInStoresTheDay() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        tend::MomentRecheck recheck(settings);
        QVERIFY(!recheck.dueOn());
        QCOMPARE(recheck.optIn(today), today + days(2));
        QCOMPARE(settings.value("moment_recheck_on"), std::optional<std::string>("2026-06-12"));
        QCOMPARE(recheck.dueOn(), std::optional<date>(today + days(2)));
        // "A day or two": 1 to 7 days, and asking again replaces the day.
        QCOMPARE(recheck.optIn(today, 0), today + days(1));
        QCOMPARE(recheck.optIn(today, 30), today + days(7));
        recheck.cancel();
        QVERIFY(!recheck.dueOn());
        settings.setValue("moment_recheck_on", "soon");
        QVERIFY(!recheck.dueOn());
    }

    void dueFromItsDayUntilShownOnce() {
        const auto rules = recheckRules();
        const date due = today;
        QVERIFY(!tend::recheckDue(std::nullopt, today, rules, {}));
        QVERIFY(!tend::recheckDue(due, due - days(1), rules, {}));
        QVERIFY(tend::recheckDue(due, due, rules, {}));
        // Not opened on the day itself: still due for the rest of a week, but not after it.
        QVERIFY(tend::recheckDue(due, due + days(6), rules, {}));
        QVERIFY(!tend::recheckDue(due, due + days(7), rules, {}));
        // Shown today: it stays for today, and never comes again.
        QVERIFY(tend::recheckDue(due, due, rules, shownOn({due})));
        QVERIFY(!tend::recheckDue(due, due + days(1), rules, shownOn({due})));
        // Dismissing it does not bring it back the next day either.
        QVERIFY(!tend::recheckDue(due, due + days(1), rules, shownOn({due}, true)));
        // A showing for an earlier re-check does not count against a new one.
        QVERIFY(tend::recheckDue(due, due + days(1), rules, shownOn({due - days(3)})));
    }
};

QTEST_GUILESS_MAIN(TestMomentRecheck)
#include "tst_momentrecheck.moc"
