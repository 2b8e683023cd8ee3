#pragma once

#include "care/caresnapshot.h"
#include "indexcardsmodel.h"
#include "promptlistmodel.h"
#include "storage/changenotifier.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Backs the Insights page (and, with acuteOnly, the calm support banner on Today): index cards, prompts
// with their reasons, strengths and days since real rest, recomputed whenever the stored data changes.
// Not final: QML wraps element types in a derived class.
// Created from QML, it computes once its properties are set (componentComplete): a Today page that wants
// only acute prompts must never note the others as shown.
class InsightsOverview : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
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
    ~InsightsOverview() override;

    [[nodiscard]] IndexCardsModel* cards() { return &m_cards; }
    [[nodiscard]] PromptListModel* prompts() { return &m_prompts; }
    [[nodiscard]] bool acuteOnly() const { return m_acuteOnly; }
    void setAcuteOnly(bool acuteOnly);
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString restText() const { return m_restText; }
    [[nodiscard]] QStringList strengths() const { return m_strengths; }
    [[nodiscard]] bool hasAnyValue() const { return m_hasAnyValue; }

    Q_INVOKABLE void refresh();

    void classBegin() override { m_settingUp = true; }
    void componentComplete() override;

signals:
    void acuteOnlyChanged();
    void refreshed();

private:
    InsightsOverview(AppSession& session, bool computeNow, QObject* parent);
    void buildTexts(const CareSnapshot& care);

    AppSession& m_session;
    IndexCardsModel m_cards;
    PromptListModel m_prompts;
    bool m_acuteOnly = false;
    bool m_settingUp = false; // between classBegin and componentComplete: nothing is computed yet
    QString m_summary;
    QString m_restText;
    QStringList m_strengths;
    bool m_hasAnyValue = false;
    ChangeNotifier::Token m_checkinToken = 0;
    ChangeNotifier::Token m_momentToken = 0;
    ChangeNotifier::Token m_planToken = 0;
    ChangeNotifier::Token m_settingsToken = 0;
};

} // namespace tend::ui
