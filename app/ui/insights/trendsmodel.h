#pragma once

#include "analytics/dailyseries.h"
#include "domain/checkindefinition.h"
#include "insights/indexdefinition.h"
#include "storage/changenotifier.h"

#include "app/qmlpublished.h"

#include <QAbstractListModel>
#include <QColor>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

class AppSession;

// The charts of the Trends page: one per index, per group, or per tracked question. Each chart's series are
// computed and filled here (QXYSeries::replace); QML only lays the charts out.
class TrendsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_NAMED_ELEMENT(Trends)
    QML_SINGLETON
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY rangeChanged)
    Q_PROPERTY(QList<int> availableRanges READ availableRanges CONSTANT)
    Q_PROPERTY(int rangeIndex READ rangeIndex NOTIFY rangeChanged) // of rangeDays in availableRanges
    // "indices" (the five composite indices with the usual range), "groups" or "questions".
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(int modeIndex READ modeIndex NOTIFY modeChanged) // of mode in modes
    Q_PROPERTY(QStringList modes READ modes CONSTANT)
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)
    Q_PROPERTY(QString rangeSummary READ rangeSummary NOTIFY revisionChanged)

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static TrendsModel* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<TrendsModel>(engine);
    }
    enum Role { KeyRole = Qt::UserRole + 1, TitleRole, SubtitleRole, HasDataRole };
    Q_ENUM(Role)

    static constexpr int rollingWindow = 7;
    static constexpr int rollingMinimum = 4; // a 7-day mean needs at least 4 of the 7 days

    explicit TrendsModel(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    [[nodiscard]] QList<int> availableRanges() const { return {7, 30, 90, 365}; }
    [[nodiscard]] int rangeIndex() const { return static_cast<int>(availableRanges().indexOf(m_rangeDays)); }
    [[nodiscard]] QString mode() const { return m_mode; }
    [[nodiscard]] static QStringList modes();
    [[nodiscard]] int modeIndex() const { return static_cast<int>(modes().indexOf(m_mode)); }
    void setMode(const QString& mode);
    [[nodiscard]] int revision() const { return m_revision; }
    [[nodiscard]] QString rangeSummary() const;

    // Fills a QML ChartView for the given row: daily values as points (gaps where days are missing), the
    // 7-day rolling mean as a line broken wherever it is undefined and, for an index, the worker's usual
    // range (the middle half of their baseline weeks) as a soft band. The axes are the chart's own.
    // The stored data, the range or the day changed: every chart's points and hasData may differ.
    void dataRevised();

    Q_INVOKABLE void populate(int row, QObject* chartView, QObject* axisX, QObject* axisY,
                              const QColor& dailyColor, const QColor& meanColor,
                              const QColor& bandColor = QColor());

signals:
    void rangeChanged();
    void modeChanged();
    void revisionChanged();

private:
    struct Chart {
        bool isGroup = true;
        ItemGroup group = ItemGroup::Wellbeing;
        const CheckinItem* item = nullptr;
        std::optional<IndexId> index;
    };

    void rebuild();
    void drawUsualRange(const Chart& chart, QObject* chartView, QObject* axisX, QObject* axisY,
                        const QColor& color);
    [[nodiscard]] bool higherIsWorse(const Chart& chart) const;
    [[nodiscard]] DailySeries dailyValues(const Chart& chart) const;

    AppSession& m_session;
    std::vector<Chart> m_charts;
    int m_rangeDays = 30;
    QString m_mode = QStringLiteral("groups");
    int m_revision = 0;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
