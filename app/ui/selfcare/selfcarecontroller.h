#pragma once

#include "app/sessionclient.h"
#include "selfcare/learningcardsmodel.h"
#include "selfcare/planmodel.h"
#include "selfcare/selfcarelibrarymodel.h"
#include "selfcare/tagchoicesmodel.h"
#include "storage/changenotifier.h"

#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <cstdint>
#include <optional>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// The Self-care page: the worker's plan (theirs to word, order and trim), the library to pick from, what
// their own days suggest tends to help, how long since real rest, and the learning cards. Every change
// to the plan is stored at once.
class SelfCareController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::PlanModel* plan READ plan CONSTANT)
    Q_PROPERTY(tend::ui::SelfCareLibraryModel* library READ library CONSTANT)
    Q_PROPERTY(tend::ui::LearningCardsModel* cards READ cards CONSTANT)
    // Tags for an action of the worker's own: those chosen for the next one they add, and those of the
    // action whose tags are open for editing, if any.
    Q_PROPERTY(tend::ui::TagChoicesModel* newTags READ newTags CONSTANT)
    Q_PROPERTY(tend::ui::TagChoicesModel* editTags READ editTags CONSTANT)
    Q_PROPERTY(bool editingTags READ editingTags NOTIFY editingTagsChanged)
    Q_PROPERTY(QString editingTagsTitle READ editingTagsTitle NOTIFY editingTagsChanged)
    Q_PROPERTY(bool planEmpty READ planEmpty NOTIFY planChanged)
    Q_PROPERTY(int maxTitleLength READ maxTitleLength CONSTANT)
    Q_PROPERTY(QStringList whatHelps READ whatHelps NOTIFY insightsChanged)
    Q_PROPERTY(QString whatHelpsWaiting READ whatHelpsWaiting NOTIFY insightsChanged)
    Q_PROPERTY(QString restText READ restText NOTIFY insightsChanged)
    Q_PROPERTY(QString recoveryText READ recoveryText NOTIFY insightsChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY messageChanged)
    Q_PROPERTY(bool canUndoRemove READ canUndoRemove NOTIFY messageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)

public:
    explicit SelfCareController(QObject* parent = nullptr);
    // For tests and for callers that hold the session themselves.
    SelfCareController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] PlanModel* plan() { return &m_plan; }
    [[nodiscard]] SelfCareLibraryModel* library() { return &m_library; }
    [[nodiscard]] LearningCardsModel* cards() { return &m_cards; }
    [[nodiscard]] TagChoicesModel* newTags() { return &m_newTags; }
    [[nodiscard]] TagChoicesModel* editTags() { return &m_editTags; }
    [[nodiscard]] bool editingTags() const { return m_editingTagsOf != 0; }
    // The action whose tags are open for editing (none: 0).
    [[nodiscard]] qint64 editingTagsOf() const { return m_editingTagsOf; }
    [[nodiscard]] QString editingTagsTitle() const;
    [[nodiscard]] bool planEmpty() const { return m_plan.rowCount() == 0; }
    [[nodiscard]] int maxTitleLength() const;
    [[nodiscard]] QStringList whatHelps() const { return m_whatHelps; }
    [[nodiscard]] QString whatHelpsWaiting() const;
    [[nodiscard]] QString restText() const { return m_restText; }
    [[nodiscard]] QString recoveryText() const { return m_recoveryText; }
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] bool canUndoRemove() const { return m_removed.has_value(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // Whether `title` can name a plan action (one line, 1 to maxTitleLength characters once trimmed).
    Q_INVOKABLE bool isUsableTitle(const QString& title) const;
    // Each returns false, with errorText set, when nothing changed.
    Q_INVOKABLE bool addFromLibrary(const QString& libraryId);
    // Adds an action in the worker's words, with the tags chosen in newTags (which then start afresh).
    Q_INVOKABLE bool addOwn(const QString& title);
    // Chooses a tag for the next action the worker adds, or takes it back.
    Q_INVOKABLE void setNewTag(const QString& tag, bool chosen);
    // Opens the tags of one of the worker's own actions in editTags; false for a library action.
    Q_INVOKABLE bool editTagsOf(qint64 actionId);
    // Gives the action being edited a tag, or takes it away, stored at once.
    Q_INVOKABLE bool setTag(const QString& tag, bool chosen);
    Q_INVOKABLE void doneEditingTags();
    Q_INVOKABLE bool rename(qint64 actionId, const QString& title);
    Q_INVOKABLE bool moveUp(qint64 actionId);
    Q_INVOKABLE bool moveDown(qint64 actionId);
    // Takes the action out of the plan. It is archived, not deleted: days it was ticked keep their ticks.
    Q_INVOKABLE bool remove(qint64 actionId);
    // Puts the last removed action back where it was.
    Q_INVOKABLE bool undoRemove();

signals:
    void planChanged();
    void insightsChanged();
    void messageChanged();
    void editingTagsChanged();

private:
    void onAttached() override;
    struct Removed {
        std::int64_t id = 0;
        int row = 0;
    };

    void reloadPlan();
    void followEditedTags();
    void reloadInsights();
    bool move(std::int64_t actionId, int offset);
    // Runs a plan change, turning a storage failure into a calm message. Returns whether it succeeded.
    template <typename Change> bool change(Change&& change);
    void setMessage(QString status, QString error);

    PlanModel m_plan;
    SelfCareLibraryModel m_library;
    LearningCardsModel m_cards;
    TagChoicesModel m_newTags;
    TagChoicesModel m_editTags;
    qint64 m_editingTagsOf = 0;
    QStringList m_whatHelps;
    QString m_restText;
    QString m_recoveryText;
    QString m_statusText;
    QString m_errorText;
    std::optional<Removed> m_removed;
    Subscription m_planChanges;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
