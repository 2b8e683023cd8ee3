#include "assessmentresults.h"

#include "appsession.h"

namespace tend::ui {

AssessmentResults::AssessmentResults(QObject* parent)
    : QObject(parent)
    , m_rows(*AppSession::current()) {
    connect(&m_rows, &AssessmentHistoryModel::emptyChanged, this, &AssessmentResults::emptyChanged);
}

} // namespace tend::ui
