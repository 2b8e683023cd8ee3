#include "app/sessionhandle.h"
#include "followup/momentfollowupcontroller.h"
#include "insights/insightsoverview.h"
#include "settings/momentrecheck.h"
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

constexpr std::string_view northside = R"({
    "format": "tend.org-profile",
    "version": 1,
    "organisation": "Northside Community Services",
    "crisis_lines": [{"name": "Staff crisis line", "phone": "+44 20 7946 0000"}],
    "employee_assistance": {"name": "Staff support service", "phone": "0800 123 456"},
    "supervisor": {"name": "Sam Rivera", "email": "sam.rivera@northside.example"},
    "peer_support": [
        {"name": "TRiM practitioners", "phone": "0800 555 0134",
         "note": "Trained colleagues who check in with you after a traumatic incident."}
    ]
})";

QString contactName(const ContactsModel& contacts, int row) {
    return contacts.index(row).data(ContactsModel::NameRole).toString();
}

} // namespace

class TestMomentFollowUpController final : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TestSession> m_env;

    AppSession& session() { return *m_env->session; }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init() { m_env = std::make_unique<test::TestSession>(); }
    void cleanup() { m_env.reset(); }

    void aVeryHardMomentGetsGroundingAndTheCardOnReactions() {
        MomentFollowUpController followUp(session());
        QAbstractItemModelTester tester(followUp.contacts(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(followUp.heading(), QStringLiteral("After a very hard moment"));
        QVERIFY(followUp.intro().startsWith(QStringLiteral("Some things that may help")));

        QSignalSpy changed(&followUp, &MomentFollowUpController::changed);
        m_env->addHardMoment(m_env->today(), 3);
        QVERIFY(changed.count() >= 1);
        QVERIFY(followUp.intro().startsWith(QStringLiteral("That sounded very hard.")));
        // The grounding card in full, to read there and then: permission to stop first, then the steps.
        QVERIFY(followUp.hasGrounding());
        QCOMPARE(followUp.groundingTitle(),
                 QStringLiteral("Grounding: a few minutes to come back to the present"));
        QVERIFY(followUp.groundingParagraphs().size() >= 6);
        QVERIFY(followUp.groundingParagraphs().front().contains(QStringLiteral("stop at any point")));
        // The card on what is common afterwards, to open.
        QVERIFY(followUp.hasReactionsCard());
        QCOMPARE(followUp.reactionsTitle(), QStringLiteral("After a critical incident"));
        QVERIFY(followUp.reactionsSummary().contains(QStringLiteral("common")));
        QVERIFY(!followUp.reactionsParagraphs().isEmpty());
        // It records nothing: nothing of it can be pushed a second time by being looked at.
        QVERIFY(session().promptEvents().since(m_env->today()).empty());
    }

    void theBuiltInProfileNamesNobodyToTalkTo() {
        MomentFollowUpController followUp(session());
        QVERIFY(!followUp.hasContacts());
        QCOMPARE(followUp.contacts()->rowCount(), 0);
        QVERIFY(followUp.contactsText().startsWith(
            QStringLiteral("Your organisation profile doesn't name anyone")));
    }

    void theOrganisationsPeerSupportSupervisorAndServiceCanBeReached() {
        MomentFollowUpController followUp(session());
        (void)session().orgProfile().importProfile(northside);
        // The import is a settings change: the page follows it.
        QVERIFY(followUp.hasContacts());
        const auto& contacts = *followUp.contacts();
        QCOMPARE(contacts.rowCount(), 3);
        QCOMPARE(contactName(contacts, 0), QStringLiteral("TRiM practitioners"));
        QCOMPARE(contacts.index(0).data(ContactsModel::CallUrlRole).toString(),
                 QStringLiteral("tel:08005550134"));
        QCOMPARE(contactName(contacts, 1), QStringLiteral("Sam Rivera"));
        QCOMPARE(contacts.index(1).data(ContactsModel::NoteRole).toString(),
                 QStringLiteral("Your supervisor, for a debrief if and when you want one."));
        QCOMPARE(contacts.index(1).data(ContactsModel::EmailUrlRole).toString(),
                 QStringLiteral("mailto:sam.rivera@northside.example"));
        QCOMPARE(contactName(contacts, 2), QStringLiteral("Staff support service"));
        QVERIFY(followUp.contactsText().contains(QStringLiteral("You decide whether to talk")));
    }

    void aReCheckInTwoDaysCanBeAskedForAndCancelled() {
        MomentFollowUpController followUp(session());
        QVERIFY(!followUp.recheckAsked());
        QVERIFY(followUp.recheckText().contains(QStringLiteral("in two days")));
        QVERIFY(followUp.askForRecheck());
        QCOMPARE(MomentRecheck(session().settings()).dueOn(), std::optional<date>(date(2026, 11, 29)));
        QVERIFY(followUp.recheckAsked());
        QCOMPARE(followUp.recheckText(),
                 QStringLiteral("Tend will ask how you are on Sunday 29 November, when you open the app."));
        QVERIFY(followUp.errorText().isEmpty());

        QVERIFY(followUp.cancelRecheck());
        QVERIFY(!MomentRecheck(session().settings()).dueOn());
        QVERIFY(!followUp.recheckAsked());
    }

    // On the day it falls due the re-check is a suggestion on Today that opens this page again, which then
    // speaks of the check-in rather than of a moment today.
    void onTheDayOfTheReCheckThePageChecksIn() {
        {
            MomentFollowUpController followUp(session());
            QVERIFY(followUp.askForRecheck());
        }
        m_env->clock.set(boost::posix_time::ptime(date(2026, 11, 29), boost::posix_time::hours(9)));
        InsightsOverview today(session());
        today.setImmediateOnly(true);
        QCOMPARE(today.prompts()->rowCount(), 1);
        QCOMPARE(today.prompts()->index(0).data(PromptListModel::RuleIdRole).toString(),
                 QStringLiteral("recheck_after_hard_moment"));
        QCOMPARE(today.prompts()->open(0), QStringLiteral("followup"));
        MomentFollowUpController followUp(session());
        QCOMPARE(followUp.heading(), QStringLiteral("Checking in, as you asked"));
        QCOMPARE(followUp.recheckText(), QStringLiteral("Tend is checking in with you now, as you asked."));
        QVERIFY(followUp.recheckAsked());
    }

    // The follow-up is offered on Today as a suggestion; creating the Today list does not open anything.
    void todayOffersTheFollowUpAfterAVeryHardMomentOnly() {
        InsightsOverview today(session());
        today.setImmediateOnly(true);
        m_env->addHardMoment(m_env->today(), 2);
        QCOMPARE(today.prompts()->rowCount(), 0);
        m_env->addHardMoment(m_env->today(), 3);
        QCOMPARE(today.prompts()->rowCount(), 1);
        const auto prompt = today.prompts()->index(0);
        QCOMPARE(prompt.data(PromptListModel::RuleIdRole).toString(),
                 QStringLiteral("followup_intense_moment"));
        QCOMPARE(prompt.data(PromptListModel::ActionLabelRole).toString(),
                 QStringLiteral("What might help now"));
        QCOMPARE(prompt.data(PromptListModel::ActionPageRole).toString(), QStringLiteral("followup"));
    }

    void fromQmlItWaitsForTheSession() {
        SessionHandle handle(session());
        MomentFollowUpController followUp;
        followUp.classBegin();
        followUp.setSessionHandle(&handle);
        QVERIFY(!followUp.askForRecheck());
        QVERIFY(!followUp.hasGrounding());
        followUp.componentComplete();
        QVERIFY(followUp.hasGrounding());
        QVERIFY(followUp.askForRecheck());
    }
};

QTEST_MAIN(TestMomentFollowUpController)
#include "tst_momentfollowupcontroller.moc"
