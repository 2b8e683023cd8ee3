#pragma once

#include "content/learningcards.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

// The shipped learning cards in file order: a title and a one-line summary for the list, and the
// paragraphs for reading one in full.
class LearningCardsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by SelfCareController")

public:
    enum Role {
        CardIdRole = Qt::UserRole + 1,
        TitleRole,
        SummaryRole,
        ParagraphsRole,
    };
    Q_ENUM(Role)

    explicit LearningCardsModel(const LearningCards& cards, QObject* parent = nullptr)
        : QAbstractListModel(parent)
        , m_cards(cards) {}

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    const LearningCards& m_cards;
};

} // namespace tend::ui
