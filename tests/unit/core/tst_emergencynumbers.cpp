#include "content/emergencynumbers.h"

#include "datafiletesting.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <functional>
#include <set>
#include <string>

using nlohmann::json;
using tend::EmergencyService;
using tend::test::addBadFileColumns;
using tend::test::badFile;
using tend::test::readAsset;

namespace {

// Two countries: one general number with a note and a separate police number; and one number per service.
json validTable() {
    return json::parse(R"({
        "format": "tend.emergency-numbers",
        "version": 2,
        "source": "A test list.",
        "compiled_on": "2026-12-03",
        "note": "Check before use.",
        "countries": [
            {"code": "DE", "name": "Germany", "numbers": [
                {"dial": "112", "services": ["police", "ambulance", "fire"], "note": "Any emergency."},
                {"dial": "110", "services": ["police"]}]},
            {"code": "JP", "name": "Japan", "numbers": [
                {"dial": "110", "services": ["police"]},
                {"dial": "119", "services": ["fire", "ambulance"]}]}
        ]
    })");
}

QByteArray variant(const std::function<void(json&)>& change) {
    return tend::test::changed(validTable(), change);
}

tend::EmergencyNumbers shippedTable() {
    return tend::parseEmergencyNumbers(
        readAsset(QStringLiteral("support/emergency_numbers.json")).toStdString());
}

std::string generalDial(const tend::EmergencyNumbers& table, const char* code) {
    const auto* country = table.find(code);
    if (!country)
        return "(no country)";
    const auto* number = country->generalNumber();
    return number ? number->dial : "(none)";
}

std::set<std::string> dialsOf(const tend::EmergencyNumbers& table, const char* code) {
    std::set<std::string> dials;
    if (const auto* country = table.find(code))
        for (const auto& number : country->numbers)
            dials.insert(number.dial);
    return dials;
}

} // namespace

