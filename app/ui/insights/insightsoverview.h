#pragma once

#include "app/sessionclient.h"
#include "care/caresnapshot.h"
#include "insights/indexcardsmodel.h"
#include "insights/promptlistmodel.h"
#include "storage/changenotifier.h"

#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Backs the Insights page (and, with immediateOnly, the calm support at the top of Today): what is going
// well beside what is weighing more, index cards, prompts with their reasons and days since real rest,
// recomputed whenever the stored data changes.
// Not final: QML wraps element types in a derived class.
// Created from QML, it computes once its properties are set (componentComplete): a Today page that wants
// only the prompts answering today must never note the others as shown.
class InsightsOverview : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::IndexCardsModel* cards READ cards CONSTANT)
    Q_PROPERTY(tend::ui::PromptListModel* prompts READ prompts CONSTANT)
    // Only prompts that answer something entered today: crisis support and the immediate ones (the
    // follow-up after a very hard moment, the re-check the worker asked for).
    Q_PROPERTY(bool immediateOnly READ immediateOnly WRITE setImmediateOnly NOTIFY immediateOnlyChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
    Q_PROPERTY(QString restText READ restText NOTIFY refreshed)
    Q_PROPERTY(QStringList strengths READ strengths NOTIFY refreshed)
    Q_PROPERTY(QStringList strains READ strains NOTIFY refreshed)
    Q_PROPERTY(QString strengthsEmptyText READ strengthsEmptyText NOTIFY refreshed)
    Q_PROPERTY(QString strainsEmptyText READ strainsEmptyText NOTIFY refreshed)
    Q_PROPERTY(bool hasAnyValue READ hasAnyValue NOTIFY refreshed)

public:
    explicit InsightsOverview(QObject* parent = nullptr);
    InsightsOverview(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] IndexCardsModel* cards() { return &m_cards; }
    [[nodiscard]] PromptListModel* prompts() { return &m_prompts; }
    [[nodiscard]] bool immediateOnly() const { return m_immediateOnly; }
    void setImmediateOnly(bool immediateOnly);
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString restText() const { return m_restText; }
    [[nodiscard]] QStringList strengths() const { return m_strengths; }
    [[nodiscard]] QStringList strains() const { return m_strains; }
    // What each side says when it has nothing to list.
    [[nodiscard]] QString strengthsEmptyText() const;
    [[nodiscard]] QString strainsEmptyText() const;
    [[nodiscard]] bool hasAnyValue() const { return m_hasAnyValue; }

    Q_INVOKABLE void refresh();

signals:
    void immediateOnlyChanged();
    void refreshed();

private:
    void onAttached() override;
    void buildTexts(const CareSnapshot& care);

    IndexCardsModel m_cards;
    PromptListModel m_prompts{this};
    bool m_immediateOnly = false;
    QString m_summary;
    QString m_restText;
    QStringList m_strengths;
    QStringList m_strains;
    bool m_hasAnyValue = false;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_planChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
