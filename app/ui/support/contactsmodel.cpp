#include "support/contactsmodel.h"

#include "support/supportwording.h"

namespace tend::ui {

namespace {

QString text(const std::string& value) {
    return QString::fromStdString(value);
}

QString joined(const QStringList& parts) {
    QStringList present;
    for (const QString& part : parts)
        if (!part.isEmpty())
            present << part;
    return present.join(QStringLiteral(" · "));
}

// Sorts a profile's web address into the button it belongs to: profiles may give tel: and mailto: there.
void placeAddress(const std::string& address, ContactsModel::Contact& contact) {
    if (address.empty())
        return;
    const QUrl url(text(address));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("tel")) {
        if (contact.call.isEmpty())
            contact.call = ContactsModel::phoneUrl(url.path().toStdString(), QStringLiteral("tel"));
    } else if (scheme == QLatin1String("mailto")) {
        if (contact.email.isEmpty())
            contact.email = url;
    } else {
        contact.web = url;
    }
}

QString addressText(const QUrl& web) {
    return web.isEmpty() ? QString() : web.host();
}

// Calls and texts go through the phone network and work offline; a website or an email needs the internet,
// and a worker without a connection must not find that out at the worst moment.
ContactsModel::Contact finished(ContactsModel::Contact contact) {
    contact.offlineNote = supporttext::connectionNote(!contact.web.isEmpty() || !contact.email.isEmpty(),
                                                      !contact.call.isEmpty() || !contact.text.isEmpty());
    return contact;
}

} // namespace

ContactsModel::ContactsModel(QObject* parent)
    : QAbstractListModel(parent) {}

QUrl ContactsModel::phoneUrl(const std::string& number, const QString& scheme) {
    QString raw = text(number).trimmed();
    if (raw.startsWith(QLatin1Char('+')))
        raw.remove(QStringLiteral("(0)"));
    QString dialable;
    for (const QChar c : raw)
        if (c.isDigit() || (c == QLatin1Char('+') && dialable.isEmpty()) || c == QLatin1Char('*') ||
            c == QLatin1Char('#'))
            dialable += c;
    if (dialable.isEmpty())
        return {};
    QUrl url;
    url.setScheme(scheme);
    url.setPath(dialable);
    return url;
}

ContactsModel::Contact ContactsModel::fromCrisisLine(const CrisisLine& line) {
    Contact contact;
    contact.name = text(line.name);
    contact.note = text(line.note);
    if (!line.phone.empty())
        contact.call = phoneUrl(line.phone, QStringLiteral("tel"));
    if (!line.sms.empty())
        contact.text = phoneUrl(line.sms, QStringLiteral("sms"));
    placeAddress(line.url, contact);
    contact.detail =
        joined({text(line.phone), line.sms.empty() ? QString() : tr("text %1").arg(text(line.sms)),
                addressText(contact.web), text(line.hours)});
    return finished(std::move(contact));
}

ContactsModel::Contact ContactsModel::fromAssistance(const EmployeeAssistance& assistance) {
    Contact contact;
    contact.name = text(assistance.name);
    contact.note = text(assistance.note);
    if (!assistance.phone.empty())
        contact.call = phoneUrl(assistance.phone, QStringLiteral("tel"));
    if (!assistance.email.empty())
        contact.email = QUrl(QStringLiteral("mailto:") + text(assistance.email));
    placeAddress(assistance.url, contact);
    contact.detail = joined(
        {text(assistance.phone), text(assistance.email), addressText(contact.web), text(assistance.hours)});
    return finished(std::move(contact));
}

ContactsModel::Contact ContactsModel::fromSupervisor(const SupervisorContact& supervisor) {
    Contact contact;
    contact.name = text(supervisor.name);
    if (!supervisor.phone.empty())
        contact.call = phoneUrl(supervisor.phone, QStringLiteral("tel"));
    if (!supervisor.email.empty())
        contact.email = QUrl(QStringLiteral("mailto:") + text(supervisor.email));
    contact.detail = joined({text(supervisor.phone), text(supervisor.email)});
    return finished(std::move(contact));
}

ContactsModel::Contact ContactsModel::fromPersonal(const PersonalContact& personal) {
    Contact contact;
    contact.id = personal.id;
    contact.name = text(personal.name);
    contact.note = text(personal.note);
    if (!personal.phone.empty())
        contact.call = phoneUrl(personal.phone, QStringLiteral("tel"));
    if (!personal.sms.empty())
        contact.text = phoneUrl(personal.sms, QStringLiteral("sms"));
    if (!personal.url.empty())
        contact.web = QUrl(text(personal.url));
    contact.detail = joined({supporttext::kindLabel(personal.kind), text(personal.phone),
                             personal.sms.empty() ? QString() : tr("text %1").arg(text(personal.sms)),
                             addressText(contact.web)});
    return finished(std::move(contact));
}

ContactsModel::Contact ContactsModel::fromEmergency(const EmergencyNumber& number, const QString& name,
                                                    const QString& others) {
    Contact contact;
    contact.name = name;
    contact.call = phoneUrl(number.dial, QStringLiteral("tel"));
    contact.detail = joined(
        {text(number.dial), tr("reaches %1").arg(supporttext::servicesText(number)), text(number.note)});
    contact.note = others;
    return finished(std::move(contact));
}

int ContactsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

QVariant ContactsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact& contact = m_contacts[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case DetailRole:
        return contact.detail;
    case NoteRole:
        return contact.note;
    case CallUrlRole:
        return contact.call.toString();
    case TextUrlRole:
        return contact.text.toString();
    case WebUrlRole:
        return contact.web.toString();
    case EmailUrlRole:
        return contact.email.toString();
    case CallLabelRole:
        return tr("Call %1").arg(contact.name);
    case TextLabelRole:
        return tr("Send a text to %1").arg(contact.name);
    case WebLabelRole:
        return tr("Open the website of %1").arg(contact.name);
    case EmailLabelRole:
        return tr("Email %1").arg(contact.name);
    case HasActionsRole:
        return !contact.call.isEmpty() || !contact.text.isEmpty() || !contact.web.isEmpty() ||
               !contact.email.isEmpty();
    case OfflineNoteRole:
        return contact.offlineNote;
    case ContactIdRole:
        // A number, as QML handles it; ids stay far below 2^53.
        return static_cast<double>(contact.id);
    case CanMoveUpRole:
        return index.row() > 0;
    case CanMoveDownRole:
        return index.row() + 1 < rowCount();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactsModel::roleNames() const {
    return {
        {NameRole, "name"},
        {DetailRole, "detail"},
        {NoteRole, "note"},
        {CallUrlRole, "callUrl"},
        {TextUrlRole, "textUrl"},
        {WebUrlRole, "webUrl"},
        {EmailUrlRole, "emailUrl"},
        {CallLabelRole, "callLabel"},
        {TextLabelRole, "textLabel"},
        {WebLabelRole, "webLabel"},
        {EmailLabelRole, "emailLabel"},
        {HasActionsRole, "hasActions"},
        {OfflineNoteRole, "offlineNote"},
        {ContactIdRole, "contactId"},
        {CanMoveUpRole, "canMoveUp"},
        {CanMoveDownRole, "canMoveDown"},
    };
}

void ContactsModel::setContacts(std::vector<Contact> contacts) {
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

} // namespace tend::ui
