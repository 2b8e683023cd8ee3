#include "data/daylioimportcontroller.h"
#include "datatesting.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tend;
using namespace tend::ui;
using namespace tend::test;
using boost::gregorian::date;

// A Daylio import from the "Your data" page: the suggested mapping is shown, the worker's changes to it
// change what is imported, skipped rows are listed with their reasons, and nothing is merged before
// confirmation.
class TestDaylioImportController final : public QObject {
    Q_OBJECT

    QTemporaryDir m_files;
    QString file(const char* name) const { return m_files.filePath(QString::fromUtf8(name)); }

    static int rowOf(const DaylioLabelsModel& model, const QString& label) {
        for (int row = 0; row < model.rowCount(); ++row)
            if (model.index(row).data(DaylioLabelsModel::LabelRole).toString() == label)
                return row;
        return -1;
    }

    QString daylioFile() {
        const QString path = file("daylio.csv");
        writeAll(path, "full_date,date,weekday,time,mood,activities,note_title,note\n"
                       "2026-11-01,1 Nov,Sunday,21:30,good,\"friends | day off\",,\"Walked\"\n"
                       "2026-11-02,2 Nov,Monday,20:00,custom,,,\n"
                       "2026-02-30,30 Feb,Monday,20:00,good,,,\n");
        return path;
    }

private slots:
    void showsTheSuggestedMapping() {
        TestSession env;
        DaylioImportController daylio(*env.session);
        QAbstractItemModelTester moodsTester(daylio.moods());
        QAbstractItemModelTester activitiesTester(daylio.activities());
        QVERIFY2(daylio.chooseFile(urlOf(daylioFile())), qPrintable(daylio.errorText()));
        QVERIFY(daylio.hasFile());
        QCOMPARE(daylio.summaryText(),
                 QStringLiteral("“daylio.csv”: 2 entries, making 2 days of check-ins."));

        const auto* moods = daylio.moods();
        QCOMPARE(moods->rowCount(), 2);
        const int good = rowOf(*moods, QStringLiteral("good"));
        const int custom = rowOf(*moods, QStringLiteral("custom"));
        QVERIFY(good >= 0 && custom >= 0);
        // Choice 0 is "kept in the note"; choice n is mood n - 1 on the 0 to 4 scale.
        QCOMPARE(moods->index(good).data(DaylioLabelsModel::ChoiceIndexRole).toInt(), 4);
        QCOMPARE(moods->index(custom).data(DaylioLabelsModel::ChoiceIndexRole).toInt(), 0);
        QCOMPARE(moods->index(good).data(DaylioLabelsModel::DetailRole).toString(),
                 QStringLiteral("used in 1 entry"));
        QCOMPARE(moods->index(good).data(DaylioLabelsModel::ChoicesRole).toStringList().size(), 6);

        const auto* activities = daylio.activities();
        const int dayOff = rowOf(*activities, QStringLiteral("day off"));
        const int friends = rowOf(*activities, QStringLiteral("friends"));
        QCOMPARE(activities->index(dayOff).data(DaylioLabelsModel::ChoiceIndexRole).toInt(),
                 int(DaylioImportController::RestDay));
        QCOMPARE(activities->index(friends).data(DaylioLabelsModel::ChoiceIndexRole).toInt(),
                 int(DaylioImportController::KeptInNote));

        QVERIFY2(daylio.skippedText().startsWith(QStringLiteral("1 row is left out:\nLine 4: ")),
                 qPrintable(daylio.skippedText()));
        QVERIFY(daylio.previewText().startsWith(
            QStringLiteral("Check-ins: 2 new days, 0 gaining what they lacked, 0 unchanged")));
        QVERIFY(daylio.canImport());
    }

    void theWorkersChangesDecideWhatIsImported() {
        TestSession env;
        DaylioImportController daylio(*env.session);
        QVERIFY(daylio.chooseFile(urlOf(daylioFile())));
        const int custom = rowOf(*daylio.moods(), QStringLiteral("custom"));
        const int dayOff = rowOf(*daylio.activities(), QStringLiteral("day off"));
        const int friends = rowOf(*daylio.activities(), QStringLiteral("friends"));
        daylio.setMoodChoice(custom, 2); // mood 1
        daylio.setActivityChoice(dayOff, DaylioImportController::KeptInNote);
        daylio.setActivityChoice(friends, DaylioImportController::LeftOut);
        QCOMPARE(daylio.mapping().moods.at(static_cast<std::size_t>(custom)).value, std::optional<int>(1));
        QCOMPARE(daylio.moods()->index(custom).data(DaylioLabelsModel::ChoiceIndexRole).toInt(), 2);
        QVERIFY(!daylio.result()->data.checkins.front().restDay);

        QSignalSpy asked(&daylio, &DaylioImportController::confirmationNeeded);
        daylio.importChosen();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("import"));
        QCOMPARE(env.session->checkins().count(), 0);
        daylio.confirmed(QStringLiteral("import"));

        QCOMPARE(env.session->checkins().count(), 2);
        const auto first = env.session->checkins().find(date(2026, 11, 1));
        QCOMPARE(first->answer("mood"), std::optional<int>(3));
        QVERIFY(!first->restDay);
        QVERIFY(first->note.find("day off") != std::string::npos);
        QVERIFY(first->note.find("friends") == std::string::npos);
        QCOMPARE(env.session->checkins().find(date(2026, 11, 2))->answer("mood"), std::optional<int>(1));
    }

    void theSuggestionUnchangedMarksTheRestDay() {
        TestSession env;
        DaylioImportController daylio(*env.session);
        QVERIFY(daylio.chooseFile(urlOf(daylioFile())));
        daylio.importChosen();
        daylio.cancelled(QStringLiteral("import"));
        QCOMPARE(env.session->checkins().count(), 0);
        QCOMPARE(daylio.confirmation(), QStringLiteral("Nothing was imported."));
        daylio.importChosen();
        daylio.confirmed(QStringLiteral("import"));
        QVERIFY(env.session->checkins().find(date(2026, 11, 1))->restDay);
        QVERIFY(!env.session->checkins().find(date(2026, 11, 2))->answer("mood"));
    }

    void aFileThatIsNotDaylioChangesNothing() {
        TestSession env;
        writeAll(file("other.csv"), "name,amount\nrent,500\n");
        DaylioImportController daylio(*env.session);
        QVERIFY(!daylio.chooseFile(urlOf(file("other.csv"))));
        QVERIFY(!daylio.hasFile());
        QVERIFY2(daylio.errorText().startsWith(QStringLiteral("“other.csv” can't be used: ")),
                 qPrintable(daylio.errorText()));
        QVERIFY(daylio.errorText().endsWith(QStringLiteral("Nothing was changed.")));
        QCOMPARE(daylio.moods()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDaylioImportController)
#include "tst_daylioimportcontroller.moc"
