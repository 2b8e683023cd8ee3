#include "settings/emergencycountrysetting.h"
#include "support/contactsmodel.h"
#include "support/supportcontroller.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::ContactsModel;
using tend::ui::SupportController;

namespace {

QByteArray fullProfile() {
    QFile file(QStringLiteral(TEND_TEST_DATA_DIR "/org/full.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read full.json");
    return file.readAll();
}

QVariant at(ContactsModel* model, int row, int role) {
    return model->index(row).data(role);
}

// Words that promise a person is waiting to answer: true only of a staffed line the worker or their
// organisation configured, which the shipped default does not hold.
const QStringList promisesOfAListener{
    QStringLiteral("ready to listen"), QStringLiteral("day or night"), QStringLiteral("24/7"),
    QStringLiteral("24 hours"),        QStringLiteral("right now"),    QStringLiteral("someone is there"),
    QStringLiteral("people are"),      QStringLiteral("helpline"),     QStringLiteral("will answer"),
};

QString promiseIn(const QString& text) {
    for (const auto& words : promisesOfAListener)
        if (text.contains(words, Qt::CaseInsensitive))
            return words;
    return {};
}

} // namespace

class TestSupportController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<SupportController> m_support;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    tend::ui::AppSession& session() { return *m_env->session; }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        // The machine's own region must not decide what these tests see.
        session().setDeviceRegion(QString());
        m_support = std::make_unique<SupportController>(session());
        for (auto* model : {m_support->emergency(), m_support->crisisLines(), m_support->personalContacts(),
                            m_support->peerSupport(), m_support->assistance(), m_support->supervisor()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    void cleanup() {
        m_testers.clear();
        m_support.reset();
        m_env.reset();
    }

    void theDefaultProfileStillHelps() {
        QVERIFY(!m_support->hasOrganisation());
        QCOMPARE(m_support->organisationText(), QStringLiteral("No organisation profile yet"));
        QVERIFY(m_support->organisationHint().contains(QStringLiteral("Settings")));
        QVERIFY(m_support->profileNotice().isEmpty());
        auto* lines = m_support->crisisLines();
        QCOMPARE(lines->rowCount(), 1);
        // The international directory opens in the browser, and says that it needs a connection.
        QCOMPARE(at(lines, 0, ContactsModel::WebUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://findahelpline.com")));
        QVERIFY(at(lines, 0, ContactsModel::CallUrlRole).toUrl().isEmpty());
        QVERIFY(at(lines, 0, ContactsModel::TextUrlRole).toUrl().isEmpty());
        QVERIFY(at(lines, 0, ContactsModel::HasActionsRole).toBool());
        QCOMPARE(at(lines, 0, ContactsModel::OfflineNoteRole).toString(),
                 QStringLiteral("This needs an internet connection."));
        QVERIFY(!m_support->hasAssistance());
        QVERIFY(!m_support->hasSupervisor());
        QVERIFY(!m_support->hasPeerSupport());
        QVERIFY(!m_support->hasPersonalContacts());
        // No region and no choice: no number is invented, and the worker is told plainly what to do.
        QVERIFY(!m_support->hasEmergencyNumber());
        QCOMPARE(m_support->emergency()->rowCount(), 0);
        QCOMPARE(m_support->emergencyText(),
                 QStringLiteral("Tend doesn't know which country you are in. If you or someone else is in "
                                "danger, call your local emergency number."));
        QCOMPARE(m_support->summaryText(),
                 QStringLiteral("Emergency number: not known to Tend, so call your local emergency number.\n"
                                "Crisis lines: Find a crisis line near you (needs an internet connection).\n"
                                "Your own contacts: none added yet."));
    }

    void theDevicesRegionGivesItsNumberFirst() {
        session().setDeviceRegion(QStringLiteral("US"));
        m_support->reload();
        QVERIFY(m_support->hasEmergencyNumber());
        auto* emergency = m_support->emergency();
        QCOMPARE(emergency->rowCount(), 1);
        QCOMPARE(at(emergency, 0, ContactsModel::NameRole).toString(),
                 QStringLiteral("Emergency services, United States"));
        QCOMPARE(at(emergency, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:911")));
        QCOMPARE(at(emergency, 0, ContactsModel::DetailRole).toString(),
                 QStringLiteral("911 · reaches police, ambulance and fire"));
        QCOMPARE(at(emergency, 0, ContactsModel::CallLabelRole).toString(),
                 QStringLiteral("Call Emergency services, United States"));
        // A call needs no internet, so nothing warns about a connection.
        QVERIFY(at(emergency, 0, ContactsModel::OfflineNoteRole).toString().isEmpty());
        QCOMPARE(m_support->emergencyText(),
                 QStringLiteral("United States: in an emergency, call 911. A call works without internet."));
        QVERIFY(m_support->emergencyHint().contains(QStringLiteral("this device's region")));
        QVERIFY(m_support->summaryText().startsWith(
            QStringLiteral("Your emergency number: 911 (United States).\n")));
    }

    void aGeneralNumberNamesTheOthers() {
        session().setDeviceRegion(QStringLiteral("at"));
        m_support->reload();
        auto* emergency = m_support->emergency();
        QCOMPARE(emergency->rowCount(), 1);
        QCOMPARE(at(emergency, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:112")));
        QCOMPARE(at(emergency, 0, ContactsModel::NoteRole).toString(),
                 QStringLiteral("Other numbers: 133 for police, 144 for ambulance, 122 for fire."));
    }

    void theCountryChosenInSettingsWinsAtOnce() {
        session().setDeviceRegion(QStringLiteral("US"));
        QSignalSpy changed(m_support.get(), &SupportController::profileChanged);
        tend::EmergencyCountrySetting(session().settings()).chooseCountry("JP");
        QVERIFY(changed.count() >= 1);
        // Japan has no single number: each is offered with whom it reaches.
        auto* emergency = m_support->emergency();
        QCOMPARE(emergency->rowCount(), 2);
        QCOMPARE(at(emergency, 0, ContactsModel::NameRole).toString(), QStringLiteral("Police, Japan"));
        QCOMPARE(at(emergency, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:110")));
        QCOMPARE(at(emergency, 1, ContactsModel::NameRole).toString(),
                 QStringLiteral("Ambulance and fire, Japan"));
        QCOMPARE(at(emergency, 1, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:119")));
        QCOMPARE(m_support->emergencyText(),
                 QStringLiteral("Japan: in an emergency, call 110 or 119. A call works without internet."));
        QCOMPARE(m_support->emergencyHint(),
                 QStringLiteral("You chose Japan in Settings, where you can change it."));
        QVERIFY(
            m_support->summaryText().startsWith(QStringLiteral("Your emergency numbers: 110, 119 (Japan).")));
    }

    void aCountryNotInTheTableGetsNoInventedNumber_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("worker's country not listed") << QStringLiteral("US") << QStringLiteral("none");
        QTest::newRow("region not in the table") << QStringLiteral("AQ") << QString();
        QTest::newRow("chosen from an older table") << QStringLiteral("US") << QStringLiteral("ZZ");
    }

    void aCountryNotInTheTableGetsNoInventedNumber() {
        QFETCH(QString, region);
        QFETCH(QString, chosen);
        session().setDeviceRegion(region);
        if (!chosen.isEmpty())
            session().settings().setValue(tend::EmergencyCountrySetting::settingsKey, chosen.toStdString());
        m_support->reload();
        QVERIFY(!m_support->hasEmergencyNumber());
        QCOMPARE(m_support->emergency()->rowCount(), 0);
        QCOMPARE(m_support->emergencyText(),
                 QStringLiteral("Tend doesn't have the emergency number for your country. If you or someone "
                                "else is in danger, call your local emergency number."));
    }

    void theWorkersOwnContactsFollowEveryChange() {
        QSignalSpy changed(m_support.get(), &SupportController::profileChanged);
        auto& contacts = session().personalContacts();
        const auto gp = contacts.add(
            {0, tend::PersonalContactKind::Gp, "Dr Okafor", "+44 (0)20 7946 0123", "", "", "Weekdays"});
        static_cast<void>(contacts.add(
            {0, tend::PersonalContactKind::Helpline, "Shout", "", "85258", "https://giveusashout.org"}));
        QCOMPARE(changed.count(), 2);
        QVERIFY(m_support->hasPersonalContacts());
        auto* own = m_support->personalContacts();
        QCOMPARE(own->rowCount(), 2);
        QCOMPARE(at(own, 0, ContactsModel::NameRole).toString(), QStringLiteral("Dr Okafor"));
        QCOMPARE(at(own, 0, ContactsModel::DetailRole).toString(),
                 QStringLiteral("GP · +44 (0)20 7946 0123"));
        QCOMPARE(at(own, 0, ContactsModel::NoteRole).toString(), QStringLiteral("Weekdays"));
        QCOMPARE(at(own, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:+442079460123")));
        QCOMPARE(at(own, 0, ContactsModel::ContactIdRole).toDouble(), double(gp.id));
        QVERIFY(!at(own, 0, ContactsModel::CanMoveUpRole).toBool());
        QVERIFY(at(own, 0, ContactsModel::CanMoveDownRole).toBool());
        QCOMPARE(at(own, 1, ContactsModel::TextUrlRole).toUrl(), QUrl(QStringLiteral("sms:85258")));
        QCOMPARE(at(own, 1, ContactsModel::OfflineNoteRole).toString(),
                 QStringLiteral("Its website needs an internet connection; calls and texts do not."));
        QVERIFY(at(own, 1, ContactsModel::CanMoveUpRole).toBool());
        QVERIFY(!at(own, 1, ContactsModel::CanMoveDownRole).toBool());
        QVERIFY(m_support->summaryText().contains(QStringLiteral("Your own contacts: Dr Okafor, Shout.")));

        contacts.move(gp.id, 1);
        QCOMPARE(at(own, 0, ContactsModel::NameRole).toString(), QStringLiteral("Shout"));
        contacts.remove(gp.id);
        QCOMPARE(own->rowCount(), 1);
    }

    void aFullProfileShowsEveryWayToReachSomeone() {
        QSignalSpy changed(m_support.get(), &SupportController::profileChanged);
        const QByteArray text = fullProfile();
        (void)session().orgProfile().importProfile(
            std::string_view(text.constData(), std::size_t(text.size())));
        QVERIFY(changed.count() >= 1);

        QVERIFY(m_support->hasOrganisation());
        QCOMPARE(m_support->organisationText(), QStringLiteral("Contacts from Northside Community Services"));
        auto* lines = m_support->crisisLines();
        QCOMPARE(lines->rowCount(), 3);
        QCOMPARE(at(lines, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:+442079460000")));
        QCOMPARE(at(lines, 0, ContactsModel::TextUrlRole).toUrl(), QUrl(QStringLiteral("sms:85258")));
        QCOMPARE(at(lines, 0, ContactsModel::WebUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://crisis.example.org/chat")));
        QCOMPARE(
            at(lines, 0, ContactsModel::DetailRole).toString(),
            QStringLiteral("+44 (0)20 7946-0000 · text 85258 · crisis.example.org · 24 hours, every day"));
        QCOMPARE(at(lines, 0, ContactsModel::NoteRole).toString(), QStringLiteral("Free and confidential."));
        QCOMPARE(at(lines, 0, ContactsModel::CallLabelRole).toString(),
                 QStringLiteral("Call Staff crisis line"));
        // A text-only line offers only Text.
        QCOMPARE(at(lines, 1, ContactsModel::TextUrlRole).toUrl(), QUrl(QStringLiteral("sms:741741")));
        QVERIFY(at(lines, 1, ContactsModel::CallUrlRole).toUrl().isEmpty());
        // A tel: address becomes the Call button, not a web page.
        QCOMPARE(at(lines, 2, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:+15550100")));
        QVERIFY(at(lines, 2, ContactsModel::WebUrlRole).toUrl().isEmpty());

        QVERIFY(m_support->hasAssistance());
        auto* assistance = m_support->assistance();
        QCOMPARE(at(assistance, 0, ContactsModel::NameRole).toString(),
                 QStringLiteral("Staff support service"));
        QCOMPARE(at(assistance, 0, ContactsModel::CallUrlRole).toUrl(),
                 QUrl(QStringLiteral("tel:0800123456")));
        QCOMPARE(at(assistance, 0, ContactsModel::EmailUrlRole).toUrl(),
                 QUrl(QStringLiteral("mailto:help@eap.example.org")));
        QCOMPARE(at(assistance, 0, ContactsModel::WebUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://eap.example.org")));
        QCOMPARE(at(assistance, 0, ContactsModel::NoteRole).toString(),
                 QStringLiteral("Up to six free sessions."));

        QVERIFY(m_support->hasSupervisor());
        auto* supervisor = m_support->supervisor();
        QCOMPARE(at(supervisor, 0, ContactsModel::NameRole).toString(), QStringLiteral("Sam Rivera"));
        QCOMPARE(at(supervisor, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:5550199")));
        QCOMPARE(at(supervisor, 0, ContactsModel::EmailUrlRole).toUrl(),
                 QUrl(QStringLiteral("mailto:sam.rivera@northside.example")));

        // The organisation's peer support, under its own heading, in the profile's order.
        QVERIFY(m_support->hasPeerSupport());
        QCOMPARE(m_support->peerSupportHeading(),
                 QStringLiteral("Peer support at Northside Community Services"));
        auto* peers = m_support->peerSupport();
        QCOMPARE(peers->rowCount(), 3);
        QCOMPARE(at(peers, 0, ContactsModel::NameRole).toString(), QStringLiteral("TRiM practitioners"));
        QCOMPARE(at(peers, 0, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:08005550134")));
        QCOMPARE(at(peers, 1, ContactsModel::CallUrlRole).toUrl(), QUrl(QStringLiteral("tel:+442079460999")));
        QVERIFY(!at(peers, 2, ContactsModel::HasActionsRole).toBool());
        QCOMPARE(at(peers, 2, ContactsModel::NoteRole).toString(),
                 QStringLiteral("Ask the duty manager for the peer supporter on shift."));
        const QString summary = m_support->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("Crisis lines: Staff crisis line, Text line, Call us.")),
                 qPrintable(summary));
        QVERIFY(summary.contains(
            QStringLiteral("Peer support: TRiM practitioners, Chaplaincy, Peer supporters.")));
        QVERIFY(summary.contains(QStringLiteral("Employee assistance: Staff support service.")));
        QVERIFY(summary.contains(QStringLiteral("Your supervisor: Sam Rivera.")));

        session().orgProfile().resetToDefault();
        QVERIFY(!m_support->hasOrganisation());
        QCOMPARE(m_support->crisisLines()->rowCount(), 1);
        QVERIFY(!m_support->hasAssistance());
        QVERIFY(!m_support->hasPeerSupport());
    }

    // The crisis prompts shipped with Tend are shown whatever the profile holds, so they may only speak of
    // what is always there: Support, the emergency number (or the plain advice to call the local one) and
    // whatever contacts were added; never of a line that is staffed and waiting.
    void theCrisisPromptsPromiseOnlyWhatIsThere() {
        QFile file(QStringLiteral(":/tend/assets/prompts/rules.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto rules =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("rules")).toArray();
        int crisisRules = 0;
        for (const auto& value : rules) {
            const auto rule = value.toObject();
            if (rule.value(QStringLiteral("kind")).toString() != QStringLiteral("crisis") &&
                rule.value(QStringLiteral("action")).toString() != QStringLiteral("open_crisis"))
                continue;
            ++crisisRules;
            const QString id = rule.value(QStringLiteral("id")).toString();
            for (const char* field : {"title", "body", "reason"}) {
                const QString text = rule.value(QLatin1String(field)).toString();
                const QString promise = promiseIn(text);
                QVERIFY2(promise.isEmpty(), qPrintable(id + QStringLiteral(": \"") + promise +
                                                       QStringLiteral("\" in ") + QLatin1String(field)));
            }
            // What the body does promise is there: Support names emergency services in every case, and it
            // opens from the lock screen.
            const QString body = rule.value(QStringLiteral("body")).toString();
            QVERIFY2(body.contains(QStringLiteral("emergency services")), qPrintable(id));
            QVERIFY2(body.contains(QStringLiteral("lock screen")), qPrintable(id));
        }
        QCOMPARE(crisisRules, 2);
    }

    void supportPromisesNoListenerWithoutAConfiguredLine_data() {
        QTest::addColumn<QString>("region");
        QTest::newRow("no region") << QString();
        QTest::newRow("region in the table") << QStringLiteral("GB");
        QTest::newRow("region not in the table") << QStringLiteral("AQ");
    }

    void supportPromisesNoListenerWithoutAConfiguredLine() {
        QFETCH(QString, region);
        session().setDeviceRegion(region);
        m_support->reload();
        // Under the default profile with nothing added, every statement says only what is there.
        for (const QString& text : {m_support->summaryText(), m_support->emergencyText(),
                                    m_support->emergencyHint(), m_support->organisationText()}) {
            QVERIFY2(promiseIn(text).isEmpty(), qPrintable(text));
        }
        QVERIFY(m_support->summaryText().contains(QStringLiteral("Your own contacts: none added yet.")));
        QVERIFY(m_support->summaryText().contains(QStringLiteral("(needs an internet connection)")));
        QVERIFY(m_support->emergencyText().contains(QStringLiteral("emergency"), Qt::CaseInsensitive));
        // Where the numbers come from, and that they were not checked with each country, is said plainly.
        QVERIFY(m_support->emergencyTableNote().contains(QStringLiteral("have not been checked")));
        QVERIFY(
            m_support->emergencyTableNote().contains(QStringLiteral("make sure you know the right number")));
    }

    void anUnreadableStoredProfileIsNamedCalmly() {
        // What a stricter later version would find: stored text that no longer passes the check.
        session().settings().setValue(tend::OrgProfileStore::settingsKey,
                                      "{\"format\": \"tend.org-profile\"}");
        QVERIFY(!m_support->profileNotice().isEmpty());
        QCOMPARE(m_support->crisisLines()->rowCount(), 1); // the built-in line still shows
    }
};

QTEST_GUILESS_MAIN(TestSupportController)
#include "tst_supportcontroller.moc"
