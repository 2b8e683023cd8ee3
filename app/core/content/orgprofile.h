#pragma once

#include "assessment/instrumentpack.h"
#include "formats/datafileerror.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend {

// In these contact records an empty string means "not given".

// A crisis line, shown on the Support page and surfaced at once when a check-in signals acute distress.
struct CrisisLine {
    std::string name;
    std::string phone; // as dialled, e.g. "+44 116 123"
    std::string sms;   // a number that accepts text messages
    std::string url;   // https://, tel: or mailto:
    std::string hours; // free text, e.g. "24 hours, every day"
    // Free text. On a line with no phone, sms or url it says how to reach the service, as in the default
    // profile's "call your local emergency number", since Tend cannot know which country the worker is in.
    std::string note;
};

// A support service or person beyond the crisis lines: the employee assistance programme, or one of the
// organisation's peer supporters (TRiM practitioners, chaplaincy, trained colleagues).
struct SupportContact {
    std::string name;
    std::string phone;
    std::string email;
    std::string url;   // https://, tel: or mailto:
    std::string hours; // free text, e.g. "Weekdays 8-20"
    std::string note;  // free text, e.g. "Ask for a confidential chat; nothing is recorded."
};

// The employee assistance programme has the shape every support contact has.
using EmployeeAssistance = SupportContact;

struct SupervisorContact {
    std::string name;
    std::string phone;
    std::string email;
};

// What an organisation configures for its workers: who to call, where the team hub is, which licensed
// questionnaires it provides.
struct OrgProfile {
    int version = 1;
    std::string organisation; // empty: no organisation profile yet (the shipped default)
    std::vector<CrisisLine> crisisLines;
    std::optional<EmployeeAssistance> employeeAssistance;
    std::optional<SupervisorContact> supervisor;
    // The organisation's peer support, in file order; empty when it names none. Only a profile that names
    // its organisation can list any, so the shipped default never offers support that does not exist.
    std::vector<SupportContact> peerSupport;
    std::string hubUrl; // empty: no team hub
    // Licensed questionnaires the organisation provides, validated like any pack file.
    std::vector<InstrumentPack> instrumentPacks;

    [[nodiscard]] bool hasOrganisation() const { return !organisation.empty(); }
};

// Parses and validates an organisation profile ("tend.org-profile"), embedded instrument packs included
// (their errors read "instrument_packs[1].items[3].id: ..."). Throws DataFileError.
[[nodiscard]] OrgProfile parseOrgProfile(std::string_view json);

} // namespace tend
