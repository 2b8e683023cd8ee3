#include "supervision/supervisionsectionsmodel.h"

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
        case Section::Workload:
            return tr("My workload and rest");
        case Section::Changes:
            return tr("What changed");
        case Section::SelfCare:
            return tr("Looking after myself");
        case Section::Reflections:
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

void SupervisionSectionsModel::setFacts(const SupervisionFacts& facts) {
    const auto& workload = facts.workload;
    m_details[sectionIndex(Section::Workload)] =
        QStringList{plural(workload.hardMoments, tr("1 hard moment"), tr("%1 hard moments")),
                    plural(workload.heavyDays, tr("1 heavy day"), tr("%1 heavy days")),
                    plural(workload.restDays, tr("1 day off"), tr("%1 days off"))}
            .join(QStringLiteral(", "));
    const auto changes = static_cast<qsizetype>(facts.changes.size());
    m_details[sectionIndex(Section::Changes)] =
        changes == 0 ? tr("Nothing stood out")
                     : plural(changes, tr("1 thing stood out"), tr("%1 things stood out"));
    const auto done = static_cast<qsizetype>(facts.selfCare.size());
    const auto helped = static_cast<qsizetype>(facts.whatHelps.size());
    m_details[sectionIndex(Section::SelfCare)] =
        done == 0 ? tr("No self-care ticked in this period")
                  : plural(done, tr("1 self-care action done"), tr("%1 self-care actions done")) +
                        (helped == 0 ? QString()
                                     : QStringLiteral(", ") +
                                           plural(helped, tr("1 seemed to help"), tr("%1 seemed to help")));
    const auto reflections = static_cast<qsizetype>(facts.reflections.size());
    m_details[sectionIndex(Section::Reflections)] =
        reflections == 0 ? tr("No reflections in this period")
                         : plural(reflections, tr("1 reflection"), tr("%1 reflections"));
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

void SupervisionSectionsModel::applyTo(SupervisionChoices& choices) const {
    choices.includeWorkload = included(Section::Workload);
    choices.includeChanges = included(Section::Changes);
    choices.includeSelfCare = included(Section::SelfCare);
    choices.includeReflections = included(Section::Reflections);
}

} // namespace tend::ui
