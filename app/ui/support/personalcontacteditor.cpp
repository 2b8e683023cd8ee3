#include "support/personalcontacteditor.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "storage/invalidpersonalcontact.h"
#include "storage/personalcontactrepository.h"
#include "storage/storageerror.h"
#include "support/supportwording.h"

#include <algorithm>
#include <iterator>

namespace tend::ui {

namespace {

constexpr int kindCount = static_cast<int>(std::size(allPersonalContactKinds));

std::string utf8(const QString& text) {
    return text.toStdString();
}

} // namespace

PersonalContactEditor::PersonalContactEditor(QObject* parent)
    : SessionClient(parent) {}

PersonalContactEditor::PersonalContactEditor(AppSession& session, QObject* parent)
    : PersonalContactEditor(parent) {
    attachTo(session);
}

void PersonalContactEditor::onAttached() {
    m_changes = session()->personalContacts().changes().subscribe([this] { reload(); });
    reload();
}

void PersonalContactEditor::reload() {
    try {
        m_stored = session()->personalContacts().all();
    } catch (const StorageError& error) {
        m_stored.clear();
        m_errorText = storageErrorText(error);
        emit stateChanged();
    }
    emit listChanged();
}

bool PersonalContactEditor::canAdd() const {
    return m_stored.size() < PersonalContactRepository::maxContacts;
}

QString PersonalContactEditor::listHint() const {
    if (!canAdd())
        return tr("You have %1 contacts, as many as Tend keeps. Remove one to add another.")
            .arg(m_stored.size());
    return hasContacts() ? tr("They show here and on the lock screen, in this order.")
                         : tr("Add the people and services you would turn to: your GP, a therapist, a peer "
                              "supporter, someone you trust. They show here and on the lock screen.");
}

QStringList PersonalContactEditor::kindLabels() const {
    QStringList labels;
    for (const auto kind : allPersonalContactKinds)
        labels << supporttext::kindLabel(kind);
    return labels;
}

QString PersonalContactEditor::editorTitle() const {
    if (!m_editing)
        return {};
    return m_editingId == 0 ? tr("Add a contact") : tr("Change %1").arg(m_name.trimmed());
}

QString PersonalContactEditor::removeQuestion() const {
    const auto it = std::find_if(m_stored.begin(), m_stored.end(), [this](const PersonalContact& contact) {
        return contact.id == m_editingId;
    });
    if (!m_confirmingRemove || it == m_stored.end())
        return {};
    return tr("Remove %1 from your contacts? Tend keeps no other copy of these details.")
        .arg(QString::fromStdString(it->name));
}

void PersonalContactEditor::setKindIndex(int index) {
    index = std::clamp(index, 0, kindCount - 1);
    if (index == m_kindIndex)
        return;
    m_kindIndex = index;
    emit fieldsChanged();
}

void PersonalContactEditor::setField(QString& field, const QString& text) {
    if (field == text)
        return;
    field = text;
    emit fieldsChanged();
}

void PersonalContactEditor::setName(const QString& text) {
    setField(m_name, text);
}
void PersonalContactEditor::setPhone(const QString& text) {
    setField(m_phone, text);
}
void PersonalContactEditor::setSms(const QString& text) {
    setField(m_sms, text);
}
void PersonalContactEditor::setUrl(const QString& text) {
    setField(m_url, text);
}
void PersonalContactEditor::setNote(const QString& text) {
    setField(m_note, text);
}

void PersonalContactEditor::clearMessages() {
    m_errorText.clear();
    m_confirmation.clear();
}

PersonalContact PersonalContactEditor::draft() const {
    PersonalContact contact;
    contact.id = m_editingId;
    contact.kind = allPersonalContactKinds[std::clamp(m_kindIndex, 0, kindCount - 1)];
    contact.name = utf8(m_name);
    contact.phone = utf8(m_phone);
    contact.sms = utf8(m_sms);
    contact.url = utf8(m_url);
    contact.note = utf8(m_note);
    return normalisedPersonalContact(std::move(contact));
}

QString PersonalContactEditor::fieldError(ContactField field) const {
    if (!m_editing || !m_triedSave)
        return {};
    for (const auto& problem : personalContactProblems(draft()))
        if (problem.field == field)
            return problemText(problem);
    return {};
}

QString PersonalContactEditor::problemText(const PersonalContactProblem& problem) const {
    switch (problem.issue) {
    case ContactIssue::Missing:
        return problem.field == ContactField::Name
                   ? tr("Please give the contact a name.")
                   : tr("Add at least one way to reach them: a phone number, a number for text messages or "
                        "a web link.");
    case ContactIssue::TooLong: {
        const auto limit = problem.field == ContactField::Name  ? PersonalContact::maxNameLength
                           : problem.field == ContactField::Url ? PersonalContact::maxUrlLength
                                                                : PersonalContact::maxNoteLength;
        return tr("This is too long: at most %1 characters.").arg(limit);
    }
    case ContactIssue::NotOneLine:
        return tr("Please keep this to one line.");
    case ContactIssue::PhoneCharacters:
        return tr("A phone number can have digits, spaces, +, - and parentheses, and nothing else.");
    case ContactIssue::PhoneLength:
        return tr("A phone number has %1 to %2 characters.")
            .arg(PersonalContact::minPhoneLength)
            .arg(PersonalContact::maxPhoneLength);
    case ContactIssue::PhonePlus:
        return tr("A + can only come at the start of a phone number.");
    case ContactIssue::PhoneDigits:
        return tr("A phone number needs at least 3 digits.");
    case ContactIssue::NotHttps:
        return tr("Tend opens only secure web links, which start with https://.");
    case ContactIssue::BadAddress:
        return tr("This doesn't look like a web address. It should look like example.org.");
    }
    return {};
}

bool PersonalContactEditor::startNew() {
    clearMessages();
    if (!canAdd()) {
        emit stateChanged();
        return false;
    }
    m_editing = true;
    m_editingId = 0;
    m_triedSave = false;
    m_confirmingRemove = false;
    m_kindIndex = 0;
    m_name.clear();
    m_phone.clear();
    m_sms.clear();
    m_url.clear();
    m_note.clear();
    emit stateChanged();
    emit fieldsChanged();
    return true;
}

bool PersonalContactEditor::startEdit(qint64 id) {
    clearMessages();
    const auto it = std::find_if(m_stored.begin(), m_stored.end(),
                                 [id](const PersonalContact& contact) { return contact.id == id; });
    if (it == m_stored.end()) {
        emit stateChanged();
        return false;
    }
    m_editing = true;
    m_editingId = id;
    m_triedSave = false;
    m_confirmingRemove = false;
    m_kindIndex = static_cast<int>(
        std::find(std::begin(allPersonalContactKinds), std::end(allPersonalContactKinds), it->kind) -
        std::begin(allPersonalContactKinds));
    m_name = QString::fromStdString(it->name);
    m_phone = QString::fromStdString(it->phone);
    m_sms = QString::fromStdString(it->sms);
    m_url = QString::fromStdString(it->url);
    m_note = QString::fromStdString(it->note);
    emit stateChanged();
    emit fieldsChanged();
    return true;
}

bool PersonalContactEditor::save() {
    if (!m_editing)
        return false;
    clearMessages();
    m_triedSave = true;
    const auto contact = draft();
    if (!personalContactProblems(contact).empty()) {
        emit fieldsChanged();
        emit stateChanged();
        return false;
    }
    try {
        if (m_editingId == 0)
            static_cast<void>(session()->personalContacts().add(contact));
        else
            session()->personalContacts().update(contact);
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit stateChanged();
        return false;
    } catch (const InvalidPersonalContact&) {
        // draft() was checked above with the same rules; this only keeps a mismatch from escaping.
        emit fieldsChanged();
        emit stateChanged();
        return false;
    }
    m_confirmation = tr("Saved. %1 is on your Support page and on the lock screen.")
                         .arg(QString::fromStdString(contact.name));
    m_editing = false;
    m_editingId = 0;
    m_triedSave = false;
    emit stateChanged();
    emit fieldsChanged();
    return true;
}

void PersonalContactEditor::cancel() {
    clearMessages();
    m_editing = false;
    m_editingId = 0;
    m_triedSave = false;
    m_confirmingRemove = false;
    emit stateChanged();
    emit fieldsChanged();
}

void PersonalContactEditor::askRemove() {
    if (!m_editing || m_editingId == 0)
        return;
    clearMessages();
    m_confirmingRemove = true;
    emit stateChanged();
}

void PersonalContactEditor::cancelRemove() {
    m_confirmingRemove = false;
    emit stateChanged();
}

bool PersonalContactEditor::confirmRemove() {
    if (!m_confirmingRemove || m_editingId == 0)
        return false;
    const QString removed = m_name.trimmed();
    clearMessages();
    try {
        session()->personalContacts().remove(m_editingId);
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit stateChanged();
        return false;
    }
    m_confirmation = tr("%1 was removed from your contacts.").arg(removed);
    m_editing = false;
    m_editingId = 0;
    m_triedSave = false;
    m_confirmingRemove = false;
    emit stateChanged();
    emit fieldsChanged();
    return true;
}

bool PersonalContactEditor::moveUp(qint64 id) {
    return move(id, -1);
}

bool PersonalContactEditor::moveDown(qint64 id) {
    return move(id, 1);
}

bool PersonalContactEditor::move(qint64 id, int step) {
    const auto it = std::find_if(m_stored.begin(), m_stored.end(),
                                 [id](const PersonalContact& contact) { return contact.id == id; });
    if (it == m_stored.end())
        return false;
    const auto index = static_cast<int>(it - m_stored.begin()) + step;
    if (index < 0 || index >= static_cast<int>(m_stored.size()))
        return false;
    clearMessages();
    try {
        session()->personalContacts().move(id, static_cast<std::size_t>(index));
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit stateChanged();
        return false;
    }
    emit stateChanged();
    return true;
}

} // namespace tend::ui
