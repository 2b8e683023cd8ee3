#include "domain/personalcontact.h"

namespace tend {

namespace {

struct KindKey {
    PersonalContactKind kind;
    std::string_view key;
};

constexpr KindKey kindKeys[] = {
    {PersonalContactKind::Gp, "gp"},
    {PersonalContactKind::Therapist, "therapist"},
    {PersonalContactKind::PeerSupporter, "peer_supporter"},
    {PersonalContactKind::TrustedPerson, "trusted_person"},
    {PersonalContactKind::Helpline, "helpline"},
    {PersonalContactKind::Other, "other"},
};

} // namespace

std::string_view personalContactKindKey(PersonalContactKind kind) {
    for (const auto& entry : kindKeys)
        if (entry.kind == kind)
            return entry.key;
    return "other";
}

std::optional<PersonalContactKind> personalContactKindFromKey(std::string_view key) {
    for (const auto& entry : kindKeys)
        if (entry.key == key)
            return entry.kind;
    return std::nullopt;
}

} // namespace tend
