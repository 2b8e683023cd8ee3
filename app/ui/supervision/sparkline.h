#pragma once

#include <QColor>
#include <QImage>

#include <optional>
#include <vector>

namespace tend::ui {

// A small chart of daily values on 0-100 for printed summaries: the worker's usual range as a soft band,
// the days as dots, gaps left empty (a missing day is never drawn as zero). Painted with QPainter so
// it needs no scene graph and looks the same in a PDF on every platform.
struct SparklineStyle {
    QColor band{0xdc, 0xef, 0xe9};
    QColor dots{0x2f, 0x7d, 0x6d};
    QColor axis{0xc9, 0xd2, 0xce};
};

[[nodiscard]] QImage paintSparkline(const std::vector<std::optional<double>>& values,
                                    std::optional<double> bandLow, std::optional<double> bandHigh, QSize size,
                                    const SparklineStyle& style = {});

} // namespace tend::ui
