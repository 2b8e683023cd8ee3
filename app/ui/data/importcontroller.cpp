#include "data/importcontroller.h"

#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "data/importapplication.h"
#include "exchange/exportjsonparser.h"
#include "exchange/importplan.h"
#include "storage/atomicfile.h"

#include <QLocale>

namespace tend::ui {

namespace {

const QString purpose = QStringLiteral("import");

QString describeFile(const QString& name, const ExportData& data) {
    const auto days = static_cast<int>(data.checkins.size());
    QString text = days == 1 ? ImportController::tr("“%1” holds 1 day of check-ins").arg(name)
                             : ImportController::tr("“%1” holds %2 days of check-ins").arg(name).arg(days);
    if (days > 0) {
        const QLocale locale;
        const QString format = ImportController::tr("d MMMM yyyy", "date format of an imported file's range");
        const auto first = data.checkins.front().date;
        const auto last = data.checkins.back().date;
        text += ImportController::tr(", from %1 to %2")
                    .arg(locale.toString(toQDate(first), format), locale.toString(toQDate(last), format));
    }
    text += data.contents.notes ? ImportController::tr(", notes included.")
                                : ImportController::tr(", without notes.");
    return text;
}

} // namespace

ImportController::ImportController(QObject* parent)
    : SessionClient(parent) {}

ImportController::ImportController(AppSession& session, QObject* parent)
    : ImportController(parent) {
    attachTo(session);
}

void ImportController::onAttached() {}

QString ImportController::mergeText() const {
    return m_merge ? datatext::previewText(*m_merge, session()->definition()) : QString();
}

QString ImportController::replaceText() const {
    return m_replace ? datatext::previewText(*m_replace, session()->definition()) : QString();
}

void ImportController::setModeIndex(int index) {
    if (index == m_mode || (index != Merge && index != Replace))
        return;
    m_mode = index;
    emit stateChanged();
}

QString ImportController::actionText() const {
    return m_mode == Merge ? tr("Add what's missing") : tr("Replace with the file");
}

bool ImportController::canImport() const {
    const auto& preview = m_mode == Merge ? m_merge : m_replace;
    return m_data && preview && !preview->changesNothing();
}

void ImportController::fail(QString error) {
    m_data.reset();
    m_merge.reset();
    m_replace.reset();
    m_fileText.clear();
    m_confirmation.clear();
    m_errorText = std::move(error);
    emit stateChanged();
}

bool ImportController::chooseFile(const QUrl& file) {
    m_awaiting = false;
    m_fileName = datatext::fileName(file);
    try {
        const std::string text = readFileBounded(datatext::localPath(file), ExportFileLimits::maxBytes);
        ExportData data = parseExportJson(text, session()->definition());
        m_choices = {};
        m_merge = previewImport(session()->repositories(), data, ImportMode::Merge, m_choices);
        m_replace = previewImport(session()->repositories(), data, ImportMode::Replace);
        m_fileText = describeFile(m_fileName, data);
        m_data = std::move(data);
    } catch (const FileError& error) {
        fail(datatext::fileProblem(error) + QLatin1Char(' ') + datatext::nothingChanged());
        return false;
    } catch (const DataFileError& error) {
        fail(datatext::dataFileProblem(m_fileName, error) + QLatin1Char(' ') + datatext::nothingChanged());
        return false;
    } catch (const StorageError& error) {
        fail(storageErrorText(error));
        return false;
    }
    m_mode = Merge;
    m_confirmation.clear();
    m_errorText.clear();
    emit stateChanged();
    return true;
}

void ImportController::setTakeTheirs(bool take) {
    if (take == m_choices.takeTheirsForAll || !m_data)
        return;
    m_choices.takeTheirsForAll = take;
    try {
        m_merge = previewImport(session()->repositories(), *m_data, ImportMode::Merge, m_choices);
    } catch (const StorageError& error) {
        fail(storageErrorText(error));
        return;
    }
    emit stateChanged();
}

void ImportController::importChosen() {
    if (!canImport())
        return;
    m_awaiting = true;
    emit confirmationNeeded(purpose);
}

void ImportController::confirmed(const QString& what) {
    if (what != purpose || !std::exchange(m_awaiting, false))
        return;
    apply();
}

void ImportController::cancelled(const QString& what) {
    if (what != purpose || !std::exchange(m_awaiting, false))
        return;
    m_confirmation = tr("Nothing was imported.");
    emit stateChanged();
}

void ImportController::clear() {
    m_awaiting = false;
    fail({});
}

void ImportController::apply() {
    if (!m_data)
        return;
    const ImportMode mode = m_mode == Merge ? ImportMode::Merge : ImportMode::Replace;
    if (const QString problem =
            applyImportOrExplain(session()->repositories(), *m_data, mode, m_fileName, m_choices);
        !problem.isEmpty()) {
        fail(problem);
        return;
    }
    fail({});
    m_confirmation = tr("Imported from “%1”.").arg(m_fileName);
    emit stateChanged();
}

} // namespace tend::ui
