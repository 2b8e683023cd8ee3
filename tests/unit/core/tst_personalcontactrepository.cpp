#include "storage/database.h"
#include "storage/invalidpersonalcontact.h"
#include "storage/personalcontactrepository.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QTest>

#include <optional>

using tend::ContactField;
using tend::ContactIssue;
using tend::Database;
using tend::InvalidPersonalContact;
using tend::PersonalContact;
using tend::PersonalContactKind;
using tend::PersonalContactRepository;
using tend::StorageError;

namespace {

PersonalContact contact(const char* name, const char* phone = "020 7946 0000",
                        PersonalContactKind kind = PersonalContactKind::TrustedPerson) {
    PersonalContact result;
    result.kind = kind;
    result.name = name;
    result.phone = phone;
    return result;
}

QStringList namesOf(const std::vector<PersonalContact>& contacts) {
    QStringList names;
    for (const auto& item : contacts)
        names << QString::fromStdString(item.name);
    return names;
}

QList<int> positionsOf(const std::vector<PersonalContact>& contacts) {
    QList<int> positions;
    for (const auto& item : contacts)
        positions << item.position;
    return positions;
}

} // namespace

class TestPersonalContactRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<PersonalContactRepository> m_contacts;
    int m_notifications = 0;
    tend::Subscription m_counting;

    std::vector<std::int64_t> addThree() {
        std::vector<std::int64_t> ids;
        for (const auto* name : {"A", "B", "C"})
            ids.push_back(m_contacts->add(contact(name)).id);
        return ids;
    }

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_contacts, m_notifications, m_counting); }

    void cleanup() {
        m_counting.reset();
        m_contacts.reset();
        m_db.reset();
    }

    void addsAtTheEndAndTellsListeners() {
        auto gp = contact("  Dr Okafor ", " +44 20 7946 0123 ", PersonalContactKind::Gp);
        gp.sms = "07700 900123";
        gp.url = "surgery.example.org/book";
        gp.note = " Weekdays ";
        gp.position = 7; // ignored: a new contact goes last
        const auto added = m_contacts->add(gp);
        QCOMPARE(added.id, std::int64_t(1));
        QCOMPARE(added.position, 0);
        QCOMPARE(m_notifications, 1);
        // Stored as a person would mean it: trimmed, and the link made a secure web address.
        QCOMPARE(added.name, std::string("Dr Okafor"));
        QCOMPARE(added.phone, std::string("+44 20 7946 0123"));
        QCOMPARE(added.url, std::string("https://surgery.example.org/book"));
        QCOMPARE(added.note, std::string("Weekdays"));
        QCOMPARE(added.kind, PersonalContactKind::Gp);
        QCOMPARE(*m_contacts->find(added.id), added);

        const auto second = m_contacts->add(contact("Sam"));
        QCOMPARE(second.position, 1);
        QCOMPARE(namesOf(m_contacts->all()), (QStringList{"Dr Okafor", "Sam"}));
    }

    void refusesAContactItCannotStoreAndChangesNothing() {
        m_contacts->add(contact("Kept"));
        m_notifications = 0;
        try {
            static_cast<void>(m_contacts->add(contact(" ", "")));
            QFAIL("stored a contact without a name or a way to reach it");
        } catch (const InvalidPersonalContact& error) {
            const std::vector<tend::PersonalContactProblem> expected{
                {ContactField::Name, ContactIssue::Missing},
                {ContactField::WayToReach, ContactIssue::Missing}};
            QCOMPARE(error.problems(), expected);
        }
        QVERIFY_THROWS_EXCEPTION(InvalidPersonalContact, m_contacts->add(contact("Bad", "0800-HELP")));
        QCOMPARE(m_contacts->all().size(), std::size_t(1));
        QCOMPARE(m_notifications, 0);
    }

    void updatesInPlace() {
        const auto ids = addThree();
        m_notifications = 0;
        auto changed = *m_contacts->find(ids[1]);
        changed.name = "Bea";
        changed.kind = PersonalContactKind::Therapist;
        changed.phone.clear();
        changed.sms = "85258";
        m_contacts->update(changed);
        QCOMPARE(m_notifications, 1);
        const auto stored = *m_contacts->find(ids[1]);
        QCOMPARE(stored.name, std::string("Bea"));
        QCOMPARE(stored.kind, PersonalContactKind::Therapist);
        QVERIFY(stored.phone.empty());
        QCOMPARE(stored.sms, std::string("85258"));
        QCOMPARE(stored.position, 1);
        // Saving it unchanged stores nothing and says nothing.
        m_contacts->update(stored);
        QCOMPARE(m_notifications, 1);
        changed.id = 99;
        QVERIFY_THROWS_EXCEPTION(StorageError, m_contacts->update(changed));
        changed.id = ids[0];
        changed.phone = "12";
        changed.sms.clear();
        QVERIFY_THROWS_EXCEPTION(InvalidPersonalContact, m_contacts->update(changed));
        QCOMPARE(m_contacts->find(ids[0])->name, std::string("A"));
    }

    void movesAndKeepsPositionsDense() {
        const auto ids = addThree();
        m_notifications = 0;
        m_contacts->move(ids[2], 0);
        QCOMPARE(namesOf(m_contacts->all()), (QStringList{"C", "A", "B"}));
        QCOMPARE(positionsOf(m_contacts->all()), (QList<int>{0, 1, 2}));
        m_contacts->move(ids[2], 50); // clamped to the end
        QCOMPARE(namesOf(m_contacts->all()), (QStringList{"A", "B", "C"}));
        QCOMPARE(m_notifications, 2);
        m_contacts->move(ids[2], 2); // already there
        QCOMPARE(m_notifications, 2);
        QVERIFY_THROWS_EXCEPTION(StorageError, m_contacts->move(99, 0));
    }

    void removesAndClosesTheGap() {
        const auto ids = addThree();
        m_notifications = 0;
        m_contacts->remove(ids[0]);
        QCOMPARE(namesOf(m_contacts->all()), (QStringList{"B", "C"}));
        QCOMPARE(positionsOf(m_contacts->all()), (QList<int>{0, 1}));
        QCOMPARE(m_notifications, 1);
        QVERIFY(!m_contacts->find(ids[0]));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_contacts->remove(ids[0]));
        // A new contact after a removal gets a new id, never the removed one's.
        QCOMPARE(m_contacts->add(contact("D")).id, std::int64_t(4));
    }

    void replacesTheWholeListWithItsIds() {
        addThree();
        m_notifications = 0;
        auto first = contact("Z");
        first.id = 12;
        auto second = contact("Y");
        second.id = 5;
        m_contacts->replaceAll({first, second});
        const auto all = m_contacts->all();
        QCOMPARE(namesOf(all), (QStringList{"Z", "Y"}));
        QCOMPARE(all[0].id, std::int64_t(12));
        QCOMPARE(all[1].id, std::int64_t(5));
        QCOMPARE(positionsOf(all), (QList<int>{0, 1}));
        QCOMPARE(m_notifications, 1);
        // One bad contact, or two with one id, and the stored list stays as it was.
        auto bad = contact("X", "");
        bad.id = 1;
        QVERIFY_THROWS_EXCEPTION(InvalidPersonalContact, m_contacts->replaceAll({first, bad}));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_contacts->replaceAll({first, first}));
        QCOMPARE(namesOf(m_contacts->all()), (QStringList{"Z", "Y"}));
    }

    void keepsAtMostTheLimit() {
        for (std::size_t i = 0; i < PersonalContactRepository::maxContacts; ++i)
            static_cast<void>(m_contacts->add(contact("Someone")));
        QVERIFY_THROWS_EXCEPTION(StorageError, m_contacts->add(contact("One too many")));
        QCOMPARE(m_contacts->all().size(), PersonalContactRepository::maxContacts);
    }

    void refusesARowItDidNotWrite() {
        m_db->execute(
            "INSERT INTO personal_contacts (kind, name, phone, position) VALUES ('gp', 'A', '112', 0)");
        m_db->execute("PRAGMA ignore_check_constraints = ON");
        m_db->execute("UPDATE personal_contacts SET kind = 'doctor'");
        m_db->execute("PRAGMA ignore_check_constraints = OFF");
        QVERIFY_THROWS_EXCEPTION(StorageError, static_cast<void>(m_contacts->all()));
    }
};

QTEST_GUILESS_MAIN(TestPersonalContactRepository)
#include "tst_personalcontactrepository.moc"
