#include "prompts/promptengine.h"
#include "storage/database.h"
#include "storage/prompteventrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QFile>
#include <QTest>

#include <optional>

using namespace boost::gregorian;
using namespace boost::posix_time;
using tend::Database;
using tend::PromptEvent;
using tend::PromptEventKind;
using tend::PromptEventRepository;

namespace {

PromptEvent promptEvent(const char* rule, const char* subject, PromptEventKind kind, ptime at,
                        std::optional<date> quietUntil = std::nullopt, std::string reason = {}) {
    return {rule, subject, kind, at, quietUntil, std::move(reason), std::nullopt};
}

PromptEvent shownSuggesting(std::int64_t planActionId, ptime at) {
    auto event = promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Shown, at);
    event.planActionId = planActionId;
    return event;
}

tend::PromptRules shippedRules() {
    QFile file(QStringLiteral(TEND_ASSETS_DIR "/prompts/rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(file.fileName()));
    return tend::parsePromptRules(file.readAll().toStdString());
}

// Facts on which the shipped rule selfcare_strain_rising fires for "on edge".
const tend::PromptFacts onEdgeRising{{"indicator.on_edge.worsening_percent", 42.5},
                                     {"indicator.on_edge.mean7", 3.14},
                                     {"indicator.on_edge.baseline", 1.36},
                                     {"indicator.on_edge.days7", 6}};

} // namespace

class TestPromptEventRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<PromptEventRepository> m_repository;
    int m_notifications = 0;
    tend::Subscription m_counting;

    int rowCount() {
        auto rows = m_db->prepare("SELECT COUNT(*) FROM prompt_events");
        return rows.step() ? rows.integer(0) : -1;
    }

    // Plan rows are written directly: the engine's view of the plan (ids and suitable subjects) is what
    // these tests are about, and the foreign key only needs the ids to exist.
    std::int64_t addPlanRow(const char* title) {
        auto insert = m_db->prepare(
            "INSERT INTO selfcare_plan (title, position, added_on) VALUES (?1, 0, '2026-01-01')");
        insert.bind(1, title).run();
        return m_db->lastInsertRowId();
    }

    // What the engine suggests for "on edge" on `day`, reading the history as a restarted app would.
    std::optional<std::int64_t> suggestionOn(const std::vector<tend::SuggestablePlanAction>& plan, date day) {
        auto db = Database::open(m_databases.currentFile(), tend::test::testKey());
        PromptEventRepository fresh(db);
        const auto prompts =
            tend::evaluatePrompts(shippedRules(), onEdgeRising, {}, plan, fresh.history(day), day);
        if (prompts.empty() || prompts[0].ruleId != "selfcare_strain_rising")
            return std::nullopt;
        return prompts[0].planActionId;
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_repository, m_notifications, m_counting); }

    void cleanup() {
        m_repository.reset();
        m_db.reset();
    }

    void roundTrip() {
        const date day(2026, 5, 14);
        const ptime shownAt(day, hours(8) + minutes(30) + seconds(5));
        const ptime dismissedAt(day, hours(21));
        QVERIFY(m_repository->record(promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Shown,
                                                 shownAt, std::nullopt,
                                                 "Your ratings for “on edge” averaged 3.1.")));
        QVERIFY(m_repository->record(
            promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Opened, shownAt + minutes(1))));
        QVERIFY(m_repository->record(
            promptEvent("micro_rest_overdue", "", PromptEventKind::Dismissed, dismissedAt, day + days(7))));
        QCOMPARE(m_notifications, 3);

        const auto events = m_repository->since(day);
        QCOMPARE(events.size(), std::size_t(3));
        QCOMPARE(events[0].ruleId, std::string("selfcare_strain_rising"));
        QCOMPARE(events[0].subject, std::string("on_edge"));
        QCOMPARE(events[0].kind, PromptEventKind::Shown);
        QCOMPARE(events[0].at, shownAt);
        QVERIFY(!events[0].quietUntil);
        QCOMPARE(events[0].reason, std::string("Your ratings for “on edge” averaged 3.1."));
        QCOMPARE(events[1].kind, PromptEventKind::Opened);
        QCOMPARE(events[2].subject, std::string());
        QCOMPARE(events[2].kind, PromptEventKind::Dismissed);
        QCOMPARE(events[2].quietUntil, std::optional<date>(day + days(7)));

        QVERIFY(m_repository->since(day + days(1)).empty());
    }

    void shownOncePerDay() {
        const date day(2026, 5, 14);
        QVERIFY(
            m_repository->record(promptEvent("r", "sleep", PromptEventKind::Shown, ptime(day, hours(7)))));
        QVERIFY(
            !m_repository->record(promptEvent("r", "sleep", PromptEventKind::Shown, ptime(day, hours(23)))));
        QCOMPARE(rowCount(), 1);
        QCOMPARE(m_notifications, 1);
        // Another subject, another rule, or the next day are separate showings.
        QVERIFY(m_repository->record(promptEvent("r", "mood", PromptEventKind::Shown, ptime(day, hours(7)))));
        QVERIFY(
            m_repository->record(promptEvent("q", "sleep", PromptEventKind::Shown, ptime(day, hours(7)))));
        QVERIFY(m_repository->record(
            promptEvent("r", "sleep", PromptEventKind::Shown, ptime(day + days(1), hours(0)))));
        // Opening it twice is two real events.
        QVERIFY(
            m_repository->record(promptEvent("r", "sleep", PromptEventKind::Opened, ptime(day, hours(8)))));
        QVERIFY(
            m_repository->record(promptEvent("r", "sleep", PromptEventKind::Opened, ptime(day, hours(9)))));
        QCOMPARE(rowCount(), 6);
    }

    void rejectsInconsistentEvents() {
        const ptime at(date(2026, 5, 14), hours(7));
        QVERIFY_THROWS_EXCEPTION(tend::StorageError,
                                 m_repository->record(promptEvent("r", "", PromptEventKind::Snoozed, at)));
        QVERIFY_THROWS_EXCEPTION(
            tend::StorageError,
            m_repository->record(promptEvent("r", "", PromptEventKind::Shown, at, date(2026, 5, 20))));
        QVERIFY_THROWS_EXCEPTION(tend::StorageError,
                                 m_repository->record(promptEvent("r", "", PromptEventKind::Shown, ptime())));
        QCOMPARE(rowCount(), 0);
    }

    void historyForTheEngine() {
        const date today(2026, 5, 14);
        (void)m_repository->record(
            promptEvent("r", "sleep", PromptEventKind::Shown, ptime(today - days(2), hours(9))));
        (void)m_repository->record(
            promptEvent("r", "sleep", PromptEventKind::Shown, ptime(today - days(1), hours(9))));
        (void)m_repository->record(
            promptEvent("q", "", PromptEventKind::Shown, ptime(today - days(3), hours(9))));
        (void)m_repository->record(promptEvent("q", "", PromptEventKind::Snoozed,
                                               ptime(today - days(3), hours(10)), today + days(1)));
        // Older than the history window: forgotten.
        (void)m_repository->record(
            promptEvent("old", "", PromptEventKind::Shown,
                        ptime(today - days(PromptEventRepository::historyDays + 1), hours(9))));

        const auto history = m_repository->history(today);
        QCOMPARE(history.states().size(), std::size_t(2));
        const auto* sleep = history.find("r", "sleep");
        QVERIFY(sleep);
        QCOMPARE(sleep->runStartedOn, std::optional<date>(today - days(2)));
        QCOMPARE(sleep->lastShownOn, std::optional<date>(today - days(1)));
        QVERIFY(!sleep->quietUntil);
        const auto* snoozed = history.find("q", "");
        QVERIFY(snoozed);
        QCOMPARE(snoozed->quietUntil, std::optional<date>(today + days(1)));
        QCOMPARE(snoozed->quietDecidedOn, std::optional<date>(today - days(3)));
        QVERIFY(!snoozed->runStartedOn);
        QVERIFY(!history.find("old", ""));
    }

    void suggestionRotationSurvivesARestart() {
        const date today(2026, 5, 14);
        const auto walk = addPlanRow("Walk at lunch");
        const auto call = addPlanRow("Call a friend");
        const std::vector<tend::SuggestablePlanAction> plan{{walk, "Walk at lunch", {"on_edge"}},
                                                            {call, "Call a friend", {"on_edge"}}};
        // With no history the first suitable action in plan order comes first.
        QCOMPARE(suggestionOn(plan, today), std::optional<std::int64_t>(walk));

        QVERIFY(m_repository->record(shownSuggesting(walk, ptime(today - days(20), hours(9)))));
        QCOMPARE(m_repository->since(today - days(20)).at(0).planActionId, std::optional<std::int64_t>(walk));
        // That run lapsed long ago, so today's prompt is new and moves on to the action suggested least
        // recently: the one never suggested.
        QCOMPARE(suggestionOn(plan, today), std::optional<std::int64_t>(call));

        // A run that began yesterday with the second action keeps it today, although plan order and
        // "least recently suggested" would both pick the first.
        QVERIFY(m_repository->record(shownSuggesting(call, ptime(today - days(1), hours(9)))));
        QCOMPARE(suggestionOn(plan, today), std::optional<std::int64_t>(call));
        // Once that run has lapsed (no showing for more than 7 days), it is the first action's turn again.
        QCOMPARE(suggestionOn(plan, today + days(7)), std::optional<std::int64_t>(walk));
    }

    void planActionOnlyOnShownEventsOfThePlan() {
        const ptime at(date(2026, 5, 14), hours(7));
        const auto walk = addPlanRow("Walk at lunch");
        auto opened = promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Opened, at);
        opened.planActionId = walk;
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, m_repository->record(opened));
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, m_repository->record(shownSuggesting(walk + 1, at)));
        QCOMPARE(rowCount(), 0);
        QCOMPARE(m_notifications, 0);
    }

    void deletedPlanActionLeavesTheShowing() {
        const ptime at(date(2026, 5, 14), hours(7));
        const auto walk = addPlanRow("Walk at lunch");
        QVERIFY(m_repository->record(shownSuggesting(walk, at)));
        m_db->execute("DELETE FROM selfcare_plan");
        const auto events = m_repository->since(at.date());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events[0].kind, PromptEventKind::Shown);
        QVERIFY(!events[0].planActionId);
    }

    void schemaAllowsOneShowingADay() {
        const date day(2026, 5, 14);
        QVERIFY(
            m_repository->record(promptEvent("r", "sleep", PromptEventKind::Shown, ptime(day, hours(7)))));
        QVERIFY_THROWS_EXCEPTION(tend::StorageError,
                                 m_db->execute("INSERT INTO prompt_events (rule_id, subject, event, at) "
                                               "VALUES ('r', 'sleep', 'shown', '2026-05-14T23:59:59')"));
        QVERIFY(
            !m_repository->record(promptEvent("r", "sleep", PromptEventKind::Shown, ptime(day, hours(23)))));
        QCOMPARE(rowCount(), 1);
        // The index covers only showings, and only one day: these are all allowed.
        m_db->execute("INSERT INTO prompt_events (rule_id, subject, event, at) VALUES "
                      "('r', 'sleep', 'opened', '2026-05-14T08:00:00'), "
                      "('r', 'sleep', 'opened', '2026-05-14T09:00:00'), "
                      "('r', 'sleep', 'shown', '2026-05-15T00:00:00'), "
                      "('r', 'mood', 'shown', '2026-05-14T07:00:00')");
        QCOMPARE(rowCount(), 5);
    }

    void neverAgainAndAllowedAgain() {
        const date today(2026, 5, 14);
        // Set aside for good two years ago, far outside the history window: still quiet.
        const ptime longAgo(today - days(730), hours(9));
        QVERIFY(m_repository->record(
            promptEvent("micro_rest_overdue", "", PromptEventKind::Dismissed, longAgo, tend::neverAgain())));
        QVERIFY(tend::isNeverAgain(*m_repository->since(longAgo.date()).at(0).quietUntil));
        auto stored = m_db->prepare("SELECT quiet_until FROM prompt_events");
        QVERIFY(stored.step());
        QCOMPARE(stored.text(0), std::string("never"));

        auto history = m_repository->history(today);
        const auto* state = history.find("micro_rest_overdue", "");
        QVERIFY(state && state->quietUntil && tend::isNeverAgain(*state->quietUntil));
        QCOMPARE(history.neverAgain().size(), std::size_t(1));

        // Allowed again a year ago (also outside the window): the prompt may show again.
        QVERIFY(m_repository->record(promptEvent("micro_rest_overdue", "", PromptEventKind::Allowed,
                                                 ptime(today - days(365), hours(9)))));
        history = m_repository->history(today);
        QVERIFY(!history.find("micro_rest_overdue", "")->quietUntil);
        QVERIFY(history.neverAgain().empty());
    }

    void onlyADismissalIsForGood() {
        const ptime at(date(2026, 5, 14), hours(7));
        QVERIFY_THROWS_EXCEPTION(
            tend::StorageError,
            m_repository->record(promptEvent("r", "", PromptEventKind::Snoozed, at, tend::neverAgain())));
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, m_repository->record(promptEvent(
                                                         "r", "", PromptEventKind::Allowed, at, at.date())));
        QCOMPARE(rowCount(), 0);
    }

    void librarySuggestionsRotateAcrossARestart() {
        const date today(2026, 5, 14);
        auto shown = promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Shown,
                                 ptime(today - days(20), hours(9)));
        shown.libraryActionId = "slow_breaths";
        QVERIFY(m_repository->record(shown));
        QCOMPARE(m_repository->since(today - days(30)).at(0).libraryActionId,
                 std::optional<std::string>("slow_breaths"));
        const auto history = m_repository->history(today);
        QCOMPARE(history.lastLibrarySuggestedOn("slow_breaths"), std::optional<date>(today - days(20)));
        QVERIFY(!history.lastLibrarySuggestedOn("walk_between_visits"));

        // Only a shown event names a suggestion, and never a plan action and a library one at once.
        auto dismissed = promptEvent("selfcare_strain_rising", "on_edge", PromptEventKind::Dismissed,
                                     ptime(today, hours(9)), today + days(3));
        dismissed.libraryActionId = "slow_breaths";
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, m_repository->record(dismissed));
        auto both = shownSuggesting(addPlanRow("Walk"), ptime(today, hours(9)));
        both.libraryActionId = "slow_breaths";
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, m_repository->record(both));
    }

    void rejectsDamagedRows() {
        m_db->execute("INSERT INTO prompt_events (rule_id, event, at) VALUES ('r', 'shown', 'yesterday')");
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, (void)m_repository->since(date(2000, 1, 1)));
        m_db->execute("DELETE FROM prompt_events");
        m_db->execute("INSERT INTO prompt_events (rule_id, event, at, quiet_until) "
                      "VALUES ('r', 'dismissed', '2026-05-14T08:00:00', 'someday')");
        QVERIFY_THROWS_EXCEPTION(tend::StorageError, (void)m_repository->since(date(2000, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestPromptEventRepository)
#include "tst_prompteventrepository.moc"
