#include "data/exportcontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "exchange/datatransfer.h"
#include "storage/atomicfile.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

#include <array>

namespace tend::ui {

namespace {

constexpr std::array<ExportFormat, 3> formats{ExportFormat::Json, ExportFormat::Csv, ExportFormat::Fhir};
constexpr std::array<const char*, 3> formatNames{"json", "csv", "fhir"};

} // namespace

ExportController::ExportController(QObject* parent)
    : SessionClient(parent) {
    // Any change of choice makes the last result stale.
    connect(this, &ExportController::choicesChanged, this, [this] {
        if (!m_confirmation.isEmpty() || !m_errorText.isEmpty())
            setMessage({}, {});
    });
}

ExportController::ExportController(AppSession& session, QObject* parent)
    : ExportController(parent) {
    attachTo(session);
}

void ExportController::onAttached() {
    const QDate today = toQDate(session()->today());
    m_customFrom = today.addMonths(-1);
    m_customTo = today;
    emit choicesChanged();
}

QStringList ExportController::formatLabels() const {
    return {tr("Tend file (JSON)"), tr("Spreadsheet (CSV)"), tr("Health record (FHIR)")};
}

void ExportController::setFormatIndex(int index) {
    if (index == m_formatIndex || index < 0 || index >= static_cast<int>(formats.size()))
        return;
    m_formatIndex = index;
    m_notes = formats.at(static_cast<std::size_t>(index)) == ExportFormat::Json;
    emit choicesChanged();
}

QString ExportController::notesExplanation() const {
    if (formats.at(static_cast<std::size_t>(m_formatIndex)) == ExportFormat::Json)
        return {};
    return tr("Private notes start switched off here: this kind of file is not encrypted and is often opened "
              "on other computers. Switch them on only if you want your own words in it.");
}

QString ExportController::formatExplanation() const {
    switch (m_formatIndex) {
    case 0:
        return tr("Everything you choose, in a form Tend can import again, here or on a new phone.");
    case 1:
        return tr("One row per day, to open in a spreadsheet. Tend can't import it again.");
    default:
        return tr("A standard health-record format, for a clinician's system if you choose to share.");
    }
}

QStringList ExportController::rangeLabels() const {
    return {tr("All"), tr("Last 30 days"), tr("Last 12 months"), tr("Choose dates")};
}

void ExportController::setRangeIndex(int index) {
    if (index == m_rangeIndex || index < AllTime || index > Custom)
        return;
    m_rangeIndex = index;
    emit choicesChanged();
}

void ExportController::setCustomFrom(QDate from) {
    if (from == m_customFrom)
        return;
    m_customFrom = from;
    emit choicesChanged();
}

void ExportController::setCustomTo(QDate to) {
    if (to == m_customTo)
        return;
    m_customTo = to;
    emit choicesChanged();
}

QString ExportController::customFromText() const {
    return m_customFrom.toString(Qt::ISODate);
}

void ExportController::setCustomFromText(const QString& text) {
    setCustomFrom(QDate::fromString(text.trimmed(), Qt::ISODate));
}

QString ExportController::customToText() const {
    return m_customTo.toString(Qt::ISODate);
}

void ExportController::setCustomToText(const QString& text) {
    setCustomTo(QDate::fromString(text.trimmed(), Qt::ISODate));
}

QDate ExportController::rangeFrom() const {
    if (!attached())
        return {};
    const QDate today = toQDate(session()->today());
    switch (m_rangeIndex) {
    case Last30Days:
        return today.addDays(-29);
    case Last12Months:
        return today.addMonths(-12).addDays(1);
    case Custom:
        return m_customFrom;
    default:
        return {};
    }
}

QDate ExportController::rangeTo() const {
    if (!attached())
        return {};
    if (m_rangeIndex == Custom)
        return m_customTo;
    return m_rangeIndex == AllTime ? QDate() : toQDate(session()->today());
}

QString ExportController::rangeText() const {
    if (m_rangeIndex == AllTime)
        return tr("Everything from your first day on.");
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    if (!from.isValid() || !to.isValid())
        return tr("Please write both dates as year-month-day, for example 2026-01-31.");
    if (from > to)
        return tr("The first date comes after the last one.");
    const QString format = tr("d MMMM yyyy", "date format of the export range");
    const QLocale locale;
    return tr("From %1 to %2.").arg(locale.toString(from, format), locale.toString(to, format));
}

bool ExportController::canExport() const {
    const bool anything =
        m_checkins || m_hardMoments || m_plan || m_reflections || m_promptHistory || m_settings;
    if (!anything || m_rangeIndex == AllTime)
        return anything;
    const QDate from = rangeFrom();
    const QDate to = rangeTo();
    return from.isValid() && to.isValid() && from <= to;
}

QString ExportController::warning() const {
    return tr("An export file is not encrypted: anyone who has the file can read it, notes included. "
              "Keep it somewhere only you can reach, and delete it when you no longer need it.");
}

QUrl ExportController::defaultFolder() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QUrl::fromLocalFile(folder);
}

