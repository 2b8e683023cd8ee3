#include "content/orgprofile.h"
#include "content/orgprofilestore.h"
#include "datafiletesting.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/settingsrepository.h"
#include "testkey.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

using nlohmann::json;
using tend::DataFileError;
using tend::OrgProfileStore;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;
using tend::test::readTestData;

// No raw strings holding quotes and "//" here: moc reads those as comments and then finds no class.
namespace {

// A profile using every field.
json fullProfile() {
    return json::parse(readTestData(QStringLiteral("org/full.json")).toStdString());
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(fullProfile(), change);
}

} // namespace

class TestOrgProfile final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void parsesTheShippedDefault() {
        const auto profile =
            tend::parseOrgProfile(readAsset(QStringLiteral("org/default.json")).toStdString());
        QVERIFY(!profile.hasOrganisation());
        QVERIFY(profile.organisation.empty());
        // The emergency number comes from the table of countries (Support shows it first), so the default
        // profile holds only the international directory, and no line that claims to be staffed.
        QCOMPARE(profile.crisisLines.size(), std::size_t(1));
        QCOMPARE(profile.crisisLines[0].url, std::string("https://findahelpline.com"));
        QVERIFY(profile.crisisLines[0].phone.empty());
        QVERIFY(profile.crisisLines[0].sms.empty());
        QVERIFY(!profile.employeeAssistance);
        QVERIFY(!profile.supervisor);
        // No organisation, so no peer support either: the default never offers support that is not there.
        QVERIFY(profile.peerSupport.empty());
        QVERIFY(profile.hubUrl.empty());
        QVERIFY(profile.instrumentPacks.empty());
    }

    void parsesAFullProfile() {
        const auto profile = tend::parseOrgProfile(fullProfile().dump());
        QCOMPARE(profile.version, 4);
        QVERIFY(profile.hasOrganisation());
        QCOMPARE(profile.organisation, std::string("Northside Community Services"));
        QCOMPARE(profile.crisisLines.size(), std::size_t(3));
        const auto& line = profile.crisisLines[0];
        QCOMPARE(line.name, std::string("Staff crisis line"));
        QCOMPARE(line.phone, std::string("+44 (0)20 7946-0000"));
        QCOMPARE(line.sms, std::string("85258"));
        QCOMPARE(line.url, std::string("https://crisis.example.org/chat"));
        QCOMPARE(line.hours, std::string("24 hours, every day"));
        QCOMPARE(line.note, std::string("Free and confidential."));
        QCOMPARE(profile.crisisLines[1].sms, std::string("741741"));
        QVERIFY(profile.crisisLines[1].phone.empty());
        QCOMPARE(profile.crisisLines[2].url, std::string("tel:+1 555 0100"));

        QVERIFY(profile.employeeAssistance);
        QCOMPARE(profile.employeeAssistance->name, std::string("Staff support service"));
        QCOMPARE(profile.employeeAssistance->phone, std::string("0800 123 456"));
        QCOMPARE(profile.employeeAssistance->email, std::string("help@eap.example.org"));
        QCOMPARE(profile.employeeAssistance->url, std::string("https://eap.example.org"));
        QCOMPARE(profile.employeeAssistance->hours, std::string("Weekdays 8-20"));
        QCOMPARE(profile.employeeAssistance->note, std::string("Up to six free sessions."));
        QVERIFY(profile.supervisor);
        QCOMPARE(profile.supervisor->name, std::string("Sam Rivera"));
        QCOMPARE(profile.supervisor->phone, std::string("555-0199"));
        QCOMPARE(profile.supervisor->email, std::string("sam.rivera@northside.example"));
        QCOMPARE(profile.hubUrl, std::string("https://hub.northside.example:8443/tend"));

        QCOMPARE(profile.peerSupport.size(), std::size_t(3));
        const auto& trim = profile.peerSupport[0];
        QCOMPARE(trim.name, std::string("TRiM practitioners"));
        QCOMPARE(trim.phone, std::string("0800 555 0134"));
        QCOMPARE(trim.email, std::string("trim@northside.example"));
        QCOMPARE(trim.url, std::string("https://intranet.northside.example/trim"));
        QCOMPARE(trim.hours, std::string("Weekdays 9-17"));
        QVERIFY(trim.note.starts_with("Trained colleagues"));
        QCOMPARE(profile.peerSupport[1].name, std::string("Chaplaincy"));
        QCOMPARE(profile.peerSupport[1].url, std::string("tel:+44 20 7946 0999"));
        QVERIFY(profile.peerSupport[1].phone.empty());
        QVERIFY(profile.peerSupport[2].note.starts_with("Ask the duty manager"));

        QCOMPARE(profile.instrumentPacks.size(), std::size_t(2));
        QCOMPARE(profile.instrumentPacks[0].id, std::string("five_items_times_four"));
        QCOMPARE(profile.instrumentPacks[1].id, std::string("two_pairs_and_total"));
    }

    void acceptsLocalHttpHubsForTesting_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("localhost") << "http://localhost:8080";
        QTest::newRow("localhost with path") << "http://localhost/hub";
        QTest::newRow("loopback") << "http://127.0.0.1:9000/";
        QTest::newRow("https") << "https://hub.example.org";
    }
    void acceptsLocalHttpHubsForTesting() {
        QFETCH(QString, url);
        const auto profile = tend::parseOrgProfile(
            variant([&](json& d) { d["hub"]["url"] = url.toStdString(); }).toStdString());
        QCOMPARE(QString::fromStdString(profile.hubUrl), url);
    }

    void acceptsContactLinks_data() {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << "https://example.org/help?topic=staff#top";
        QTest::newRow("tel") << "tel:+49 30 1234567";
        QTest::newRow("mailto") << "mailto:care@example.org";
    }
    void acceptsContactLinks() {
        QFETCH(QString, url);
        const auto profile = tend::parseOrgProfile(
            variant([&](json& d) { d["employee_assistance"]["url"] = url.toStdString(); }).toStdString());
        QCOMPARE(QString::fromStdString(profile.employeeAssistance->url), url);
    }

    void rejectsBadProfiles_data() {
        addBadFileColumns();
        badFile("not JSON", "{\"format\": ", "", "not valid JSON");
        badFile("wrong format", variant([](json& d) { d["format"] = "tend.checkin-definition"; }), "format",
                R"(expected "tend.org-profile", found "tend.checkin-definition")");
        badFile("unknown top-level key", variant([](json& d) { d["crisis_line"] = json::array(); }),
                "crisis_line",
                R"(unknown key "crisis_line"; allowed keys are format, version, organisation, crisis_lines, )"
                "employee_assistance, supervisor, hub, instrument_packs, peer_support");
        badFile("empty organisation", variant([](json& d) { d["organisation"] = ""; }), "organisation",
                "must not be empty");
        badFile("missing crisis lines", variant([](json& d) { d.erase("crisis_lines"); }), "crisis_lines",
                "required but missing");
        badFile("no crisis lines", variant([](json& d) { d["crisis_lines"] = json::array(); }),
                "crisis_lines", "must list at least one entry");
        badFile("unknown crisis line key", variant([](json& d) { d["crisis_lines"][1]["text"] = "741741"; }),
                "crisis_lines[1].text",
                R"(unknown key "text"; allowed keys are name, phone, sms, url, hours, note)");
        badFile("crisis line without a way to reach it", variant([](json& d) {
                    d["crisis_lines"][1] = json{{"name", "Text line"}, {"hours", "Always"}};
                }),
                "crisis_lines[1]",
                R"(give at least one way to reach "Text line": a phone, sms or url, or a note)");
        badFile("phone with letters", variant([](json& d) { d["crisis_lines"][0]["phone"] = "0800-HELP"; }),
                "crisis_lines[0].phone",
                R"(invalid phone number "0800-HELP"; use only digits, spaces, +, - and parentheses)");
        badFile("phone too short", variant([](json& d) { d["crisis_lines"][0]["phone"] = "12"; }),
                "crisis_lines[0].phone", "a phone number has 3 to 32 characters, found 2");
        badFile("phone too long",
                variant([](json& d) { d["crisis_lines"][0]["phone"] = std::string(33, '1'); }),
                "crisis_lines[0].phone", "too long (33 characters); at most 32");
        badFile("phone plus in the middle", variant([](json& d) { d["supervisor"]["phone"] = "555+0199"; }),
                "supervisor.phone", "+ may only come first");
        badFile("phone without enough digits",
                variant([](json& d) { d["crisis_lines"][0]["sms"] = "(1) -"; }), "crisis_lines[0].sms",
                "it needs at least 3 digits");
        badFile("phone a number", variant([](json& d) { d["employee_assistance"]["phone"] = 112; }),
                "employee_assistance.phone", "expected a string, found a number");
        badFile("http url",
                variant([](json& d) { d["crisis_lines"][0]["url"] = "http://crisis.example.org"; }),
                "crisis_lines[0].url",
                "expected an https://, tel: or mailto: address, found \"http://crisis.example.org\"");
        badFile("javascript url",
                variant([](json& d) { d["crisis_lines"][0]["url"] = "javascript:alert(1)"; }),
                "crisis_lines[0].url", "expected an https://, tel: or mailto: address");
        badFile("url without host",
                variant([](json& d) { d["employee_assistance"]["url"] = "https:///path"; }),
                "employee_assistance.url", "invalid web address \"https:///path\"");
        badFile("url with user info",
                variant([](json& d) { d["employee_assistance"]["url"] = "https://eap@evil.example"; }),
                "employee_assistance.url", "invalid web address");
        badFile("url with a space",
                variant([](json& d) { d["crisis_lines"][0]["url"] = "https://example.org/a b"; }),
                "crisis_lines[0].url", "invalid web address");
        badFile("tel url with letters",
                variant([](json& d) { d["crisis_lines"][2]["url"] = "tel:CALL-NOW"; }), "crisis_lines[2].url",
                R"(invalid phone number "CALL-NOW")");
        badFile("mailto without domain",
                variant([](json& d) { d["crisis_lines"][2]["url"] = "mailto:someone"; }),
                "crisis_lines[2].url", R"(invalid email address "someone")");
        badFile("email without at", variant([](json& d) { d["supervisor"]["email"] = "sam.rivera"; }),
                "supervisor.email",
                R"(invalid email address "sam.rivera"; expected something like name@example.org)");
        badFile("email with space",
                variant([](json& d) { d["employee_assistance"]["email"] = "help @eap.example.org"; }),
                "employee_assistance.email", "invalid email address");
        badFile("email two ats", variant([](json& d) { d["supervisor"]["email"] = "a@b@example.org"; }),
                "supervisor.email", "invalid email address");
        badFile("email dot at end", variant([](json& d) { d["supervisor"]["email"] = "a@example."; }),
                "supervisor.email", "invalid email address");
        badFile("assistance without name", variant([](json& d) { d["employee_assistance"].erase("name"); }),
                "employee_assistance.name", "required but missing");
        badFile("assistance not an object", variant([](json& d) { d["employee_assistance"] = "call HR"; }),
                "employee_assistance", "expected an object, found a string");
        badFile("supervisor unknown key", variant([](json& d) { d["supervisor"]["mobile"] = "555"; }),
                "supervisor.mobile", R"(unknown key "mobile"; allowed keys are name, phone, email)");
        badFile("note too long",
                variant([](json& d) { d["crisis_lines"][0]["note"] = std::string(401, 'n'); }),
                "crisis_lines[0].note", "too long (401 characters); at most 400");
        badFile("name too long", variant([](json& d) { d["supervisor"]["name"] = std::string(101, 'n'); }),
                "supervisor.name", "too long (101 characters); at most 100");
        badFile("http hub", variant([](json& d) { d["hub"]["url"] = "http://hub.example.org"; }), "hub.url",
                "expected an https:// address (http:// only for localhost or 127.0.0.1), found "
                "\"http://hub.example.org\"");
        badFile("http hub disguised as localhost",
                variant([](json& d) { d["hub"]["url"] = "http://localhost.evil.example/"; }), "hub.url",
                "expected an https:// address (http:// only for localhost or 127.0.0.1)");
        badFile("http hub with user info",
                variant([](json& d) { d["hub"]["url"] = "http://localhost@evil.example"; }), "hub.url",
                "invalid web address");
        badFile("hub bad port", variant([](json& d) { d["hub"]["url"] = "https://hub.example.org:port"; }),
                "hub.url", "invalid web address");
        badFile("hub tel", variant([](json& d) { d["hub"]["url"] = "tel:112"; }), "hub.url",
                "expected an https:// address");
        badFile("hub as string", variant([](json& d) { d["hub"] = "https://hub.example.org"; }), "hub",
                "expected an object, found a string");
        badFile("hub unknown key", variant([](json& d) { d["hub"]["token"] = "secret"; }), "hub.token",
                R"(unknown key "token"; allowed keys are url)");
        badFile("packs not an array", variant([](json& d) { d["instrument_packs"] = json::object(); }),
                "instrument_packs", "expected an array, found an object");
        badFile("pack not an object", variant([](json& d) { d["instrument_packs"][1] = "who5.json"; }),
                "instrument_packs[1]", "expected a JSON object, found a string");
        badFile("pack with a bad item",
                variant([](json& d) { d["instrument_packs"][0]["items"][2]["id"] = "Item 3"; }),
                "instrument_packs[0].items[2].id", "invalid id");
        badFile("duplicate pack ids",
                variant([](json& d) { d["instrument_packs"][1]["id"] = d["instrument_packs"][0]["id"]; }),
                "instrument_packs[1].id", "duplicate pack id");
        badFile("peer support without an organisation", variant([](json& d) { d.erase("organisation"); }),
                "peer_support", "peer support belongs to an organisation; name it in \"organisation\"");
        badFile("peer support not an array",
                variant([](json& d) { d["peer_support"] = d["peer_support"][0]; }), "peer_support",
                "expected an array, found an object");
        badFile("peer support empty", variant([](json& d) { d["peer_support"] = json::array(); }),
                "peer_support", "must list at least one entry");
        badFile("too many peer supporters", variant([](json& d) {
                    for (int i = 0; i < 18; ++i)
                        d["peer_support"].push_back(d["peer_support"][1]);
                }),
                "peer_support", "too many entries (21); at most 20");
        badFile("peer supporter not an object", variant([](json& d) { d["peer_support"][1] = "Chaplaincy"; }),
                "peer_support[1]", "expected an object, found a string");
        badFile("peer supporter without name", variant([](json& d) { d["peer_support"][0].erase("name"); }),
                "peer_support[0].name", "required but missing");
        badFile("peer supporter unknown key", variant([](json& d) { d["peer_support"][2]["role"] = "TRiM"; }),
                "peer_support[2].role",
                "unknown key \"role\"; allowed keys are name, phone, email, url, hours, note");
        badFile("peer supporter without a way to reach them", variant([](json& d) {
                    d["peer_support"][2] = json{{"name", "Peer supporters"}, {"hours", "Always"}};
                }),
                "peer_support[2]",
                "give at least one way to reach \"Peer supporters\": a phone, email or url, or a note saying "
                "how");
        badFile("peer supporter bad phone",
                variant([](json& d) { d["peer_support"][0]["phone"] = "TRIM-LINE"; }),
                "peer_support[0].phone", "invalid phone number");
        badFile("peer supporter bad email", variant([](json& d) { d["peer_support"][0]["email"] = "trim"; }),
                "peer_support[0].email", "invalid email address");
        badFile("peer supporter http url",
                variant([](json& d) { d["peer_support"][0]["url"] = "http://intranet.northside.example"; }),
                "peer_support[0].url", "expected an https://, tel: or mailto: address");
        badFile("peer supporter note too long",
                variant([](json& d) { d["peer_support"][2]["note"] = std::string(401, 'n'); }),
                "peer_support[2].note", "too long (401 characters); at most 400");
        badFile("too large", QByteArray(1024 * 1024 + 1, ' '), "",
                "too large (1048577 bytes); at most 1048576");
    }
    void rejectsBadProfiles() { tend::test::verifyBadFileRejected(tend::parseOrgProfile); }

    void storeFallsBackToTheDefaultAndImportsValidatedProfiles() {
        auto db = tend::Database::open(m_dir.filePath(QStringLiteral("store.db")).toStdString(),
                                       tend::test::testKey());
        tend::migrate(db);
        tend::SettingsRepository settings(db);
        OrgProfileStore store(settings, readAsset(QStringLiteral("org/default.json")).toStdString());

        auto loaded = store.load();
        QVERIFY(!loaded.imported);
        QVERIFY(loaded.storedProblem.empty());
        QVERIFY(!loaded.profile.hasOrganisation());
        QCOMPARE(loaded.profile.crisisLines.at(0).url, std::string("https://findahelpline.com"));

        const auto full = fullProfile().dump();
        const auto imported = store.importProfile(full);
        QCOMPARE(imported.organisation, std::string("Northside Community Services"));
        QCOMPARE(settings.value(OrgProfileStore::settingsKey), std::optional<std::string>(full));
        loaded = store.load();
        QVERIFY(loaded.imported);
        QCOMPARE(loaded.profile.organisation, std::string("Northside Community Services"));
        QCOMPARE(loaded.profile.instrumentPacks.size(), std::size_t(2));

        // A bad file changes nothing: the previous import stays, byte for byte.
        int notifications = 0;
        const auto counting = settings.changes().subscribe([&] { ++notifications; });
        const auto bad = variant([](json& d) { d["hub"]["url"] = "http://hub.example.org"; }).toStdString();
        try {
            static_cast<void>(store.importProfile(bad));
            QFAIL("imported a bad profile");
        } catch (const DataFileError& error) {
            QCOMPARE(error.path(), std::string("hub.url"));
        }
        QVERIFY_THROWS_EXCEPTION(DataFileError, static_cast<void>(store.importProfile("not json")));
        QCOMPARE(notifications, 0);
        QCOMPARE(settings.value(OrgProfileStore::settingsKey), std::optional<std::string>(full));
        QCOMPARE(store.load().profile.organisation, std::string("Northside Community Services"));

        store.resetToDefault();
        QVERIFY(!settings.value(OrgProfileStore::settingsKey));
        QVERIFY(!store.load().imported);
        QVERIFY(!store.load().profile.hasOrganisation());
    }

    void storeReportsAnUnreadableStoredProfileAndKeepsIt() {
        auto db = tend::Database::open(m_dir.filePath(QStringLiteral("damaged.db")).toStdString(),
                                       tend::test::testKey());
        tend::migrate(db);
        tend::SettingsRepository settings(db);
        settings.setValue(OrgProfileStore::settingsKey, R"({"format": "tend.org-profile", "version": 1})");
        OrgProfileStore store(settings, readAsset(QStringLiteral("org/default.json")).toStdString());

        const auto loaded = store.load();
        QVERIFY(!loaded.imported);
        QCOMPARE(loaded.storedProblem, std::string("crisis_lines: required but missing"));
        QCOMPARE(loaded.profile.crisisLines.size(), std::size_t(1));
        QVERIFY(settings.value(OrgProfileStore::settingsKey).has_value());
    }

    void storeRefusesAnInvalidDefault() {
        auto db = tend::Database::open(m_dir.filePath(QStringLiteral("default.db")).toStdString(),
                                       tend::test::testKey());
        tend::migrate(db);
        tend::SettingsRepository settings(db);
        OrgProfileStore store(settings, "{}");
        QVERIFY_THROWS_EXCEPTION(DataFileError, static_cast<void>(store.load()));
    }
};

QTEST_GUILESS_MAIN(TestOrgProfile)
#include "tst_orgprofile.moc"
