#include "trendsmodel.h"

#include "analytics/dailyseries.h"
#include "appsession.h"
#include "dateconversion.h"
#include "groupnames.h"
#include "storageguard.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QScatterSeries>
#include <QtCharts/QValueAxis>

#include <QMetaEnum>

namespace tend::ui {

namespace {

// Points sit at midday so a day's dot is centred on its date tick whatever the time zone.
qreal dayPosition(boost::gregorian::date date) {
    return qreal(QDateTime(toQDate(date), QTime(12, 0)).toMSecsSinceEpoch());
}

QList<QPointF> presentPoints(const DailySeries& series, std::size_t begin, std::size_t end) {
    QList<QPointF> points;
    for (std::size_t i = begin; i < end; ++i)
        if (series.values[i])
            points.append({dayPosition(series.dateAt(i)), *series.values[i]});
    return points;
}

int seriesType(QObject* chartView, const char* key) {
    const QMetaObject* meta = chartView->metaObject();
    const QMetaEnum types = meta->enumerator(meta->indexOfEnumerator("SeriesType"));
    return types.keyToValue(key);
}

QAbstractSeries* createSeries(QObject* chartView, const char* type, const QString& name, QObject* axisX,
                              QObject* axisY) {
    QAbstractSeries* series = nullptr;
    QMetaObject::invokeMethod(chartView, "createSeries", Q_RETURN_ARG(QAbstractSeries*, series),
                              Q_ARG(int, seriesType(chartView, type)), Q_ARG(QString, name),
                              Q_ARG(QAbstractAxis*, qobject_cast<QAbstractAxis*>(axisX)),
                              Q_ARG(QAbstractAxis*, qobject_cast<QAbstractAxis*>(axisY)));
    return series;
}

} // namespace

TrendsModel::TrendsModel(AppSession& session, QObject* parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    m_checkinToken = m_session.checkins().changes().subscribe([this] { dataRevised(); });
    m_momentToken = m_session.hardMoments().changes().subscribe([this] { dataRevised(); });
    m_settingsToken = m_session.settings().changes().subscribe([this] { rebuild(); });
    rebuild();
}

TrendsModel::~TrendsModel() {
    m_session.checkins().changes().unsubscribe(m_checkinToken);
    m_session.hardMoments().changes().unsubscribe(m_momentToken);
    m_session.settings().changes().unsubscribe(m_settingsToken);
}

void TrendsModel::rebuild() {
    const auto tracked =
        readOr([this] { return m_session.tracking().trackedItems(); }, m_session.tracking().defaultItems());
    std::vector<Chart> charts;
    for (const ItemGroup group : allItemGroups) {
        for (const auto& item : m_session.definition().items) {
            if (item.group != group || !tracked.contains(item.id))
                continue;
            if (m_byQuestion)
                charts.push_back({false, group, &item});
            else if (charts.empty() || !charts.back().isGroup || charts.back().group != group)
                charts.push_back({true, group, nullptr});
        }
    }
    beginResetModel();
    m_charts = std::move(charts);
    endResetModel();
    ++m_revision;
    emit revisionChanged();
}

void TrendsModel::setRangeDays(int days) {
    if (days == m_rangeDays || !availableRanges().contains(days))
        return;
    m_rangeDays = days;
    emit rangeChanged();
    dataRevised();
}

void TrendsModel::dataRevised() {
    // hasData is a model role (TrendChart.qml binds it), so views must hear that it may have changed.
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), {HasDataRole});
    ++m_revision;
    emit revisionChanged();
}

void TrendsModel::setByQuestion(bool byQuestion) {
    if (byQuestion == m_byQuestion)
        return;
    m_byQuestion = byQuestion;
    emit byQuestionChanged();
    rebuild();
}

QString TrendsModel::rangeSummary() const {
    const auto to = m_session.clock().today();
    const auto from = to - boost::gregorian::days(m_rangeDays - 1);
    return readOr(
        [&] {
            const int days = static_cast<int>(m_session.checkins().range(from, to).size());
            return tr("%1 of the last %2 days have a check-in").arg(days).arg(m_rangeDays);
        },
        tr("Your check-ins can't be read just now."));
}

