#pragma once

#include "appcontroller.h"
#include "historymodel.h"
#include "lockcontroller.h"
#include "trackeditemsmodel.h"
#include "trendsmodel.h"

#include <QQmlEngine>
#include <QtQml/qqmlregistration.h>

// C++-owned objects published to QML as singletons. The composition root creates the objects and hands
// them over with publish(); QML finds them by name (App, History, Trends, Tracking, Lock). The core classes
// stay free of QML singleton plumbing.
namespace tend::ui {

template <typename T> class PublishedInstance {
public:
    static void publish(T* instance) { s_instance = instance; }
    static T* create(QQmlEngine*, QJSEngine*) {
        Q_ASSERT_X(s_instance, "PublishedInstance", "publish() must run before QML loads");
        QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
        return s_instance;
    }

private:
    static inline T* s_instance = nullptr;
};

struct AppSingleton : PublishedInstance<AppController> {
    Q_GADGET
    QML_FOREIGN(tend::ui::AppController)
    QML_NAMED_ELEMENT(App)
    QML_SINGLETON
};

struct HistorySingleton : PublishedInstance<HistoryModel> {
    Q_GADGET
    QML_FOREIGN(tend::ui::HistoryModel)
    QML_NAMED_ELEMENT(History)
    QML_SINGLETON
};

struct TrendsSingleton : PublishedInstance<TrendsModel> {
    Q_GADGET
    QML_FOREIGN(tend::ui::TrendsModel)
    QML_NAMED_ELEMENT(Trends)
    QML_SINGLETON
};

struct TrackingSingleton : PublishedInstance<TrackedItemsModel> {
    Q_GADGET
    QML_FOREIGN(tend::ui::TrackedItemsModel)
    QML_NAMED_ELEMENT(Tracking)
    QML_SINGLETON
};

struct LockSingleton : PublishedInstance<LockController> {
    Q_GADGET
    QML_FOREIGN(tend::ui::LockController)
    QML_NAMED_ELEMENT(Lock)
    QML_SINGLETON
};

} // namespace tend::ui
