#include "storage/personalcontactrepository.h"

#include "domain/personalcontactcheck.h"
#include "storage/database.h"
#include "storage/invalidpersonalcontact.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <set>
#include <string>

namespace tend {

namespace {

constexpr std::string_view columns =
    "SELECT id, kind, name, phone, sms, url, note, position FROM personal_contacts ";

PersonalContact checked(const PersonalContact& contact) {
    auto normalised = normalisedPersonalContact(contact);
    auto problems = personalContactProblems(normalised);
    if (!problems.empty())
        throw InvalidPersonalContact(std::move(problems));
    return normalised;
}

StorageError unknownContact(std::int64_t id) {
    return StorageError(StorageError::Kind::Query, "No personal contact with id " + std::to_string(id));
}

StorageError tooMany() {
    return StorageError(StorageError::Kind::Query,
                        "Tend keeps at most " + std::to_string(PersonalContactRepository::maxContacts) +
                            " personal contacts");
}

} // namespace

PersonalContact PersonalContactRepository::add(const PersonalContact& contact) {
    const auto stored = checked(contact);
    Transaction transaction(m_db);
    const auto current = all();
    if (current.size() >= maxContacts)
        throw tooMany();
    insert(stored, std::nullopt, static_cast<int>(current.size()));
    auto added = find(m_db.lastInsertRowId());
    transaction.commit();
    m_changes.notify();
    return std::move(*added);
}

void PersonalContactRepository::update(const PersonalContact& contact) {
    const auto stored = checked(contact);
    Transaction transaction(m_db);
    const auto before = find(contact.id);
    if (!before)
        throw unknownContact(contact.id);
    auto after = stored;
    after.id = before->id;
    after.position = before->position;
    if (after == *before)
        return;
    m_db.prepare("UPDATE personal_contacts SET kind = ?2, name = ?3, phone = ?4, sms = ?5, url = ?6, "
                 "note = ?7 WHERE id = ?1")
        .bind(1, contact.id)
        .bind(2, personalContactKindKey(stored.kind))
        .bind(3, stored.name)
        .bind(4, stored.phone)
        .bind(5, stored.sms)
        .bind(6, stored.url)
        .bind(7, stored.note)
        .run();
    transaction.commit();
    m_changes.notify();
}

void PersonalContactRepository::move(std::int64_t id, std::size_t index) {
    Transaction transaction(m_db);
    auto contacts = all();
    const auto it = std::find_if(contacts.begin(), contacts.end(),
                                 [&](const PersonalContact& contact) { return contact.id == id; });
    if (it == contacts.end())
        throw unknownContact(id);
    const auto from = static_cast<std::size_t>(it - contacts.begin());
    const auto to = std::min(index, contacts.size() - 1);
    if (from == to)
        return;
    auto moved = std::move(contacts[from]);
    contacts.erase(contacts.begin() + static_cast<std::ptrdiff_t>(from));
    contacts.insert(contacts.begin() + static_cast<std::ptrdiff_t>(to), std::move(moved));
    renumber(contacts);
    transaction.commit();
    m_changes.notify();
}

void PersonalContactRepository::remove(std::int64_t id) {
    Transaction transaction(m_db);
    if (!find(id))
        throw unknownContact(id);
    m_db.prepare("DELETE FROM personal_contacts WHERE id = ?1").bind(1, id).run();
    renumber(all());
    transaction.commit();
    m_changes.notify();
}

void PersonalContactRepository::replaceAll(const std::vector<PersonalContact>& contacts) {
    if (contacts.size() > maxContacts)
        throw tooMany();
    std::vector<PersonalContact> stored;
    std::set<std::int64_t> ids;
    for (const auto& contact : contacts) {
        stored.push_back(checked(contact));
        if (contact.id <= 0 || !ids.insert(contact.id).second)
            throw StorageError(StorageError::Kind::Query,
                               "Personal contacts to store need distinct positive ids; found " +
                                   std::to_string(contact.id));
        stored.back().id = contact.id;
    }
    Transaction transaction(m_db);
    m_db.execute("DELETE FROM personal_contacts");
    for (std::size_t i = 0; i < stored.size(); ++i)
        insert(stored[i], stored[i].id, static_cast<int>(i));
    transaction.commit();
    m_changes.notify();
}

std::optional<PersonalContact> PersonalContactRepository::find(std::int64_t id) {
    auto found = select("WHERE id = ?1", id);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<PersonalContact> PersonalContactRepository::all() {
    return select("ORDER BY position, id");
}

std::vector<PersonalContact> PersonalContactRepository::select(std::string_view whereAndOrder,
                                                               std::optional<std::int64_t> id) {
    Statement rows = m_db.prepare(std::string(columns) + std::string(whereAndOrder));
    if (id)
        rows.bind(1, *id);
    std::vector<PersonalContact> contacts;
    while (rows.step()) {
        PersonalContact contact;
        contact.id = rows.int64(0);
        const auto kindKey = rows.text(1);
        const auto kind = personalContactKindFromKey(kindKey);
        // Only Tend writes this table, so an unknown kind means a damaged or edited file.
        if (!kind)
            throw StorageError(StorageError::Kind::Query,
                               std::string("Unreadable kind in stored personal contact ")
                                   .append(std::to_string(contact.id))
                                   .append(": '")
                                   .append(kindKey)
                                   .append("'"));
        contact.kind = *kind;
        contact.name = rows.text(2);
        contact.phone = rows.text(3);
        contact.sms = rows.text(4);
        contact.url = rows.text(5);
        contact.note = rows.text(6);
        contact.position = rows.integer(7);
        contacts.push_back(std::move(contact));
    }
    return contacts;
}

void PersonalContactRepository::insert(const PersonalContact& contact, std::optional<std::int64_t> id,
                                       int position) {
    Statement statement = m_db.prepare("INSERT INTO personal_contacts (id, kind, name, phone, sms, url, "
                                       "note, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    if (id)
        statement.bind(1, *id);
    else
        statement.bindNull(1);
    statement.bind(2, personalContactKindKey(contact.kind))
        .bind(3, contact.name)
        .bind(4, contact.phone)
        .bind(5, contact.sms)
        .bind(6, contact.url)
        .bind(7, contact.note)
        .bind(8, position)
        .run();
}

// Keeps positions dense, so the order never depends on ties.
void PersonalContactRepository::renumber(const std::vector<PersonalContact>& contacts) {
    Statement update = m_db.prepare("UPDATE personal_contacts SET position = ?2 WHERE id = ?1");
    for (std::size_t i = 0; i < contacts.size(); ++i)
        if (contacts[i].position != static_cast<int>(i))
            update.bind(1, contacts[i].id).bind(2, static_cast<std::int64_t>(i)).run();
}

} // namespace tend
