#include "review/firstframe.h"

#include "review/uireview.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTimer>

#include <iostream>

namespace tend::ui {

namespace {
// Far longer than any start on a working machine; only a window that never draws reaches it.
constexpr int firstFrameTimeoutMs = 60'000;
} // namespace

int runUntilFirstFrame(QQmlApplicationEngine& engine) {
    const auto roots = engine.rootObjects();
    auto* window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
    if (!window) {
        std::cerr << "The window could not be created." << std::endl;
        return 1;
    }
    bool drawn = false;
    // frameSwapped may come from the render thread; the queued connection brings it to this one.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [&drawn] {
            drawn = true;
            QCoreApplication::exit(0);
        },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    QTimer::singleShot(firstFrameTimeoutMs, window, [] { QCoreApplication::exit(1); });
    QApplication::exec();
    if (!drawn) {
        std::cerr << "The window drew nothing within " << firstFrameTimeoutMs / 1000 << " seconds."
                  << std::endl;
        return 1;
    }
    if (UiReview::warningCount() > 0) {
        std::cerr << "The first page came with " << UiReview::warningCount() << " warning(s)." << std::endl;
        return 1;
    }
    std::cout << "First page shown." << std::endl;
    return 0;
}

} // namespace tend::ui
