#include "assessment/assessmentcontroller.h"

#include "app/appsession.h"
#include "assessment/assessmentdraft.h"
#include "assessment/assessmentresult.h"
#include "assessment/assessmentwording.h"
#include "assessment/scoring.h"
#include "common/storageerrorwording.h"
#include "storage/storageerror.h"

namespace tend::ui {

AssessmentController::AssessmentController(QObject* parent)
    : SessionClient(parent) {}

AssessmentController::AssessmentController(AppSession& session, QObject* parent)
    : AssessmentController(parent) {
    attachTo(session);
}

void AssessmentController::onAttached() {
    m_packs.attach(*session());
    // Resume the pack Today's card chose, or the one left for a moment to visit another page.
    if (const auto* row = m_packs.find(AssessmentDraft::packId()))
        showPack(&row->available.pack);
    else
        AssessmentDraft::clear();
}

AssessmentController::~AssessmentController() = default;

QString AssessmentController::listIntro() const {
    return tr("Now and then, a longer look back can show what a quick daily check-in misses. Take one "
              "when you have a quiet moment. There are no right answers, and you can leave out any line.");
}

QString AssessmentController::packId() const {
    return m_pack ? QString::fromStdString(m_pack->id) : QString();
}

QString AssessmentController::title() const {
    return m_pack ? QString::fromStdString(m_pack->name) : tr("Looking back");
}

QString AssessmentController::description() const {
    return m_pack ? QString::fromStdString(m_pack->description) : QString();
}

QString AssessmentController::instructions() const {
    return m_pack ? QString::fromStdString(m_pack->instructions) : QString();
}

QString AssessmentController::recall() const {
    return m_pack ? recallText(*m_pack) : QString();
}

QString AssessmentController::validationNote() const {
    if (!m_pack)
        return {};
    return m_pack->validated
               ? tr("A published questionnaire, offered here as a way to check in with yourself. It is "
                    "not a diagnosis.")
               : tr("Tend's own questions, not a validated questionnaire; not a diagnosis.");
}

QString AssessmentController::attribution() const {
    return m_pack ? QString::fromStdString(m_pack->attribution) : QString();
}

QString AssessmentController::licence() const {
    return m_pack ? tr("Licence: %1").arg(QString::fromStdString(m_pack->licence)) : QString();
}

QString AssessmentController::sourceUrl() const {
    return m_pack ? QString::fromStdString(m_pack->sourceUrl) : QString();
}

int AssessmentController::choiceColumns() const {
    if (!m_pack)
        return 1;
    // Up to five answers sit side by side; longer scales wrap into even rows that stay wide enough to tap.
    const int points = m_pack->responseScale.max - m_pack->responseScale.min + 1;
    const int rows = (points + 4) / 5;
    return (points + rows - 1) / rows;
}

QString AssessmentController::progressText() const {
    return tr("%1 of %2 answered").arg(answeredCount()).arg(itemCount());
}

QString AssessmentController::saveHint() const {
    if (!m_pack || m_showingResult)
        return {};
    if (m_answers.empty())
        return tr("Answer any of the lines you like, then save.");
    if (answeredCount() < itemCount())
        return tr("You can save with lines left out. A part with a line left out gets no score this time.");
    return {};
}

QString AssessmentController::resultTitle() const {
    return m_showingResult ? tr("Your answers are saved") : QString();
}

QString AssessmentController::notDiagnosisText() const {
    return tr("This is not a diagnosis. It is one way of looking back, and you know your own life best.");
}

bool AssessmentController::choosePack(const QString& packId) {
    const auto* row = m_packs.find(packId.toStdString());
    if (!row)
        return false;
    AssessmentDraft::open(row->available.pack.id);
    showPack(&row->available.pack);
    return true;
}

void AssessmentController::closePack() {
    AssessmentDraft::clear();
    showPack(nullptr);
}

void AssessmentController::showPack(const InstrumentPack* pack) {
    if (pack)
        m_pack = *pack;
    else
        m_pack.reset();
    m_answers = pack ? AssessmentDraft::answers() : std::map<std::string, int>();
    m_items.setPack(pack);
    m_items.setAnswers(m_answers);
    m_showingResult = false;
    m_resultDate.clear();
    m_scores.clear();
    setError({});
    emit packChanged();
    emit answersChanged();
    emit resultChanged();
}

void AssessmentController::setAnswer(const QString& itemId, int value) {
    const auto id = itemId.toStdString();
    const bool fits = m_pack && !m_showingResult && m_pack->findItem(id) &&
                      value >= m_pack->responseScale.min && value <= m_pack->responseScale.max;
    if (!fits) {
        setError(tr("That answer doesn't fit this question, so it wasn't kept."));
        return;
    }
    m_answers[id] = value;
    AssessmentDraft::setAnswer(id, value);
    m_items.setAnswers(m_answers);
    setError({});
    emit answersChanged();
}

void AssessmentController::clearAnswer(const QString& itemId) {
    const auto id = itemId.toStdString();
    if (m_showingResult || m_answers.erase(id) == 0)
        return;
    AssessmentDraft::clearAnswer(id);
    m_items.setAnswers(m_answers);
    emit answersChanged();
}

bool AssessmentController::save() {
    if (!canSave())
        return false;
    AssessmentResult result;
    result.packId = m_pack->id;
    result.packVersion = m_pack->version;
    result.takenAt = session()->clock().nowLocal();
    result.takenOn = result.takenAt.date();
    result.answers = m_answers;
    try {
        result.scores = scoreAssessment(*m_pack, m_answers);
        (void)session()->assessments().add(result);
    } catch (const AnswerError& error) {
        qWarning("Assessment answers did not fit their pack: %s", error.what());
        setError(tr("These answers don't fit this questionnaire, so they weren't saved."));
        return false;
    } catch (const StorageError& error) {
        setError(storageErrorText(error));
        return false;
    }
    AssessmentDraft::clear();
    m_showingResult = true;
    m_resultDate = resultDayText(result.takenOn);
    m_scores.setScores(*m_pack, result.scores);
    setError({});
    emit resultChanged();
    emit answersChanged();
    return true;
}

void AssessmentController::setError(const QString& text) {
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorChanged();
}

} // namespace tend::ui
