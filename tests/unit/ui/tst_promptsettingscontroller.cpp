#include "insights/insightsoverview.h"
#include "insights/promptsettingscontroller.h"
#include "settings/promptkindssetting.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using boost::gregorian::days;

namespace {

QVariant kindRole(PromptSettingsController& settings, int row, int role) {
    return settings.kinds()->index(row).data(role);
}

} // namespace

class TestPromptSettingsController final : public QObject {
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

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init() { m_env = std::make_unique<test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void everyKindButCrisisHasASwitchThatIsOnAtFirst() {
        PromptSettingsController settings(session());
        QAbstractItemModelTester tester(settings.kinds(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(settings.kinds()->rowCount(), 5);
        QStringList keys;
        for (int row = 0; row < 5; ++row) {
            keys << kindRole(settings, row, PromptKindsModel::KeyRole).toString();
            QVERIFY(kindRole(settings, row, PromptKindsModel::SwitchedOnRole).toBool());
            QVERIFY(!kindRole(settings, row, PromptKindsModel::DescriptionRole).toString().isEmpty());
        }
        QCOMPARE(keys, (QStringList{"self_care", "micro_action", "moment_follow_up", "talk_to_supervisor",
                                    "professional_support"}));
        QCOMPARE(kindRole(settings, 3, PromptKindsModel::LabelRole).toString(),
                 QStringLiteral("Talking with a supervisor"));
        // The follow-up after a very hard moment has a switch of its own; small steps no longer speak of it.
        QCOMPARE(kindRole(settings, 2, PromptKindsModel::LabelRole).toString(),
                 QStringLiteral("After a very hard moment"));
        QVERIFY(kindRole(settings, 2, PromptKindsModel::DescriptionRole)
                    .toString()
                    .contains(QStringLiteral("a day or two later")));
        QVERIFY(!kindRole(settings, 1, PromptKindsModel::DescriptionRole)
                     .toString()
                     .contains(QStringLiteral("hard moment")));
        QVERIFY(settings.crisisNote().startsWith(QStringLiteral("Crisis support can't be turned off.")));
    }

    void aKindTurnedOffIsStoredAndItsPromptsStop() {
        saveHardWeekAfterCalmWeeks();
        InsightsOverview overview(session());
        QCOMPARE(overview.prompts()->rowCount(), 1);
        PromptSettingsController settings(session());
        QSignalSpy changes(settings.kinds(), &QAbstractItemModel::dataChanged);
        QVERIFY(settings.setKindEnabled(QStringLiteral("self_care"), false));
        QCOMPARE(PromptKindsSetting(session().settings()).disabledKinds(),
                 std::set<PromptKind>{PromptKind::SelfCare});
        QVERIFY(!kindRole(settings, 0, PromptKindsModel::SwitchedOnRole).toBool());
        QVERIFY(changes.count() >= 1);
        QCOMPARE(settings.statusText(),
                 QStringLiteral("Turned off: Self-care ideas. You can turn it on again here at any time."));
        // The Insights page follows the setting at once.
        QCOMPARE(overview.prompts()->rowCount(), 0);

        QVERIFY(settings.setKindEnabled(QStringLiteral("self_care"), true));
        QVERIFY(PromptKindsSetting(session().settings()).disabledKinds().empty());
        QCOMPARE(overview.prompts()->rowCount(), 1);
    }

    void crisisSupportCannotBeTurnedOff() {
        PromptSettingsController settings(session());
        QVERIFY(!settings.setKindEnabled(QStringLiteral("crisis"), false));
        QVERIFY(!settings.setKindEnabled(QStringLiteral("no_such_kind"), false));
        QCOMPARE(settings.errorText(), QStringLiteral("Crisis support can't be turned off."));
        QVERIFY(PromptKindsSetting(session().settings()).disabledKinds().empty());
    }

    void promptsSetAsideForGoodAreListedAndCanBeAllowedAgain() {
        saveHardWeekAfterCalmWeeks();
        PromptSettingsController settings(session());
        QAbstractItemModelTester tester(settings.setAside(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!settings.hasSetAside());
        QVERIFY(settings.setAsideEmptyText().startsWith(QStringLiteral("Nothing is set aside for good.")));

        {
            InsightsOverview overview(session());
            QVERIFY(overview.prompts()->notForMe(0, PromptListModel::ForAMonth));
        }
        QVERIFY2(!settings.hasSetAside(), "only what was set aside for good is listed");
        m_env->clock.set(boost::posix_time::ptime(m_env->today() + days(40), boost::posix_time::hours(9)));
        {
            // Forty days on, the prompt is back (the hard week continues) and is set aside for good.
            for (int back = 39; back >= 0; --back)
                m_env->saveCheckin(m_env->today() - days(back), {{"mood", 3},
                                                                 {"on_edge", back < 7 ? 3 : 1},
                                                                 {"intrusion", 0},
                                                                 {"avoid_reminders", 0},
                                                                 {"avoid_work_tasks", 0},
                                                                 {"numb", 0}});
            InsightsOverview overview(session());
            QCOMPARE(overview.prompts()->rowCount(), 1);
            QVERIFY(overview.prompts()->notForMe(0, PromptListModel::Never));
        }
        // The list follows the history at once.
        QVERIFY(settings.hasSetAside());
        QVERIFY(settings.setAsideEmptyText().isEmpty());
        QCOMPARE(settings.setAside()->rowCount(), 1);
        const auto entry = settings.setAside()->index(0);
        QCOMPARE(entry.data(SetAsidePromptsModel::TitleRole).toString(),
                 QStringLiteral("Something from your own plan"));
        QCOMPARE(entry.data(SetAsidePromptsModel::DetailRole).toString(),
                 QStringLiteral(
                     "Self-care ideas · About “tense or easily startled” · Set aside on 6 January 2027"));

        QVERIFY(settings.allowAgain(0));
        QVERIFY(!settings.hasSetAside());
        QCOMPARE(settings.statusText(),
                 QStringLiteral("“Something from your own plan” can appear again when it fits."));
        QVERIFY(session().promptEvents().history(m_env->today()).neverAgain().empty());
        InsightsOverview overview(session());
        QCOMPARE(overview.prompts()->rowCount(), 1);
        QVERIFY(!settings.allowAgain(0));
    }
};

QTEST_MAIN(TestPromptSettingsController)
#include "tst_promptsettingscontroller.moc"