DailySeries TrendsModel::dailyValues(const Chart& chart) const {
    // The rolling mean at the first visible day needs the days before it, so read a window more.
    const auto to = m_session.clock().today();
    const auto from = to - boost::gregorian::days(m_rangeDays - 1 + rollingWindow - 1);
    // If the data cannot be read, the chart shows an empty period rather than anything invented.
    const DailySeries nothing{
        from, std::vector<std::optional<double>>(static_cast<std::size_t>((to - from).days() + 1))};
    return readOr(
        [&] {
            const auto checkins = m_session.checkins().range(from, to);
            if (!chart.isGroup)
                return itemSeries(checkins, chart.item->id, from, to);
            const auto moments = m_session.hardMoments().inRange(from, to);
            return groupSeries(checkins, moments, m_session.definition(), chart.group,
                               m_session.tracking().trackedItems(), from, to);
        },
        nothing);
}

int TrendsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_charts.size());
}

QVariant TrendsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Chart& chart = m_charts[static_cast<std::size_t>(index.row())];
    const bool higherIsWorse = chart.isGroup ? [&] {
        for (const auto& item : m_session.definition().items)
            if (item.group == chart.group)
                return item.polarity == Polarity::HigherIsWorse;
        return false;
    }()
                                             : chart.item->polarity == Polarity::HigherIsWorse;
    switch (role) {
    case KeyRole:
        return chart.isGroup ? QString::fromUtf8(itemGroupKey(chart.group).data())
                             : QString::fromStdString(chart.item->id);
    case Qt::DisplayRole:
    case TitleRole:
        return chart.isGroup ? groupDisplayName(chart.group) : itemText(*chart.item);
    case SubtitleRole:
        return higherIsWorse ? tr("Higher means more strain") : tr("Higher is better");
    case HasDataRole:
        return dailyValues(chart).countPresent() > 0;
    }
    return {};
}

QHash<int, QByteArray> TrendsModel::roleNames() const {
    return {{KeyRole, "key"}, {TitleRole, "title"}, {SubtitleRole, "subtitle"}, {HasDataRole, "hasData"}};
}

void TrendsModel::populate(int row, QObject* chartView, QObject* axisX, QObject* axisY,
                           const QColor& dailyColor, const QColor& meanColor) {
    if (row < 0 || row >= rowCount() || !chartView)
        return;
    const Chart& chart = m_charts[static_cast<std::size_t>(row)];
    const DailySeries all = dailyValues(chart);
    const DailySeries mean = rollingMean(all, rollingWindow, rollingMinimum);
    const std::size_t visibleFrom = all.values.size() - static_cast<std::size_t>(m_rangeDays);

    QMetaObject::invokeMethod(chartView, "removeAllSeries");

    if (auto* dateAxis = qobject_cast<QDateTimeAxis*>(axisX)) {
        const auto to = m_session.clock().today();
        const auto from = to - boost::gregorian::days(m_rangeDays - 1);
        dateAxis->setRange(QDateTime(toQDate(from), QTime(0, 0)), QDateTime(toQDate(to), QTime(23, 59)));
        dateAxis->setFormat(m_rangeDays > 90 ? QStringLiteral("MMM") : QStringLiteral("d MMM"));
    }
    if (auto* valueAxis = qobject_cast<QValueAxis*>(axisY)) {
        if (chart.isGroup)
            valueAxis->setRange(0, 100);
        else
            valueAxis->setRange(chart.item->scale.min, chart.item->scale.max);
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    }

    // The mean is drawn as separate segments: a line across a gap would invent data that does not exist.
    std::size_t segmentStart = visibleFrom;
    for (std::size_t i = visibleFrom; i <= mean.values.size(); ++i) {
        const bool breakHere = i == mean.values.size() || !mean.values[i];
        if (!breakHere)
            continue;
        if (i > segmentStart) {
            if (auto* line = qobject_cast<QLineSeries*>(
                    createSeries(chartView, "SeriesTypeLine", tr("7-day average"), axisX, axisY))) {
                line->setColor(meanColor);
                line->setPen(QPen(meanColor, 3));
                line->replace(presentPoints(mean, segmentStart, i));
            }
        }
        segmentStart = i + 1;
    }

    if (auto* dots = qobject_cast<QScatterSeries*>(
            createSeries(chartView, "SeriesTypeScatter", tr("Daily"), axisX, axisY))) {
        dots->setColor(dailyColor);
        dots->setBorderColor(dailyColor);
        dots->setMarkerSize(m_rangeDays > 90 ? 4 : 7);
        dots->replace(presentPoints(all, visibleFrom, all.values.size()));
    }
}

} // namespace tend::ui
