#pragma once

#include "storage/changenotifier.h"

#include "app/qmlpublished.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include <optional>
#include <vector>

namespace tend::ui {

class AppSession;

// Days newest first, each with a compact summary. Days without a check-in are listed too (back to the
// first check-in, and at least two weeks), so a forgotten day can be filled in later.
class HistoryModel final : public QAbstractListModel {
    Q_OBJECT
    QML_NAMED_ELEMENT(History)
    QML_SINGLETON

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static HistoryModel* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<HistoryModel>(engine);
    }
    enum Role {
        DateRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,
        HasCheckinRole,
        SummaryRole,
        RestDayRole,
        HasNoteRole,
        HardMomentsRole,
        MoodRole, // 0..1 on the mood item's scale, -1 when not answered
    };
    Q_ENUM(Role)

    static constexpr int minimumDays = 14;

    explicit HistoryModel(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Rebuilds the rows; called on data changes and when the date rolls over.
    void reload();

private:
    struct Day {
        QDate date;
        bool hasCheckin = false;
        bool restDay = false;
        bool hasNote = false;
        int hardMoments = 0;
        double mood = -1;
        QString summary;
    };

    [[nodiscard]] std::optional<std::vector<Day>> readDays() const;

    AppSession& m_session;
    std::vector<Day> m_days;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
};

} // namespace tend::ui
