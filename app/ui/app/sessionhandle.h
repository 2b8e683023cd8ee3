#pragma once

#include "app/qmlpublished.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// The open data session as QML hands it on: a page gives it to each controller it creates
// (`CheckinEditor { session: Session }`), the way a constructor argument would. QML sees no properties:
// everything the pages show comes from the controllers.
class SessionHandle final : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Session)
    QML_SINGLETON

public:
    // QML asks for the instance the composition root published to its engine (qmlpublished.h).
    static SessionHandle* create(QQmlEngine* engine, QJSEngine*) {
        return publishedInstance<SessionHandle>(engine);
    }
    explicit SessionHandle(AppSession& session, QObject* parent = nullptr)
        : QObject(parent)
        , m_session(session) {}

    [[nodiscard]] AppSession& session() const { return m_session; }

private:
    AppSession& m_session;
};

} // namespace tend::ui
