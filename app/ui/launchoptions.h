#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace tend::ui {

// The command line of `tend`: normal use takes no options; the rest serve testing and review.
struct LaunchOptions {
    QString dataDir;   // --data-dir DIR (empty: the platform's app data location)
    bool demo = false; // --demo: fill an empty data directory with the demo story
    bool selfTest =
        false; // --self-test: load every page offscreen, exercise saving, exit non-zero on warnings
    QString screenshotDir;      // --screenshot DIR: one PNG per page and theme
    std::optional<QDate> today; // --today YYYY-MM-DD: freeze the clock (review and screenshots)
    QString error;              // set when the command line could not be understood

    [[nodiscard]] bool isReview() const { return selfTest || !screenshotDir.isEmpty(); }
};

[[nodiscard]] LaunchOptions parseLaunchOptions(const QStringList& arguments);

} // namespace tend::ui
