#include "insights/bandsnote.h"
#include "insights/bandsnotewording.h"
#include "insights/insightsoverview.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::date;
using boost::gregorian::days;

namespace {

QVariant roleOf(const PromptListModel& model, int row, int role) {
    return model.index(row, 0).data(role);
}

std::vector<PromptEvent> eventsOfKind(AppSession& session, PromptEventKind kind) {
    std::vector<PromptEvent> found;
    for (auto& event : session.promptEvents().since(session.clock().today() - days(1)))
        if (event.kind == kind)
            found.push_back(std::move(event));
    return found;
}

} // namespace

class TestPromptListModel final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestSession> m_env;

    AppSession& session() { return *m_env->session; }

    // Six calm weeks with "on edge" at 1, then a week at 3: one self-care prompt about "on edge".
    void saveHardWeekAfterCalmWeeks() {
        for (int back = 48; back >= 0; --back)
            m_env->saveCheckin(m_env->today() - days(back), {{"mood", 3},
                                                             {"on_edge", back < 7 ? 3 : 1},
                                                             {"intrusion", 0},
                                                             {"avoid_reminders", 0},
                                                             {"avoid_work_tasks", 0},
                                                             {"numb", 0}});
    }

    // Today's answers that bring crisis support (mood 0 with numb 4), or a calmer day that does not.
    void saveToday(bool acute) {
        m_env->saveCheckin(m_env->today(),
                           {{"mood", acute ? 0 : 3}, {"numb", acute ? 4 : 1}, {"on_edge", 0}});
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init() { m_env = std::make_unique<test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void notForMeForTheRulesOwnTimeSaysUntilWhenAndKeepsItsPlace() {
        saveHardWeekAfterCalmWeeks();
        (void)session().plan().addFromLibrary("walk_between_visits", "Walk", m_env->today() - days(60));
        InsightsOverview overview(session());
        auto& prompts = *overview.prompts();
        QAbstractItemModelTester tester(&prompts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(prompts.rowCount(), 1);
        QCOMPARE(roleOf(prompts, 0, PromptListModel::QuietForLabelRole).toString(),
                 QStringLiteral("For 2 weeks"));
        QVERIFY(roleOf(prompts, 0, PromptListModel::OffersMonthRole).toBool());
        QVERIFY(roleOf(prompts, 0, PromptListModel::CanSetAsideRole).toBool());

        QVERIFY(prompts.notForMe(0, PromptListModel::ForRuleDays));
        const auto dismissed = eventsOfKind(session(), PromptEventKind::Dismissed);
        QCOMPARE(dismissed.size(), std::size_t(1));
        QCOMPARE(dismissed.front().quietUntil, std::optional<date>(date(2026, 12, 11)));
        // The page recomputed (the history changed) and the card is now a note of what was done.
        QCOMPARE(prompts.rowCount(), 1);
        QVERIFY(roleOf(prompts, 0, PromptListModel::SetAsideRole).toBool());
        QCOMPARE(roleOf(prompts, 0, PromptListModel::SetAsideTextRole).toString(),
                 QStringLiteral("Hidden until 11 December."));
        QVERIFY(!roleOf(prompts, 0, PromptListModel::CanSetAsideRole).toBool());
        QVERIFY(!prompts.notForMe(0, PromptListModel::Never));
        QVERIFY(prompts.open(0).isEmpty());
        // Later refreshes keep the note; a page opened afresh shows nothing.
        overview.refresh();
        QCOMPARE(prompts.rowCount(), 1);
        QCOMPARE(eventsOfKind(session(), PromptEventKind::Shown).size(), std::size_t(1));
        InsightsOverview again(session());
        QCOMPARE(again.prompts()->rowCount(), 0);
    }

    void notForMeForAMonthIsACalendarMonth() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        QVERIFY(overview.prompts()->notForMe(0, PromptListModel::ForAMonth));
        QCOMPARE(eventsOfKind(session(), PromptEventKind::Dismissed).front().quietUntil,
                 std::optional<date>(date(2026, 12, 27)));
        QCOMPARE(roleOf(*overview.prompts(), 0, PromptListModel::SetAsideTextRole).toString(),
                 QStringLiteral("Hidden until 27 December."));
    }

    void neverAgainCanBeUndoneOnTheCard() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        auto& prompts = *overview.prompts();
        QVERIFY(prompts.notForMe(0, PromptListModel::Never));
        QVERIFY(isNeverAgain(*eventsOfKind(session(), PromptEventKind::Dismissed).front().quietUntil));
        QCOMPARE(roleOf(prompts, 0, PromptListModel::SetAsideTextRole).toString(),
                 QStringLiteral("You won't see this again. You can allow it again in Settings."));
        QCOMPARE(session().promptEvents().history(m_env->today()).neverAgain().size(), std::size_t(1));

        QVERIFY(prompts.allowAgain(0));
        QCOMPARE(eventsOfKind(session(), PromptEventKind::Allowed).size(), std::size_t(1));
        QVERIFY(session().promptEvents().history(m_env->today()).neverAgain().empty());
        // It is a suggestion again, here and on a page opened afresh.
        QCOMPARE(prompts.rowCount(), 1);
        QVERIFY(!roleOf(prompts, 0, PromptListModel::SetAsideRole).toBool());
        QVERIFY(!prompts.allowAgain(0));
        InsightsOverview again(session());
        QCOMPARE(again.prompts()->rowCount(), 1);
    }

    void anEmptyPlanGetsALibraryStepThatCanBeAdded() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        auto& prompts = *overview.prompts();
        QCOMPARE(prompts.rowCount(), 1);
        QCOMPARE(roleOf(prompts, 0, PromptListModel::KindLabelRole).toString(),
                 QStringLiteral("A self-care idea"));
        QCOMPARE(roleOf(prompts, 0, PromptListModel::LibraryActionRole).toString(),
                 QStringLiteral("Take a short walk before the next visit"));
        QVERIFY(roleOf(prompts, 0, PromptListModel::PlanActionRole).toString().isEmpty());
        QVERIFY(roleOf(prompts, 0, PromptListModel::CanAddToPlanRole).toBool());
        // What was suggested is remembered, so that the next run moves on to another step.
        const auto shown = eventsOfKind(session(), PromptEventKind::Shown);
        QCOMPARE(shown.size(), std::size_t(1));
        QCOMPARE(shown.front().libraryActionId, std::optional<std::string>("walk_between_visits"));

        QVERIFY(prompts.addToPlan(0));
        const auto plan = session().plan().active();
        QCOMPARE(plan.size(), std::size_t(1));
        QCOMPARE(plan.front().libraryId, std::optional<std::string>("walk_between_visits"));
        // The card says so and now speaks of the plan.
        QCOMPARE(prompts.rowCount(), 1);
        QCOMPARE(
            roleOf(prompts, 0, PromptListModel::NoticeRole).toString(),
            QStringLiteral("Added “Take a short walk before the next visit” to your plan. You can tick it in "
                           "your daily check-in."));
        QCOMPARE(roleOf(prompts, 0, PromptListModel::PlanActionRole).toString(),
                 QStringLiteral("Take a short walk before the next visit"));
        QVERIFY(!roleOf(prompts, 0, PromptListModel::CanAddToPlanRole).toBool());
        QVERIFY(!prompts.addToPlan(0));
    }

    void theSamePromptsUpdateInPlace() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        QSignalSpy resets(overview.prompts(), &QAbstractItemModel::modelReset);
        QSignalSpy changes(overview.prompts(), &QAbstractItemModel::dataChanged);
        overview.refresh();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
    }

    // Crisis support, once on screen, does not come and go with later answers: the engine keeps it for
    // the day, and a list that showed it in full keeps it in full. A list opened later folds it to a line.
    void crisisSupportStaysInReachWithoutFlickering() {
        InsightsOverview today(session());
        today.setImmediateOnly(true);
        auto& prompts = *today.prompts();
        QAbstractItemModelTester tester(&prompts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        saveToday(true);
        QCOMPARE(prompts.rowCount(), 1);
        QVERIFY(roleOf(prompts, 0, PromptListModel::AcuteRole).toBool());
        QVERIFY(!roleOf(prompts, 0, PromptListModel::FoldedRole).toBool());
        QVERIFY(!roleOf(prompts, 0, PromptListModel::CanFoldRole).toBool());
        QVERIFY(!roleOf(prompts, 0, PromptListModel::CanSetAsideRole).toBool());
        const QString reason = roleOf(prompts, 0, PromptListModel::ReasonRole).toString();

        QSignalSpy resets(&prompts, &QAbstractItemModel::modelReset);
        saveToday(false);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(prompts.rowCount(), 1);
        QVERIFY(!roleOf(prompts, 0, PromptListModel::FoldedRole).toBool());
        QVERIFY(roleOf(prompts, 0, PromptListModel::CanFoldRole).toBool());
        QCOMPARE(roleOf(prompts, 0, PromptListModel::ReasonRole).toString(), reason);

        InsightsOverview later(session());
        later.setImmediateOnly(true);
        auto& kept = *later.prompts();
        QCOMPARE(kept.rowCount(), 1);
        QVERIFY(roleOf(kept, 0, PromptListModel::FoldedRole).toBool());
        kept.unfold(0);
        QVERIFY(!roleOf(kept, 0, PromptListModel::FoldedRole).toBool());
        QVERIFY(roleOf(kept, 0, PromptListModel::CanFoldRole).toBool());
        kept.fold(0);
        QVERIFY(roleOf(kept, 0, PromptListModel::FoldedRole).toBool());
        // The next day it is gone.
        m_env->clock.set(boost::posix_time::ptime(m_env->today() + days(1), boost::posix_time::hours(9)));
        InsightsOverview tomorrow(session());
        tomorrow.setImmediateOnly(true);
        QCOMPARE(tomorrow.prompts()->rowCount(), 0);
    }

    // Every "why?" ends with the bands note; in English it is word for word the core's sentence, so the
    // translatable copy cannot drift from the cut-offs.
    void whyEndsWithTheBandsNote() {
        QCOMPARE(bandsNoteText(), QString::fromStdString(tend::bandsNote()));
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        QCOMPARE(roleOf(*overview.prompts(), 0, PromptListModel::BandsNoteRole).toString(), bandsNoteText());
        QCOMPARE(overview.cards()->index(0).data(IndexCardsModel::BandsNoteRole).toString(), bandsNoteText());
        QVERIFY(bandsNoteText().contains(QStringLiteral("not validated clinical thresholds")));
    }
};

QTEST_MAIN(TestPromptListModel)
#include "tst_promptlistmodel.moc"
