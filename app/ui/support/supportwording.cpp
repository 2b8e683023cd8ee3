#include "support/supportwording.h"

#include <QCoreApplication>
#include <QStringList>

namespace tend::ui::supporttext {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("SupportText", text);
}

QString serviceName(EmergencyService service) {
    switch (service) {
    case EmergencyService::Police:
        return tr("police");
    case EmergencyService::Ambulance:
        return tr("ambulance");
    case EmergencyService::Fire:
        return tr("fire");
    }
    return {};
}

} // namespace

QString kindLabel(PersonalContactKind kind) {
    switch (kind) {
    case PersonalContactKind::Gp:
        return tr("GP");
    case PersonalContactKind::Therapist:
        return tr("Therapist");
    case PersonalContactKind::PeerSupporter:
        return tr("Peer supporter");
    case PersonalContactKind::TrustedPerson:
        return tr("Trusted person");
    case PersonalContactKind::Helpline:
        return tr("Helpline");
    case PersonalContactKind::Other:
        return tr("Other");
    }
    return {};
}

QString servicesText(const EmergencyNumber& number) {
    QStringList names;
    for (const auto service : allEmergencyServices)
        if (number.reaches(service))
            names << serviceName(service);
    if (names.size() == 3)
        return tr("police, ambulance and fire");
    if (names.size() == 2)
        return tr("%1 and %2").arg(names[0], names[1]);
    return names.value(0);
}

QString emergencyTableNote() {
    return tr("Tend's emergency numbers come from public lists and have not been checked with each "
              "country's emergency services. Please make sure you know the right number where you are.");
}

QString connectionNote(bool hasWeb, bool hasCallOrText) {
    if (!hasWeb)
        return {};
    return hasCallOrText ? tr("Its website needs an internet connection; calls and texts do not.")
                         : tr("This needs an internet connection.");
}

} // namespace tend::ui::supporttext
