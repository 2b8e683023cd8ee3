#pragma once

#include "content/emergencyservice.h"
#include "formats/datafileerror.h"

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace tend {

// One number to dial for help in an emergency, as it is dialled inside its country.
struct EmergencyNumber {
    std::string dial;                       // digits only, e.g. "112", "000", "10111"
    std::vector<EmergencyService> services; // who it reaches, at least one
    std::string note;                       // optional, e.g. "From mobile phones."

    [[nodiscard]] bool reaches(EmergencyService service) const;
    // Police, ambulance and fire alike: a general emergency number such as 112 or 911.
    [[nodiscard]] bool reachesAll() const;
};

struct EmergencyCountry {
    std::string code; // ISO 3166-1 alpha-2, upper case, e.g. "GB"
    std::string name; // English name, e.g. "United Kingdom"
    // At least one. The first is the one to offer first: the general number where the country has one.
    std::vector<EmergencyNumber> numbers;

    // The first general number (reachesAll), or null where each service has its own number; then offer
    // every number with what it reaches.
    [[nodiscard]] const EmergencyNumber* generalNumber() const;
    // The first number that reaches `service`, or null when none of this country's numbers does.
    [[nodiscard]] const EmergencyNumber* numberFor(EmergencyService service) const;
};

// The general emergency numbers of the countries Tend knows, so that the crisis contacts can offer the
// worker's own number by default even offline. A starting table: an organisation should check the numbers
// for the places its workers are (docs/emergency-numbers.md).
struct EmergencyNumbers {
    int version = 1;
    std::string source;                // where the table was compiled from
    boost::gregorian::date compiledOn; // when
    std::string note;                  // optional; what the table is and is not
    std::vector<EmergencyCountry> countries;

    // The country with this ISO 3166-1 alpha-2 code, in either letter case ("gb" finds "GB"), or null.
    [[nodiscard]] const EmergencyCountry* find(std::string_view countryCode) const;
};

// Parses and validates a table of emergency numbers ("tend.emergency-numbers"). Throws DataFileError.
[[nodiscard]] EmergencyNumbers parseEmergencyNumbers(std::string_view json);

} // namespace tend
