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
    QString screenshotDir; // --screenshot DIR: one PNG per page and theme
    // --quit-after-first-frame: start as usual, exit once the window has drawn its first page (0 when
    // that page came up without a QML warning over data that opened; for checks and startup timing)
    bool quitAfterFirstFrame = false;
    std::optional<QDate> today; // --today YYYY-MM-DD: freeze the clock (review, screenshots, commands)
    // A command run without a window, e.g. {"insights"}: prints to the terminal and exits.
    QStringList command;
    bool json = false;         // --json: commands print machine-readable JSON
    QString format;            // --format json|csv|fhir (export)
    QString outFile;           // --out FILE (export, backup)
    std::optional<QDate> from; // --from D (export; inclusive)
    std::optional<QDate> to;   // --to D (export; inclusive)
    bool replace = false;      // --replace (import): the file's data instead of merging into the device's
    bool takeTheirs = false;   // --take-theirs (import, import-daylio): the file's value in every conflict
    bool includeNotes = false; // --include-notes (export): CSV and FHIR carry the private notes too
    QString passphraseFile;    // --passphrase-file FILE (backup, restore): never on the command line itself
    // supervision: --weeks N (the period ending today), --with-scores, --leave-out SECTION (repeatable or
    // comma-separated), --talking-point TEXT (repeatable), --need KEY (repeatable), --need-note TEXT
    std::optional<int> weeks;
    bool withScores = false;
    QStringList leaveOut;
    QStringList talkingPoints;
    QStringList needs;
    QString needNote;
    QString error; // set when the command line could not be understood

    [[nodiscard]] bool isReview() const { return selfTest || !screenshotDir.isEmpty(); }
    [[nodiscard]] bool isHeadless() const { return !command.isEmpty(); }
};

[[nodiscard]] LaunchOptions parseLaunchOptions(const QStringList& arguments);

// The commands `tend` runs without a window. Checked before any application object exists, because a
// command must not need a display.
[[nodiscard]] const QStringList& headlessCommands();
// The command the raw command line names: the first word that is neither an option nor an option's
// value; empty when there is none.
[[nodiscard]] QString headlessCommandIn(int argc, const char* const* argv);
[[nodiscard]] bool namesHeadlessCommand(int argc, const char* const* argv);
// Whether `command` lays out text (a PDF), which needs fonts and so a GUI application; it never needs a
// display.
[[nodiscard]] bool commandNeedsFonts(const QString& command);

} // namespace tend::ui
