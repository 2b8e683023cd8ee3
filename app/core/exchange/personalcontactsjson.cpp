#include "exchange/personalcontactsjson.h"

#include "domain/personalcontactcheck.h"
#include "exchange/exportjsonparser.h"
#include "exchange/strictjson.h"
#include "formats/jsonfields.h"
#include "storage/personalcontactrepository.h"

#include <array>
#include <map>
#include <string>

namespace tend {

namespace {

using namespace jsonfields;

constexpr const char* sectionName = "personal_contacts";
constexpr std::array contactKeys{"id", "kind", "name", "phone", "sms", "url", "note"};

void rejectUnknown(const json& object, const std::string& path) {
    for (const auto& entry : object.items()) {
        if (std::find_if(contactKeys.begin(), contactKeys.end(),
                         [&](const char* name) { return entry.key() == name; }) != contactKeys.end())
            continue;
        std::string list;
        for (const char* name : contactKeys)
            list.append(list.empty() ? "" : ", ").append(name);
        // Shortened, since a hostile file could make a key as long as the file itself.
        throw DataFileError(member(path, shortened(entry.key())),
                            std::string("unknown key ")
                                .append(inQuotes(shortened(entry.key())))
                                .append("; allowed keys are ")
                                .append(list));
    }
}

std::string readKind(const json& value, const std::string& path) {
    const auto key = readString(value, path);
    if (personalContactKindFromKey(key))
        return key;
    std::string list;
    for (const auto kind : allPersonalContactKinds)
        list.append(list.empty() ? "" : ", ").append(inQuotes(personalContactKindKey(kind)));
    throw DataFileError(
        path,
        std::string("unknown kind ").append(inQuotes(shortened(key))).append("; expected ").append(list));
}

PersonalContact readContact(const json& value, const std::string& path, std::size_t index) {
    expectObject(value, path);
    rejectUnknown(value, path);
    PersonalContact contact;
    contact.id = readInteger(require(value, "id", path), member(path, "id"), 1, ExportFileLimits::maxId);
    contact.kind = *personalContactKindFromKey(readKind(require(value, "kind", path), member(path, "kind")));
    contact.name = readString(require(value, "name", path), member(path, "name"));
    contact.phone = readString(require(value, "phone", path), member(path, "phone"));
    contact.sms = readString(require(value, "sms", path), member(path, "sms"));
    contact.url = readString(require(value, "url", path), member(path, "url"));
    contact.note = readString(require(value, "note", path), member(path, "note"));
    contact.position = static_cast<int>(index);

    const auto problems = personalContactProblems(contact);
    if (!problems.empty()) {
        const auto& first = problems.front();
        const auto key = contactFieldKey(first.field);
        throw DataFileError(key.empty() ? path : member(path, key), describeContactProblem(first));
    }
    // The app stores texts without spaces at either end; a file must not hold what it would never write.
    const auto normalised = normalisedPersonalContact(contact);
    const std::pair<const char*, bool> same[] = {
        {"name", normalised.name == contact.name}, {"phone", normalised.phone == contact.phone},
        {"sms", normalised.sms == contact.sms},    {"url", normalised.url == contact.url},
        {"note", normalised.note == contact.note},
    };
    for (const auto& [key, equal] : same)
        if (!equal)
            throw DataFileError(member(path, key), "a text without spaces at either end is expected");
    return contact;
}

} // namespace

std::vector<PersonalContact> readPersonalContactsSection(const json& value) {
    expectArray(value, sectionName, 0, PersonalContactRepository::maxContacts);
    std::vector<PersonalContact> contacts;
    std::map<std::int64_t, std::size_t> firstIndex;
    for (std::size_t i = 0; i < value.size(); ++i) {
        const auto path = indexed(sectionName, i);
        auto contact = readContact(value[i], path, i);
        const auto [it, inserted] = firstIndex.emplace(contact.id, i);
        if (!inserted)
            throw DataFileError(member(path, "id"), std::string("id ")
                                                        .append(std::to_string(contact.id))
                                                        .append(" appears twice (also at ")
                                                        .append(indexed(sectionName, it->second))
                                                        .append(")"));
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

} // namespace tend
