#pragma once

#include "supervision/supervisionchoices.h"
#include "supervision/supervisionfacts.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <array>

namespace tend::ui {

// The sections of a supervision document the worker can keep or leave out, each with a line saying what
// it holds for the chosen period, so the choice is made knowing what would be shared. Scores are not a
// section here: they have a switch of their own, off unless the worker turns it on.
// Not final: QML wraps element types in a derived class.
class SupervisionSectionsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SupervisionController")

public:
    // In the order the document writes them.
    enum class Section { Workload, Changes, SelfCare, Reflections };
    static constexpr std::array<Section, 4> allSections{Section::Workload, Section::Changes,
                                                        Section::SelfCare, Section::Reflections};

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

    // Describes what each section would hold for `facts`.
    void setFacts(const SupervisionFacts& facts);
    // Returns false for a row that does not exist.
    bool setIncluded(int row, bool included);
    [[nodiscard]] bool included(Section section) const;
    // Copies the worker's choices into `choices`.
    void applyTo(SupervisionChoices& choices) const;

private:
    std::array<bool, allSections.size()> m_included{true, true, true, true};
    std::array<QString, allSections.size()> m_details;
};

} // namespace tend::ui
