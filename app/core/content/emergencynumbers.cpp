#include "content/emergencynumbers.h"

#include "formats/jsonfields.h"
#include "time/isodate.h"

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.emergency-numbers";
// The shipped table is a few kilobytes; an organisation's own table is read the same way, so anything far
// beyond a real table is refused before it is parsed.
constexpr std::size_t maxFileBytes = 1024 * 1024;
constexpr std::size_t maxSourceLength = 600;
constexpr std::size_t maxNoteLength = 600;
constexpr std::size_t maxCountries = 300; // about 250 codes are assigned
constexpr std::size_t maxCountryNameLength = 80;
constexpr std::size_t maxNumbersPerCountry = 10;
constexpr std::size_t maxNumberNoteLength = 200;
// Emergency numbers are short codes: "15" in France, "10111" in South Africa.
constexpr std::size_t minDialDigits = 2;
constexpr std::size_t maxDialDigits = 6;

constexpr std::array topLevelKeys{"format", "version", "source", "compiled_on", "note", "countries"};
constexpr std::array countryKeys{"code", "name", "numbers"};
constexpr std::array numberKeys{"dial", "services", "note"};

bool isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
}

char upper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

std::string allowedServiceList() {
    std::string list;
    for (const auto service : allEmergencyServices)
        list.append(list.empty() ? "" : ", ").append(emergencyServiceKey(service));
    return list;
}

std::string readCode(const json& value, const std::string& path) {
    auto code = readString(value, path);
    if (code.size() != 2 || !isUpperLetter(code[0]) || !isUpperLetter(code[1]))
        throw DataFileError(path, "expected an ISO 3166-1 alpha-2 code of two capital letters, such as "
                                  "\"GB\", found " +
                                      inQuotes(code));
    return code;
}

std::string readDial(const json& value, const std::string& path) {
    auto dial = readString(value, path);
    const bool digitsOnly =
        std::all_of(dial.begin(), dial.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digitsOnly || dial.size() < minDialDigits || dial.size() > maxDialDigits)
        throw DataFileError(path, "expected the number as dialled, " + std::to_string(minDialDigits) +
                                      " to " + std::to_string(maxDialDigits) +
                                      " digits and nothing else, found " + inQuotes(dial));
    return dial;
}

std::vector<EmergencyService> readServices(const json& value, const std::string& path) {
    expectArray(value, path, 1, std::size(allEmergencyServices));
    std::vector<EmergencyService> services;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto servicePath = indexed(path, i);
        const auto key = readString(value[i], servicePath);
        const auto service = emergencyServiceFromKey(key);
        if (!service)
            throw DataFileError(servicePath, "unknown service " + inQuotes(key) + "; expected one of " +
                                                 allowedServiceList());
        if (const auto it = std::find(services.begin(), services.end(), *service); it != services.end())
            throw DataFileError(servicePath,
                                "duplicate service " + inQuotes(key) + ", already listed at " +
                                    indexed(path, static_cast<std::size_t>(it - services.begin())));
        services.push_back(*service);
    }
    return services;
}

EmergencyNumber readNumber(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, numberKeys);
    EmergencyNumber number;
    number.dial = readDial(require(value, "dial", path), member(path, "dial"));
    number.services = readServices(require(value, "services", path), member(path, "services"));
    if (value.contains("note"))
        number.note = readText(value["note"], member(path, "note"), maxNumberNoteLength);
    return number;
}

std::vector<EmergencyNumber> readNumbers(const json& value, const std::string& path) {
    expectArray(value, path, 1, maxNumbersPerCountry);
    std::vector<EmergencyNumber> numbers;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto number = readNumber(value[i], indexed(path, i));
        for (std::size_t j = 0; j < numbers.size(); ++j)
            if (numbers[j].dial == number.dial)
                throw DataFileError(indexed(path, i) + ".dial", "duplicate number " + inQuotes(number.dial) +
                                                                    ", already listed at " +
                                                                    indexed(path, j));
        numbers.push_back(std::move(number));
    }
    return numbers;
}

EmergencyCountry readCountry(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, countryKeys);
    EmergencyCountry country;
    country.code = readCode(require(value, "code", path), member(path, "code"));
    country.name = readText(require(value, "name", path), member(path, "name"), maxCountryNameLength);
    country.numbers = readNumbers(require(value, "numbers", path), member(path, "numbers"));
    return country;
}

std::vector<EmergencyCountry> readCountries(const json& root) {
    const auto& value = require(root, "countries", "");
    expectArray(value, "countries", 1, maxCountries);
    std::vector<EmergencyCountry> countries;
    std::map<std::string, std::size_t> firstIndexOf;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto path = indexed("countries", i);
        auto country = readCountry(value[i], path);
        // One country, one entry: two would leave it to chance which numbers the worker is offered.
        const auto [it, inserted] = firstIndexOf.emplace(country.code, i);
        if (!inserted)
            throw DataFileError(path + ".code", "duplicate country code " + inQuotes(country.code) +
                                                    ", already used by " + indexed("countries", it->second));
        countries.push_back(std::move(country));
    }
    return countries;
}

boost::gregorian::date readCompiledOn(const json& root) {
    const auto text = readString(require(root, "compiled_on", ""), "compiled_on");
    const auto day = parseIsoDate(text);
    if (!day)
        throw DataFileError("compiled_on", "expected a date like 2026-12-03, found " + inQuotes(text));
    return *day;
}

EmergencyNumbers readTable(const json& root) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);

    EmergencyNumbers table;
    table.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    // Numbers that decide who answers in an emergency must say where they come from.
    table.source = readText(require(root, "source", ""), "source", maxSourceLength);
    table.compiledOn = readCompiledOn(root);
    if (root.contains("note"))
        table.note = readText(root["note"], "note", maxNoteLength);
    table.countries = readCountries(root);
    return table;
}

} // namespace

bool EmergencyNumber::reaches(EmergencyService service) const {
    return std::find(services.begin(), services.end(), service) != services.end();
}

bool EmergencyNumber::reachesAll() const {
    return std::all_of(std::begin(allEmergencyServices), std::end(allEmergencyServices),
                       [this](EmergencyService service) { return reaches(service); });
}

const EmergencyNumber* EmergencyCountry::generalNumber() const {
    const auto it = std::find_if(numbers.begin(), numbers.end(),
                                 [](const EmergencyNumber& number) { return number.reachesAll(); });
    return it == numbers.end() ? nullptr : &*it;
}

const EmergencyNumber* EmergencyCountry::numberFor(EmergencyService service) const {
    const auto it = std::find_if(numbers.begin(), numbers.end(),
                                 [&](const EmergencyNumber& number) { return number.reaches(service); });
    return it == numbers.end() ? nullptr : &*it;
}

const EmergencyCountry* EmergencyNumbers::find(std::string_view countryCode) const {
    if (countryCode.size() != 2)
        return nullptr;
    const std::string code{upper(countryCode[0]), upper(countryCode[1])};
    const auto it = std::find_if(countries.begin(), countries.end(),
                                 [&](const EmergencyCountry& country) { return country.code == code; });
    return it == countries.end() ? nullptr : &*it;
}

EmergencyNumbers parseEmergencyNumbers(std::string_view json) {
    if (json.size() > maxFileBytes)
        throw DataFileError("", "too large (" + std::to_string(json.size()) + " bytes); at most " +
                                    std::to_string(maxFileBytes) + " are allowed");
    return readDocument(json, "table of emergency numbers", readTable);
}

} // namespace tend
