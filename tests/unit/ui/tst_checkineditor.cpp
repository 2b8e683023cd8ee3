#include "checkin/checkineditor.h"
#include "common/dateconversion.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using tend::ui::CheckinEditor;
using tend::ui::CheckinItemsModel;
using tend::ui::PlanModel;
using tend::ui::toQDate;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

// The row of `itemId` in the editor's items, or -1.
int rowOf(CheckinItemsModel* model, const QString& itemId) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(CheckinItemsModel::ItemIdRole).toString() == itemId)
            return row;
    return -1;
}

QVariant shownValue(CheckinItemsModel* model, const QString& itemId) {
    const int row = rowOf(model, itemId);
    return row < 0 ? QVariant() : model->index(row).data(CheckinItemsModel::ValueRole);
}

} // namespace

class TestCheckinEditor final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<CheckinEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_selfCareTester;

    tend::ui::AppSession& session() { return *m_env->session; }
    std::optional<tend::Checkin> stored(bg::date date) { return session().checkins().find(date); }
    std::optional<tend::Checkin> storedToday() { return stored(m_env->today()); }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_editor = std::make_unique<CheckinEditor>(session());
        // The items model is checked by Qt's own tester for the whole test.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_editor->items(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_selfCareTester = std::make_unique<QAbstractItemModelTester>(
            m_editor->selfCare(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup() {
        m_selfCareTester.reset();
        m_tester.reset();
        m_editor.reset();
        m_env.reset();
    }

    void startsOnTodayWithNothingSaved() {
        QCOMPARE(m_editor->date(), QDate(2026, 11, 27));
        QVERIFY(m_editor->isToday());
        QVERIFY(m_editor->canLogHardMoment());
        QCOMPARE(m_editor->title(), QStringLiteral("Today"));
        QVERIFY(!m_editor->saved());
        QVERIFY(m_editor->errorText().isEmpty());
        QCOMPARE(m_editor->answeredCount(), 0);
        // Only the items tracked by default are asked; "hard_cases" is optional.
        const auto& items = session().definition().items;
        QCOMPARE(m_editor->itemCount(), int(std::count_if(items.begin(), items.end(), [](const auto& item) {
                     return item.enabledByDefault;
                 })));
        QCOMPARE(rowOf(m_editor->items(), QStringLiteral("hard_cases")), -1);
        QVERIFY(rowOf(m_editor->items(), QStringLiteral("mood")) >= 0);
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), -1);
    }

    void anAnswerIsSavedAtOnce() {
        QSignalSpy statusSpy(m_editor.get(), &CheckinEditor::saveStatusChanged);
        QSignalSpy dataSpy(m_editor->items(), &QAbstractItemModel::dataChanged);

        m_editor->setAnswer(QStringLiteral("mood"), 3);

        const auto checkin = storedToday();
        QVERIFY(checkin.has_value());
        QCOMPARE(checkin->answer("mood"), std::optional<int>(3));
        QCOMPARE(checkin->answers.size(), std::size_t(1));
        QCOMPARE(checkin->createdAt, m_env->clock.nowLocal());
        QCOMPARE(checkin->updatedAt, m_env->clock.nowLocal());
        QVERIFY(m_editor->saved());
        QVERIFY2(m_editor->saveStatus().contains(QStringLiteral("Saved"), Qt::CaseInsensitive),
                 qPrintable(m_editor->saveStatus()));
        QVERIFY(statusSpy.count() >= 1);
        QCOMPARE(dataSpy.count(), 1);
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), 3);
        QCOMPARE(m_editor->answeredCount(), 1);
    }

    void skippingRemovesTheAnswerInsteadOfStoringZero() {
        m_editor->setAnswer(QStringLiteral("mood"), 2);
        m_editor->setAnswer(QStringLiteral("sleep"), 1);

        m_editor->skip(QStringLiteral("mood"));

        const auto checkin = storedToday();
        QVERIFY(checkin.has_value());
        // Missing is missing: a skipped question must never turn into a zero in the trends.
        QVERIFY(!checkin->answer("mood").has_value());
        QVERIFY(!checkin->answers.contains("mood"));
        QCOMPARE(checkin->answer("sleep"), std::optional<int>(1));
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), -1);
        QCOMPARE(m_editor->items()
                     ->index(rowOf(m_editor->items(), QStringLiteral("mood")))
                     .data(CheckinItemsModel::AnsweredRole)
                     .toBool(),
                 false);

        // It stays absent after an unrelated change and in a fresh editor.
        m_editor->setAnswer(QStringLiteral("energy"), 4);
        QVERIFY(!storedToday()->answers.contains("mood"));
        CheckinEditor other(session());
        QCOMPARE(shownValue(other.items(), QStringLiteral("mood")).toInt(), -1);
        QCOMPARE(other.answeredCount(), 2);
    }

    void clearingTheLastAnswerRemovesTheDay() {
        m_editor->setAnswer(QStringLiteral("mood"), 2);
        QVERIFY(storedToday().has_value());

        m_editor->skip(QStringLiteral("mood"));

        // An empty check-in would count as "checked in" in History and Trends.
        QVERIFY(!storedToday().has_value());
        QCOMPARE(session().checkins().count(), 0);
        QVERIFY(!m_editor->saved());
        QVERIFY(m_editor->errorText().isEmpty());
    }

    void clearingTheLastAnswerKeepsADayWithANote() {
        m_editor->setAnswer(QStringLiteral("mood"), 2);
        m_editor->setNote(QStringLiteral("long shift"));
        m_editor->flush();

        m_editor->skip(QStringLiteral("mood"));

        const auto checkin = storedToday();
        QVERIFY(checkin.has_value());
        QVERIFY(checkin->answers.empty());
        QCOMPARE(checkin->note, std::string("long shift"));
    }

    void anOutOfRangeValueIsRejected_data() {
        QTest::addColumn<int>("value");
        QTest::newRow("above the scale") << 5;
        QTest::newRow("below the scale") << -1;
        QTest::newRow("far above") << 1000;
    }

    void anOutOfRangeValueIsRejected() {
        QFETCH(int, value);
        m_editor->setAnswer(QStringLiteral("mood"), 3);
        const auto before = storedToday();

        m_editor->setAnswer(QStringLiteral("mood"), value);

        QVERIFY(!m_editor->errorText().isEmpty());
        QCOMPARE(m_editor->saveStatus(), m_editor->errorText());
        QCOMPARE(storedToday()->answer("mood"), std::optional<int>(3));
        QCOMPARE(storedToday()->updatedAt, before->updatedAt);
        // The screen shows what is stored, not the rejected value.
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), 3);

        // A valid answer afterwards clears the error.
        m_editor->setAnswer(QStringLiteral("mood"), 1);
        QVERIFY(m_editor->errorText().isEmpty());
        QCOMPARE(storedToday()->answer("mood"), std::optional<int>(1));
    }

    void anOutOfRangeFirstAnswerStoresNothing() {
        m_editor->setAnswer(QStringLiteral("distressing_material"), 3); // its scale is 0..2
        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!storedToday().has_value());
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("distressing_material")).toInt(), -1);
        QCOMPARE(m_editor->answeredCount(), 0);
    }

    void anUnknownItemIsRejected() {
        m_editor->setAnswer(QStringLiteral("no_such_item"), 1);
        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!storedToday().has_value());
    }

    // "Steering away" was split in two; its old id is still known, for old answers, but takes no new one.
    void aRetiredQuestionTakesNoNewAnswer() {
        m_editor->setAnswer(QStringLiteral("avoidance"), 2);
        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!storedToday().has_value());
    }

    void aNoteWaitsForThePauseInTyping() {
        m_editor->setAnswer(QStringLiteral("mood"), 2);
        QSignalSpy statusSpy(m_editor.get(), &CheckinEditor::saveStatusChanged);

        m_editor->setNote(QStringLiteral("a hard call at the end"));

        // Not written on every keystroke...
        QCOMPARE(storedToday()->note, std::string());
        QVERIFY(!m_editor->saved());
        QCOMPARE(m_editor->note(), QStringLiteral("a hard call at the end"));
        // ...but soon after typing stops.
        QTRY_COMPARE_WITH_TIMEOUT(storedToday()->note, std::string("a hard call at the end"), 5000);
        QVERIFY(m_editor->saved());
        QVERIFY(statusSpy.count() >= 2); // "Saving…" and then "Saved"
    }

    void leavingTheForegroundWritesAPendingNote() {
        m_editor->setNote(QStringLiteral("typed just before switching apps"));
        m_editor->onApplicationStateChanged(Qt::ApplicationActive);
        QVERIFY(!storedToday().has_value());

        m_editor->onApplicationStateChanged(Qt::ApplicationSuspended);

        QVERIFY(storedToday().has_value());
        QCOMPARE(storedToday()->note, std::string("typed just before switching apps"));
    }

    void flushWritesAPendingNoteAtOnce() {
        m_editor->setNote(QStringLiteral("written before leaving the page"));
        QVERIFY(!storedToday().has_value());

        m_editor->flush();

        QVERIFY(storedToday().has_value());
        QCOMPARE(storedToday()->note, std::string("written before leaving the page"));
        QVERIFY(m_editor->saved());
    }

    void theDestructorFlushesAPendingNote() {
        {
            CheckinEditor editor(session());
            editor.setNote(QStringLiteral("typed, then the phone rang"));
            QVERIFY(!storedToday().has_value());
        }
        QVERIFY(storedToday().has_value());
        QCOMPARE(storedToday()->note, std::string("typed, then the phone rang"));
    }

    void aRestDayPersists() {
        m_editor->setRestDay(true);
        QVERIFY(m_editor->restDay());
        QVERIFY(storedToday().has_value());
        QVERIFY(storedToday()->restDay);
        QVERIFY(storedToday()->answers.empty());
        QCOMPARE(m_editor->progressText(), QStringLiteral("Marked as a rest day"));

        CheckinEditor other(session());
        QVERIFY(other.restDay());

        // Undoing it leaves nothing behind.
        m_editor->setRestDay(false);
        QVERIFY(!storedToday().has_value());
    }

    // On a day off there was no work to answer about: those questions go, and come back when it is not one.
    void aDayOffAsksNoWorkQuestions() {
        const auto askedIds = [this] {
            QStringList ids;
            for (int row = 0; row < m_editor->items()->rowCount(); ++row)
                ids << m_editor->items()->index(row).data(tend::ui::CheckinItemsModel::ItemIdRole).toString();
            return ids;
        };
        QVERIFY(askedIds().contains(QStringLiteral("distressing_material")));
        QVERIFY(askedIds().contains(QStringLiteral("made_difference")));
        const int working = m_editor->itemCount();
        QSignalSpy itemsChanged(m_editor.get(), &tend::ui::CheckinEditor::itemsChanged);

        m_editor->setRestDay(true);
        QVERIFY(itemsChanged.count() > 0);
        QVERIFY(!askedIds().contains(QStringLiteral("distressing_material")));
        QVERIFY(!askedIds().contains(QStringLiteral("made_difference")));
        QVERIFY(askedIds().contains(QStringLiteral("mood")));
        QVERIFY(m_editor->itemCount() < working);

        // Opening the stored day off again asks the same shorter list.
        tend::ui::CheckinEditor again(session());
        QCOMPARE(again.itemCount(), m_editor->itemCount());

        m_editor->setRestDay(false);
        QCOMPARE(m_editor->itemCount(), working);
    }

    void answersToRetiredQuestionsAreKeptAndNeverBlockSaving() {
        // A day answered under an older definition that had a question since removed.
        const bg::date lastWeek(2026, 11, 20);
        tend::Checkin old;
        old.date = lastWeek;
        old.answers = {{"mood", 2}, {"retired_question", 3}};
        old.createdAt = bpt::ptime(lastWeek, bpt::hours(20));
        old.updatedAt = old.createdAt;
        session().checkins().save(old);

        m_editor->setDate(toQDate(lastWeek));
        m_editor->setNote(QStringLiteral("Added later"));
        m_editor->flush();

        QVERIFY2(m_editor->errorText().isEmpty(), qPrintable(m_editor->errorText()));
        const auto saved = stored(lastWeek);
        QVERIFY(saved.has_value());
        QCOMPARE(QString::fromStdString(saved->note), QStringLiteral("Added later"));
        QCOMPARE(saved->answer("retired_question"), std::optional<int>(3));
    }

    void answersToUnknownQuestionsAreRefused() {
        m_editor->setAnswer(QStringLiteral("no_such_question"), 1);
        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!storedToday().has_value());
    }

    void aFutureDateCannotBeFilledIn() {
        const QDate tomorrow = QDate(2026, 11, 28);
        m_editor->setDate(tomorrow);
        QCOMPARE(m_editor->date(), tomorrow);
        QVERIFY(!m_editor->isToday());

        m_editor->setAnswer(QStringLiteral("mood"), 3);

        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!stored(bg::date(2026, 11, 28)).has_value());
        QCOMPARE(session().checkins().count(), 0);
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), -1);

        // A refused rest day is not shown as if it were stored either.
        m_editor->setRestDay(true);
        QVERIFY(!m_editor->restDay());
        QCOMPARE(session().checkins().count(), 0);
    }

    void aPastDayCanBeFilledInLaterAndKeepsItsCreationTime() {
        const bg::date lastWeek(2026, 11, 20);
        m_editor->setDate(toQDate(lastWeek));
        QVERIFY(!m_editor->isToday());
        QVERIFY(!m_editor->canLogHardMoment());

        m_editor->setAnswer(QStringLiteral("mood"), 1);
        const auto first = stored(lastWeek);
        QVERIFY(first.has_value());
        QCOMPARE(first->createdAt, fixedNowPlus(0));

        // An hour later, in a new editor (the page was left and opened again), the day is corrected.
        m_env->clock.set(fixedNowPlus(60));
        m_editor.reset();
        m_tester.reset();
        CheckinEditor later(session());
        QAbstractItemModelTester tester(later.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        later.setDate(toQDate(lastWeek));
        QCOMPARE(shownValue(later.items(), QStringLiteral("mood")).toInt(), 1);
        QVERIFY(later.saved());

        later.setAnswer(QStringLiteral("mood"), 2);

        const auto updated = stored(lastWeek);
        QCOMPARE(updated->answer("mood"), std::optional<int>(2));
        QCOMPARE(updated->createdAt, fixedNowPlus(0));
        QCOMPARE(updated->updatedAt, fixedNowPlus(60));
        // Today is untouched.
        QVERIFY(!storedToday().has_value());
    }

    void switchingDatesFlushesThePendingNoteToTheRightDay() {
        m_editor->setNote(QStringLiteral("for today"));
        m_editor->setDate(QDate(2026, 11, 26));
        QCOMPARE(storedToday()->note, std::string("for today"));
        QVERIFY(!stored(bg::date(2026, 11, 26)).has_value());
        QCOMPARE(m_editor->note(), QString());
    }

    // After a night shift, with the day beginning at 06:00, it is still the evening's day at 02:00: a hard
    // moment logged then is counted there, and the page is the day before's.
    void aNightMomentCountsForTheDayTheWorkerIsLiving() {
        const bg::date evening(2026, 11, 27);
        m_env->clock.set(bpt::ptime(evening + bg::days(1), bpt::hours(2)));
        session().setDayStart(*tend::DayStart::fromMinutes(6 * 60));
        CheckinEditor night(session());
        QCOMPARE(night.date(), toQDate(evening));
        QVERIFY(night.isToday());
        QVERIFY(night.logHardMoment(3));
        QCOMPARE(night.hardMomentCount(), 1);
        QCOMPARE(session().momentsOnCheckinDays(evening, evening).size(), std::size_t(1));
        QVERIFY(session().momentsOnCheckinDays(evening + bg::days(1), evening + bg::days(1)).empty());
    }

    void logsAHardMomentNow() {
        QSignalSpy spy(m_editor.get(), &CheckinEditor::hardMomentsChanged);
        QCOMPARE(m_editor->hardMomentCount(), 0);

        QVERIFY(m_editor->logHardMoment(2, QStringLiteral("  the third call  ")));

        QVERIFY(spy.count() >= 1);
        QCOMPARE(m_editor->hardMomentCount(), 1);
        QVERIFY2(m_editor->hardMomentsText().contains(QLatin1String("1")),
                 qPrintable(m_editor->hardMomentsText()));
        const auto moments = session().hardMoments().inRange(m_env->today(), m_env->today());
        QCOMPARE(moments.size(), std::size_t(1));
        QCOMPARE(moments.front().occurredAt, m_env->clock.nowLocal());
        QCOMPARE(moments.front().intensity, 2);
        QCOMPARE(moments.front().note, std::string("the third call"));
        // A hard moment is not a check-in.
        QVERIFY(!storedToday().has_value());

        QVERIFY(m_editor->logHardMoment(1));
        QVERIFY(m_editor->logHardMoment(3));
        QCOMPARE(m_editor->hardMomentCount(), 3);
        QVERIFY2(m_editor->hardMomentsText().contains(QLatin1String("3")),
                 qPrintable(m_editor->hardMomentsText()));
    }

    void rejectsIntensitiesOutsideOneToThree_data() {
        QTest::addColumn<int>("intensity");
        QTest::newRow("0") << 0;
        QTest::newRow("4") << 4;
        QTest::newRow("-1") << -1;
    }

    void rejectsIntensitiesOutsideOneToThree() {
        QFETCH(int, intensity);
        QSignalSpy spy(m_editor.get(), &CheckinEditor::hardMomentsChanged);
        QVERIFY(!m_editor->logHardMoment(intensity));
        QCOMPARE(spy.count(), 0);
        QCOMPARE(m_editor->hardMomentCount(), 0);
        QVERIFY(session().hardMoments().inRange(bg::date(2000, 1, 1), bg::date(2100, 1, 1)).empty());
    }

    void hardMomentsAreLoggedOnlyForToday() {
        m_editor->setDate(QDate(2026, 11, 26));
        QVERIFY(!m_editor->canLogHardMoment());
        QVERIFY(!m_editor->logHardMoment(2));
        QVERIFY2(!m_editor->errorText().isEmpty(), "a refused hard moment must say why");
        QVERIFY(session().hardMoments().inRange(bg::date(2000, 1, 1), bg::date(2100, 1, 1)).empty());

        // Back on today it works, and the past day still shows none.
        m_editor->setDate(QDate(2026, 11, 27));
        QVERIFY(m_editor->logHardMoment(2));
        m_editor->setDate(QDate(2026, 11, 26));
        QCOMPARE(m_editor->hardMomentCount(), 0);
    }

    void twoEditorsOnTheSameDayStayInStep() {
        CheckinEditor other(session());
        QAbstractItemModelTester tester(other.items(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy otherChanged(&other, &CheckinEditor::checkinChanged);

        m_editor->setAnswer(QStringLiteral("mood"), 4);
        QVERIFY(otherChanged.count() >= 1);
        QCOMPARE(shownValue(other.items(), QStringLiteral("mood")).toInt(), 4);
        QVERIFY(other.saved());

        other.setRestDay(true);
        QVERIFY(m_editor->restDay());
        other.skip(QStringLiteral("mood"));
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), -1);

        // A hard moment logged in one shows in the other's count.
        QVERIFY(other.logHardMoment(1));
        QCOMPARE(m_editor->hardMomentCount(), 1);
    }

    void anEditorOnAnotherDayIsNotDisturbed() {
        CheckinEditor yesterday(session());
        yesterday.setDate(QDate(2026, 11, 26));
        yesterday.setAnswer(QStringLiteral("mood"), 1);

        m_editor->setAnswer(QStringLiteral("mood"), 4);

        QCOMPARE(shownValue(yesterday.items(), QStringLiteral("mood")).toInt(), 1);
        QCOMPARE(stored(bg::date(2026, 11, 26))->answer("mood"), std::optional<int>(1));
    }

    void untrackingAnItemRemovesItsQuestion() {
        QSignalSpy itemsSpy(m_editor.get(), &CheckinEditor::itemsChanged);
        const int before = m_editor->itemCount();
        QVERIFY(rowOf(m_editor->items(), QStringLiteral("sleep")) >= 0);

        session().tracking().setTracked("sleep", false);

        QVERIFY(itemsSpy.count() >= 1);
        QCOMPARE(m_editor->itemCount(), before - 1);
        QCOMPARE(rowOf(m_editor->items(), QStringLiteral("sleep")), -1);

        // Tracking an optional item adds its question, with the answers kept in place.
        m_editor->setAnswer(QStringLiteral("mood"), 3);
        session().tracking().setTracked("hard_cases", true);
        QVERIFY(rowOf(m_editor->items(), QStringLiteral("hard_cases")) >= 0);
        QCOMPARE(m_editor->items()
                     ->index(rowOf(m_editor->items(), QStringLiteral("hard_cases")))
                     .data(CheckinItemsModel::IsCountRole)
                     .toBool(),
                 true);
        QCOMPARE(shownValue(m_editor->items(), QStringLiteral("mood")).toInt(), 3);
        QCOMPARE(m_editor->itemCount(), before);
    }

    void itemsShowLabelsAndScale() {
        const int row = rowOf(m_editor->items(), QStringLiteral("mood"));
        const QModelIndex mood = m_editor->items()->index(row);
        QCOMPARE(mood.data(CheckinItemsModel::MinimumRole).toInt(), 0);
        QCOMPARE(mood.data(CheckinItemsModel::MaximumRole).toInt(), 4);
        QCOMPARE(mood.data(CheckinItemsModel::LabelsRole).toStringList().size(), 5);
        m_editor->setAnswer(QStringLiteral("mood"), 3);
        QCOMPARE(mood.data(CheckinItemsModel::ValueLabelRole).toString(), QStringLiteral("Good"));
        QCOMPARE(m_editor->progressText(), QStringLiteral("1 of %1 answered").arg(m_editor->itemCount()));
    }

    void anEmptyPlanOffersToChooseActions() {
        QVERIFY(!m_editor->hasPlan());
        QCOMPARE(m_editor->selfCare()->rowCount(), 0);
        QVERIFY2(m_editor->selfCareText().contains(QStringLiteral("plan is empty")),
                 qPrintable(m_editor->selfCareText()));
    }

    void theActivePlanIsListedAndFollowsChanges() {
        QSignalSpy planSpy(m_editor.get(), &CheckinEditor::planChanged);
        const auto walk = session().plan().addOwn("Walk round the block", m_env->today()).id;
        const auto tea = session().plan().addOwn("Tea outside", m_env->today()).id;

        QVERIFY(m_editor->hasPlan());
        QVERIFY(planSpy.count() >= 2);
        QCOMPARE(m_editor->selfCare()->rowCount(), 2);
        QCOMPARE(selfCareDone(walk), QVariant(false));
        QCOMPARE(m_editor->selfCareText(), QStringLiteral("Tick anything you managed. Small things count."));

        session().plan().archive(tea);
        QCOMPARE(m_editor->selfCare()->rowCount(), 1);
        QCOMPARE(selfCareDone(tea), QVariant());
    }

    void tickingSavesAtOnceAndAReloadShowsIt() {
        const auto walk = session().plan().addOwn("Walk round the block", m_env->today()).id;
        const auto tea = session().plan().addOwn("Tea outside", m_env->today()).id;
        QSignalSpy dataSpy(m_editor->selfCare(), &QAbstractItemModel::dataChanged);

        m_editor->setSelfCareDone(walk, true);

        // A day with only a tick is a day with a check-in.
        QVERIFY(storedToday().has_value());
        QCOMPARE(storedToday()->selfCareDone, std::set<std::int64_t>{walk});
        QVERIFY(m_editor->saved());
        QVERIFY(m_editor->errorText().isEmpty());
        QCOMPARE(selfCareDone(walk), QVariant(true));
        QCOMPARE(selfCareDone(tea), QVariant(false));
        QCOMPARE(dataSpy.count(), 1);
        QCOMPARE(m_editor->selfCareText(), QStringLiteral("1 of 2 done"));

        CheckinEditor reopened(session());
        QAbstractItemModelTester tester(reopened.selfCare(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(reopened.selfCare()->index(reopened.selfCare()->rowOf(walk)).data(PlanModel::DoneRole),
                 QVariant(true));

        // Unticking the only thing in the day removes the day again.
        m_editor->setSelfCareDone(walk, false);
        QVERIFY(!storedToday().has_value());
        QCOMPARE(selfCareDone(walk), QVariant(false));
        // The other editor on the same day follows.
        QCOMPARE(reopened.selfCare()->index(reopened.selfCare()->rowOf(walk)).data(PlanModel::DoneRole),
                 QVariant(false));
    }

    void ticksAreSavedWithTheAnswersOfTheDay() {
        const auto walk = session().plan().addOwn("Walk round the block", m_env->today()).id;
        m_editor->setAnswer(QStringLiteral("mood"), 3);
        m_editor->setSelfCareDone(walk, true);
        m_editor->setAnswer(QStringLiteral("sleep"), 1);
        const auto checkin = storedToday();
        QCOMPARE(checkin->answer("mood"), std::optional<int>(3));
        QCOMPARE(checkin->answer("sleep"), std::optional<int>(1));
        QCOMPARE(checkin->selfCareDone, std::set<std::int64_t>{walk});
    }

    void aTickOfAnArchivedActionIsKept() {
        const auto yesterday = m_env->today() - bg::days(1);
        const auto old = session().plan().addOwn("Swim on Sundays", yesterday).id;
        const auto walk = session().plan().addOwn("Walk round the block", yesterday).id;
        tend::Checkin checkin;
        checkin.date = yesterday;
        checkin.answers["mood"] = 2;
        checkin.selfCareDone = {old};
        checkin.createdAt = bpt::ptime(yesterday, bpt::hours(20));
        checkin.updatedAt = checkin.createdAt;
        session().checkins().save(checkin);
        session().plan().archive(old);

        m_editor->setDate(toQDate(yesterday));
        QCOMPARE(m_editor->selfCare()->rowCount(), 1); // only the active plan is offered
        m_editor->setSelfCareDone(walk, true);

        QCOMPARE(stored(yesterday)->selfCareDone, (std::set<std::int64_t>{old, walk}));
        QCOMPARE(m_editor->selfCareText(), QStringLiteral("1 of 1 done"));

        // An archived action cannot be ticked from here, and its stored tick is untouched.
        m_editor->setSelfCareDone(old, false);
        QVERIFY(!m_editor->errorText().isEmpty());
        QCOMPARE(stored(yesterday)->selfCareDone, (std::set<std::int64_t>{old, walk}));
    }

    void aFutureDayCannotBeTicked() {
        const auto walk = session().plan().addOwn("Walk round the block", m_env->today()).id;
        m_editor->setDate(QDate(2026, 11, 28));
        m_editor->setSelfCareDone(walk, true);
        QVERIFY(!m_editor->errorText().isEmpty());
        QVERIFY(!stored(bg::date(2026, 11, 28)).has_value());
        QCOMPARE(selfCareDone(walk), QVariant(false));
    }

private:
    QVariant selfCareDone(std::int64_t actionId) {
        const int row = m_editor->selfCare()->rowOf(actionId);
        return row < 0 ? QVariant() : m_editor->selfCare()->index(row).data(PlanModel::DoneRole);
    }

    static bpt::ptime fixedNowPlus(int minutes) { return tend::test::fixedNow() + bpt::minutes(minutes); }
};

QTEST_GUILESS_MAIN(TestCheckinEditor)
#include "tst_checkineditor.moc"
