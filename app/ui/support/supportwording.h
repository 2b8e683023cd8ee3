#pragma once

#include "content/emergencynumbers.h"
#include "domain/personalcontact.h"

#include <QString>

namespace tend::ui::supporttext {

// The words the support views share, translated in the "SupportText" context.

// "GP", "Therapist", "Peer supporter", "Trusted person", "Helpline", "Other"
[[nodiscard]] QString kindLabel(PersonalContactKind kind);
// Who a number reaches: "police, ambulance and fire", "ambulance and fire", "police".
[[nodiscard]] QString servicesText(const EmergencyNumber& number);
// Where Tend's table of emergency numbers comes from, and that the worker should check their local number:
// the table was compiled from public lists and not confirmed with each country's services.
[[nodiscard]] QString emergencyTableNote();
// A contact's web link opens only with an internet connection; calls and texts go through the phone network.
// Empty without a web link.
[[nodiscard]] QString connectionNote(bool hasWeb, bool hasCallOrText);

} // namespace tend::ui::supporttext
