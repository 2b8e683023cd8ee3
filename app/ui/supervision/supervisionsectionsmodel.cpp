#include "supervision/supervisionsectionsmodel.h"

#include <algorithm>

namespace tend::ui {

namespace {

std::size_t sectionIndex(SupervisionSectionsModel::Section section) {
    return static_cast<std::size_t>(section);
}

QString plural(qsizetype count, const QString& one, const QString& many) {
    return count == 1 ? one : many.arg(count);
}

} // namespace

SupervisionSectionsModel::SupervisionSectionsModel(QObject* parent)
    : QAbstractListModel(parent) {}

int SupervisionSectionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(allSections.size());
}

QVariant SupervisionSectionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto row = static_cast<std::size_t>(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        switch (allSections[row]) {
        case Section::Indices:
            return tr("How I have been");
        case Section::Changes:
            return tr("What changed");
        case Section::Workload:
            return tr("Workload and rest");
        case Section::SelfCare:
            return tr("Looking after myself");
        case Section::Assessments:
            return tr("Reflections");
        }
        return {};
    case DetailRole:
        return m_details[row];
    case IncludedRole:
        return m_included[row];
    default:
        return {};
    }
}

QHash<int, QByteArray> SupervisionSectionsModel::roleNames() const {
    return {{TitleRole, "title"}, {DetailRole, "detail"}, {IncludedRole, "included"}};
}

void SupervisionSectionsModel::setSummary(const SupervisionSummary& summary) {
    const auto withData = std::count_if(summary.indices.begin(), summary.indices.end(),
                                        [](const auto& line) { return line.periodMean.has_value(); });
    m_details[sectionIndex(Section::Indices)] =
        withData == 0 ? tr("Too few check-ins in this period for averages")
                      : tr("%1 of %2 measures, with small charts").arg(withData).arg(summary.indices.size());
    m_details[sectionIndex(Section::Changes)] =
        summary.notableChanges.isEmpty()
            ? tr("Nothing stood out")
            : plural(summary.notableChanges.size(), tr("1 thing stood out"), tr("%1 things stood out"));
    m_details[sectionIndex(Section::Workload)] =
        QStringList{plural(summary.hardMoments, tr("1 hard moment"), tr("%1 hard moments")),
                    plural(summary.heavyDays, tr("1 heavy day"), tr("%1 heavy days")),
                    plural(summary.restDays, tr("1 rest day"), tr("%1 rest days"))}
            .join(QStringLiteral(", "));
    m_details[sectionIndex(Section::SelfCare)] =
        summary.selfCareDone.isEmpty() && summary.whatHelps.isEmpty()
            ? tr("No self-care ticked in this period")
            : plural(summary.selfCareDone.size(), tr("1 self-care action done"),
                     tr("%1 self-care actions done"));
    m_details[sectionIndex(Section::Assessments)] =
        summary.assessments.isEmpty()
            ? tr("No reflections in this period")
            : plural(summary.assessments.size(), tr("1 reflection"), tr("%1 reflections"));
    emit dataChanged(index(0), index(rowCount() - 1), {DetailRole});
}

bool SupervisionSectionsModel::setIncluded(int row, bool included) {
    if (row < 0 || row >= rowCount())
        return false;
    const auto at = static_cast<std::size_t>(row);
    if (m_included[at] != included) {
        m_included[at] = included;
        emit dataChanged(index(row), index(row), {IncludedRole});
    }
    return true;
}

bool SupervisionSectionsModel::included(Section section) const {
    return m_included[sectionIndex(section)];
}

void SupervisionSectionsModel::applyTo(SupervisionSummary& summary) const {
    summary.includeIndices = included(Section::Indices);
    summary.includeChanges = included(Section::Changes);
    summary.includeWorkload = included(Section::Workload);
    summary.includeSelfCare = included(Section::SelfCare);
    summary.includeAssessments = included(Section::Assessments);
}

} // namespace tend::ui
