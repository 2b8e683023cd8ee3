#include "data/daylioimportcontroller.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "data/datawording.h"
#include "data/importapplication.h"
#include "exchange/importplan.h"
#include "storage/atomicfile.h"
#include "time/isodate.h"

#include <QCoreApplication>

namespace tend::ui {

namespace {

const QString purpose = QStringLiteral("import");
// Enough for the worker to see what kind of rows were skipped without an endless list.
constexpr std::size_t maxListedLines = 20;

QString entriesText(std::size_t n) {
    return n == 1 ? DaylioImportController::tr("used in 1 entry")
                  : DaylioImportController::tr("used in %1 entries").arg(n);
}

// The core says its reasons in plain English; the translation catalogue knows them by that text.
QString coreText(const std::string& text) {
    return QCoreApplication::translate("Core", text.c_str());
}

} // namespace

DaylioImportController::DaylioImportController(QObject* parent)
    : SessionClient(parent)
    , m_moods(this)
    , m_activities(this) {}

DaylioImportController::DaylioImportController(AppSession& session, QObject* parent)
    : DaylioImportController(parent) {
    attachTo(session);
}

void DaylioImportController::onAttached() {}

int DaylioImportController::moodMin() const {
    if (!attached())
        return 0;
    const auto* item = session()->definition().find(daylioMoodItem);
    return item ? item->scale.min : 0;
}

void DaylioImportController::fail(QString error) {
    m_file.reset();
    m_result.reset();
    m_preview.reset();
    m_choices = {};
    m_mapping = {};
    m_moods.reset({}, {});
    m_activities.reset({}, {});
    m_confirmation.clear();
    m_errorText = std::move(error);
    emit stateChanged();
}

bool DaylioImportController::chooseFile(const QUrl& file) {
    m_awaiting = false;
    m_fileName = datatext::fileName(file);
    try {
        const std::string text = readFileBounded(datatext::localPath(file), daylioMaxBytes);
        m_file = parseDaylioCsv(text, session()->today());
        m_mapping = suggestDaylioMapping(*m_file, session()->definition());
    } catch (const FileError& error) {
        fail(datatext::fileProblem(error) + QLatin1Char(' ') + datatext::nothingChanged());
        return false;
    } catch (const DataFileError& error) {
        fail(datatext::dataFileProblem(m_fileName, error) + QLatin1Char(' ') + datatext::nothingChanged());
        return false;
    }
    m_confirmation.clear();
    fillModels();
    remap();
    return m_result.has_value();
}

void DaylioImportController::fillModels() {
    const auto* item = session()->definition().find(daylioMoodItem);
    QStringList moodChoices{tr("Kept in the note")};
    if (item) {
        for (int value = item->scale.min; value <= item->scale.max; ++value) {
            const auto at = static_cast<std::size_t>(value - item->scale.min);
            const QString label =
                at < item->scale.labels.size() ? QString::fromStdString(item->scale.labels[at]) : QString();
            moodChoices << (label.isEmpty() ? tr("Mood %1").arg(value)
                                            : tr("Mood %1 (%2)").arg(value).arg(label));
        }
    }
    std::vector<DaylioLabelsModel::Row> moods;
    for (const auto& mood : m_mapping.moods)
        moods.push_back({QString::fromStdString(mood.label), entriesText(mood.entries),
                         mood.value ? *mood.value - moodMin() + 1 : 0});
    m_moods.reset(moodChoices, std::move(moods));

    std::vector<DaylioLabelsModel::Row> activities;
    for (const auto& activity : m_mapping.activities) {
        int choice = KeptInNote;
        if (activity.target == DaylioActivityTarget::LeftOut)
            choice = LeftOut;
        else if (activity.target == DaylioActivityTarget::RestDay)
            choice = RestDay;
        activities.push_back({QString::fromStdString(activity.label), entriesText(activity.entries), choice});
    }
    m_activities.reset({tr("Kept in the note"), tr("Left out"), tr("Marks a rest day")},
                       std::move(activities));
}

void DaylioImportController::remap() {
    if (!m_file)
        return;
    try {
        m_result = applyDaylioMapping(*m_file, m_mapping, session()->definition());
        m_preview = previewImport(session()->repositories(), m_result->data, ImportMode::Merge, m_choices);
        m_errorText.clear();
    } catch (const DataFileError& error) {
        m_result.reset();
        m_preview.reset();
        m_errorText =
            datatext::dataFileProblem(m_fileName, error) + QLatin1Char(' ') + datatext::nothingChanged();
    } catch (const StorageError& error) {
        m_preview.reset();
        m_errorText = storageErrorText(error);
    }
    emit stateChanged();
}

void DaylioImportController::setTakeTheirs(bool take) {
    if (take == m_choices.takeTheirsForAll)
        return;
    m_choices.takeTheirsForAll = take;
    remap();
}

void DaylioImportController::setMoodChoice(int row, int choice) {
    if (row < 0 || row >= static_cast<int>(m_mapping.moods.size()) || choice < 0)
        return;
    const auto* item = session()->definition().find(daylioMoodItem);
    if (!item || choice > item->scale.max - item->scale.min + 1)
        return;
    auto& mood = m_mapping.moods[static_cast<std::size_t>(row)];
    mood.value = choice == 0 ? std::nullopt : std::optional<int>(item->scale.min + choice - 1);
    m_moods.setChoice(row, choice);
    m_confirmation.clear();
    remap();
}

void DaylioImportController::setActivityChoice(int row, int choice) {
    if (row < 0 || row >= static_cast<int>(m_mapping.activities.size()) || choice < KeptInNote ||
        choice > RestDay)
        return;
    auto& activity = m_mapping.activities[static_cast<std::size_t>(row)];
    activity.target = choice == LeftOut   ? DaylioActivityTarget::LeftOut
                      : choice == RestDay ? DaylioActivityTarget::RestDay
                                          : DaylioActivityTarget::KeptInNote;
    activity.itemId.clear();
    activity.value = 0;
    m_activities.setChoice(row, choice);
    m_confirmation.clear();
    remap();
}

QString DaylioImportController::summaryText() const {
    if (!m_result)
        return {};
    const auto entries = m_result->entries;
    const auto days = m_result->days;
    const QString entriesPart = entries == 1 ? tr("1 entry") : tr("%1 entries").arg(entries);
    const QString daysPart = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    return tr("“%1”: %2, making %3 of check-ins.").arg(m_fileName, entriesPart, daysPart);
}

QString DaylioImportController::skippedText() const {
    if (!m_result || m_result->skipped.empty())
        return {};
    const auto& skipped = m_result->skipped;
    QStringList lines{skipped.size() == 1 ? tr("1 row is left out:")
                                          : tr("%1 rows are left out:").arg(skipped.size())};
    for (std::size_t i = 0; i < skipped.size() && i < maxListedLines; ++i)
        lines << tr("Line %1: %2").arg(skipped[i].line).arg(coreText(skipped[i].reason));
    if (skipped.size() > maxListedLines)
        lines << tr("…and %1 more.").arg(skipped.size() - maxListedLines);
    return lines.join(QLatin1Char('\n'));
}

QString DaylioImportController::noticesText() const {
    if (!m_result || m_result->notices.empty())
        return {};
    QStringList lines;
    const auto& notices = m_result->notices;
    for (std::size_t i = 0; i < notices.size() && i < maxListedLines; ++i)
        lines << tr("%1: %2").arg(QString::fromStdString(toIsoDate(notices[i].date)),
                                  coreText(notices[i].message));
    if (notices.size() > maxListedLines)
        lines << tr("…and %1 more.").arg(notices.size() - maxListedLines);
    return lines.join(QLatin1Char('\n'));
}

QString DaylioImportController::previewText() const {
    return m_preview ? datatext::previewText(*m_preview, session()->definition()) : QString();
}

bool DaylioImportController::canImport() const {
    return m_result && m_preview && !m_preview->changesNothing();
}

void DaylioImportController::importChosen() {
    if (!canImport())
        return;
    m_awaiting = true;
    emit confirmationNeeded(purpose);
}

void DaylioImportController::confirmed(const QString& what) {
    if (what != purpose || !std::exchange(m_awaiting, false) || !m_result)
        return;
    if (const QString problem = applyImportOrExplain(session()->repositories(), m_result->data,
                                                     ImportMode::Merge, m_fileName, m_choices);
        !problem.isEmpty()) {
        fail(problem);
        return;
    }
    fail({});
    m_confirmation = tr("Imported from “%1”.").arg(m_fileName);
    emit stateChanged();
}

void DaylioImportController::cancelled(const QString& what) {
    if (what != purpose || !std::exchange(m_awaiting, false))
        return;
    m_confirmation = tr("Nothing was imported.");
    emit stateChanged();
}

void DaylioImportController::clear() {
    m_awaiting = false;
    fail({});
}

} // namespace tend::ui
