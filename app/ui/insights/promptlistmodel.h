#pragma once

#include "prompts/promptengine.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

class AppSession;

// Prompts as the worker sees them: title, body, the reason behind it (to open on request), and what
// can be done with it. Dismissing, snoozing and opening are stored in the prompt history, which the rule
// engine reads to keep prompts from nagging.
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
        KindRole,
        KindLabelRole,
        AcuteRole,
        ActionLabelRole,
        ActionPageRole,
        PlanActionRole,
    };
    Q_ENUM(Role)

    // Shows nothing and records nothing until attached to a session (its controller does that).
    explicit PromptListModel(QObject* parent)
        : QAbstractListModel(parent) {}
    explicit PromptListModel(AppSession& session, QObject* parent = nullptr);
    void attach(AppSession& session) { m_session = &session; }

    // Replaces the prompts and notes in the history that they were shown today (once a day each).
    void show(std::vector<Prompt> prompts);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // "Not now": quiet for a few days. Returns false if it could not be stored.
    Q_INVOKABLE bool snooze(int row);
    // "Thanks, not for me": quiet for as long as the rule says.
    Q_INVOKABLE bool dismiss(int row);
    // Notes that the worker followed the prompt; returns the page to open ("" when there is none).
    Q_INVOKABLE QString open(int row);

signals:
    void countChanged();
    void errorTextChanged();
    // A prompt was snoozed or dismissed: the owner recomputes, since another may now take its place.
    void historyChanged();

private:
    [[nodiscard]] bool record(int row, PromptEventKind kind);
    void setErrorText(const QString& text);

    AppSession* m_session = nullptr;
    std::vector<Prompt> m_prompts;
    QString m_errorText;
};

} // namespace tend::ui
