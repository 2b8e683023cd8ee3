#include "app/sessionhandle.h"
#include "insights/insightsoverview.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::days;

namespace {

int rowOf(const QAbstractItemModel& model, int role, const QString& value) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(role).toString() == value)
            return row;
    return -1;
}

} // namespace

class TestInsightsOverview final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestSession> m_env;

    // Six calm weeks with "on edge" at 1, then a week at 3, the other stress questions at 0.
    void saveHardWeekAfterCalmWeeks() {
        for (int back = 48; back >= 0; --back)
            m_env->saveCheckin(m_env->today() - days(back), {{"mood", 3},
                                                             {"on_edge", back < 7 ? 3 : 1},
                                                             {"intrusion", 0},
                                                             {"avoid_reminders", 0},
                                                             {"avoid_work_tasks", 0},
                                                             {"numb", 0}});
    }

private slots:
    void init() { m_env = std::make_unique<test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void withoutCheckinsThereAreNoNumbers() {
        InsightsOverview overview(*m_env->session);
        QAbstractItemModelTester cardsTester(overview.cards(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester promptsTester(overview.prompts(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(overview.cards()->rowCount(), 5);
        QVERIFY(!overview.hasAnyValue());
        QCOMPARE(overview.summary(),
                 QStringLiteral("Once you have checked in on a few days, your patterns show here."));
        const auto card = overview.cards()->index(0);
        QVERIFY(!card.data(IndexCardsModel::HasValueRole).toBool());
        QCOMPARE(card.data(IndexCardsModel::ValueTextRole).toString(),
                 QStringLiteral("Not enough check-ins yet"));
        QVERIFY(card.data(IndexCardsModel::WhyTextRole)
                    .toString()
                    .contains(QStringLiteral("at least 3 of the last 7 days")));
        QCOMPARE(overview.prompts()->rowCount(), 0);
        QVERIFY(overview.restText().startsWith(QStringLiteral("You haven't marked a day of real rest yet.")));
        QVERIFY(overview.strengths().isEmpty());
    }

    void cardsShowHandComputedValuesAndFollowNewCheckins() {
        InsightsOverview overview(*m_env->session);
        QSignalSpy refreshed(&overview, &InsightsOverview::refreshed);
        // Burnout each day = (exhaustion 3 -> 75, distance 1 -> 25) / 2 = 50: moderate.
        for (int back = 2; back >= 0; --back)
            m_env->saveCheckin(m_env->today() - days(back), {{"exhaustion", 3}, {"distance", 1}});
        QVERIFY(refreshed.count() >= 3);
        const int row = rowOf(*overview.cards(), IndexCardsModel::KeyRole, QStringLiteral("burnout"));
        QVERIFY(row >= 0);
        const auto card = overview.cards()->index(row);
        QCOMPARE(card.data(IndexCardsModel::NameRole).toString(), QStringLiteral("Burnout"));
        QCOMPARE(card.data(IndexCardsModel::ValueTextRole).toString(), QStringLiteral("50"));
        QCOMPARE(card.data(IndexCardsModel::BandTextRole).toString(), QStringLiteral("moderate"));
        QCOMPARE(card.data(IndexCardsModel::DaysTextRole).toString(), QStringLiteral("3 of the last 7 days"));
        QVERIFY(!card.data(IndexCardsModel::StrengthRole).toBool());
        QVERIFY(!card.data(IndexCardsModel::ConcernRole).toBool());
        QVERIFY(overview.hasAnyValue());
        QCOMPARE(overview.summary(),
                 QStringLiteral("Based on 3 check-ins. These are your own patterns, not a diagnosis."));
    }

    void whyNamesTheUsualRange() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(*m_env->session);
        // Secondary stress: clusters 0,0,(on edge),0 -> calm weeks (25)/4 = 6.25, this week 75/4 = 18.75.
        const auto card = overview.cards()->index(
            rowOf(*overview.cards(), IndexCardsModel::KeyRole, QStringLiteral("sts_load")));
        const QString why = card.data(IndexCardsModel::WhyTextRole).toString();
        QVERIFY2(why.contains(QStringLiteral("Your usual range is 6 to 6")), qPrintable(why));
        QVERIFY2(why.contains(QStringLiteral("This week is 13 points above your usual.")), qPrintable(why));
    }

    void aSelfCarePromptCanBeOpenedOrSetAsideAndIsRemembered() {
        saveHardWeekAfterCalmWeeks();
        (void)m_env->session->plan().addFromLibrary("walk_between_visits", "Walk round the block",
                                                    m_env->today() - days(60));
        InsightsOverview overview(*m_env->session);
        auto* prompts = overview.prompts();
        QCOMPARE(prompts->rowCount(), 1);
        const auto prompt = prompts->index(0);
        QCOMPARE(prompt.data(PromptListModel::KindRole).toString(), QStringLiteral("self_care"));
        QCOMPARE(prompt.data(PromptListModel::PlanActionRole).toString(),
                 QStringLiteral("Walk round the block"));
        QCOMPARE(prompt.data(PromptListModel::ActionPageRole).toString(), QStringLiteral("selfcare"));
        QVERIFY(prompt.data(PromptListModel::ReasonRole)
                    .toString()
                    .contains(QStringLiteral("averaged 3.0 this week")));

        // Being shown is remembered once a day, however often the page is refreshed.
        overview.refresh();
        auto events = m_env->session->promptEvents().since(m_env->today());
        QCOMPARE(events.size(), std::size_t(1));
        QCOMPARE(events.front().kind, PromptEventKind::Shown);

        QCOMPARE(prompts->open(0), QStringLiteral("selfcare"));
        QVERIFY(prompts->notForMe(0, PromptListModel::ForRuleDays));
        // The card stays in its place as a note of what was done.
        QCOMPARE(prompts->rowCount(), 1);
        QVERIFY(prompts->index(0).data(PromptListModel::SetAsideRole).toBool());
        events = m_env->session->promptEvents().since(m_env->today());
        QCOMPARE(events.back().kind, PromptEventKind::Dismissed);
        QVERIFY(events.back().quietUntil.has_value());
        QVERIFY(*events.back().quietUntil > m_env->today() + days(7));

        // A new page (say, the next launch) does not bring it back.
        InsightsOverview again(*m_env->session);
        QCOMPARE(again.prompts()->rowCount(), 0);
    }

    void acuteDistressIsSurfacedAtOnceAndOnlyThere() {
        InsightsOverview acute(*m_env->session);
        acute.setImmediateOnly(true);
        QCOMPARE(acute.prompts()->rowCount(), 0);
        // Mood 0 with feeling numb or disconnected at 4, the other stress questions at 0.
        m_env->saveCheckin(m_env->today(), {{"mood", 0},
                                            {"numb", 4},
                                            {"intrusion", 0},
                                            {"avoid_reminders", 0},
                                            {"avoid_work_tasks", 0},
                                            {"on_edge", 0}});
        QCOMPARE(acute.prompts()->rowCount(), 1);
        const auto prompt = acute.prompts()->index(0);
        QVERIFY(prompt.data(PromptListModel::AcuteRole).toBool());
        QCOMPARE(prompt.data(PromptListModel::KindRole).toString(), QStringLiteral("crisis"));
        QCOMPARE(prompt.data(PromptListModel::ActionPageRole).toString(), QStringLiteral("support"));

        // "Not now" hides it for the rest of the day.
        QVERIFY(acute.prompts()->snooze(0));
        QCOMPARE(acute.prompts()->rowCount(), 0);
    }

    void anImmediateOnlyOverviewFromQmlNotesOnlyThosePromptsAsShown() {
        saveHardWeekAfterCalmWeeks();
        (void)m_env->session->plan().addFromLibrary("walk_between_visits", "Walk", m_env->today() - days(60));
        // As QML creates it: constructed, properties set (the session before or after the others), then
        // complete.
        SessionHandle handle(*m_env->session);
        for (const bool sessionFirst : {true, false}) {
            InsightsOverview acute;
            acute.classBegin();
            if (sessionFirst)
                acute.setSessionHandle(&handle);
            acute.setImmediateOnly(true);
            if (!sessionFirst)
                acute.setSessionHandle(&handle);
            QVERIFY(!acute.attached());
            QCOMPARE(acute.prompts()->rowCount(), 0);
            acute.componentComplete();
            QVERIFY(acute.attached());
            QCOMPARE(acute.prompts()->rowCount(), 0);
        }
        // The self-care prompt that exists today was never on screen, so it was not noted as shown.
        QVERIFY(m_env->session->promptEvents().since(m_env->today()).empty());
        InsightsOverview all(*m_env->session);
        QCOMPARE(all.prompts()->rowCount(), 1);
        QCOMPARE(m_env->session->promptEvents().since(m_env->today()).size(), std::size_t(1));
    }

    void whatIsGoingWellStandsBesideWhatWeighsMore() {
        // Two weeks of good days: wellbeing 75 (mood, energy, sleep at 3), compassion satisfaction 75, and
        // burnout 75 (exhaustion and distance at 3): in the high range.
        for (int back = 13; back >= 0; --back)
            m_env->saveCheckin(m_env->today() - days(back), {{"mood", 3},
                                                             {"energy", 3},
                                                             {"sleep", 3},
                                                             {"made_difference", 3},
                                                             {"supported", 3},
                                                             {"exhaustion", 3},
                                                             {"distance", 3}});
        InsightsOverview overview(*m_env->session);
        QCOMPARE(overview.strengths(),
                 (QStringList{QStringLiteral("Your wellbeing is in the good range this week: 75 out of 100."),
                              QStringLiteral("What went well is holding up: your compassion satisfaction is "
                                             "75, in the good range.")}));
        QCOMPARE(overview.strains(),
                 QStringList{QStringLiteral("Burnout is in the high range this week: 75 out of 100.")});
        QVERIFY(overview.strengthsEmptyText().isEmpty());
        QVERIFY(overview.strainsEmptyText().isEmpty());
    }

    void eachSideSaysWhatItWillShow() {
        InsightsOverview overview(*m_env->session);
        QVERIFY(overview.strengths().isEmpty() && overview.strains().isEmpty());
        QVERIFY(overview.strengthsEmptyText().startsWith(QStringLiteral("As your check-ins build up")));
        QVERIFY(overview.strainsEmptyText().startsWith(QStringLiteral("Once there are enough check-ins")));
        for (int back = 2; back >= 0; --back)
            m_env->saveCheckin(m_env->today() - days(back), {{"exhaustion", 1}, {"distance", 1}});
        QVERIFY(overview.strains().isEmpty());
        QCOMPARE(overview.strainsEmptyText(),
                 QStringLiteral("None of the numbers below is in its harder range this week."));
    }

    void restTextIsGentle() {
        m_env->saveCheckin(m_env->today() - days(9), {{"mood", 3}}, true);
        m_env->saveCheckin(m_env->today(), {{"mood", 3}});
        InsightsOverview overview(*m_env->session);
        QCOMPARE(overview.restText(),
                 QStringLiteral("Your last day of real rest was 9 days ago, on Wednesday 18 November. Since "
                                "then you have checked in on 1 working day. Days without a check-in are not "
                                "counted."));
    }
};

QTEST_MAIN(TestInsightsOverview)
#include "tst_insightsoverview.moc"
