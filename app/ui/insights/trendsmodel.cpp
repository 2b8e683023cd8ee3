#include "insights/trendsmodel.h"

#include "analytics/dailyseries.h"
#include "app/appsession.h"
#include "common/dateconversion.h"
#include "common/groupwording.h"
#include "common/indexwording.h"
#include "common/storageguard.h"

#include "insights/indexseries.h"
#include "insights/seriessignals.h"

#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QAreaSeries>
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
    m_checkinChanges = m_session.checkins().changes().subscribe([this] { dataRevised(); });
    m_momentChanges = m_session.hardMoments().changes().subscribe([this] { dataRevised(); });
    m_settingsChanges = m_session.settings().changes().subscribe([this] { rebuild(); });
    rebuild();
}

void TrendsModel::rebuild() {
    const auto tracked =
        readOr([this] { return m_session.tracking().trackedItems(); }, m_session.tracking().defaultItems());
    std::vector<Chart> charts;
    if (m_mode == QStringLiteral("indices")) {
        for (const IndexId id : allIndices)
            charts.push_back({true, ItemGroup::Wellbeing, nullptr, id});
    }
    for (const ItemGroup group : allItemGroups) {
        if (m_mode == QStringLiteral("indices"))
            break;
        for (const auto& item : m_session.definition().items) {
            if (item.group != group || !tracked.contains(item.id))
                continue;
            if (m_mode == QStringLiteral("questions"))
                charts.push_back({false, group, &item, std::nullopt});
            else if (charts.empty() || !charts.back().isGroup || charts.back().group != group)
                charts.push_back({true, group, nullptr, std::nullopt});
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

QStringList TrendsModel::modes() {
    return {QStringLiteral("indices"), QStringLiteral("groups"), QStringLiteral("questions")};
}

void TrendsModel::setMode(const QString& mode) {
    if (mode == m_mode || !modes().contains(mode))
        return;
    m_mode = mode;
    emit modeChanged();
    rebuild();
}

QString TrendsModel::rangeSummary() const {
    const auto to = m_session.today();
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
    const auto to = m_session.today();
    const auto from = to - boost::gregorian::days(m_rangeDays - 1 + rollingWindow - 1);
    // If the data cannot be read, the chart shows an empty period rather than anything invented.
    const DailySeries nothing{
        from, std::vector<std::optional<double>>(static_cast<std::size_t>((to - from).days() + 1))};
    return readOr(
        [&] {
            const auto checkins = m_session.checkins().range(from, to);
            if (chart.index) {
                const auto moments = m_session.momentsOnCheckinDays(from, to);
                return indexSeries(*chart.index, m_session.definition(), m_session.tracking().trackedItems(),
                                   checkins, moments, from, to);
            }
            if (!chart.isGroup)
                return itemSeries(checkins, chart.item->id, from, to);
            const auto moments = m_session.momentsOnCheckinDays(from, to);
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
    switch (role) {
    case KeyRole:
        if (chart.index)
            return QString::fromUtf8(indexDefinition(*chart.index).key.data(),
                                     qsizetype(indexDefinition(*chart.index).key.size()));
        return chart.isGroup ? QString::fromUtf8(itemGroupKey(chart.group).data())
                             : QString::fromStdString(chart.item->id);
    case Qt::DisplayRole:
    case TitleRole:
        if (chart.index)
            return indexDisplayName(*chart.index);
        return chart.isGroup ? groupDisplayName(chart.group) : itemText(*chart.item);
    case SubtitleRole:
        if (chart.index)
            return higherIsWorse(chart) ? tr("Higher means more strain. Shaded: your usual range")
                                        : tr("Higher is better. Shaded: your usual range");
        return higherIsWorse(chart) ? tr("Higher means more strain") : tr("Higher is better");
    case HasDataRole:
        return dailyValues(chart).countPresent() > 0;
    }
    return {};
}

bool TrendsModel::higherIsWorse(const Chart& chart) const {
    if (chart.index)
        return indexDefinition(*chart.index).polarity == Polarity::HigherIsWorse;
    if (!chart.isGroup)
        return chart.item->polarity == Polarity::HigherIsWorse;
    for (const auto& item : m_session.definition().items)
        if (item.group == chart.group)
            return item.polarity == Polarity::HigherIsWorse;
    return false;
}

void TrendsModel::drawUsualRange(const Chart& chart, QObject* chartView, QObject* axisX, QObject* axisY,
                                 const QColor& color) {
    const auto signalsOfIndex = readOr(
        [&]() -> std::optional<SeriesSignals> {
            for (const auto& index : m_session.careSnapshot().insights.indices)
                if (index.id == *chart.index)
                    return index.signalValues;
            return std::nullopt;
        },
        std::nullopt);
    if (!signalsOfIndex || !signalsOfIndex->baselineLow || !signalsOfIndex->baselineHigh)
        return;
    auto* band = qobject_cast<QAreaSeries*>(
        createSeries(chartView, "SeriesTypeArea", tr("Usual range"), axisX, axisY));
    if (!band)
        return;
    const auto to = m_session.today();
    const auto from = to - boost::gregorian::days(m_rangeDays - 1);
    const qreal left = qreal(QDateTime(toQDate(from), QTime(0, 0)).toMSecsSinceEpoch());
    const qreal right = qreal(QDateTime(toQDate(to), QTime(23, 59)).toMSecsSinceEpoch());
    auto* upper = new QLineSeries(band);
    upper->append({{left, *signalsOfIndex->baselineHigh}, {right, *signalsOfIndex->baselineHigh}});
    auto* lower = new QLineSeries(band);
    lower->append({{left, *signalsOfIndex->baselineLow}, {right, *signalsOfIndex->baselineLow}});
    band->setUpperSeries(upper);
    band->setLowerSeries(lower);
    band->setColor(color);
    band->setBorderColor(color);
}

QHash<int, QByteArray> TrendsModel::roleNames() const {
    return {{KeyRole, "key"}, {TitleRole, "title"}, {SubtitleRole, "subtitle"}, {HasDataRole, "hasData"}};
}

void TrendsModel::populate(int row, QObject* chartView, QObject* axisX, QObject* axisY,
                           const QColor& dailyColor, const QColor& meanColor, const QColor& bandColor) {
    if (row < 0 || row >= rowCount() || !chartView)
        return;
    const Chart& chart = m_charts[static_cast<std::size_t>(row)];
    const DailySeries all = dailyValues(chart);
    const DailySeries mean = rollingMean(all, rollingWindow, rollingMinimum);
    const std::size_t visibleFrom = all.values.size() - static_cast<std::size_t>(m_rangeDays);

    QMetaObject::invokeMethod(chartView, "removeAllSeries");

    if (auto* dateAxis = qobject_cast<QDateTimeAxis*>(axisX)) {
        const auto to = m_session.today();
        const auto from = to - boost::gregorian::days(m_rangeDays - 1);
        dateAxis->setRange(QDateTime(toQDate(from), QTime(0, 0)), QDateTime(toQDate(to), QTime(23, 59)));
        dateAxis->setFormat(m_rangeDays > 90 ? QStringLiteral("MMM") : QStringLiteral("d MMM"));
    }
    if (auto* valueAxis = qobject_cast<QValueAxis*>(axisY)) {
        if (chart.isGroup || chart.index)
            valueAxis->setRange(0, 100);
        else
            valueAxis->setRange(chart.item->scale.min, chart.item->scale.max);
        valueAxis->setLabelFormat(QStringLiteral("%d"));
    }

    if (chart.index && bandColor.isValid())
        drawUsualRange(chart, chartView, axisX, axisY, bandColor);
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