QString ExportController::defaultSuffix() const {
    return m_formatIndex == 1 ? QStringLiteral("csv") : QStringLiteral("json");
}

QUrl ExportController::defaultFile() const {
    if (!attached())
        return {};
    const QString name = QStringLiteral("tend-%1-%2.%3")
                             .arg(QLatin1String(formatNames.at(static_cast<std::size_t>(m_formatIndex))),
                                  toQDate(session()->today()).toString(Qt::ISODate), defaultSuffix());
    return QUrl::fromLocalFile(QDir(defaultFolder().toLocalFile()).filePath(name));
}

QStringList ExportController::nameFilters() const {
    if (m_formatIndex == 1)
        return {tr("Spreadsheets (*.csv)"), tr("All files (*)")};
    return {tr("JSON files (*.json)"), tr("All files (*)")};
}

void ExportController::setMessage(QString confirmation, QString error) {
    m_confirmation = std::move(confirmation);
    m_errorText = std::move(error);
    emit messageChanged();
}

void ExportController::exportTo(const QUrl& file) {
    if (file.isEmpty() || !canExport()) {
        setMessage({}, tr("Please choose what to export and where to save it."));
        return;
    }
    m_pendingFile = file;
    setMessage({}, {});
    emit confirmationNeeded(QStringLiteral("export"));
}

void ExportController::confirmed(const QString& purpose) {
    if (purpose != QLatin1String("export") || m_pendingFile.isEmpty())
        return;
    write();
}

void ExportController::cancelled(const QString& purpose) {
    if (purpose != QLatin1String("export") || m_pendingFile.isEmpty())
        return;
    m_pendingFile.clear();
    setMessage(tr("Nothing was exported."), {});
}

void ExportController::write() {
    const QUrl file = std::exchange(m_pendingFile, QUrl());
    ExportSelection selection;
    selection.checkins = m_checkins;
    selection.notes = m_notes;
    selection.hardMoments = m_hardMoments;
    selection.plan = m_plan;
    selection.assessments = m_reflections;
    selection.promptHistory = m_promptHistory;
    selection.settings = m_settings;
    if (m_rangeIndex != AllTime) {
        selection.from = toBoostDate(rangeFrom());
        selection.to = toBoostDate(rangeTo());
    }
    try {
        const std::string bytes =
            exportDataAs(formats.at(static_cast<std::size_t>(m_formatIndex)), session()->repositories(),
                         session()->definition(), session()->tracking().trackedItems(), selection);
        writeFileAtomically(datatext::localPath(file), bytes);
        setMessage(tr("Saved as “%1”. It is not encrypted, so keep it somewhere safe.")
                       .arg(datatext::fileName(file)),
                   {});
    } catch (const FileError& error) {
        setMessage({}, datatext::fileProblem(error));
    } catch (const StorageError& error) {
        setMessage({}, storageErrorText(error));
    } catch (const ExportLimitError& error) {
        setMessage({}, datatext::tooMuchForOneFile(error));
    }
}

} // namespace tend::ui
