#include "insights/bandsnotewording.h"

#include "insights/indexdefinition.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace tend::ui {

namespace {

QString number(double value) {
    return QLocale().toString(static_cast<int>(std::lround(value)));
}

} // namespace

QString bandsNoteText() {
    const auto strain = bandCutoffs(IndexId::StsLoad);
    const auto better = bandCutoffs(IndexId::Wellbeing);
    return QCoreApplication::translate(
               "Insights",
               "How Tend reads the numbers: for secondary stress, burnout and exposure, below %1 counts as "
               "low, "
               "from %1 as moderate and from %2 as high; for wellbeing and compassion satisfaction, below %3 "
               "counts as low, from %3 as moderate and from %4 as good. A single question is on the harder "
               "side "
               "in the hardest quarter of its scale: 3 or 4 on a scale from 0 to 4, or 0 or 1 where a higher "
               "answer is better. These lines are Tend's own choice, not validated clinical thresholds, and "
               "they "
               "say nothing about a diagnosis.")
        .arg(number(strain.moderateFrom), number(strain.upperFrom), number(better.moderateFrom),
             number(better.upperFrom));
}

} // namespace tend::ui
