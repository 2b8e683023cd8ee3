#pragma once

#include <QByteArray>
#include <QQmlEngine>
#include <QVariant>

#include <type_traits>

// C++-owned objects that QML reaches as singletons (App, History, Trends, Tracking, Lock).
//
// Each such class declares QML_NAMED_ELEMENT(<Name>) and QML_SINGLETON itself and forwards its static
// create() to publishedInstance<T>(). The composition root hands each instance to one engine with
// publishToEngine() before that engine loads QML; the instance lives on the engine (as a dynamic
// property), so two engines, a window rebuilt after erasing the data, and the QML tests never share one.
//
// Why not QML_FOREIGN wrappers: Qt 6.4's type registrar describes a Q_GADGET foreign singleton as a second
// component with the same C++ name and no properties, so qmllint then reports every property of the real
// class as missing.
namespace tend::ui {

namespace qmlpublished {
template <typename T> QByteArray key() {
    return QByteArrayLiteral("tend.published.") + T::staticMetaObject.className();
}
} // namespace qmlpublished

template <typename T> void publishToEngine(QQmlEngine& engine, T* instance) {
    if (instance)
        QJSEngine::setObjectOwnership(instance, QJSEngine::CppOwnership);
    engine.setProperty(qmlpublished::key<T>().constData(),
                       QVariant::fromValue(static_cast<QObject*>(instance)));
}

template <typename T> T* publishedInstance(QQmlEngine* engine) {
    // A default constructor would make Qt create its own instance instead of asking create().
    static_assert(!std::is_default_constructible_v<T>,
                  "a published singleton must not be default-constructible");
    auto* instance =
        qobject_cast<T*>(engine->property(qmlpublished::key<T>().constData()).template value<QObject*>());
    Q_ASSERT_X(instance, "publishedInstance", "publishToEngine() must run before QML uses the singleton");
    return instance;
}

} // namespace tend::ui
