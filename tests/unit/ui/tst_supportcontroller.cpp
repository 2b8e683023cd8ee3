#include "support/contactsmodel.h"
#include "support/supportcontroller.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QFile>
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
        m_support = std::make_unique<SupportController>(session());
        for (auto* model : {m_support->crisisLines(), m_support->assistance(), m_support->supervisor()})
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
        QCOMPARE(lines->rowCount(), 2);
        // Emergency services: no number Tend could know, so a note and no buttons.
        QCOMPARE(at(lines, 0, ContactsModel::NameRole).toString(), QStringLiteral("Emergency services"));
        QVERIFY(at(lines, 0, ContactsModel::NoteRole).toString().contains(QStringLiteral("112")));
        QVERIFY(at(lines, 0, ContactsModel::CallUrlRole).toUrl().isEmpty());
        QVERIFY(at(lines, 0, ContactsModel::WebUrlRole).toUrl().isEmpty());
        QVERIFY(!at(lines, 0, ContactsModel::HasActionsRole).toBool());
        // The international directory opens in the browser.
        QCOMPARE(at(lines, 1, ContactsModel::WebUrlRole).toUrl(),
                 QUrl(QStringLiteral("https://findahelpline.com")));
        QVERIFY(at(lines, 1, ContactsModel::CallUrlRole).toUrl().isEmpty());
        QVERIFY(at(lines, 1, ContactsModel::TextUrlRole).toUrl().isEmpty());
        QVERIFY(at(lines, 1, ContactsModel::HasActionsRole).toBool());
        QVERIFY(!m_support->hasAssistance());
        QVERIFY(!m_support->hasSupervisor());
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

        session().orgProfile().resetToDefault();
        QVERIFY(!m_support->hasOrganisation());
        QCOMPARE(m_support->crisisLines()->rowCount(), 2);
        QVERIFY(!m_support->hasAssistance());
    }

    void anUnreadableStoredProfileIsNamedCalmly() {
        // What a stricter later version would find: stored text that no longer passes the check.
        session().settings().setValue(tend::OrgProfileStore::settingsKey,
                                      "{\"format\": \"tend.org-profile\"}");
        QVERIFY(!m_support->profileNotice().isEmpty());
        QCOMPARE(m_support->crisisLines()->rowCount(), 2); // the built-in lines still show
    }
};

QTEST_GUILESS_MAIN(TestSupportController)
#include "tst_supportcontroller.moc"
