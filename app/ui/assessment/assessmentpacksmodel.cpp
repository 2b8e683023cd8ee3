#include "assessment/assessmentpacksmodel.h"

#include "app/appsession.h"
#include "assessment/assessmentwording.h"
#include "common/storageguard.h"

namespace tend::ui {

AssessmentPacksModel::AssessmentPacksModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent) {
    attach(session);
}

void AssessmentPacksModel::attach(AppSession& session) {
    if (m_session)
        return;
    m_session = &session;
    m_resultsChanges = m_session->assessments().changes().subscribe([this] { reload(); });
    // The organisation's packs come with its profile, which is kept in settings.
    m_settingsChanges = m_session->settings().changes().subscribe([this] { reload(); });
    reload();
}

void AssessmentPacksModel::reload() {
    if (!m_session)
        return;
    auto rows = readOr([this] { return std::optional(readRows()); }, std::optional<std::vector<Row>>());
    if (!rows)
        return;
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    emit reloaded();
}

std::vector<AssessmentPacksModel::Row> AssessmentPacksModel::readRows() const {
    const auto today = m_session->today();
    std::vector<Row> rows;
    for (auto& available : readAvailablePacks(*m_session)) {
        Row row{std::move(available), {}, {}};
        row.latest = m_session->assessments().latest(row.available.pack.id);
        row.due = assessmentDue(row.available.pack,
                                row.latest ? std::optional(row.latest->takenOn) : std::nullopt, today);
        rows.push_back(std::move(row));
    }
    return rows;
}

const AssessmentPacksModel::Row* AssessmentPacksModel::find(std::string_view packId) const {
    for (const auto& row : m_rows)
        if (row.available.pack.id == packId)
            return &row;
    return nullptr;
}

int AssessmentPacksModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AssessmentPacksModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const InstrumentPack& pack = row.available.pack;
    switch (role) {
    case PackIdRole:
        return QString::fromStdString(pack.id);
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(pack.name);
    case DescriptionRole:
        return QString::fromStdString(pack.description);
    case SourceRole:
        if (!row.available.fromOrganisation)
            return tr("Tend's own questions");
        return row.available.organisation.isEmpty() ? tr("From your organisation")
                                                    : tr("From %1").arg(row.available.organisation);
    case ValidatedRole:
        return pack.validated;
    case DueRole:
        return row.due.due;
    case DueTextRole:
        return row.due.due ? tr("Ready whenever you are")
                           : tr("Offered again from %1").arg(resultDayText(row.due.dueOn));
    case LastTextRole:
        return row.latest ? tr("Last done on %1").arg(resultDayText(row.latest->takenOn))
                          : tr("Not done yet");
    case AttributionRole:
        return QString::fromStdString(pack.attribution);
    }
    return {};
}

QHash<int, QByteArray> AssessmentPacksModel::roleNames() const {
    return {
        {PackIdRole, "packId"},   {NameRole, "name"},           {DescriptionRole, "description"},
        {SourceRole, "source"},   {ValidatedRole, "validated"}, {DueRole, "due"},
        {DueTextRole, "dueText"}, {LastTextRole, "lastText"},   {AttributionRole, "attribution"},
    };
}

} // namespace tend::ui
