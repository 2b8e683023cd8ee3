#include "domain/personalcontactcheck.h"

#include "formats/jsonfields.h"

#include <algorithm>

namespace tend {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

bool isControl(char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte == 0x7F;
}

std::string trimmed(std::string_view text) {
    while (!text.empty() && isAsciiSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isAsciiSpace(text.back()))
        text.remove_suffix(1);
    return std::string(text);
}

std::optional<ContactIssue> textIssue(std::string_view text, std::size_t maxLength) {
    if (std::any_of(text.begin(), text.end(), isControl))
        return ContactIssue::NotOneLine;
    if (jsonfields::characterCount(text) > maxLength)
        return ContactIssue::TooLong;
    return std::nullopt;
}

std::optional<ContactIssue> phoneIssue(std::string_view phone) {
    const auto allowed = [](char c) {
        return isDigit(c) || c == ' ' || c == '+' || c == '-' || c == '(' || c == ')';
    };
    if (!std::all_of(phone.begin(), phone.end(), allowed))
        return ContactIssue::PhoneCharacters;
    if (phone.size() < PersonalContact::minPhoneLength || phone.size() > PersonalContact::maxPhoneLength)
        return ContactIssue::PhoneLength;
    if (phone.find('+', 1) != std::string_view::npos)
        return ContactIssue::PhonePlus;
    if (std::count_if(phone.begin(), phone.end(), isDigit) < 3)
        return ContactIssue::PhoneDigits;
    return std::nullopt;
}

bool isHostCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '.' || c == '-' ||
           static_cast<unsigned char>(c) >= 0x80; // internationalised names
}

std::optional<ContactIssue> urlIssue(std::string_view url) {
    constexpr std::string_view https = "https://";
    if (!url.starts_with(https))
        return ContactIssue::NotHttps;
    if (url.size() > PersonalContact::maxUrlLength)
        return ContactIssue::TooLong;
    const auto rest = url.substr(https.size());
    const auto authority = rest.substr(0, rest.find_first_of("/?#"));
    // No user info ("https://trusted@elsewhere"): it only ever serves to disguise where a link goes.
    const auto colon = authority.find(':');
    const auto host = authority.substr(0, colon);
    const bool portOk =
        colon == std::string_view::npos ||
        (authority.size() > colon + 1 && authority.size() - colon - 1 <= 5 &&
         std::all_of(authority.begin() + static_cast<std::ptrdiff_t>(colon) + 1, authority.end(), isDigit));
    const bool spaceOrControl =
        std::any_of(url.begin(), url.end(), [](char c) { return static_cast<unsigned char>(c) <= 0x20; });
    if (host.empty() || host.find('.') == std::string_view::npos ||
        !std::all_of(host.begin(), host.end(), isHostCharacter) || !portOk || spaceOrControl)
        return ContactIssue::BadAddress;
    return std::nullopt;
}

} // namespace

PersonalContact normalisedPersonalContact(PersonalContact contact) {
    contact.name = trimmed(contact.name);
    contact.phone = trimmed(contact.phone);
    contact.sms = trimmed(contact.sms);
    contact.url = trimmed(contact.url);
    contact.note = trimmed(contact.note);
    if (!contact.url.empty() && contact.url.find("://") == std::string::npos)
        contact.url.insert(0, "https://");
    return contact;
}

std::vector<PersonalContactProblem> personalContactProblems(const PersonalContact& contact) {
    std::vector<PersonalContactProblem> problems;
    const auto note = [&](ContactField field, std::optional<ContactIssue> issue) {
        if (issue)
            problems.push_back({field, *issue});
    };
    note(ContactField::Name, contact.name.empty() ? std::optional(ContactIssue::Missing)
                                                  : textIssue(contact.name, PersonalContact::maxNameLength));
    if (!contact.phone.empty())
        note(ContactField::Phone, phoneIssue(contact.phone));
    if (!contact.sms.empty())
        note(ContactField::Sms, phoneIssue(contact.sms));
    if (!contact.url.empty())
        note(ContactField::Url, urlIssue(contact.url));
    note(ContactField::Note, textIssue(contact.note, PersonalContact::maxNoteLength));
    if (contact.phone.empty() && contact.sms.empty() && contact.url.empty())
        problems.push_back({ContactField::WayToReach, ContactIssue::Missing});
    return problems;
}

std::string_view contactFieldKey(ContactField field) {
    switch (field) {
    case ContactField::Name:
        return "name";
    case ContactField::Phone:
        return "phone";
    case ContactField::Sms:
        return "sms";
    case ContactField::Url:
        return "url";
    case ContactField::Note:
        return "note";
    case ContactField::WayToReach:
        return "";
    }
    return "";
}

std::string describeContactProblem(const PersonalContactProblem& problem) {
    const auto limit = [&]() -> std::size_t {
        switch (problem.field) {
        case ContactField::Name:
            return PersonalContact::maxNameLength;
        case ContactField::Note:
            return PersonalContact::maxNoteLength;
        case ContactField::Url:
            return PersonalContact::maxUrlLength;
        default:
            return PersonalContact::maxPhoneLength;
        }
    };
    switch (problem.issue) {
    case ContactIssue::Missing:
        return problem.field == ContactField::Name
                   ? std::string("a contact needs a name")
                   : std::string("a contact needs at least one way to reach it: a phone, sms or url");
    case ContactIssue::TooLong:
        return std::string("too long; at most ").append(std::to_string(limit())).append(" characters");
    case ContactIssue::NotOneLine:
        return "one line of text, without line breaks, tabs or other control characters";
    case ContactIssue::PhoneCharacters:
        return "a phone number holds only digits, spaces, +, - and parentheses";
    case ContactIssue::PhoneLength:
        return std::string("a phone number has ")
            .append(std::to_string(PersonalContact::minPhoneLength))
            .append(" to ")
            .append(std::to_string(PersonalContact::maxPhoneLength))
            .append(" characters");
    case ContactIssue::PhonePlus:
        return "in a phone number, + may only come first";
    case ContactIssue::PhoneDigits:
        return "a phone number needs at least 3 digits";
    case ContactIssue::NotHttps:
        return "a web link starts with https://";
    case ContactIssue::BadAddress:
        return "not a web address Tend can open, such as https://example.org";
    }
    return "not valid";
}

} // namespace tend
