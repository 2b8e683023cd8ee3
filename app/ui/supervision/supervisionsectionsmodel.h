#pragma once

#include "supervision/supervisionsummary.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <array>

namespace tend::ui {

// The sections of a supervision summary the worker can keep or leave out, each with a line saying what
// it holds for the chosen period, so the choice is made knowing what would be shared.
// Not final: QML wraps element types in a derived class.
class SupervisionSectionsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SupervisionController")

public:
    enum class Section { Indices, Changes, Workload, SelfCare, Assessments };
    static constexpr std::array<Section, 5> allSections{Section::Indices, Section::Changes, Section::Workload,
                                                        Section::SelfCare, Section::Assessments};

    enum Role {
        TitleRole = Qt::UserRole + 1,
        DetailRole,
        IncludedRole,
    };
    Q_ENUM(Role)

    explicit SupervisionSectionsModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Describes the sections of `summary` (its include flags are ignored).
    void setSummary(const SupervisionSummary& summary);
    // Returns false for a row that does not exist.
    bool setIncluded(int row, bool included);
    [[nodiscard]] bool included(Section section) const;
    // Copies the worker's choices into `summary`.
    void applyTo(SupervisionSummary& summary) const;

private:
    std::array<bool, allSections.size()> m_included{true, true, true, true, true};
    std::array<QString, allSections.size()> m_details;
};

} // namespace tend::ui
