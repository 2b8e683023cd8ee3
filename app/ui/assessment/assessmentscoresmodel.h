#pragma once

#include "assessment/instrumentpack.h"
#include "assessment/scoring.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

// One result, scale by scale, as the worker sees it right after saving: the score against its range,
// the band's label and its plain-language meaning. A scale with lines left out says so instead.
class AssessmentScoresModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AssessmentController")

public:
    enum Role {
        ScaleIdRole = Qt::UserRole + 1,
        NameRole,
        CompleteRole,
        ScoreRole, // "9 out of 20"; for an incomplete scale, why there is no number
        BandRole,  // empty when the scale has no bands or no score
        InterpretationRole,
    };
    Q_ENUM(Role)

    explicit AssessmentScoresModel(QObject* parent = nullptr)
        : QAbstractListModel(parent) {}

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Shows `scores` read against `pack` (which they were computed from). Empty `scores`: nothing shown.
    void setScores(const InstrumentPack& pack, const AssessmentScores& scores);
    void clear();

private:
    struct Row {
        ScaleScore score;
        PackScale scale;
        ResponseScale response;
    };
    std::vector<Row> m_rows;
};

} // namespace tend::ui
