#pragma once

#include <QString>
#include <QStringList>

namespace tend::ui {

// What the worker decided about one supervision document: which sections go in and the words they add.
// Scores stay out unless they switch them on: a document that may reach an employer shows numbers only
// when the worker wants it to.
struct SupervisionChoices {
    static constexpr int maxTalkingPoints = 20;
    static constexpr qsizetype maxTalkingPointLength = 300;
    // "A few short lines" about what they need: anything longer belongs in the conversation itself.
    static constexpr qsizetype maxNeedsNoteLength = 500;

    bool includeScores = false; // index values, bands and charts; reflection scores; points in "what helps"
    bool includeWorkload = true;
    bool includeChanges = true;
    bool includeSelfCare = true;
    bool includeReflections = true;

    QStringList talkingPoints; // in their own words
    QString ownWords;          // anything else they want their supervisor to know
    QStringList needs;         // labels of what they need from the service (ServiceNeed), picked
    QString needsNote;         // and their own lines about it

    // The sections that can be left out by name (`tend supervision --leave-out`): workload, changes,
    // selfcare, reflections.
    [[nodiscard]] static const QStringList& sectionKeys();
    // Leaves out the section named `key`; false for a name that is not a section.
    [[nodiscard]] bool leaveOut(const QString& key);
};

} // namespace tend::ui
