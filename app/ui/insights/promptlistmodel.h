#pragma once

#include "prompts/promptengine.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <map>
#include <set>
#include <utility>
#include <vector>

namespace tend::ui {

class AppSession;

// Prompts as the worker sees them: title, body, the reason behind it (to open on request), and what
// can be done with it. Opening, "not now" and "not for me" are stored in the prompt history, which the rule
// engine reads to keep prompts from nagging.
//
// The list is steady on purpose. A prompt set aside stays in its place as a short note of what was done
// (with a way to undo it) for as long as the list lives, since a card that simply vanishes leaves the
// worker unsure what happened. When a refresh brings the same prompts, rows update in place, so a card the
// worker is reading keeps its state. A crisis prompt kept for the rest of the day (Prompt::keptToday) is
// folded to one calm line, unless it was on screen in full in this list or the worker unfolded it: it never
// folds by itself while the worker is looking at it.
class PromptListModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by a page controller")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Role {
        TitleRole = Qt::UserRole + 1,
        BodyRole,
        ReasonRole,
        BandsNoteRole, // said after the reason: the bands' cut-offs are Tend's own
        KindRole,
        KindLabelRole,
        RuleIdRole,
        AcuteRole,
        ActionLabelRole,
        ActionPageRole,
        PlanActionRole,
        LibraryActionRole, // the title of a small step from the library, when the plan had nothing suitable
        CanAddToPlanRole,  // there is such a step to add
        NoticeRole,        // what the worker just did with this prompt, e.g. "Added … to your plan."
        FoldedRole,        // a kept crisis prompt shown as one line
        CanFoldRole,       // a kept crisis prompt shown in full
        SetAsideRole,      // "not for me" was chosen: the row is only a note of that now
        SetAsideTextRole,  // "Hidden until 11 December."
        CanSetAsideRole,   // "not for me" is offered (never for crisis support)
        QuietForLabelRole, // the rule's own quiet time, e.g. "For 2 weeks"
        OffersMonthRole,   // "For a month" is longer than the rule's own quiet time
    };
    Q_ENUM(Role)

    // "Not for me", for how long.
    enum NotForMeChoice { ForRuleDays, ForAMonth, Never };
    Q_ENUM(NotForMeChoice)

    // Shows nothing and records nothing until attached to a session (its controller does that).
    explicit PromptListModel(QObject* parent)
        : QAbstractListModel(parent) {}
    explicit PromptListModel(AppSession& session, QObject* parent = nullptr);
    void attach(AppSession& session) { m_session = &session; }

    // Replaces the prompts and notes in the history that they were shown today (once a day each). Rows set
    // aside earlier stay where they were.
    void show(std::vector<Prompt> prompts);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // "Not now": quiet for a few days. Returns false if it could not be stored.
    Q_INVOKABLE bool snooze(int row);
    // "Not for me": quiet for the rule's own time, a month, or for good (an acute prompt only for the rest
    // of the day). The row stays as a note saying what was done. Returns false if it could not be stored.
    Q_INVOKABLE bool notForMe(int row, tend::ui::PromptListModel::NotForMeChoice choice);
    // Undoes "not for me" on a row that was set aside: the prompt may show again.
    Q_INVOKABLE bool allowAgain(int row);
    // Notes that the worker followed the prompt; returns the page to open ("" when there is none).
    Q_INVOKABLE QString open(int row);
    // Puts the library step a self-care prompt suggests into the worker's plan.
    Q_INVOKABLE bool addToPlan(int row);
    // Shows a folded crisis prompt in full, or folds it again.
    Q_INVOKABLE void unfold(int row);
    Q_INVOKABLE void fold(int row);

signals:
    void countChanged();
    void errorTextChanged();
    // The history changed: the owner recomputes, since another prompt may now take this one's place.
    void historyChanged();

private:
    using Key = std::pair<std::string, std::string>; // rule id, subject
    struct Row {
        Prompt prompt;
        bool setAside = false;
    };
    struct SetAside {
        Prompt prompt;
        QString text;
        int position = 0;
    };

    [[nodiscard]] static Key keyOf(const Prompt& prompt) { return {prompt.ruleId, prompt.subject}; }
    [[nodiscard]] bool validRow(int row) const { return row >= 0 && row < rowCount(); }
    [[nodiscard]] const PromptRule* ruleOf(const Prompt& prompt) const;
    [[nodiscard]] bool folded(const Row& row) const;
    [[nodiscard]] bool record(const Prompt& prompt, PromptEventKind kind,
                              std::optional<boost::gregorian::date> quietUntil = std::nullopt);
    void setRows(std::vector<Row> rows);
    void changedRow(int row);
    void setErrorText(const QString& text);

    AppSession* m_session = nullptr;
    std::vector<Row> m_rows;
    std::map<Key, SetAside> m_setAside;
    std::set<Key> m_unfolded;
    std::map<Key, QString> m_notices;
    QString m_errorText;
};

} // namespace tend::ui
