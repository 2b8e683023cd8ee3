#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tend::ui {

// What a "prepare for supervision" document can hold, already in the worker's language. Built from the
// worker's own data for a period they chose; every section can be left out. The private check-in notes
// are never part of it: the only free text is what the worker types for this document.
struct SupervisionSummary {
    struct IndexLine {
        QString name;                       // "Burnout"
        std::optional<double> periodMean;   // 0-100 over the period, when there is enough data
        std::optional<double> previousMean; // the same length of time just before, for comparison
        QString band;                       // "moderate", translated
        QString change;                     // one plain sentence, e.g. "Higher than the four weeks before."
        std::vector<std::optional<double>> daily; // one value per day of the period, for the small chart
        std::optional<double> baselineLow, baselineHigh; // the worker's usual range, drawn behind the chart
        bool higherIsWorse = true;
    };

    QDate from;
    QDate to;
    int checkinDays = 0;
    QString generatedOn; // localised date line

    bool includeIndices = true;
    std::vector<IndexLine> indices;

    bool includeChanges = true;
    QStringList notableChanges; // plain sentences

    bool includeWorkload = true;
    int hardMoments = 0;
    int heavyDays = 0; // days with "a lot" of distressing material
    int restDays = 0;

    bool includeSelfCare = true;
    QStringList selfCareDone; // "Walk round the block: 9 days"
    QStringList whatHelps;    // observations, never causes

    bool includeAssessments = true;
    QStringList assessments; // "Monthly reflection, 3 Nov: carrying 9 (some) — Written by ..."

    QStringList talkingPoints; // the worker's own points, in their words
    QString ownWords;          // anything else they chose to write for this document
};

} // namespace tend::ui
