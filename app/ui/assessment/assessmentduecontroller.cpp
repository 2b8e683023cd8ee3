#include "assessment/assessmentduecontroller.h"

#include "app/appsession.h"
#include "assessment/assessmentdraft.h"
#include "common/dateconversion.h"
#include "common/storageguard.h"
#include "storage/storageerror.h"

#include <QLocale>

namespace tend::ui {

AssessmentDueController::AssessmentDueController(QObject* parent)
    : SessionClient(parent) {
    connect(&m_packs, &AssessmentPacksModel::reloaded, this, &AssessmentDueController::refresh);
}

AssessmentDueController::AssessmentDueController(AppSession& session, QObject* parent)
    : AssessmentDueController(parent) {
    attachTo(session);
}

void AssessmentDueController::onAttached() {
    m_settingsChanges = session()->settings().changes().subscribe([this] { refresh(); });
    m_packs.attach(*session());
    refresh();
}

QDate AssessmentDueController::hiddenUntil() const {
    if (!attached())
        return {};
    const auto stored =
        readOr([this] { return session()->settings().value(hiddenUntilKey); }, std::optional<std::string>());
    return stored ? QDate::fromString(QString::fromStdString(*stored), Qt::ISODate) : QDate();
}

void AssessmentDueController::refresh() {
    const auto* previous = m_row;
    m_row = nullptr;
    const QDate until = hiddenUntil();
    const bool hidden = m_hiddenForNow || (until.isValid() && toQDate(session()->today()) < until);
    if (!hidden)
        for (const auto& row : m_packs.rows())
            if (row.due.due) {
                m_row = &row;
                break;
            }
    // Rows are rebuilt on every reload, so a same-looking pointer may still mean new text.
    if (m_row || previous)
        emit changed();
}

QString AssessmentDueController::packId() const {
    return m_row ? QString::fromStdString(m_row->available.pack.id) : QString();
}

QString AssessmentDueController::text() const {
    if (!m_row)
        return {};
    const auto name = QString::fromStdString(m_row->available.pack.name);
    if (m_row->available.fromOrganisation)
        return tr("%1, from your organisation, is ready whenever you are").arg(name);
    // Tend's own pack names are ours and plain nouns ("Monthly reflection"), so they read well mid-sentence.
    const QString lowered = name.isEmpty() ? name : QLocale().toLower(name.left(1)) + name.mid(1);
    return tr("Your %1 is ready whenever you are").arg(lowered);
}

QString AssessmentDueController::detail() const {
    if (!m_row)
        return {};
    return m_row->available.pack.items.size() == 1
               ? tr("1 question about %1. Any of it can be left out.")
                     .arg(QString::fromStdString(m_row->available.pack.recall))
               : tr("%1 questions about %2. Any of them can be left out.")
                     .arg(m_row->available.pack.items.size())
                     .arg(QString::fromStdString(m_row->available.pack.recall));
}

void AssessmentDueController::start() {
    if (m_row)
        AssessmentDraft::open(m_row->available.pack.id);
}

void AssessmentDueController::notNow() {
    const auto until = toQDate(session()->today()).addDays(notNowDays);
    try {
        session()->settings().setValue(hiddenUntilKey, until.toString(Qt::ISODate).toStdString());
    } catch (const StorageError& error) {
        qWarning("Could not store when to offer the self-assessment again: %s", error.what());
        m_hiddenForNow = true;
    }
    refresh();
}

} // namespace tend::ui