class TestEmergencyNumbers final : public QObject {
    Q_OBJECT

private slots:
    void parsesTheShippedTable() {
        const auto table = shippedTable();
        QCOMPARE(table.version, 1);
        QCOMPARE(table.compiledOn, boost::gregorian::date(2026, 12, 3));
        QVERIFY(table.source.find("List of emergency telephone numbers") != std::string::npos);
        QVERIFY(table.note.starts_with("A starting table"));
        QVERIFY2(table.countries.size() >= 60, qPrintable(QString::number(table.countries.size())));

        // Every member state of the European Union has 112 for any emergency.
        for (const char* code : {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "GR", "HU", "IE",
                                 "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "ES", "SE"})
            QCOMPARE(generalDial(table, code), std::string("112"));
        // In Germany and Slovenia 112 is the fire and ambulance number and the police have their own.
        for (const char* code : {"DE", "SI"}) {
            const auto* country = table.find(code);
            QVERIFY(country);
            QCOMPARE(country->numberFor(EmergencyService::Ambulance)->dial, std::string("112"));
            QVERIFY(country->numberFor(EmergencyService::Police)->dial != "112");
        }
        QCOMPARE(generalDial(table, "US"), std::string("911"));
        QCOMPARE(generalDial(table, "CA"), std::string("911"));
        QCOMPARE(generalDial(table, "GB"), std::string("999"));
        QCOMPARE(dialsOf(table, "GB"), (std::set<std::string>{"999", "112"}));
        QCOMPARE(generalDial(table, "AU"), std::string("000"));
        QCOMPARE(generalDial(table, "NZ"), std::string("111"));
        QCOMPARE(generalDial(table, "IN"), std::string("112"));
        QVERIFY(dialsOf(table, "IN").contains("102"));
        QVERIFY(dialsOf(table, "IN").contains("108"));
        QCOMPARE(table.find("IN")->numberFor(EmergencyService::Ambulance)->dial, std::string("112"));
        // Where each service has its own number there is no general one.
        QCOMPARE(generalDial(table, "JP"), std::string("(none)"));
        QCOMPARE(table.find("JP")->numberFor(EmergencyService::Ambulance)->dial, std::string("119"));
        QCOMPARE(table.find("JP")->numberFor(EmergencyService::Police)->dial, std::string("110"));

        // Every country listed can reach an ambulance and the police, the help a crisis may need.
        for (const auto& country : table.countries)
            for (const auto service : {EmergencyService::Ambulance, EmergencyService::Police})
                QVERIFY2(country.numberFor(service), country.code.c_str());
    }

    void readsEveryField() {
        const auto table = tend::parseEmergencyNumbers(validTable().dump());
        QCOMPARE(table.version, 2);
        QCOMPARE(table.source, std::string("A test list."));
        QCOMPARE(table.compiledOn, boost::gregorian::date(2026, 12, 3));
        QCOMPARE(table.note, std::string("Check before use."));
        QCOMPARE(table.countries.size(), std::size_t(2));
        const auto& germany = table.countries[0];
        QCOMPARE(germany.code, std::string("DE"));
        QCOMPARE(germany.name, std::string("Germany"));
        QCOMPARE(germany.numbers.size(), std::size_t(2));
        QCOMPARE(germany.numbers[0].dial, std::string("112"));
        QCOMPARE(germany.numbers[0].note, std::string("Any emergency."));
        QVERIFY(germany.numbers[0].reachesAll());
        QVERIFY(germany.numbers[1].note.empty());
        QCOMPARE(germany.numbers[1].services, (std::vector<EmergencyService>{EmergencyService::Police}));
        QVERIFY(!germany.numbers[1].reachesAll());
        const auto& japan = table.countries[1];
        QCOMPARE(japan.numbers[1].services,
                 (std::vector<EmergencyService>{EmergencyService::Fire, EmergencyService::Ambulance}));
        QVERIFY(japan.numbers[1].reaches(EmergencyService::Ambulance));
        QVERIFY(!japan.numbers[1].reaches(EmergencyService::Police));

        const auto withoutNote =
            tend::parseEmergencyNumbers(variant([](json& d) { d.erase("note"); }).toStdString());
        QVERIFY(withoutNote.note.empty());
    }

    void findsACountryByItsCodeInEitherCase() {
        const auto table = tend::parseEmergencyNumbers(validTable().dump());
        QCOMPARE(table.find("DE"), &table.countries[0]);
        QCOMPARE(table.find("de"), &table.countries[0]);
        QCOMPARE(table.find("jP"), &table.countries[1]);
        QCOMPARE(table.find("FR"), nullptr);
        QCOMPARE(table.find(""), nullptr);
        QCOMPARE(table.find("D"), nullptr);
        QCOMPARE(table.find("DEU"), nullptr);
        QCOMPARE(table.find(std::string_view("D\0", 2)), nullptr);
    }

    void choosesNumbersByService() {
        const auto table = tend::parseEmergencyNumbers(validTable().dump());
        const auto& germany = table.countries[0];
        QCOMPARE(germany.generalNumber(), &germany.numbers[0]);
        // The general number comes first in the file, so it is also the first for the police.
        QCOMPARE(germany.numberFor(EmergencyService::Police), &germany.numbers[0]);
        const auto& japan = table.countries[1];
        QCOMPARE(japan.generalNumber(), nullptr);
        QCOMPARE(japan.numberFor(EmergencyService::Police), &japan.numbers[0]);
        QCOMPARE(japan.numberFor(EmergencyService::Fire), &japan.numbers[1]);

        const auto policeOnly = tend::parseEmergencyNumbers(
            variant([](json& d) { d["countries"][1]["numbers"].erase(1); }).toStdString());
        QCOMPARE(policeOnly.countries[1].numberFor(EmergencyService::Ambulance), nullptr);
    }

    void serviceKeysRoundTrip() {
        for (const auto service : tend::allEmergencyServices)
            QCOMPARE(tend::emergencyServiceFromKey(tend::emergencyServiceKey(service)), service);
        QCOMPARE(tend::emergencyServiceFromKey("Police"), std::nullopt);
        QCOMPARE(tend::emergencyServiceFromKey(""), std::nullopt);
    }

    void rejectsBadTables_data() {
        addBadFileColumns();
        badFile("not JSON", "{", "", "not valid JSON");
        badFile("top level array", "[]", "", "expected a JSON object at the top level, found an array");
        badFile("wrong format", variant([](json& d) { d["format"] = "tend.org-profile"; }), "format",
                R"(expected "tend.emergency-numbers", found "tend.org-profile")");
        badFile("missing version", variant([](json& d) { d.erase("version"); }), "version",
                "required but missing");
        badFile("version zero", variant([](json& d) { d["version"] = 0; }), "version",
                "from 1 to 2147483647, found 0");
        badFile(
            "unknown top-level key", variant([](json& d) { d["sources"] = "x"; }), "sources",
            R"(unknown key "sources"; allowed keys are format, version, source, compiled_on, note, countries)");
        badFile("missing source", variant([](json& d) { d.erase("source"); }), "source",
                "required but missing");
        badFile("empty source", variant([](json& d) { d["source"] = ""; }), "source", "must not be empty");
        badFile("source too long", variant([](json& d) { d["source"] = std::string(601, 's'); }), "source",
                "too long (601 characters); at most 600");
        badFile("missing date", variant([](json& d) { d.erase("compiled_on"); }), "compiled_on",
                "required but missing");
        badFile("date not a date", variant([](json& d) { d["compiled_on"] = "December 2026"; }),
                "compiled_on", R"(expected a date like 2026-12-03, found "December 2026")");
        badFile("date impossible", variant([](json& d) { d["compiled_on"] = "2026-02-30"; }), "compiled_on",
                R"(found "2026-02-30")");
        badFile("date a number", variant([](json& d) { d["compiled_on"] = 20261203; }), "compiled_on",
                "expected a string, found a number");
        badFile("note empty", variant([](json& d) { d["note"] = ""; }), "note", "must not be empty");
        badFile("missing countries", variant([](json& d) { d.erase("countries"); }), "countries",
                "required but missing");
        badFile("no countries", variant([](json& d) { d["countries"] = json::array(); }), "countries",
                "must list at least one entry");
        badFile("country not an object", variant([](json& d) { d["countries"][1] = "JP"; }), "countries[1]",
                "expected an object, found a string");
        badFile("unknown country key", variant([](json& d) { d["countries"][0]["flag"] = "x"; }),
                "countries[0].flag", R"(unknown key "flag"; allowed keys are code, name, numbers)");
        badFile("missing code", variant([](json& d) { d["countries"][1].erase("code"); }),
                "countries[1].code", "required but missing");
        badFile("lower-case code", variant([](json& d) { d["countries"][0]["code"] = "de"; }),
                "countries[0].code",
                R"(expected an ISO 3166-1 alpha-2 code of two capital letters, such as "GB", found "de")");
        badFile("three-letter code", variant([](json& d) { d["countries"][0]["code"] = "DEU"; }),
                "countries[0].code", R"(found "DEU")");
        badFile("code with a digit", variant([](json& d) { d["countries"][0]["code"] = "D1"; }),
                "countries[0].code", R"(found "D1")");
        badFile("duplicate code", variant([](json& d) { d["countries"][1]["code"] = "DE"; }),
                "countries[1].code", R"(duplicate country code "DE", already used by countries[0])");
        badFile("missing name", variant([](json& d) { d["countries"][0].erase("name"); }),
                "countries[0].name", "required but missing");
        badFile("name too long", variant([](json& d) { d["countries"][0]["name"] = std::string(81, 'n'); }),
                "countries[0].name", "too long (81 characters); at most 80");
        badFile("no numbers", variant([](json& d) { d["countries"][0]["numbers"] = json::array(); }),
                "countries[0].numbers", "must list at least one entry");
        badFile("too many numbers", variant([](json& d) {
                    auto numbers = json::array();
                    for (int i = 0; i < 11; ++i)
                        numbers.push_back({{"dial", std::to_string(100 + i)}, {"services", {"police"}}});
                    d["countries"][0]["numbers"] = numbers;
                }),
                "countries[0].numbers", "too many entries (11); at most 10");
        badFile("number not an object", variant([](json& d) { d["countries"][0]["numbers"][1] = "110"; }),
                "countries[0].numbers[1]", "expected an object, found a string");
        badFile("unknown number key",
                variant([](json& d) { d["countries"][0]["numbers"][0]["sms"] = "112"; }),
                "countries[0].numbers[0].sms", R"(unknown key "sms"; allowed keys are dial, services, note)");
        badFile("missing dial", variant([](json& d) { d["countries"][1]["numbers"][0].erase("dial"); }),
                "countries[1].numbers[0].dial", "required but missing");
        badFile("dial as a number", variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = 112; }),
                "countries[0].numbers[0].dial", "expected a string, found a number");
        badFile("dial with a plus",
                variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = "+49112"; }),
                "countries[0].numbers[0].dial",
                R"(expected the number as dialled, 2 to 6 digits and nothing else, found "+49112")");
        badFile("dial with a space",
                variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = "1 12"; }),
                "countries[0].numbers[0].dial", R"(found "1 12")");
        badFile("dial too short", variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = "1"; }),
                "countries[0].numbers[0].dial", R"(found "1")");
        badFile("dial too long",
                variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = "1234567"; }),
                "countries[0].numbers[0].dial", R"(found "1234567")");
        badFile("dial empty", variant([](json& d) { d["countries"][0]["numbers"][0]["dial"] = ""; }),
                "countries[0].numbers[0].dial", R"(found "")");
        badFile("duplicate dial", variant([](json& d) { d["countries"][1]["numbers"][1]["dial"] = "110"; }),
                "countries[1].numbers[1].dial",
                R"(duplicate number "110", already listed at countries[1].numbers[0])");
        badFile("missing services",
                variant([](json& d) { d["countries"][0]["numbers"][1].erase("services"); }),
                "countries[0].numbers[1].services", "required but missing");
        badFile("no services",
                variant([](json& d) { d["countries"][0]["numbers"][1]["services"] = json::array(); }),
                "countries[0].numbers[1].services", "must list at least one entry");
        badFile("services as text",
                variant([](json& d) { d["countries"][0]["numbers"][1]["services"] = "police"; }),
                "countries[0].numbers[1].services", "expected an array, found a string");
        badFile("unknown service",
                variant([](json& d) { d["countries"][1]["numbers"][1]["services"][1] = "coastguard"; }),
                "countries[1].numbers[1].services[1]",
                R"(unknown service "coastguard"; expected one of police, ambulance, fire)");
        badFile("duplicate service", variant([](json& d) {
                    d["countries"][1]["numbers"][1]["services"] = {"fire", "fire"};
                }),
                "countries[1].numbers[1].services[1]",
                R"(duplicate service "fire", already listed at )"
                "countries[1].numbers[1].services[0]");
        badFile("too many services", variant([](json& d) {
                    d["countries"][0]["numbers"][0]["services"] = {"police", "ambulance", "fire", "police"};
                }),
                "countries[0].numbers[0].services", "too many entries (4); at most 3");
        badFile("number note too long",
                variant([](json& d) { d["countries"][0]["numbers"][0]["note"] = std::string(201, 'x'); }),
                "countries[0].numbers[0].note", "too long (201 characters); at most 200");
        badFile("number note not text",
                variant([](json& d) { d["countries"][0]["numbers"][0]["note"] = true; }),
                "countries[0].numbers[0].note", "expected a string, found a boolean");
    }
    void rejectsBadTables() { tend::test::verifyBadFileRejected(tend::parseEmergencyNumbers); }

    void refusesAFileBeyondTheSizeLimit() {
        auto document = validTable();
        document["note"] = "x";
        const auto base = document.dump();
        const auto oversized = base.substr(0, base.size() - 1) + std::string(1024 * 1024, ' ') + "}";
        try {
            static_cast<void>(tend::parseEmergencyNumbers(oversized));
            QFAIL("accepted a file over the limit");
        } catch (const tend::DataFileError& error) {
            QVERIFY2(std::string(error.what()).find("too large") != std::string::npos, error.what());
        }
    }

    // Whatever the bytes, the parser answers with a DataFileError, never with a crash or another exception.
    void everyTruncationFailsCleanly() {
        const auto full = readAsset(QStringLiteral("support/emergency_numbers.json")).toStdString();
        for (std::size_t length = 0; length + 1 < full.size(); length += 7) {
            try {
                static_cast<void>(tend::parseEmergencyNumbers(std::string_view(full).substr(0, length)));
                QVERIFY(full.find_first_not_of(" \n\r\t", length) == std::string::npos);
            } catch (const tend::DataFileError&) {
            }
        }
    }

    void everyValueReplacedByOtherTypesFailsCleanly() {
        const json replacements[] = {nullptr, true, -1, 0.5, 1e300, "x", ""};
        const auto flat = validTable().flatten();
        for (const auto& [pointer, value] : flat.items()) {
            for (const auto& replacement : replacements) {
                auto document = flat;
                document[pointer] = replacement;
                try {
                    static_cast<void>(tend::parseEmergencyNumbers(document.unflatten().dump()));
                } catch (const tend::DataFileError&) {
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestEmergencyNumbers)
#include "tst_emergencynumbers.moc"
