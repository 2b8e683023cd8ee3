#pragma once

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

// Not final: QML wraps element types in a derived class.
// "Delete everything": asks for confirmationNeeded("erase") and, only once that is answered with
// confirmed("erase"), emits eraseConfirmed() for the page to hand to App.eraseEverything().
class EraseController : public QObject {
    Q_OBJECT
    QML_ELEMENT

public:
    using QObject::QObject;

    Q_INVOKABLE void request();
    Q_INVOKABLE void confirmed(const QString& purpose);
    Q_INVOKABLE void cancelled(const QString& purpose);

signals:
    void confirmationNeeded(const QString& purpose);
    void eraseConfirmed();

private:
    bool m_awaiting = false;
};

} // namespace tend::ui
