#include "support/supportcontroller.h"

#include "app/appsession.h"
#include "storage/storageerror.h"

namespace tend::ui {

SupportController::SupportController(QObject* parent)
    : SessionClient(parent) {}

SupportController::SupportController(AppSession& session, QObject* parent)
    : SupportController(parent) {
    attachTo(session);
}

void SupportController::onAttached() {
    // The imported profile lives in the settings, so an import or a reset in Settings shows here at once.
    m_settingsChanges = session()->settings().changes().subscribe([this] { reload(); });
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

    std::vector<ContactsModel::Contact> lines;
    for (const auto& line : profile.crisisLines)
        lines.push_back(ContactsModel::fromCrisisLine(line));
    m_crisisLines.setContacts(std::move(lines));

    std::vector<ContactsModel::Contact> assistance;
    if (profile.employeeAssistance)
        assistance.push_back(ContactsModel::fromAssistance(*profile.employeeAssistance));
    m_assistance.setContacts(std::move(assistance));

    std::vector<ContactsModel::Contact> supervisor;
    if (profile.supervisor)
        supervisor.push_back(ContactsModel::fromSupervisor(*profile.supervisor));
    m_supervisor.setContacts(std::move(supervisor));

    m_organisation = QString::fromStdString(profile.organisation);
    emit profileChanged();
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
