#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tend {

// Who a contact the worker added is to them. The kind gives the contact its heading and accessible
// description; it never changes how the contact is reached.
enum class PersonalContactKind { Gp, Therapist, PeerSupporter, TrustedPerson, Helpline, Other };

inline constexpr PersonalContactKind allPersonalContactKinds[] = {
    PersonalContactKind::Gp,
    PersonalContactKind::Therapist,
    PersonalContactKind::PeerSupporter,
    PersonalContactKind::TrustedPerson,
    PersonalContactKind::Helpline,
    PersonalContactKind::Other,
};

// Stable identifiers used in storage and in exports ("gp", "therapist", "peer_supporter",
// "trusted_person", "helpline", "other").
[[nodiscard]] std::string_view personalContactKindKey(PersonalContactKind kind);
[[nodiscard]] std::optional<PersonalContactKind> personalContactKindFromKey(std::string_view key);

// Someone the worker can turn to, added by the worker in their own words: their GP, a therapist, a peer
// supporter, a trusted person, a helpline they use. Kept in the encrypted database and offered with the
// crisis contacts, from the lock screen too. An empty text means "not given".
struct PersonalContact {
    static constexpr std::size_t maxNameLength = 80;
    static constexpr std::size_t maxNoteLength = 200;
    static constexpr std::size_t minPhoneLength = 3;
    static constexpr std::size_t maxPhoneLength = 32;
    static constexpr std::size_t maxUrlLength = 500;

    // Every member has an initialiser, so a contact can be written with its leading fields only.
    std::int64_t id = 0; // 0 until stored
    PersonalContactKind kind = PersonalContactKind::Other;
    std::string name{};  // one line, 1 to maxNameLength characters
    std::string phone{}; // to call: digits, spaces, +, - and parentheses
    std::string sms{};   // to send a text message to; the same rules as phone
    std::string url{};   // a web page, https:// only
    std::string note{};  // one line, e.g. "Weekdays after 6pm"
    int position = 0;    // order on the Support page, 0 first

    // Two contacts are the same person when kind, name and numbers (phone and text) match; the web link,
    // the note and the order do not count, so a merging import does not add a second copy of someone whose
    // link or note was changed on one device.
    [[nodiscard]] bool sameContactAs(const PersonalContact& other) const {
        return kind == other.kind && name == other.name && phone == other.phone && sms == other.sms;
    }

    friend bool operator==(const PersonalContact&, const PersonalContact&) = default;
};

} // namespace tend
