#pragma once

#include "domain/checkindefinition.h"
#include "exchange/exportdata.h"

#include <set>
#include <string>

namespace tend {

// The canonical URL of the Questionnaire describing Tend's daily check-in; responses cite it with the
// definition's version ("urn:tend:questionnaire:daily-checkin|1").
inline constexpr std::string_view fhirQuestionnaireUrl = "urn:tend:questionnaire:daily-checkin";
// The code system of the index Observations; codes are the index keys ("sts_load", "burnout" ...).
inline constexpr std::string_view fhirIndexSystem = "urn:tend:index";

// A FHIR R4 Bundle of type "collection" as canonical JSON (keys sorted, no spaces): one Questionnaire for
// the check-in definition, then day by day one QuestionnaireResponse per check-in and one Observation per
// index value of that day (0-100, computed as Insights does from the items in `trackedItems` and the hard
// moments). Resource ids are UUIDs derived from each resource's content, so the same data always gives
// the same bytes. Plain R4 only: no profile is claimed. Mapping in docs/export-csv-fhir-daylio.md.
[[nodiscard]] std::string exportToFhir(const ExportData& data, const CheckinDefinition& definition,
                                       const std::set<std::string>& trackedItems);

} // namespace tend
