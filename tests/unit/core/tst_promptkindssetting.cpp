#include "settings/promptkindssetting.h"
#include "storage/settingsrepository.h"
#include "testdatabases.h"

#include <QTest>

#include <stdexcept>

using tend::PromptKind;
using tend::PromptKindsSetting;

class TestPromptKindsSetting final : public QObject {
    Q_OBJECT

    tend::test::TestDatabases m_databases;

private slots:
    void nothingIsOffUntilChosen() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        QVERIFY(PromptKindsSetting(settings).disabledKinds().empty());
    }

    void turningKindsOffAndOnAgain() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        PromptKindsSetting kinds(settings);
        kinds.setEnabled(PromptKind::TalkToSupervisor, false);
        kinds.setEnabled(PromptKind::SelfCare, false);
        // Stored in escalating order, whatever the order they were turned off in.
        QCOMPARE(settings.value("prompt_kinds_off"),
                 std::optional<std::string>("self_care,talk_to_supervisor"));
        QCOMPARE(kinds.disabledKinds(),
                 (std::set<PromptKind>{PromptKind::SelfCare, PromptKind::TalkToSupervisor}));
        QVERIFY(!kinds.isEnabled(PromptKind::SelfCare));
        QVERIFY(kinds.isEnabled(PromptKind::MicroAction));
        kinds.setEnabled(PromptKind::SelfCare, true);
        kinds.setEnabled(PromptKind::TalkToSupervisor, true);
        QVERIFY(!settings.value("prompt_kinds_off"));
    }

    void crisisCannotBeTurnedOff() {
        auto db = m_databases.openMigrated();
        tend::SettingsRepository settings(db);
        PromptKindsSetting kinds(settings);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, kinds.setEnabled(PromptKind::Crisis, false));
        kinds.setEnabled(PromptKind::Crisis, true); // already on: nothing to do
        QVERIFY(!settings.value("prompt_kinds_off"));
        // A stored value naming crisis (not one Tend writes) turns nothing off.
        settings.setValue("prompt_kinds_off", "micro_action,crisis");
        QVERIFY(kinds.disabledKinds().empty());
    }

    void readsOnlyTheCanonicalText() {
        QCOMPARE(
            PromptKindsSetting::parse("micro_action,professional_support"),
            std::optional(std::set<PromptKind>{PromptKind::MicroAction, PromptKind::ProfessionalSupport}));
        // The follow-up after a very hard moment sits between small steps and supervision.
        QCOMPARE(PromptKindsSetting::text(
                     {PromptKind::TalkToSupervisor, PromptKind::MomentFollowUp, PromptKind::MicroAction}),
                 std::string("micro_action,moment_follow_up,talk_to_supervisor"));
        QCOMPARE(PromptKindsSetting::parse("moment_follow_up"),
                 std::optional(std::set<PromptKind>{PromptKind::MomentFollowUp}));
        for (const char* bad :
             {"", "crisis", "micro_action,micro_action", "professional_support,micro_action", "micro_action,",
              "nudge", "micro_action, self_care", "moment_follow_up,micro_action"})
            QVERIFY2(!PromptKindsSetting::parse(bad), bad);
    }
};

QTEST_GUILESS_MAIN(TestPromptKindsSetting)
#include "tst_promptkindssetting.moc"
