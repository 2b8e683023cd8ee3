#include "insights/bandsnote.h"

#include "insights/indexdefinition.h"

#include <cmath>

namespace tend {

namespace {

std::string number(double value) {
    return std::to_string(std::lround(value));
}

} // namespace

std::string bandsNote() {
    const auto strain = bandCutoffs(IndexId::StsLoad);
    const auto better = bandCutoffs(IndexId::Wellbeing);
    return std::string("How Tend reads the numbers: for secondary stress, burnout and exposure, below ")
        .append(number(strain.moderateFrom))
        .append(" counts as low, from ")
        .append(number(strain.moderateFrom))
        .append(" as moderate and from ")
        .append(number(strain.upperFrom))
        .append(" as high; for wellbeing and compassion satisfaction, below ")
        .append(number(better.moderateFrom))
        .append(" counts as low, from ")
        .append(number(better.moderateFrom))
        .append(" as moderate and from ")
        .append(number(better.upperFrom))
        .append(" as good. A single question is on the harder side in the hardest quarter of its scale: 3 or "
                "4 on a scale from 0 to 4, or 0 or 1 where a higher answer is better. These lines are Tend's "
                "own choice, not validated clinical "
                "thresholds, and they say nothing about a diagnosis.");
}

} // namespace tend
