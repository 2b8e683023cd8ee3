#pragma once

#include "domain/personalcontact.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// The rules a contact the worker adds must meet, shared by the editor, the repository and the export
// reader, so that a file can never bring in a contact the app would not save.

enum class ContactField { Name, Phone, Sms, Url, Note, WayToReach };

enum class ContactIssue {
    Missing,         // a name is needed; WayToReach: no phone, text number or web link
    TooLong,         // over the field's limit
    NotOneLine,      // a line break, tab or other control character
    PhoneCharacters, // something other than digits, spaces, +, - and parentheses
    PhoneLength,     // under minPhoneLength or over maxPhoneLength characters
    PhonePlus,       // a + after the first character
    PhoneDigits,     // fewer than 3 digits
    NotHttps,        // a web link that is not https://
    BadAddress,      // an https:// link whose host is malformed or which holds spaces
};

struct PersonalContactProblem {
    ContactField field;
    ContactIssue issue;

    friend bool operator==(const PersonalContactProblem&, const PersonalContactProblem&) = default;
};

// Spaces at either end of every text removed, and "https://" put before a web link typed without a scheme
// ("www.example.org"), the way a person would mean it.
[[nodiscard]] PersonalContact normalisedPersonalContact(PersonalContact contact);

// Every problem of `contact` (normalise it first), in the order of the editor's fields: empty when it can
// be stored.
[[nodiscard]] std::vector<PersonalContactProblem> personalContactProblems(const PersonalContact& contact);

// "name", "phone", "sms", "url", "note"; "" for WayToReach, which concerns the contact as a whole.
[[nodiscard]] std::string_view contactFieldKey(ContactField field);

// The problem in plain English, for error messages about files ("a phone number holds only digits,
// spaces, +, - and parentheses"). The app's editor words its messages itself, translated.
[[nodiscard]] std::string describeContactProblem(const PersonalContactProblem& problem);

} // namespace tend
