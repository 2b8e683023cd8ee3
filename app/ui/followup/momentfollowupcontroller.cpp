#include "followup/momentfollowupcontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "common/storageguard.h"
#include "selfcare/selfcarewording.h"
#include "settings/momentrecheck.h"
#include "storage/storageerror.h"

#include <QLocale>

namespace tend::ui {

MomentFollowUpController::MomentFollowUpController(QObject* parent)
    : SessionClient(parent) {}

MomentFollowUpController::MomentFollowUpController(AppSession& session, QObject* parent)
    : MomentFollowUpController(parent) {
    attachTo(session);
}

void MomentFollowUpController::onAttached() {
    m_momentChanges = session()->hardMoments().changes().subscribe([this] { reload(); });
    // The re-check and the organisation profile are settings.
    m_settingsChanges = session()->settings().changes().subscribe([this] { reload(); });
    reload();
}

void MomentFollowUpController::reload() {
    const auto care =
        readOr([this] { return std::optional(session()->careSnapshot()); }, std::optional<CareSnapshot>{});
    m_read = care.has_value();
    m_followUp = care ? care->momentFollowUp : MomentFollowUp{};
    const auto& cards = session()->content().learningCards;
    const auto* grounding = m_followUp.groundingCardId ? cards.find(*m_followUp.groundingCardId) : nullptr;
    m_groundingTitle = grounding ? cardTitle(*grounding) : QString();
    m_groundingParagraphs = grounding ? cardParagraphs(*grounding) : QStringList();
    const auto* reactions = m_followUp.learningCardId ? cards.find(*m_followUp.learningCardId) : nullptr;
    m_reactionsTitle = reactions ? cardTitle(*reactions) : QString();
    m_reactionsSummary = reactions ? cardSummary(*reactions) : QString();
    m_reactionsParagraphs = reactions ? cardParagraphs(*reactions) : QStringList();

    // Peer supporters first: a debrief with a colleague trained for it is what many services offer first.
    std::vector<ContactsModel::Contact> contacts;
    for (const auto& peer : m_followUp.peerSupport)
        contacts.push_back(ContactsModel::fromAssistance(peer));
    if (m_followUp.debriefContact) {
        auto supervisor = ContactsModel::fromSupervisor(*m_followUp.debriefContact);
        supervisor.note = tr("Your supervisor, for a debrief if and when you want one.");
        contacts.push_back(std::move(supervisor));
    }
    if (m_followUp.assistance)
        contacts.push_back(ContactsModel::fromAssistance(*m_followUp.assistance));
    m_contacts.setContacts(std::move(contacts));
    emit changed();
}

QString MomentFollowUpController::heading() const {
    if (m_followUp.intenseMomentsToday == 0 && m_followUp.recheckDue)
        return tr("Checking in, as you asked");
    return tr("After a very hard moment");
}

QString MomentFollowUpController::intro() const {
    if (!m_read)
        return tr("Your data can't be read just now. The Support page still works: it shows the people and "
                  "numbers you can reach.");
    if (m_followUp.intenseMomentsToday > 0)
        return tr(
            "That sounded very hard. Take what helps and leave the rest; there is nothing here you have "
            "to do.");
    if (m_followUp.recheckDue)
        return tr(
            "A little while ago you noted a very hard moment. How are you now? Reactions often ease over a "
            "few days. If they have not, or you would like to talk it through, this is here for you.");
    return tr("Some things that may help after a very hard moment. Take what helps and leave the rest.");
}

QString MomentFollowUpController::contactsText() const {
    if (hasContacts())
        return tr(
            "People your organisation offers for talking it through. You decide whether to talk, and how "
            "much to share.");
    return tr(
        "Your organisation profile doesn't name anyone for this. Someone you trust, a colleague or your "
        "doctor may be a good person to talk to. Your crisis contacts are on the Support page.");
}

QString MomentFollowUpController::recheckText() const {
    if (!m_followUp.recheckOn)
        return tr(
            "If you like, Tend can ask how you are in two days. It asks when you open the app; nothing is "
            "sent anywhere.");
    if (m_followUp.recheckDue)
        return tr("Tend is checking in with you now, as you asked.");
    return tr("Tend will ask how you are on %1, when you open the app.")
        .arg(QLocale().toString(toQDate(*m_followUp.recheckOn), tr("dddd d MMMM", "date format")));
}

template <typename Change> bool MomentFollowUpController::change(Change&& change) {
    // A stored change reloads the page through the settings' change notice, error text cleared.
    m_errorText.clear();
    try {
        std::forward<Change>(change)();
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit changed();
        return false;
    }
    return true;
}

bool MomentFollowUpController::askForRecheck() {
    if (!attached())
        return false;
    return change(
        [this] { (void)MomentRecheck(session()->settings()).optIn(session()->today(), recheckDays); });
}

bool MomentFollowUpController::cancelRecheck() {
    if (!attached())
        return false;
    return change([this] { MomentRecheck(session()->settings()).cancel(); });
}

} // namespace tend::ui
