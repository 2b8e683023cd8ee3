#pragma once

#include "app/sessionclient.h"
#include "checkin/checkinitemsmodel.h"
#include "domain/checkin.h"
#include "selfcare/planmodel.h"
#include "storage/changenotifier.h"

#include <QDate>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// Edits the check-in of one date (today unless told otherwise). Every change is validated and saved at
// once (notes after a short pause in typing), so nothing is lost if the worker is interrupted: there is no
// "submit" to forget.
class CheckinEditor : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QDate date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(QString title READ title NOTIFY dateChanged)
    Q_PROPERTY(QString longDate READ longDate NOTIFY dateChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dateChanged)
    Q_PROPERTY(tend::ui::CheckinItemsModel* items READ items CONSTANT)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY noteChanged)
    Q_PROPERTY(bool restDay READ restDay WRITE setRestDay NOTIFY checkinChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY checkinChanged)
    Q_PROPERTY(int itemCount READ itemCount NOTIFY itemsChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY checkinChanged)
    Q_PROPERTY(QString saveStatus READ saveStatus NOTIFY saveStatusChanged)
    Q_PROPERTY(bool saved READ saved NOTIFY saveStatusChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY saveStatusChanged)
    Q_PROPERTY(int hardMomentCount READ hardMomentCount NOTIFY hardMomentsChanged)
    Q_PROPERTY(QString hardMomentsText READ hardMomentsText NOTIFY hardMomentsChanged)
    Q_PROPERTY(bool canLogHardMoment READ canLogHardMoment NOTIFY dateChanged)
    Q_PROPERTY(tend::ui::PlanModel* selfCare READ selfCare CONSTANT)
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(QString selfCareText READ selfCareText NOTIFY checkinChanged)

public:
    explicit CheckinEditor(QObject* parent = nullptr); // QML: gets the session as a property
    CheckinEditor(AppSession& session, QObject* parent = nullptr);
    ~CheckinEditor() override;

    [[nodiscard]] QDate date() const { return m_date; }
    void setDate(QDate date);
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString longDate() const;
    [[nodiscard]] bool isToday() const;
    [[nodiscard]] CheckinItemsModel* items() { return &m_items; }
    [[nodiscard]] QString note() const { return QString::fromStdString(m_checkin.note); }
    void setNote(const QString& note);
    [[nodiscard]] bool restDay() const { return m_checkin.restDay; }
    void setRestDay(bool restDay);
    [[nodiscard]] int answeredCount() const { return m_items.answeredCount(); }
    [[nodiscard]] int itemCount() const { return m_items.rowCount(); }
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString saveStatus() const;
    [[nodiscard]] bool saved() const { return m_savedAt.has_value() && !m_notePending; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] int hardMomentCount() const { return m_hardMomentCount; }
    [[nodiscard]] QString hardMomentsText() const;
    [[nodiscard]] bool canLogHardMoment() const { return isToday(); }
    // The active plan, with the actions ticked on this day marked done.
    [[nodiscard]] PlanModel* selfCare() { return &m_selfCare; }
    [[nodiscard]] bool hasPlan() const { return m_selfCare.rowCount() > 0; }
    [[nodiscard]] QString selfCareText() const;

    Q_INVOKABLE void setAnswer(const QString& itemId, int value);
    Q_INVOKABLE void skip(const QString& itemId);
    // Ticks or unticks an action of the active plan for this day. Ticks of actions since taken out of the
    // plan stay as they are stored.
    Q_INVOKABLE void setSelfCareDone(qint64 actionId, bool done);
    // Records a hard moment now (the editor must be showing today). Returns false on failure.
    Q_INVOKABLE bool logHardMoment(int intensity, const QString& note = {});
    // Writes a note still waiting for the typing pause. Called before the page goes away.
    Q_INVOKABLE void flush();
    // A phone may kill an app soon after it leaves the foreground: a pending note is written then.
    void onApplicationStateChanged(Qt::ApplicationState state);

signals:
    void dateChanged();
    void noteChanged();
    void checkinChanged();
    void itemsChanged();
    void saveStatusChanged();
    void hardMomentsChanged();
    void planChanged();

private:
    void onAttached() override;
    void reloadItems();
    void reloadCheckin();
    void reloadHardMoments();
    void reloadPlan();
    // Validates and stores m_checkin (or removes the day when nothing is left in it).
    void persist();

    QDate m_date;
    Checkin m_checkin;
    CheckinItemsModel m_items;
    PlanModel m_selfCare;
    std::optional<boost::posix_time::ptime> m_savedAt;
    QString m_errorText;
    int m_hardMomentCount = 0;
    bool m_notePending = false;
    bool m_persisting = false;
    QTimer m_noteTimer;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_settingsChanges;
    Subscription m_planChanges;
};

} // namespace tend::ui
