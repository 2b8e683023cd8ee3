#include "domain/personalcontactcheck.h"

#include <QTest>

using tend::ContactField;
using tend::ContactIssue;
using tend::PersonalContact;
using tend::PersonalContactProblem;

Q_DECLARE_METATYPE(std::vector<PersonalContactProblem>)

namespace {

PersonalContact withPhone(const std::string& phone) {
    PersonalContact contact;
    contact.name = "Someone";
    contact.phone = phone;
    return contact;
}

} // namespace

class TestPersonalContactCheck final : public QObject {
    Q_OBJECT

private slots:
    void kindsHaveStableKeys() {
        for (const auto kind : tend::allPersonalContactKinds)
            QCOMPARE(tend::personalContactKindFromKey(tend::personalContactKindKey(kind)),
                     std::optional(kind));
        QCOMPARE(tend::personalContactKindKey(tend::PersonalContactKind::PeerSupporter),
                 std::string_view("peer_supporter"));
        QVERIFY(!tend::personalContactKindFromKey("GP"));
        QVERIFY(!tend::personalContactKindFromKey(""));
    }

    void phoneNumbers_data() {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("issue"); // -1: fine
        QTest::newRow("plain") << "112" << -1;
        QTest::newRow("international") << "+44 (0)20 7946-0000" << -1;
        QTest::newRow("letters") << "0800-HELP" << int(ContactIssue::PhoneCharacters);
        QTest::newRow("a dot") << "020.7946" << int(ContactIssue::PhoneCharacters);
        QTest::newRow("too short") << "12" << int(ContactIssue::PhoneLength);
        QTest::newRow("too long") << QString(33, QLatin1Char('1')) << int(ContactIssue::PhoneLength);
        QTest::newRow("plus later") << "0044+20" << int(ContactIssue::PhonePlus);
        QTest::newRow("too few digits") << "(1) -2" << int(ContactIssue::PhoneDigits);
    }

    void phoneNumbers() {
        QFETCH(QString, phone);
        QFETCH(int, issue);
        const auto problems = tend::personalContactProblems(withPhone(phone.toStdString()));
        if (issue < 0) {
            QVERIFY(problems.empty());
            return;
        }
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0], (PersonalContactProblem{ContactField::Phone, ContactIssue(issue)}));
        // The text number follows the same rules.
        auto texting = withPhone("");
        texting.sms = phone.toStdString();
        QCOMPARE(tend::personalContactProblems(texting)[0],
                 (PersonalContactProblem{ContactField::Sms, ContactIssue(issue)}));
    }

    void webLinks_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<int>("issue");
        QTest::newRow("secure") << "https://example.org/a?b=c"
                                << "https://example.org/a?b=c" << -1;
        QTest::newRow("no scheme") << " www.example.org "
                                   << "https://www.example.org" << -1;
        QTest::newRow("with a port") << "https://example.org:8443/x"
                                     << "https://example.org:8443/x" << -1;
        QTest::newRow("plain http") << "http://example.org"
                                    << "http://example.org" << int(ContactIssue::NotHttps);
        QTest::newRow("other scheme") << "ftp://example.org"
                                      << "ftp://example.org" << int(ContactIssue::NotHttps);
        QTest::newRow("no dot") << "localhost"
                                << "https://localhost" << int(ContactIssue::BadAddress);
        QTest::newRow("user info") << "https://me@elsewhere.org"
                                   << "https://me@elsewhere.org" << int(ContactIssue::BadAddress);
        QTest::newRow("space inside") << "example.org/a b"
                                      << "https://example.org/a b" << int(ContactIssue::BadAddress);
    }

    void webLinks() {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(int, issue);
        PersonalContact contact;
        contact.name = "Helpline";
        contact.url = typed.toStdString();
        const auto normalised = tend::normalisedPersonalContact(contact);
        QCOMPARE(QString::fromStdString(normalised.url), stored);
        const auto problems = tend::personalContactProblems(normalised);
        if (issue < 0) {
            QVERIFY(problems.empty());
        } else {
            QCOMPARE(problems.size(), std::size_t(1));
            QCOMPARE(problems[0], (PersonalContactProblem{ContactField::Url, ContactIssue(issue)}));
        }
    }

    void namesAndNotes() {
        PersonalContact contact = withPhone("112");
        contact.name = std::string(80, 'a');
        QVERIFY(tend::personalContactProblems(contact).empty());
        contact.name = std::string(81, 'a');
        QCOMPARE(tend::personalContactProblems(contact)[0],
                 (PersonalContactProblem{ContactField::Name, ContactIssue::TooLong}));
        // Characters, not bytes: 80 letters of Hebrew are fine.
        contact.name.clear();
        for (int i = 0; i < 80; ++i)
            contact.name += "\xd7\xa9";
        QVERIFY(tend::personalContactProblems(contact).empty());
        contact.name = "Two\nlines";
        QCOMPARE(tend::personalContactProblems(contact)[0],
                 (PersonalContactProblem{ContactField::Name, ContactIssue::NotOneLine}));
        contact.name = "Sam";
        contact.note = std::string(201, 'n');
        QCOMPARE(tend::personalContactProblems(contact)[0],
                 (PersonalContactProblem{ContactField::Note, ContactIssue::TooLong}));
    }

    void everyProblemAtOnceInTheEditorsOrder() {
        PersonalContact contact;
        contact.note = "a\tb";
        const std::vector<PersonalContactProblem> expected{{ContactField::Name, ContactIssue::Missing},
                                                           {ContactField::Note, ContactIssue::NotOneLine},
                                                           {ContactField::WayToReach, ContactIssue::Missing}};
        QCOMPARE(tend::personalContactProblems(contact), expected);
        QCOMPARE(tend::describeContactProblem(expected[2]),
                 std::string("a contact needs at least one way to reach it: a phone, sms or url"));
    }

    void sameContactMeansKindNameAndNumbers() {
        PersonalContact a = withPhone("112");
        a.id = 1;
        a.note = "mine";
        a.position = 3;
        PersonalContact b = withPhone("112");
        b.id = 9;
        QVERIFY(a.sameContactAs(b)); // id, note and place do not count
        b.url = "https://example.org";
        QVERIFY(a.sameContactAs(b)); // nor does the web link: the numbers make the person
        b.sms = "85258";
        QVERIFY(!a.sameContactAs(b));
        b.sms.clear();
        b.kind = tend::PersonalContactKind::Gp;
        QVERIFY(!a.sameContactAs(b));
    }
};

QTEST_GUILESS_MAIN(TestPersonalContactCheck)
#include "tst_personalcontactcheck.moc"
