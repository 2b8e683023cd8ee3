#pragma once

#include "app/sessionhandle.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// The base of every controller that QML creates. QML hands it the session as a required property, the way a
// constructor argument would be handed over:
//
//     CheckinEditor { session: Session; date: App.today }
//
// Work starts once QML has built the whole object (componentComplete), so the order in which QML assigns
// the properties does not matter; until then getters show nothing. C++ callers and tests pass the session
// to the derived constructor, which calls attachTo() at its end. A controller serves one session for its
// whole life.
//
// Derived classes name this base in full (`public tend::ui::SessionClient`): given the short name, Qt 6.4's
// type registrar loses the base class, and qmllint then knows none of its properties.
class SessionClient : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ANONYMOUS // described to QML's tools as the base of the controllers, never created by QML
    Q_PROPERTY(tend::ui::SessionHandle* session READ sessionHandle WRITE setSessionHandle NOTIFY
                   attachedChanged REQUIRED) Q_PROPERTY(bool attached READ attached NOTIFY attachedChanged)

        public : [[nodiscard]] SessionHandle* sessionHandle() const {
        return m_handle;
    }
    void setSessionHandle(SessionHandle* handle);
    [[nodiscard]] bool attached() const { return m_session != nullptr; }

    void classBegin() override {}
    void componentComplete() override;

signals:
    void attachedChanged();

protected:
    explicit SessionClient(QObject* parent)
        : QObject(parent) {}

    // Starts work over `session`: runs onAttached() of the derived class once. Derived constructors that are
    // given the session call it last, when their members exist.
    void attachTo(AppSession& session);
    // The derived class subscribes to changes and reads what it shows here.
    virtual void onAttached() = 0;

    // Null until attached.
    [[nodiscard]] AppSession* session() const { return m_session; }

private:
    SessionHandle* m_handle = nullptr;
    AppSession* m_session = nullptr;
    bool m_complete = false;
};

} // namespace tend::ui
