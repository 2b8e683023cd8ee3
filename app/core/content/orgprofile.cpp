#include "content/orgprofile.h"

#include "formats/jsonfields.h"

#include <algorithm>
#include <array>
#include <limits>

namespace tend {

namespace {

using namespace jsonfields;

constexpr std::string_view formatName = "tend.org-profile";
// Profiles arrive as files picked by the worker: refuse anything far beyond a real profile before parsing.
constexpr std::size_t maxFileBytes = 1024 * 1024;
constexpr std::size_t maxNameLength = 100;
constexpr std::size_t maxHoursLength = 100;
constexpr std::size_t maxNoteLength = 400;
constexpr std::size_t maxUrlLength = 500;
constexpr std::size_t maxEmailLength = 254;
constexpr std::size_t minPhoneLength = 3;
constexpr std::size_t maxPhoneLength = 32;
constexpr std::size_t maxCrisisLines = 20;
constexpr std::size_t maxPacks = 20;
constexpr std::size_t maxPeerSupport = 20;

constexpr std::array topLevelKeys{
    "format",     "version", "organisation",     "crisis_lines", "employee_assistance",
    "supervisor", "hub",     "instrument_packs", "peer_support"};
constexpr std::array crisisLineKeys{"name", "phone", "sms", "url", "hours", "note"};
constexpr std::array supportContactKeys{"name", "phone", "email", "url", "hours", "note"};
constexpr std::array supervisorKeys{"name", "phone", "email"};
constexpr std::array hubKeys{"url"};

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool hasSpaceOrControl(std::string_view text) {
    return std::any_of(text.begin(), text.end(),
                       [](char c) { return static_cast<unsigned char>(c) <= 0x20; });
}

std::string checkedPhone(const std::string& phone, const std::string& path) {
    const auto allowed = [](char c) {
        return isDigit(c) || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
    };
    if (!std::all_of(phone.begin(), phone.end(), allowed))
        throw DataFileError(path, "invalid phone number " + inQuotes(phone) +
                                      "; use only digits, spaces, +, - and parentheses");
    if (phone.size() < minPhoneLength || phone.size() > maxPhoneLength)
        throw DataFileError(path, "a phone number has " + std::to_string(minPhoneLength) + " to " +
                                      std::to_string(maxPhoneLength) + " characters, found " +
                                      std::to_string(phone.size()));
    if (phone.find('+', 1) != std::string::npos)
        throw DataFileError(path, "invalid phone number " + inQuotes(phone) + "; + may only come first");
    if (std::count_if(phone.begin(), phone.end(), isDigit) < 3)
        throw DataFileError(path, "invalid phone number " + inQuotes(phone) + "; it needs at least 3 digits");
    return phone;
}

// Loose on purpose: the only aim is to catch a name or a phone number typed into the wrong field.
std::string checkedEmail(const std::string& email, const std::string& path) {
    const auto at = email.find('@');
    const auto domain = at == std::string::npos ? std::string_view() : std::string_view(email).substr(at + 1);
    const auto dot = domain.find('.');
    const bool valid = at != std::string::npos && at > 0 && domain.find('@') == std::string_view::npos &&
                       dot != std::string_view::npos && dot > 0 && domain.back() != '.' &&
                       !hasSpaceOrControl(email);
    if (!valid)
        throw DataFileError(path, "invalid email address " + inQuotes(email) +
                                      "; expected something like name@example.org");
    return email;
}

bool isHostCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80; // internationalised names
}

// Splits "host[:port]" off a web address after its scheme; false if either part is malformed. User info
// ("https://trusted@elsewhere") is refused: it only ever serves to disguise where a link goes.
bool splitAuthority(std::string_view rest, std::string_view& host) {
    const auto authority = rest.substr(0, rest.find_first_of("/?#"));
    const auto colon = authority.find(':');
    host = authority.substr(0, colon);
    if (host.empty() || !std::all_of(host.begin(), host.end(), isHostCharacter))
        return false;
    if (colon == std::string_view::npos)
        return true;
    const auto port = authority.substr(colon + 1);
    return !port.empty() && port.size() <= 5 && std::all_of(port.begin(), port.end(), isDigit);
}

void checkWebUrl(const std::string& url, const std::string& path, bool allowLocalHttp) {
    constexpr std::string_view https = "https://";
    constexpr std::string_view http = "http://";
    const std::string expected = allowLocalHttp
                                     ? "an https:// address (http:// only for localhost or 127.0.0.1)"
                                     : "an https:// address";
    std::string_view host;
    if (url.starts_with(https)) {
        if (hasSpaceOrControl(url) || !splitAuthority(std::string_view(url).substr(https.size()), host))
            throw DataFileError(path, "invalid web address " + inQuotes(url));
        return;
    }
    if (allowLocalHttp && url.starts_with(http)) {
        if (hasSpaceOrControl(url) || !splitAuthority(std::string_view(url).substr(http.size()), host))
            throw DataFileError(path, "invalid web address " + inQuotes(url));
        if (host == "localhost" || host == "127.0.0.1")
            return;
    }
    throw DataFileError(path, "expected " + expected + ", found " + inQuotes(url));
}

std::string readPhone(const json& value, const std::string& path) {
    return checkedPhone(readText(value, path, maxPhoneLength), path);
}

std::string readEmail(const json& value, const std::string& path) {
    return checkedEmail(readText(value, path, maxEmailLength), path);
}

// A link to reach someone: a web page, or a number or address written as a link.
std::string readContactUrl(const json& value, const std::string& path) {
    auto url = readText(value, path, maxUrlLength);
    if (url.starts_with("tel:"))
        checkedPhone(url.substr(4), path);
    else if (url.starts_with("mailto:"))
        checkedEmail(url.substr(7), path);
    else if (url.starts_with("https://"))
        checkWebUrl(url, path, false);
    else
        throw DataFileError(path, "expected an https://, tel: or mailto: address, found " + inQuotes(url));
    return url;
}

std::string optionalField(const json& object, std::string_view key, const std::string& path,
                          std::string (*reader)(const json&, const std::string&)) {
    const auto it = object.find(key);
    return it == object.end() ? std::string() : reader(*it, member(path, key));
}

std::string readName(const json& value, const std::string& path) {
    return readText(value, path, maxNameLength);
}
std::string readHours(const json& value, const std::string& path) {
    return readText(value, path, maxHoursLength);
}
std::string readNote(const json& value, const std::string& path) {
    return readText(value, path, maxNoteLength);
}

CrisisLine readCrisisLine(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, crisisLineKeys);
    CrisisLine line;
    line.name = readName(require(value, "name", path), member(path, "name"));
    line.phone = optionalField(value, "phone", path, readPhone);
    line.sms = optionalField(value, "sms", path, readPhone);
    line.url = optionalField(value, "url", path, readContactUrl);
    line.hours = optionalField(value, "hours", path, readHours);
    line.note = optionalField(value, "note", path, readNote);
    if (line.phone.empty() && line.sms.empty() && line.url.empty() && line.note.empty())
        throw DataFileError(path, "give at least one way to reach " + inQuotes(line.name) +
                                      ": a phone, sms or url, or a note saying how");
    return line;
}

