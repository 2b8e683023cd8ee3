#include "supervision/supervisioncontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "supervision/supervisionreport.h"
#include "supervision/supervisionwording.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>

namespace tend::ui {

SupervisionController::SupervisionController(QObject* parent)
    : SessionClient(parent) {
    connect(&m_sections, &QAbstractItemModel::dataChanged, this, &SupervisionController::documentChanged);
    connect(&m_talkingPoints, &QAbstractItemModel::rowsInserted, this,
            &SupervisionController::documentChanged);
    connect(&m_talkingPoints, &QAbstractItemModel::rowsRemoved, this,
            &SupervisionController::documentChanged);
    connect(&m_needs, &QAbstractItemModel::dataChanged, this, &SupervisionController::documentChanged);
}

SupervisionController::SupervisionController(AppSession& session, QObject* parent)
    : SupervisionController(parent) {
    attachTo(session);
}

void SupervisionController::onAttached() {
    const auto rebuildSoon = [this] {
        rebuild();
    };
    m_checkinChanges = session()->checkins().changes().subscribe(rebuildSoon);
    m_momentChanges = session()->hardMoments().changes().subscribe(rebuildSoon);
    m_planChanges = session()->plan().changes().subscribe(rebuildSoon);
    m_assessmentChanges = session()->assessments().changes().subscribe(rebuildSoon);
    m_settingsChanges = session()->settings().changes().subscribe(rebuildSoon);
    rebuild();
}

void SupervisionController::rebuild() {
    const int weeks = periodWeeks[static_cast<std::size_t>(m_periodIndex)];
    try {
        m_data = readSupervisionData(*session(), weeks);
        m_errorText.clear();
    } catch (const StorageError& error) {
        // The period still frames the worker's own words, which need no stored data.
        m_data = {};
        m_data.facts.period = SupervisionPeriod::endingOn(session()->today(), weeks);
        m_errorText = storageErrorText(error);
    }
    m_sections.setFacts(m_data.facts);
    emit summaryChanged();
    emit documentChanged();
    emit messageChanged();
}

void SupervisionController::setMessage(QString confirmation, QString error) {
    m_confirmation = std::move(confirmation);
    m_errorText = std::move(error);
    emit messageChanged();
}

QStringList SupervisionController::periodLabels() const {
    QStringList labels;
    for (const int weeks : periodWeeks)
        labels << tr("%1 weeks").arg(weeks);
    return labels;
}

void SupervisionController::setPeriodIndex(int index) {
    if (index == m_periodIndex || index < 0 || index >= static_cast<int>(periodWeeks.size()))
        return;
    m_periodIndex = index;
    m_confirmation.clear();
    rebuild();
}

QString SupervisionController::periodText() const {
    // A format of its own: the locale's long format starts with the weekday, too long for one line.
    const QString format = tr("d MMMM yyyy", "date format of the period line");
    const QLocale locale;
    const auto& period = m_data.facts.period;
    return tr("%1 to %2")
        .arg(locale.toString(toQDate(period.from), format), locale.toString(toQDate(period.to), format));
}

QString SupervisionController::checkinDaysText() const {
    const int days = m_data.facts.workload.checkinDays;
    if (days == 0)
        return tr("No check-ins in this period yet. Your talking points can still go in.");
    return days == 1 ? tr("1 day with a check-in") : tr("%1 days with a check-in").arg(days);
}

void SupervisionController::setOwnWords(const QString& words) {
    if (words == m_ownWords)
        return;
    m_ownWords = words;
    emit documentChanged();
}

void SupervisionController::setIncludeScores(bool include) {
    if (include == m_includeScores)
        return;
    m_includeScores = include;
    m_confirmation.clear();
    emit documentChanged();
}

void SupervisionController::setNeedsNote(const QString& note) {
    const QString kept = note.left(SupervisionChoices::maxNeedsNoteLength);
    if (kept == m_needsNote)
        return;
    m_needsNote = kept;
    emit documentChanged();
}

void SupervisionController::setNeedPicked(int row, bool picked) {
    if (m_needs.setPicked(row, picked))
        m_confirmation.clear();
}

SupervisionSummary SupervisionController::document() const {
    SupervisionChoices choices;
    m_sections.applyTo(choices);
    choices.includeScores = m_includeScores;
    choices.talkingPoints = m_talkingPoints.stringList();
    choices.ownWords = m_ownWords;
    choices.needs = m_needs.pickedLabels();
    choices.needsNote = m_needsNote;
    // Before QML hands over the session there are no facts, so no question names to look up either.
    static const CheckinDefinition noDefinition;
    return supervisionDocument(m_data.facts, choices, session() ? session()->definition() : noDefinition,
                               m_data.packs);
}

QString SupervisionController::previewText() const {
    return SupervisionReport(document()).plainText();
}

QString SupervisionController::defaultFileName() const {
    return QStringLiteral("tend-supervision-%1.pdf")
        .arg(toQDate(m_data.facts.period.to).toString(Qt::ISODate));
}

QUrl SupervisionController::defaultFolder() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

QUrl SupervisionController::defaultFile() const {
    return QUrl::fromLocalFile(QDir(defaultFolder().toLocalFile()).filePath(defaultFileName()));
}

void SupervisionController::setSectionIncluded(int row, bool included) {
    if (m_sections.setIncluded(row, included))
        m_confirmation.clear();
}

bool SupervisionController::addTalkingPoint(const QString& point) {
    const QString trimmed = point.simplified().left(SupervisionChoices::maxTalkingPointLength);
    if (trimmed.isEmpty() || m_talkingPoints.rowCount() >= SupervisionChoices::maxTalkingPoints)
        return false;
    const int row = m_talkingPoints.rowCount();
    m_talkingPoints.insertRows(row, 1);
    m_talkingPoints.setData(m_talkingPoints.index(row), trimmed);
    emit documentChanged();
    return true;
}

void SupervisionController::removeTalkingPoint(int row) {
    if (row >= 0 && row < m_talkingPoints.rowCount())
        m_talkingPoints.removeRows(row, 1);
}

bool SupervisionController::savePdf(const QUrl& file) {
    QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        setMessage({}, tr("Choose where to save the PDF first."));
        return false;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    const QString problem = SupervisionReport(document()).writePdf(path);
    if (!problem.isEmpty()) {
        setMessage({}, problem);
        return false;
    }
    setMessage(tr("Saved as %1. It stays on this device until you choose to share it.")
                   .arg(QFileInfo(path).fileName()),
               {});
    return true;
}

void SupervisionController::copyText() {
    auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance());
    if (!app) {
        setMessage({}, tr("Copying isn't available here."));
        return;
    }
    QGuiApplication::clipboard()->setText(previewText());
    setMessage(tr("Copied. Paste it wherever you choose: Tend itself sends nothing."), {});
}

} // namespace tend::ui
