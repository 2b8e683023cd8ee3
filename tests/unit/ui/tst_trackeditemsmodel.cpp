#include "checkin/trackeditemsmodel.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::TrackedItemsModel;

class TestTrackedItemsModel final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<TrackedItemsModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    int rowOf(const QString& itemId) const {
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->index(row).data(TrackedItemsModel::ItemIdRole).toString() == itemId)
                return row;
        return -1;
    }

    bool shownTracked(const QString& itemId) const {
        return m_model->index(rowOf(itemId)).data(TrackedItemsModel::TrackedRole).toBool();
    }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_model = std::make_unique<TrackedItemsModel>(*m_env->session);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_tester.reset();
        m_model.reset();
        m_env.reset();
    }

    void listsEveryItemWithItsDefault() {
        const auto& items = m_env->session->definition().items;
        QCOMPARE(m_model->rowCount(), int(items.size()));
        int defaults = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const auto& item = items[static_cast<std::size_t>(row)];
            const QModelIndex index = m_model->index(row);
            QCOMPARE(index.data(TrackedItemsModel::ItemIdRole).toString(), QString::fromStdString(item.id));
            QCOMPARE(index.data(TrackedItemsModel::TrackedRole).toBool(), item.enabledByDefault);
            QVERIFY(!index.data(TrackedItemsModel::TextRole).toString().isEmpty());
            QVERIFY(!index.data(TrackedItemsModel::GroupRole).toString().isEmpty());
            defaults += item.enabledByDefault ? 1 : 0;
        }
        QCOMPARE(m_model->trackedCount(), defaults);
        QVERIFY(!shownTracked(QStringLiteral("hard_cases")));
        QVERIFY(shownTracked(QStringLiteral("sleep")));
    }

    void togglingAnItemNotifiesViews() {
        QSignalSpy dataSpy(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countSpy(m_model.get(), &TrackedItemsModel::trackedCountChanged);
        const int before = m_model->trackedCount();

        m_model->setTracked(QStringLiteral("sleep"), false);

        QCOMPARE(countSpy.count(), 1);
        QCOMPARE(dataSpy.count(), 1);
        const QModelIndex topLeft = dataSpy.front().at(0).value<QModelIndex>();
        const QModelIndex bottomRight = dataSpy.front().at(1).value<QModelIndex>();
        const int row = rowOf(QStringLiteral("sleep"));
        QVERIFY(topLeft.row() <= row && row <= bottomRight.row());
        QVERIFY(dataSpy.front().at(2).value<QList<int>>().contains(TrackedItemsModel::TrackedRole));
        QVERIFY(!shownTracked(QStringLiteral("sleep")));
        QCOMPARE(m_model->trackedCount(), before - 1);

        m_model->setTracked(QStringLiteral("hard_cases"), true);
        QCOMPARE(countSpy.count(), 2);
        QVERIFY(shownTracked(QStringLiteral("hard_cases")));
        QCOMPARE(m_model->trackedCount(), before);
    }

    void choicesPersistInTheEncryptedSettings() {
        m_model->setTracked(QStringLiteral("sleep"), false);
        m_model->setTracked(QStringLiteral("hard_cases"), true);
        // Kept in the database's settings, not in plaintext QSettings.
        QVERIFY(!m_env->session->tracking().isTracked("sleep"));
        QVERIFY(m_env->session->tracking().isTracked("hard_cases"));

        // After a restart, the choices are still there.
        m_tester.reset();
        m_model.reset();
        m_env->reopen();
        TrackedItemsModel reopened(*m_env->session);
        QAbstractItemModelTester tester(&reopened, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int row = 0; row < reopened.rowCount(); ++row) {
            const QString id = reopened.index(row).data(TrackedItemsModel::ItemIdRole).toString();
            const bool tracked = reopened.index(row).data(TrackedItemsModel::TrackedRole).toBool();
            if (id == QStringLiteral("sleep"))
                QVERIFY(!tracked);
            else if (id == QStringLiteral("hard_cases"))
                QVERIFY(tracked);
        }
        // One default switched off, one optional item switched on.
        QCOMPARE(reopened.trackedCount(), int(m_env->session->tracking().defaultItems().size()));
    }

    void aChangeMadeElsewhereShowsToo() {
        // Another model on the same session (e.g. the check-in editor's) changes tracking directly.
        QSignalSpy countSpy(m_model.get(), &TrackedItemsModel::trackedCountChanged);
        m_env->session->tracking().setTracked("mood", false);
        QCOMPARE(countSpy.count(), 1);
        QVERIFY(!shownTracked(QStringLiteral("mood")));
    }

    void unknownItemsAreIgnored() {
        QSignalSpy dataSpy(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy countSpy(m_model.get(), &TrackedItemsModel::trackedCountChanged);
        const int before = m_model->trackedCount();
        m_model->setTracked(QStringLiteral("no_such_item"), true);
        m_model->setTracked(QString(), false);
        QCOMPARE(dataSpy.count(), 0);
        QCOMPARE(countSpy.count(), 0);
        QCOMPARE(m_model->trackedCount(), before);
    }

    void roleNamesMatchTheSettingsPage() {
        const auto roles = m_model->roleNames();
        QCOMPARE(roles.value(TrackedItemsModel::ItemIdRole), QByteArray("itemId"));
        QCOMPARE(roles.value(TrackedItemsModel::TrackedRole), QByteArray("tracked"));
        QCOMPARE(roles.value(TrackedItemsModel::TextRole), QByteArray("question"));
    }
};

QTEST_GUILESS_MAIN(TestTrackedItemsModel)
#include "tst_trackeditemsmodel.moc"