std::vector<CrisisLine> readCrisisLines(const json& root) {
    const auto& value = require(root, "crisis_lines", "");
    // Crisis contacts must always be reachable, so a profile without any is refused rather than shown empty.
    expectArray(value, "crisis_lines", 1, maxCrisisLines);
    std::vector<CrisisLine> lines;
    for (std::size_t i = 0; i < value.size(); ++i)
        lines.push_back(readCrisisLine(value[i], indexed("crisis_lines", i)));
    return lines;
}

SupportContact readSupportContact(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, supportContactKeys);
    SupportContact contact;
    contact.name = readName(require(value, "name", path), member(path, "name"));
    contact.phone = optionalField(value, "phone", path, readPhone);
    contact.email = optionalField(value, "email", path, readEmail);
    contact.url = optionalField(value, "url", path, readContactUrl);
    contact.hours = optionalField(value, "hours", path, readHours);
    contact.note = optionalField(value, "note", path, readNote);
    return contact;
}

// A peer supporter the worker cannot reach is no support; a note may say how ("ask at the duty desk").
std::vector<SupportContact> readPeerSupport(const json& value, bool hasOrganisation) {
    const std::string path = "peer_support";
    if (!hasOrganisation)
        throw DataFileError(path, "peer support belongs to an organisation; name it in \"organisation\"");
    expectArray(value, path, 1, maxPeerSupport);
    std::vector<SupportContact> contacts;
    for (std::size_t i = 0; i < value.size(); ++i) {
        auto contact = readSupportContact(value[i], indexed(path, i));
        if (contact.phone.empty() && contact.email.empty() && contact.url.empty() && contact.note.empty())
            throw DataFileError(indexed(path, i), "give at least one way to reach " + inQuotes(contact.name) +
                                                      ": a phone, email or url, or a note saying how");
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

SupervisorContact readSupervisor(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, supervisorKeys);
    SupervisorContact supervisor;
    supervisor.name = readName(require(value, "name", path), member(path, "name"));
    supervisor.phone = optionalField(value, "phone", path, readPhone);
    supervisor.email = optionalField(value, "email", path, readEmail);
    return supervisor;
}

std::string readHub(const json& value, const std::string& path) {
    expectObject(value, path);
    rejectUnknownKeys(value, path, hubKeys);
    const auto urlPath = member(path, "url");
    auto url = readText(require(value, "url", path), urlPath, maxUrlLength);
    checkWebUrl(url, urlPath, true);
    return url;
}

std::vector<InstrumentPack> readPacks(const json& value) {
    expectArray(value, "instrument_packs", 0, maxPacks);
    std::vector<InstrumentPack> packs;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto path = indexed("instrument_packs", i);
        auto pack = parseInstrumentPack(value[i], path);
        for (std::size_t j = 0; j < packs.size(); ++j) {
            // Results are stored by pack id, so two packs with one id would mix their histories.
            if (packs[j].id == pack.id)
                throw DataFileError(path + ".id", "duplicate pack id " + inQuotes(pack.id) +
                                                      ", already used by " + indexed("instrument_packs", j));
        }
        packs.push_back(std::move(pack));
    }
    return packs;
}

