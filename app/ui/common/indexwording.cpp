#include "common/indexwording.h"

#include <QCoreApplication>

namespace tend::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("Indices", text);
}
} // namespace

QString indexDisplayName(IndexId id) {
    switch (id) {
    case IndexId::StsLoad:
        return tr("Secondary stress");
    case IndexId::Burnout:
        return tr("Burnout");
    case IndexId::Wellbeing:
        return tr("Wellbeing");
    case IndexId::CompassionSatisfaction:
        return tr("Compassion satisfaction");
    case IndexId::ExposureLoad:
        return tr("Exposure");
    }
    return {};
}

QString indexDescription(IndexId id) {
    switch (id) {
    case IndexId::StsLoad:
        return tr("How much other people's trauma is staying with you: stories coming back, steering away, "
                  "feeling on edge, feeling numb. Each of the four counts the same.");
    case IndexId::Burnout:
        return tr("How worn out and distant from your work you feel.");
    case IndexId::Wellbeing:
        return tr("Your mood, energy and sleep.");
    case IndexId::CompassionSatisfaction:
        return tr("The good side of the work: making a difference and feeling supported.");
    case IndexId::ExposureLoad:
        return tr("How much distressing material you met, with hard moments included. Recent days count "
                  "most; a heavy day fades over the following days.");
    }
    return {};
}

QString indexBandName(IndexBand band) {
    switch (band) {
    case IndexBand::Low:
        return tr("low");
    case IndexBand::Moderate:
        return tr("moderate");
    case IndexBand::High:
        return tr("high");
    case IndexBand::Good:
        return tr("good");
    }
    return {};
}

} // namespace tend::ui
