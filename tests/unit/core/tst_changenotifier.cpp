#include "storage/changenotifier.h"
#include "storage/notificationhold.h"

#include <QTest>

#include <memory>
#include <stdexcept>

class TestChangeNotifier final : public QObject {
    Q_OBJECT

private slots:
    void notifiesEverySubscriberOnce() {
        tend::ChangeNotifier notifier;
        int first = 0;
        int second = 0;
        const auto a = notifier.subscribe([&] { ++first; });
        const auto b = notifier.subscribe([&] { ++second; });
        notifier.notify();
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
    }

    void aSubscriptionEndsWithItsScope() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        {
            const auto subscription = notifier.subscribe([&] { ++calls; });
            QCOMPARE(notifier.listenerCount(), std::size_t(1));
        }
        QCOMPARE(notifier.listenerCount(), std::size_t(0));
        notifier.notify();
        QCOMPARE(calls, 0);
    }

    void resetAndMoveKeepOnePlace() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        auto first = notifier.subscribe([&] { ++calls; });
        tend::Subscription moved = std::move(first);
        QVERIFY(!first.active());
        QVERIFY(moved.active());
        notifier.notify();
        QCOMPARE(calls, 1);
        moved = notifier.subscribe([&] { calls += 10; }); // the old place goes, the new one takes over
        QCOMPARE(notifier.listenerCount(), std::size_t(1));
        notifier.notify();
        QCOMPARE(calls, 11);
        moved.reset();
        notifier.notify();
        QCOMPARE(calls, 11);
    }

    // A reload may close a page whose controller listens too: that listener must not be called any more.
    void aListenerRemovedDuringNotifyIsNotCalled() {
        tend::ChangeNotifier notifier;
        int laterCalls = 0;
        auto later = std::make_unique<tend::Subscription>();
        const auto first = notifier.subscribe([&] { later.reset(); });
        *later = notifier.subscribe([&] { ++laterCalls; });
        notifier.notify();
        QCOMPARE(laterCalls, 0);
    }

    // A test may replace a repository while something still listens to it.
    void aSubscriptionMayOutliveItsNotifier() {
        tend::Subscription subscription;
        {
            tend::ChangeNotifier notifier;
            subscription = notifier.subscribe([] {});
            QVERIFY(subscription.active());
        }
        QVERIFY(!subscription.active());
        subscription.reset(); // nothing left to remove, and nothing breaks
    }

    // A change is already stored when listeners hear of it; one failing reload must neither reach the
    // code that saved nor keep the other listeners stale.
    void aFailingListenerDoesNotStopTheOthers() {
        tend::ChangeNotifier notifier;
        int after = 0;
        const auto failing = notifier.subscribe([] { throw std::runtime_error("database is busy"); });
        const auto counting = notifier.subscribe([&] { ++after; });
        notifier.notify();
        QCOMPARE(after, 1);
        QCOMPARE(notifier.failedListeners(), 1);
    }

    // An import writes thousands of rows in one transaction: listeners hear of it once, after the commit.
    void aHeldNotifierTellsOnceWhenReleased() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        const auto counting = notifier.subscribe([&] { ++calls; });
        tend::NotificationHold hold{&notifier};
        notifier.notify();
        notifier.notify();
        QCOMPARE(calls, 0);
        hold.release();
        QCOMPARE(calls, 1);
        notifier.notify();
        QCOMPARE(calls, 2); // released: back to telling at once
    }

    // A rolled-back transaction changed nothing, so its held news is dropped.
    void aHoldEndedWithoutReleaseTellsNothing() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        const auto counting = notifier.subscribe([&] { ++calls; });
        {
            tend::NotificationHold hold{&notifier};
            notifier.notify();
        }
        QCOMPARE(calls, 0);
        notifier.notify();
        QCOMPARE(calls, 1);
    }

    void aHoldWithNothingHeldTellsNothing() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        const auto counting = notifier.subscribe([&] { ++calls; });
        tend::NotificationHold hold{&notifier};
        hold.release();
        QCOMPARE(calls, 0);
    }

    // Holds nest (a restore inside a larger write): only the outermost one delivers.
    void nestedHoldsDeliverAtTheOutermost() {
        tend::ChangeNotifier notifier;
        int calls = 0;
        const auto counting = notifier.subscribe([&] { ++calls; });
        tend::NotificationHold outer{&notifier};
        {
            tend::NotificationHold inner{&notifier};
            notifier.notify();
            inner.release();
        }
        QCOMPARE(calls, 0);
        outer.release();
        QCOMPARE(calls, 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeNotifier)
#include "tst_changenotifier.moc"
