#pragma once

#include <QColor>
#include <QDate>
#include <QImage>
#include <QStringList>

#include <optional>
#include <vector>

namespace tend::ui {

struct PeriodChartStyle {
    QColor band{0xdc, 0xef, 0xe9};
    QColor dots{0x2f, 0x7d, 0x6d};
    QColor axis{0xc9, 0xd2, 0xce};
    QColor text{0x5b, 0x68, 0x65};
};

// The days along a period chart's axis, in the locale's short date format: the first, the middle (for
// periods of three days or more) and the last, so the reader sees when each dot was without counting.
[[nodiscard]] QStringList periodChartDateLabels(QDate first, std::size_t days);

// A chart of one index (0 to 100) over a period, for printed documents: 0, 50 and 100 up the side, the
// dates of periodChartDateLabels along the bottom, the worker's usual range as a soft band, and a dot for
// each day with a value. Days without a check-in stay empty: a missing day is never drawn as zero.
// Painted with QPainter into an image three times `size`, so it looks the same in every PDF viewer and
// stays sharp when zoomed; its text needs a QGuiApplication for fonts.
[[nodiscard]] QImage paintPeriodChart(const std::vector<std::optional<double>>& values, QDate first,
                                      std::optional<double> bandLow, std::optional<double> bandHigh,
                                      QSize size, const PeriodChartStyle& style = {});

} // namespace tend::ui
