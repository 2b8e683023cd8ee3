#pragma once

#include "domain/personalcontact.h"

#include <nlohmann/json.hpp>

#include <vector>

namespace tend {

// Reads the "personal_contacts" section of a tend.export file (version 3 on) strictly: at most
// PersonalContactRepository::maxContacts objects of exactly id, kind, name, phone, sms, url and note, each
// contact valid as the app would store it (personalContactProblems) and written as it would store it (no
// spaces at either end), ids unique. Problems are thrown as DataFileError with their exact path
// ("personal_contacts[2].phone: a phone number holds only digits, ..."). The order of the file is the
// worker's order, so positions are the indices.
[[nodiscard]] std::vector<PersonalContact> readPersonalContactsSection(const nlohmann::json& value);

} // namespace tend
