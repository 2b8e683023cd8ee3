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

// Backs the Insights page (and, with acuteOnly, the calm support banner on Today): index cards, prompts
// with their reasons, strengths and days since real rest, recomputed whenever the stored data changes.
// Not final: QML wraps element types in a derived class.
// Created from QML, it computes once its properties are set (componentComplete): a Today page that wants
// only acute prompts must never note the others as shown.
class InsightsOverview : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(tend::ui::IndexCardsModel* cards READ cards CONSTANT)
    Q_PROPERTY(tend::ui::PromptListModel* prompts READ prompts CONSTANT)
    Q_PROPERTY(bool acuteOnly READ acuteOnly WRITE setAcuteOnly NOTIFY acuteOnlyChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY refreshed)
    Q_PROPERTY(QString restText READ restText NOTIFY refreshed)
    Q_PROPERTY(QStringList strengths READ strengths NOTIFY refreshed)
    Q_PROPERTY(bool hasAnyValue READ hasAnyValue NOTIFY refreshed)

public:
    explicit InsightsOverview(QObject* parent = nullptr);
    InsightsOverview(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] IndexCardsModel* cards() { return &m_cards; }
    [[nodiscard]] PromptListModel* prompts() { return &m_prompts; }
    [[nodiscard]] bool acuteOnly() const { return m_acuteOnly; }
    void setAcuteOnly(bool acuteOnly);
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString restText() const { return m_restText; }
    [[nodiscard]] QStringList strengths() const { return m_strengths; }
    [[nodiscard]] bool hasAnyValue() const { return m_hasAnyValue; }

    Q_INVOKABLE void refresh();

signals:
    void acuteOnlyChanged();
    void refreshed();

private:
    void onAttached() override;
    void buildTexts(const CareSnapshot& care);

    IndexCardsModel m_cards;
    PromptListModel m_prompts{this};
    bool m_acuteOnly = false;
    QString m_summary;
    QString m_restText;
    QStringList m_strengths;
    bool m_hasAnyValue = false;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_planChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
