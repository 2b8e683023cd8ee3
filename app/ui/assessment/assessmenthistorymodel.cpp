#include "assessment/assessmenthistorymodel.h"

#include "app/appsession.h"
#include "assessment/assessmentwording.h"
#include "assessment/availablepacks.h"
#include "common/storageguard.h"

#include <algorithm>
#include <map>

namespace tend::ui {

AssessmentHistoryModel::AssessmentHistoryModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent) {
    attach(session);
}

void AssessmentHistoryModel::attach(AppSession& session) {
    if (m_session)
        return;
    m_session = &session;
    m_resultsChanges = m_session->assessments().changes().subscribe([this] { reload(); });
    // Pack names and attributions of the organisation's packs come with its profile, kept in settings.
    m_settingsChanges = m_session->settings().changes().subscribe([this] { reload(); });
    reload();
}

void AssessmentHistoryModel::reload() {
    if (!m_session)
        return;
    auto rows = readOr([this] { return std::optional(readRows()); }, std::optional<std::vector<Row>>());
    if (!rows)
        return;
    const bool wasEmpty = m_rows.empty();
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    if (wasEmpty != m_rows.empty())
        emit emptyChanged();
}

std::vector<AssessmentHistoryModel::Row> AssessmentHistoryModel::readRows() const {
    const auto packs = readAvailablePacks(*m_session);
    std::map<std::string, std::vector<AssessmentResult>> byPack;
    for (auto& result : m_session->assessments().all())
        byPack[result.packId].push_back(std::move(result));

    // Packs in the order they are offered, then any that are no longer available, by id.
    std::vector<std::pair<std::string, const InstrumentPack*>> order;
    for (const auto& available : packs)
        if (byPack.contains(available.pack.id))
            order.emplace_back(available.pack.id, &available.pack);
    for (const auto& stored : byPack) {
        // Named, not a structured binding: clang 14 cannot capture those in a lambda.
        const std::string& packId = stored.first;
        if (std::none_of(order.begin(), order.end(),
                         [&](const auto& entry) { return entry.first == packId; }))
            order.emplace_back(packId, nullptr);
    }

    std::vector<Row> rows;
    for (const auto& [packId, pack] : order) {
        auto& results = byPack[packId];
        // Stored oldest first; the latest matters most, so it comes first.
        std::reverse(results.begin(), results.end());
        for (std::size_t i = 0; i < results.size(); ++i) {
            Row row;
            row.packId = QString::fromStdString(packId);
            row.packName =
                pack ? QString::fromStdString(pack->name) : tr("A questionnaire no longer on this device");
            row.attribution = pack ? QString::fromStdString(pack->attribution) : QString();
            row.firstOfPack = i == 0;
            row.lastOfPack = i + 1 == results.size();
            row.date = resultDayText(results[i].takenOn);
            row.scales = scaleSummaries(pack, results[i].scores);
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

int AssessmentHistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AssessmentHistoryModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case PackIdRole:
        return row.packId;
    case Qt::DisplayRole:
    case PackNameRole:
        return row.packName;
    case AttributionRole:
        return row.attribution;
    case FirstOfPackRole:
        return row.firstOfPack;
    case LastOfPackRole:
        return row.lastOfPack;
    case DateRole:
        return row.date;
    case ScalesRole:
        return row.scales;
    }
    return {};
}

QHash<int, QByteArray> AssessmentHistoryModel::roleNames() const {
    return {
        {PackIdRole, "packId"},           {PackNameRole, "packName"},     {AttributionRole, "attribution"},
        {FirstOfPackRole, "firstOfPack"}, {LastOfPackRole, "lastOfPack"}, {DateRole, "date"},
        {ScalesRole, "scales"},
    };
}

} // namespace tend::ui
