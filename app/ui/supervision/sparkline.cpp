#include "supervision/sparkline.h"

#include <QPainter>

#include <algorithm>

namespace tend::ui {

namespace {

// Values are on 0-100; y grows downwards in the image.
double yFor(double value, const QRectF& area) {
    return area.bottom() - std::clamp(value, 0.0, 100.0) / 100.0 * area.height();
}

} // namespace

QImage paintSparkline(const std::vector<std::optional<double>>& values, std::optional<double> bandLow,
                      std::optional<double> bandHigh, QSize size, const SparklineStyle& style) {
    // Twice the requested size so the chart stays sharp when a PDF is zoomed.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);

    const QRectF area(4, 4, size.width() - 8, size.height() - 8);
    if (bandLow && bandHigh) {
        const double top = yFor(std::max(*bandLow, *bandHigh), area);
        const double bottom = yFor(std::min(*bandLow, *bandHigh), area);
        painter.fillRect(QRectF(area.left(), top, area.width(), std::max(1.0, bottom - top)), style.band);
    }
    painter.setPen(QPen(style.axis, 1));
    painter.drawLine(area.bottomLeft(), area.bottomRight());

    if (values.empty())
        return image;
    const double step = values.size() > 1 ? area.width() / static_cast<double>(values.size() - 1) : 0.0;
    const double radius = std::clamp(step / 2.5, 1.2, 3.0);
    painter.setPen(Qt::NoPen);
    painter.setBrush(style.dots);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        const double x = values.size() > 1 ? area.left() + step * static_cast<double>(i) : area.center().x();
        painter.drawEllipse(QPointF(x, yFor(*values[i], area)), radius, radius);
    }
    return image;
}

} // namespace tend::ui