OrgProfile readProfile(const json& root) {
    if (!root.is_object())
        throw DataFileError("", "expected a JSON object at the top level, found " + describeType(root));
    rejectUnknownKeys(root, "", topLevelKeys);
    checkFormat(root, formatName);

    OrgProfile profile;
    profile.version = static_cast<int>(
        readInteger(require(root, "version", ""), "version", 1, std::numeric_limits<int>::max()));
    if (root.contains("organisation"))
        profile.organisation = readName(root["organisation"], "organisation");
    profile.crisisLines = readCrisisLines(root);
    if (root.contains("employee_assistance"))
        profile.employeeAssistance = readSupportContact(root["employee_assistance"], "employee_assistance");
    if (root.contains("supervisor"))
        profile.supervisor = readSupervisor(root["supervisor"], "supervisor");
    if (root.contains("hub"))
        profile.hubUrl = readHub(root["hub"], "hub");
    if (root.contains("peer_support"))
        profile.peerSupport = readPeerSupport(root["peer_support"], profile.hasOrganisation());
    if (root.contains("instrument_packs"))
        profile.instrumentPacks = readPacks(root["instrument_packs"]);
    return profile;
}

} // namespace

OrgProfile parseOrgProfile(std::string_view json) {
    if (json.size() > maxFileBytes)
        throw DataFileError("", "too large (" + std::to_string(json.size()) + " bytes); at most " +
                                    std::to_string(maxFileBytes) + " are allowed");
    return readDocument(json, "organisation profile", readProfile);
}

} // namespace tend
