#include "support/supportcontroller.h"

#include "app/appsession.h"
#include "settings/emergencycountrysetting.h"
#include "storage/storageerror.h"
#include "support/emergencychoice.h"
#include "support/supportwording.h"

#include <QStringList>

namespace tend::ui {

namespace {

QString names(const ContactsModel& model) {
    QStringList list;
    for (const auto& contact : model.contacts())
        list << contact.name;
    return list.join(QStringLiteral(", "));
}

QString capitalised(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

SupportController::SupportController(QObject* parent)
    : SessionClient(parent) {}

SupportController::SupportController(AppSession& session, QObject* parent)
    : SupportController(parent) {
    attachTo(session);
}

void SupportController::onAttached() {
    // The imported profile and the emergency country live in the settings, so a change in Settings shows
    // here at once; so does a contact added, edited or moved on the Support page.
    m_settingsChanges = session()->settings().changes().subscribe([this] { reload(); });
    m_contactChanges = session()->personalContacts().changes().subscribe([this] { reload(); });
    reload();
}

void SupportController::reload() {
    OrgProfileStore::Loaded loaded;
    m_notice.clear();
    try {
        loaded = session()->orgProfile().load();
        if (!loaded.storedProblem.empty())
            m_notice = tr("Your organisation's profile couldn't be read by this version of Tend, so the "
                          "built-in contacts are shown. Importing the profile again in Settings may help.");
    } catch (const StorageError& error) {
        // Crisis lines must show even when storage fails: the shipped default needs no storage.
        qWarning("Reading the organisation profile failed: %s", error.what());
        loaded.profile = parseOrgProfile(session()->content().defaultOrgProfile);
        m_notice = tr("Your saved settings can't be read just now, so the built-in contacts are shown.");
    }
    const OrgProfile& profile = loaded.profile;

    loadEmergency();

    std::vector<ContactsModel::Contact> lines;
    for (const auto& line : profile.crisisLines)
        lines.push_back(ContactsModel::fromCrisisLine(line));
    m_crisisLines.setContacts(std::move(lines));

    loadPersonal();

    std::vector<ContactsModel::Contact> peers;
    for (const auto& peer : profile.peerSupport)
        peers.push_back(ContactsModel::fromAssistance(peer));
    m_peerSupport.setContacts(std::move(peers));

    std::vector<ContactsModel::Contact> assistance;
    if (profile.employeeAssistance)
        assistance.push_back(ContactsModel::fromAssistance(*profile.employeeAssistance));
    m_assistance.setContacts(std::move(assistance));

    std::vector<ContactsModel::Contact> supervisor;
    if (profile.supervisor)
        supervisor.push_back(ContactsModel::fromSupervisor(*profile.supervisor));
    m_supervisor.setContacts(std::move(supervisor));

    m_organisation = QString::fromStdString(profile.organisation);
    buildSummary();
    emit profileChanged();
}

void SupportController::loadEmergency() {
    using Basis = EmergencyChoice::Basis;
    EmergencyCountrySetting::Choice choice;
    try {
        choice = EmergencyCountrySetting(session()->settings()).load();
    } catch (const StorageError& error) {
        // The device's region still gives a number when the choice cannot be read.
        qWarning("Reading the emergency country failed: %s", error.what());
    }
    const auto resolved =
        resolveEmergencyChoice(session()->content().emergencyNumbers, choice, session()->deviceRegion());
    std::vector<ContactsModel::Contact> numbers;
    m_emergencyHint.clear();
    if (const auto* country = resolved.country) {
        const QString countryName = QString::fromStdString(country->name);
        QStringList dials;
        if (const auto* general = country->generalNumber()) {
            QStringList others;
            for (const auto& number : country->numbers)
                if (&number != general)
                    others << tr("%1 for %2")
                                  .arg(QString::fromStdString(number.dial),
                                       supporttext::servicesText(number));
            numbers.push_back(ContactsModel::fromEmergency(
                *general, tr("Emergency services, %1").arg(countryName),
                others.isEmpty() ? QString()
                                 : tr("Other numbers: %1.").arg(others.join(QStringLiteral(", ")))));
            dials << QString::fromStdString(general->dial);
        } else {
            // No one number for all services (Japan, say): each number with whom it reaches.
            for (const auto& number : country->numbers) {
                numbers.push_back(ContactsModel::fromEmergency(
                    number, tr("%1, %2").arg(capitalised(supporttext::servicesText(number)), countryName),
                    {}));
                dials << QString::fromStdString(number.dial);
            }
        }
        m_emergencyText =
            dials.size() == 1
                ? tr("%1: in an emergency, call %2. A call works without internet.")
                      .arg(countryName, dials.first())
                : tr("%1: in an emergency, call %2. A call works without internet.")
                      .arg(countryName,
                           tr("%1 or %2")
                               .arg(dials.mid(0, dials.size() - 1).join(QStringLiteral(", ")), dials.last()));
        m_emergencySummary =
            dials.size() == 1
                ? tr("Your emergency number: %1 (%2).").arg(dials.first(), countryName)
                : tr("Your emergency numbers: %1 (%2).").arg(dials.join(QStringLiteral(", ")), countryName);
        m_emergencyHint = resolved.basis == Basis::Chosen
                              ? tr("You chose %1 in Settings, where you can change it.").arg(countryName)
                              : tr("Chosen from this device's region. If you are somewhere else, choose your "
                                   "country in Settings.");
    } else {
        m_emergencyText = resolved.basis == Basis::Unknown
                              ? tr("Tend doesn't know which country you are in. If you or someone else is "
                                   "in danger, call your local emergency number.")
                              : tr("Tend doesn't have the emergency number for your country. If you or "
                                   "someone else is in danger, call your local emergency number.");
        m_emergencySummary = tr("Emergency number: not known to Tend, so call your local emergency number.");
        m_emergencyHint = resolved.basis == Basis::Unknown
                              ? tr("Choose your country in Settings to see its emergency number here.")
                              : tr("You can choose another country in Settings.");
    }
    m_emergency.setContacts(std::move(numbers));
}

void SupportController::loadPersonal() {
    std::vector<ContactsModel::Contact> contacts;
    try {
        for (const auto& contact : session()->personalContacts().all())
            contacts.push_back(ContactsModel::fromPersonal(contact));
    } catch (const StorageError& error) {
        // Everything else on the page needs no storage, so it still shows.
        qWarning("Reading the personal contacts failed: %s", error.what());
        if (m_notice.isEmpty())
            m_notice = tr("Your own contacts can't be read just now. The other contacts are shown.");
    }
    m_personal.setContacts(std::move(contacts));
}

void SupportController::buildSummary() {
    QStringList lines{m_emergencySummary};
    QStringList crisis;
    for (const auto& line : m_crisisLines.contacts())
        crisis << (line.call.isEmpty() && line.text.isEmpty() && !line.web.isEmpty()
                       ? tr("%1 (needs an internet connection)").arg(line.name)
                       : line.name);
    if (!crisis.isEmpty())
        lines << tr("Crisis lines: %1.").arg(crisis.join(QStringLiteral(", ")));
    lines << (hasPersonalContacts() ? tr("Your own contacts: %1.").arg(names(m_personal))
                                    : tr("Your own contacts: none added yet."));
    if (hasPeerSupport())
        lines << tr("Peer support: %1.").arg(names(m_peerSupport));
    if (hasAssistance())
        lines << tr("Employee assistance: %1.").arg(names(m_assistance));
    if (hasSupervisor())
        lines << tr("Your supervisor: %1.").arg(names(m_supervisor));
    m_summary = lines.join(QLatin1Char('\n'));
}

QString SupportController::emergencyTableNote() const {
    return supporttext::emergencyTableNote();
}

QString SupportController::peerSupportHeading() const {
    return hasOrganisation() ? tr("Peer support at %1").arg(m_organisation) : tr("Peer support");
}

QString SupportController::organisationText() const {
    return hasOrganisation() ? tr("Contacts from %1").arg(m_organisation) : tr("No organisation profile yet");
}

QString SupportController::organisationHint() const {
    return hasOrganisation()
               ? tr("Your organisation provided these contacts. You can change the profile in Settings.")
               : tr("If your organisation gives you a profile file, import it in Settings to see their "
                    "support contacts here.");
}

} // namespace tend::ui
