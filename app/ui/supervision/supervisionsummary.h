#pragma once

#include "supervision/supervisionchoices.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tend::ui {

// A "prepare for supervision" document in the worker's language: the facts of the period they chose,
// worded, with their choices and their own words. Sections they left out are empty, not merely hidden.
// Private check-in and hard-moment notes are never part of it: the only free text is what the worker
// types for this document.
struct SupervisionSummary {
    struct IndexLine {
        QString name;                              // "Burnout"
        QString value;                             // "61 of 100 (high)" or why there is none
        QString change;                            // "Higher than the 4 weeks before."
        std::vector<std::optional<double>> daily;  // one per day of the period, for the chart
        std::optional<double> usualLow, usualHigh; // the worker's usual range, drawn behind it
    };

    QDate from;
    QDate to;
    int checkinDays = 0;
    QString generatedOn; // "Made with Tend on ..."

    SupervisionChoices choices;

    QStringList workload;           // counts, in the worker's voice
    QStringList notableChanges;     // plain sentences, never a score
    QStringList selfCareDone;       // "Walk round the block: 9 days"
    QStringList whatHelps;          // observations of the period, never causes
    QStringList reflections;        // with their scores only when the worker chose scores
    std::vector<IndexLine> indices; // only with scores
};

} // namespace tend::ui
