#include "assessment/assessmentdraft.h"

namespace tend::ui {

void AssessmentDraft::open(const std::string& packId) {
    if (packId == s_packId)
        return;
    s_packId = packId;
    s_answers.clear();
}

void AssessmentDraft::clear() {
    s_packId.clear();
    s_answers.clear();
}

} // namespace tend::ui
