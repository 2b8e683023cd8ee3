#pragma once

#include "insights/insights.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// One card per composite index on the Insights page: the value with its band, which way it is moving,
// how many days it rests on, and a "why" that says how it was worked out. Strengths (wellbeing,
// compassion satisfaction) are cards of the same size and weight as strain.
// Not final: QML's registration derives from default-constructible element types.
class IndexCardsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a page controller")

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        HasValueRole,
        ValueTextRole,
        BandTextRole,
        TrendSymbolRole,
        TrendTextRole,
        DaysTextRole,
        WhyTextRole,
        BandsNoteRole, // said after the why: the bands' cut-offs are Tend's own, not clinical
        StrengthRole,
        ConcernRole,
    };
    Q_ENUM(Role)

    using QAbstractListModel::QAbstractListModel;

    void setIndices(std::vector<IndexInsight> indices);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Exposed for tests: the sentences a card shows.
    [[nodiscard]] static QString trendText(const IndexInsight& index);
    [[nodiscard]] static QString whyText(const IndexInsight& index);

private:
    std::vector<IndexInsight> m_indices;
};

} // namespace tend::ui
