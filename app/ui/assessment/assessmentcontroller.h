#pragma once

#include "app/sessionclient.h"
#include "assessment/assessmentitemsmodel.h"
#include "assessment/assessmentpacksmodel.h"
#include "assessment/assessmentscoresmodel.h"
#include "assessment/instrumentpack.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <optional>
#include <string>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// The assessment page: the list of packs to choose from, then one pack's questions, then its result.
// Which pack is open, and the answers so far, live in AssessmentDraft, so Today's card can choose the
// pack before the page opens and a visit to Support halfway through loses nothing. Saving scores and
// stores in one step; nothing is stored until the worker asks for it.
class AssessmentController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::AssessmentPacksModel* packs READ packs CONSTANT)
    Q_PROPERTY(QString listIntro READ listIntro CONSTANT)
    Q_PROPERTY(bool hasPack READ hasPack NOTIFY packChanged)
    Q_PROPERTY(QString packId READ packId NOTIFY packChanged)
    Q_PROPERTY(QString title READ title NOTIFY packChanged)
    Q_PROPERTY(QString description READ description NOTIFY packChanged)
    Q_PROPERTY(QString instructions READ instructions NOTIFY packChanged)
    Q_PROPERTY(QString recall READ recall NOTIFY packChanged)
    Q_PROPERTY(QString validationNote READ validationNote NOTIFY packChanged)
    Q_PROPERTY(QString attribution READ attribution NOTIFY packChanged)
    Q_PROPERTY(QString licence READ licence NOTIFY packChanged)
    Q_PROPERTY(QString sourceUrl READ sourceUrl NOTIFY packChanged)
    Q_PROPERTY(tend::ui::AssessmentItemsModel* items READ items CONSTANT)
    Q_PROPERTY(int choiceColumns READ choiceColumns NOTIFY packChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY packChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY answersChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY answersChanged)
    Q_PROPERTY(bool canSave READ canSave NOTIFY answersChanged)
    Q_PROPERTY(QString saveHint READ saveHint NOTIFY answersChanged)
    Q_PROPERTY(bool showingResult READ showingResult NOTIFY resultChanged)
    Q_PROPERTY(QString resultTitle READ resultTitle NOTIFY resultChanged)
    Q_PROPERTY(QString resultDate READ resultDate NOTIFY resultChanged)
    Q_PROPERTY(tend::ui::AssessmentScoresModel* scores READ scores CONSTANT)
    Q_PROPERTY(QString notDiagnosisText READ notDiagnosisText CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    explicit AssessmentController(QObject* parent = nullptr);
    // For tests and for callers that hold the session themselves.
    AssessmentController(AppSession& session, QObject* parent = nullptr);
    ~AssessmentController() override;

    [[nodiscard]] AssessmentPacksModel* packs() { return &m_packs; }
    [[nodiscard]] QString listIntro() const;
    [[nodiscard]] bool hasPack() const { return m_pack.has_value(); }
    [[nodiscard]] QString packId() const;
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString description() const;
    [[nodiscard]] QString instructions() const;
    [[nodiscard]] QString recall() const;
    [[nodiscard]] QString validationNote() const;
    [[nodiscard]] QString attribution() const;
    [[nodiscard]] QString licence() const;
    [[nodiscard]] QString sourceUrl() const;
    [[nodiscard]] AssessmentItemsModel* items() { return &m_items; }
    [[nodiscard]] int choiceColumns() const;
    [[nodiscard]] int itemCount() const { return m_items.rowCount(); }
    [[nodiscard]] int answeredCount() const { return static_cast<int>(m_answers.size()); }
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] bool canSave() const { return hasPack() && !m_showingResult && !m_answers.empty(); }
    [[nodiscard]] QString saveHint() const;
    [[nodiscard]] bool showingResult() const { return m_showingResult; }
    [[nodiscard]] QString resultTitle() const;
    [[nodiscard]] QString resultDate() const { return m_resultDate; }
    [[nodiscard]] AssessmentScoresModel* scores() { return &m_scores; }
    [[nodiscard]] QString notDiagnosisText() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // Opens one of the listed packs (keeping answers already given to it). Returns false for an unknown id.
    Q_INVOKABLE bool choosePack(const QString& packId);
    // Back to the list; answers not saved are let go.
    Q_INVOKABLE void closePack();
    Q_INVOKABLE void setAnswer(const QString& itemId, int value);
    Q_INVOKABLE void clearAnswer(const QString& itemId);
    // Scores the answers and stores the result in one step, then shows it. Returns false if nothing was
    // stored (errorText then says why, and the answers stay as they were).
    Q_INVOKABLE bool save();

signals:
    void packChanged();
    void answersChanged();
    void resultChanged();
    void errorChanged();

private:
    void onAttached() override;
    void showPack(const InstrumentPack* pack);
    void setError(const QString& text);

    AssessmentPacksModel m_packs{this};
    AssessmentItemsModel m_items;
    AssessmentScoresModel m_scores;
    std::optional<InstrumentPack> m_pack; // a copy: the organisation's profile may change meanwhile
    std::map<std::string, int> m_answers;
    bool m_showingResult = false;
    QString m_resultDate;
    QString m_errorText;
};

} // namespace tend::ui
