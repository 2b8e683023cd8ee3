#include "assessment/assessmentresults.h"

#include "app/appsession.h"

namespace tend::ui {

AssessmentResults::AssessmentResults(QObject* parent)
    : SessionClient(parent) {
    connect(&m_rows, &AssessmentHistoryModel::emptyChanged, this, &AssessmentResults::emptyChanged);
}

void AssessmentResults::onAttached() {
    m_rows.attach(*session());
}

} // namespace tend::ui
