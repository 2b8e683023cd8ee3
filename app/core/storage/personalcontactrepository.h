#pragma once

#include "domain/personalcontact.h"
#include "storage/changenotifier.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tend {

class Database;

// Owns the contacts the worker added (table personal_contacts). Every text is normalised and checked with
// personalContactProblems() before it is stored; a contact that fails throws InvalidPersonalContact and
// changes nothing. Positions stay dense (the i-th contact has position i). An unknown id throws
// StorageError (Query). Each change is one transaction and is announced through changes().
class PersonalContactRepository final {
public:
    // Far more than anyone keeps at hand; the limit bounds what a file can bring in.
    static constexpr std::size_t maxContacts = 100;

    explicit PersonalContactRepository(Database& db)
        : m_db(db) {}

    // Adds `contact` (its id and position are ignored) at the end of the list and returns it as stored.
    PersonalContact add(const PersonalContact& contact);
    // Changes the kind, name, ways to reach and note of the contact with `contact.id`; its place stays.
    void update(const PersonalContact& contact);
    // Moves a contact to `index` within all(), clamped to the list; the others keep their order.
    void move(std::int64_t id, std::size_t index);
    void remove(std::int64_t id);
    // Makes the list exactly `contacts`, with their ids, in their order (a replacing import). Checked
    // completely first: one contact that fails leaves the stored list as it was.
    void replaceAll(const std::vector<PersonalContact>& contacts);

    [[nodiscard]] std::optional<PersonalContact> find(std::int64_t id);
    // In the worker's order.
    [[nodiscard]] std::vector<PersonalContact> all();

    ChangeNotifier& changes() { return m_changes; }

private:
    void insert(const PersonalContact& contact, std::optional<std::int64_t> id, int position);
    void renumber(const std::vector<PersonalContact>& contacts);
    [[nodiscard]] std::vector<PersonalContact> select(std::string_view whereAndOrder,
                                                      std::optional<std::int64_t> id = std::nullopt);

    Database& m_db;
    ChangeNotifier m_changes;
};

} // namespace tend
