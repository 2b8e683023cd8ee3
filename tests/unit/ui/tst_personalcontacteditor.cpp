#include "storage/personalcontactrepository.h"
#include "support/personalcontacteditor.h"
#include "testsession.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::PersonalContact;
using tend::PersonalContactKind;
using tend::ui::PersonalContactEditor;

class TestPersonalContactEditor final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<PersonalContactEditor> m_editor;

    tend::PersonalContactRepository& stored() { return m_env->session->personalContacts(); }

    void fill(const char* name, const char* phone, const char* sms = "", const char* url = "") {
        m_editor->setName(QString::fromUtf8(name));
        m_editor->setPhone(QString::fromUtf8(phone));
        m_editor->setSms(QString::fromUtf8(sms));
        m_editor->setUrl(QString::fromUtf8(url));
    }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_editor = std::make_unique<PersonalContactEditor>(*m_env->session);
    }

    void cleanup() {
        m_editor.reset();
        m_env.reset();
    }

    void offersTheKindsInOrder() {
        QCOMPARE(m_editor->kindLabels(),
                 (QStringList{"GP", "Therapist", "Peer supporter", "Trusted person", "Helpline", "Other"}));
        QVERIFY(!m_editor->editing());
        QVERIFY(!m_editor->hasContacts());
        QVERIFY(m_editor->canAdd());
        QVERIFY(m_editor->listHint().contains(QStringLiteral("lock screen")));
    }

    void addsAContact() {
        QVERIFY(m_editor->startNew());
        QVERIFY(m_editor->editing());
        QVERIFY(m_editor->isNew());
        QCOMPARE(m_editor->editorTitle(), QStringLiteral("Add a contact"));
        m_editor->setKindIndex(0);
        fill(" Dr Okafor ", "+44 (0)20 7946 0123", "", "surgery.example.org");
        m_editor->setNote(QStringLiteral("Weekdays"));
        // Nothing is said about the fields before the worker tries to save.
        QVERIFY(m_editor->nameError().isEmpty());
        QSignalSpy listChanged(m_editor.get(), &PersonalContactEditor::listChanged);
        QVERIFY(m_editor->save());
        QVERIFY(!m_editor->editing());
        QCOMPARE(m_editor->confirmation(),
                 QStringLiteral("Saved. Dr Okafor is on your Support page and on the lock screen."));
        QCOMPARE(listChanged.count(), 1);
        QVERIFY(m_editor->hasContacts());
        const auto all = stored().all();
        QCOMPARE(all.size(), std::size_t(1));
        QCOMPARE(all[0].kind, PersonalContactKind::Gp);
        QCOMPARE(all[0].name, std::string("Dr Okafor"));
        QCOMPARE(all[0].url, std::string("https://surgery.example.org"));
        QCOMPARE(all[0].note, std::string("Weekdays"));
    }

    void saysWhatEachFieldNeeds() {
        QVERIFY(m_editor->startNew());
        QVERIFY(!m_editor->save());
        QCOMPARE(m_editor->nameError(), QStringLiteral("Please give the contact a name."));
        QCOMPARE(m_editor->reachError(),
                 QStringLiteral("Add at least one way to reach them: a phone number, a number for text "
                                "messages or a web link."));
        QVERIFY(m_editor->phoneError().isEmpty());
        QVERIFY(stored().all().empty());
        QVERIFY(m_editor->editing()); // nothing typed is lost

        // The messages follow the typing once shown.
        QSignalSpy fields(m_editor.get(), &PersonalContactEditor::fieldsChanged);
        fill("Sam", "0800-HELP", "07700+900", "http://example.org");
        QVERIFY(fields.count() >= 1);
        QVERIFY(m_editor->nameError().isEmpty());
        QVERIFY(m_editor->reachError().isEmpty());
        QCOMPARE(m_editor->phoneError(),
                 QStringLiteral(
                     "A phone number can have digits, spaces, +, - and parentheses, and nothing else."));
        QCOMPARE(m_editor->smsError(), QStringLiteral("A + can only come at the start of a phone number."));
        QCOMPARE(m_editor->urlError(),
                 QStringLiteral("Tend opens only secure web links, which start with https://."));
        m_editor->setPhone(QStringLiteral("12"));
        QCOMPARE(m_editor->phoneError(), QStringLiteral("A phone number has 3 to 32 characters."));
        m_editor->setNote(QString(201, QLatin1Char('n')));
        QCOMPARE(m_editor->noteError(), QStringLiteral("This is too long: at most 200 characters."));
        QVERIFY(!m_editor->save());

        fill("Sam", "07700 900123");
        m_editor->setNote(QString());
        QVERIFY(m_editor->phoneError().isEmpty());
        QVERIFY(m_editor->save());
        QCOMPARE(stored().all().size(), std::size_t(1));
    }

    void changesAContactInPlace() {
        const auto first = stored().add({0, PersonalContactKind::Therapist, "Alex", "0161 496 0000"});
        static_cast<void>(stored().add({0, PersonalContactKind::Other, "Bea", "112"}));
        QVERIFY(!m_editor->startEdit(999));
        QVERIFY(!m_editor->editing());
        QVERIFY(m_editor->startEdit(first.id));
        QVERIFY(!m_editor->isNew());
        QCOMPARE(m_editor->editorTitle(), QStringLiteral("Change Alex"));
        QCOMPARE(m_editor->kindIndex(), 1);
        QCOMPARE(m_editor->name(), QStringLiteral("Alex"));
        QCOMPARE(m_editor->phone(), QStringLiteral("0161 496 0000"));
        m_editor->setKindIndex(3);
        m_editor->setSms(QStringLiteral("07700 900456"));
        QVERIFY(m_editor->save());
        const auto changed = *stored().find(first.id);
        QCOMPARE(changed.kind, PersonalContactKind::TrustedPerson);
        QCOMPARE(changed.sms, std::string("07700 900456"));
        QCOMPARE(changed.position, 0);
        QCOMPARE(stored().all().size(), std::size_t(2));
    }

    void cancellingStoresNothing() {
        const auto first = stored().add({0, PersonalContactKind::Gp, "Dr Okafor", "112"});
        QVERIFY(m_editor->startEdit(first.id));
        m_editor->setName(QStringLiteral("Someone else"));
        m_editor->cancel();
        QVERIFY(!m_editor->editing());
        QCOMPARE(stored().find(first.id)->name, std::string("Dr Okafor"));
        QVERIFY(m_editor->nameError().isEmpty());
    }

    void removingAsksFirst() {
        const auto first = stored().add({0, PersonalContactKind::Gp, "Dr Okafor", "112"});
        QVERIFY(m_editor->startNew());
        m_editor->askRemove(); // a new contact has nothing to remove
        QVERIFY(!m_editor->confirmingRemove());
        QVERIFY(m_editor->startEdit(first.id));
        QVERIFY(!m_editor->confirmRemove()); // not asked yet
        m_editor->askRemove();
        QVERIFY(m_editor->confirmingRemove());
        QCOMPARE(m_editor->removeQuestion(),
                 QStringLiteral(
                     "Remove Dr Okafor from your contacts? Tend keeps no other copy of these details."));
        m_editor->cancelRemove();
        QVERIFY(!m_editor->confirmingRemove());
        QCOMPARE(stored().all().size(), std::size_t(1));
        m_editor->askRemove();
        QVERIFY(m_editor->confirmRemove());
        QVERIFY(stored().all().empty());
        QVERIFY(!m_editor->editing());
        QCOMPARE(m_editor->confirmation(), QStringLiteral("Dr Okafor was removed from your contacts."));
        QVERIFY(!m_editor->hasContacts());
    }

    void ordersContacts() {
        const auto a = stored().add({0, PersonalContactKind::Other, "A", "112"});
        const auto b = stored().add({0, PersonalContactKind::Other, "B", "112"});
        const auto c = stored().add({0, PersonalContactKind::Other, "C", "112"});
        QVERIFY(!m_editor->moveUp(a.id));   // already first
        QVERIFY(!m_editor->moveDown(c.id)); // already last
        QVERIFY(m_editor->moveUp(c.id));
        QVERIFY(m_editor->moveUp(c.id));
        QVERIFY(m_editor->moveDown(a.id));
        const auto all = stored().all();
        QCOMPARE(all[0].id, c.id);
        QCOMPARE(all[1].id, b.id);
        QCOMPARE(all[2].id, a.id);
        QVERIFY(!m_editor->moveUp(999));
    }

    void stopsAtTheLimit() {
        for (std::size_t i = 0; i < tend::PersonalContactRepository::maxContacts; ++i)
            static_cast<void>(stored().add({0, PersonalContactKind::Other, "Someone", "112"}));
        QVERIFY(!m_editor->canAdd());
        QVERIFY(!m_editor->startNew());
        QVERIFY(!m_editor->editing());
        QCOMPARE(m_editor->listHint(),
                 QStringLiteral("You have 100 contacts, as many as Tend keeps. Remove one to add another."));
    }
};

QTEST_GUILESS_MAIN(TestPersonalContactEditor)
#include "tst_personalcontacteditor.moc"
