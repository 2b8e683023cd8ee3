// When the database fails in the middle of a session, the screens must keep working: an exception that
// escaped into QML or a model's data() would end the app. A table is dropped to make every read fail.
#include "app/appcontroller.h"
#include "checkin/checkineditor.h"
#include "checkin/historymodel.h"
#include "checkin/trackeditemsmodel.h"
#include "insights/trendsmodel.h"
#include "testsession.h"

#include <QTest>

using namespace tend::ui;

class TestStorageFailure final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;

    AppSession& session() { return *m_env->session; }
    void breakStorage() { session().database().execute("DROP TABLE checkin_answers; DROP TABLE settings;"); }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_env->saveCheckin(m_env->today(), {{"mood", 3}});
    }
    void cleanup() { m_env.reset(); }

    void historyKeepsWhatItLastShowed() {
        HistoryModel history(session());
        const int rows = history.rowCount();
        QVERIFY(history.index(0).data(HistoryModel::HasCheckinRole).toBool());
        breakStorage();
        history.reload();
        QCOMPARE(history.rowCount(), rows);
        QVERIFY(history.index(0).data(HistoryModel::HasCheckinRole).toBool());
    }

    void trendsShowAnEmptyPeriodInsteadOfFailing() {
        TrendsModel trends(session());
        QVERIFY(trends.index(0).data(TrendsModel::HasDataRole).toBool());
        breakStorage();
        QVERIFY(!trends.index(0).data(TrendsModel::HasDataRole).toBool());
        QVERIFY(!trends.rangeSummary().isEmpty());
        trends.setMode(QStringLiteral("questions")); // rebuilds from the (unreadable) tracking choices
        QVERIFY(trends.rowCount() > 0);
    }

    void trackingFallsBackToTheDefaults() {
        TrackedItemsModel tracking(session());
        breakStorage();
        for (int row = 0; row < tracking.rowCount(); ++row) {
            const auto& item = session().definition().items[static_cast<std::size_t>(row)];
            QCOMPARE(tracking.index(row).data(TrackedItemsModel::TrackedRole).toBool(),
                     item.enabledByDefault);
        }
        QCOMPARE(tracking.trackedCount(), static_cast<int>(session().tracking().defaultItems().size()));
    }

    void appControllerAndEditorStillStart() {
        breakStorage();
        AppController app(&session(), QString());
        QCOMPARE(app.themeMode(), QStringLiteral("system"));
        QVERIFY(app.onboardingDone());
        CheckinEditor editor(session());
        QCOMPARE(editor.itemCount(), static_cast<int>(session().tracking().defaultItems().size()));
        QVERIFY(!editor.errorText().isEmpty());
    }
};

QTEST_MAIN(TestStorageFailure)
#include "tst_storagefailure.moc"
