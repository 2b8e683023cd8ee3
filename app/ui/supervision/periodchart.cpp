#include "supervision/periodchart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>

namespace tend::ui {

namespace {

constexpr qreal scale = 3.0;
constexpr qreal fontPixels = 9.0;
constexpr qreal gap = 4.0;

// Values are on 0-100; y grows downwards in the image.
qreal yFor(double value, const QRectF& area) {
    return area.bottom() - std::clamp(value, 0.0, 100.0) / 100.0 * area.height();
}

qreal xFor(std::size_t day, std::size_t days, const QRectF& area) {
    if (days < 2)
        return area.center().x();
    return area.left() + area.width() * static_cast<qreal>(day) / static_cast<qreal>(days - 1);
}

} // namespace

QStringList periodChartDateLabels(QDate first, std::size_t days) {
    const QLocale locale;
    QStringList labels{locale.toString(first, QLocale::ShortFormat)};
    if (days >= 3)
        labels << locale.toString(first.addDays(static_cast<qint64>((days - 1) / 2)), QLocale::ShortFormat);
    if (days >= 2)
        labels << locale.toString(first.addDays(static_cast<qint64>(days - 1)), QLocale::ShortFormat);
    return labels;
}

QImage paintPeriodChart(const std::vector<std::optional<double>>& values, QDate first,
                        std::optional<double> bandLow, std::optional<double> bandHigh, QSize size,
                        const PeriodChartStyle& style) {
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(static_cast<int>(fontPixels));
    painter.setFont(font);
    const QFontMetricsF metrics(font);

    const qreal left = metrics.horizontalAdvance(QStringLiteral("100")) + gap * 1.5;
    const qreal bottom = metrics.height() + gap * 1.5;
    const QRectF area(left, metrics.height() / 2, size.width() - left - gap,
                      size.height() - bottom - metrics.height() / 2);

    if (bandLow && bandHigh) {
        const qreal top = yFor(std::max(*bandLow, *bandHigh), area);
        const qreal low = yFor(std::min(*bandLow, *bandHigh), area);
        painter.fillRect(QRectF(area.left(), top, area.width(), std::max<qreal>(1.0, low - top)), style.band);
    }

    painter.setPen(QPen(style.axis, 0.75));
    for (const double level : {0.0, 50.0, 100.0})
        painter.drawLine(QPointF(area.left(), yFor(level, area)), QPointF(area.right(), yFor(level, area)));
    painter.setPen(style.text);
    for (const double level : {0.0, 50.0, 100.0}) {
        const QRectF box(0, yFor(level, area) - metrics.height() / 2, left - gap, metrics.height());
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, QString::number(static_cast<int>(level)));
    }

    const std::size_t days = values.size();
    const QStringList labels = periodChartDateLabels(first, days);
    const std::array<std::size_t, 3> positions{0, (days - 1) / 2, days - 1};
    const qreal labelTop = area.bottom() + gap;
    for (qsizetype i = 0; i < labels.size() && days > 0; ++i) {
        // The first label starts at its tick, the last ends at its tick, a middle one is centred.
        const bool isFirst = i == 0;
        const bool isLast = i == labels.size() - 1 && labels.size() > 1;
        const std::size_t day = isLast ? positions[2] : (isFirst ? positions[0] : positions[1]);
        const qreal x = xFor(day, days, area);
        painter.setPen(QPen(style.axis, 0.75));
        painter.drawLine(QPointF(x, area.bottom()), QPointF(x, area.bottom() + gap / 2));
        const qreal width = metrics.horizontalAdvance(labels[i]) + 1;
        const qreal boxLeft = isFirst ? x : (isLast ? x - width : x - width / 2);
        painter.setPen(style.text);
        painter.drawText(QRectF(boxLeft, labelTop, width, metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                         labels[i]);
    }

    const qreal step = days > 1 ? area.width() / static_cast<qreal>(days - 1) : area.width();
    const qreal radius = std::clamp(step / 2.5, 1.2, 2.6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.dots);
    for (std::size_t i = 0; i < days; ++i)
        if (values[i])
            painter.drawEllipse(QPointF(xFor(i, days, area), yFor(*values[i], area)), radius, radius);
    return image;
}

} // namespace tend::ui
