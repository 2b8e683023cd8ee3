#include "storage/changenotifier.h"

#include <QTest>

#include <stdexcept>

class TestChangeNotifier final : public QObject {
    Q_OBJECT

private slots:
    void notifiesEverySubscriberOnce() {
        tend::ChangeNotifier notifier;
        int first = 0;
        int second = 0;
        notifier.subscribe([&] { ++first; });
        notifier.subscribe([&] { ++second; });
        notifier.notify();
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
    }

    void unsubscribedListenersAreNotCalled() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        const auto token = notifier.subscribe([&] { ++calls; });
        notifier.unsubscribe(token);
        notifier.notify();
        QCOMPARE(calls, 0);
    }

    // A change is already stored when listeners hear of it; one failing reload must neither reach the
    // code that saved nor keep the other listeners stale.
    void aFailingListenerDoesNotStopTheOthers() {
        tend::ChangeNotifier notifier;
        int after = 0;
        notifier.subscribe([] { throw std::runtime_error("database is busy"); });
        notifier.subscribe([&] { ++after; });
        notifier.notify();
        QCOMPARE(after, 1);
        QCOMPARE(notifier.failedListeners(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
