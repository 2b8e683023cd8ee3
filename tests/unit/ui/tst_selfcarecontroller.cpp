#include "insights/insightsoverview.h"
#include "selfcare/selfcarecontroller.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::PlanAction;
using tend::ui::LearningCardsModel;
using tend::ui::PlanModel;
using tend::ui::SelfCareController;
using tend::ui::SelfCareLibraryModel;
using tend::ui::TagChoicesModel;
namespace bg = boost::gregorian;

namespace {

QStringList titlesOf(PlanModel* model) {
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row).data(PlanModel::TitleRole).toString();
    return titles;
}

std::vector<std::string> storedTitles(tend::ui::AppSession& session) {
    std::vector<std::string> titles;
    for (const auto& action : session.plan().active())
        titles.push_back(action.title);
    return titles;
}

int libraryRow(SelfCareLibraryModel* model, const QString& libraryId) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(SelfCareLibraryModel::LibraryIdRole).toString() == libraryId)
            return row;
    return -1;
}

QStringList chosenTags(TagChoicesModel* model) {
    QStringList tags;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data(TagChoicesModel::ChosenRole).toBool())
            tags << model->index(row).data(TagChoicesModel::TagRole).toString();
    return tags;
}

bool inPlan(SelfCareLibraryModel* model, const QString& libraryId) {
    return model->index(libraryRow(model, libraryId)).data(SelfCareLibraryModel::InPlanRole).toBool();
}

} // namespace

class TestSelfCareController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<SelfCareController> m_care;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    tend::ui::AppSession& session() { return *m_env->session; }

    void makeController() {
        m_testers.clear();
        m_care = std::make_unique<SelfCareController>(session());
        for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
                 m_care->plan(), m_care->library(), m_care->cards(), m_care->newTags(), m_care->editTags()})
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }

    // A check-in with a mood answer (the only wellbeing item answered, so wellbeing = mood / 4 * 100),
    // the given ticks and rest flag.
    void saveDay(bg::date date, std::optional<int> mood, std::set<std::int64_t> ticks = {},
                 bool restDay = false) {
        tend::Checkin checkin;
        checkin.date = date;
        if (mood)
            checkin.answers["mood"] = *mood;
        checkin.selfCareDone = std::move(ticks);
        checkin.restDay = restDay;
        checkin.createdAt = boost::posix_time::ptime(date, boost::posix_time::hours(20));
        checkin.updatedAt = checkin.createdAt;
        session().checkins().save(checkin);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        makeController();
    }

    void cleanup() {
        m_testers.clear();
        m_care.reset();
        m_env.reset();
    }

    void anEmptyPlanInvitesAndExplains() {
        QVERIFY(m_care->planEmpty());
        QCOMPARE(m_care->plan()->rowCount(), 0);
        QVERIFY(m_care->whatHelps().isEmpty());
        QVERIFY2(m_care->whatHelpsWaiting().contains(QStringLiteral("Once your plan has a few actions")),
                 qPrintable(m_care->whatHelpsWaiting()));
        QCOMPARE(m_care->restText(),
                 QStringLiteral("You haven't marked a rest day yet. On a day off or on leave, mark it in "
                                "the check-in."));
        QVERIFY(m_care->recoveryText().isEmpty());
        QVERIFY(m_care->errorText().isEmpty());
    }

    void theLibraryIsGroupedByCategory() {
        auto* library = m_care->library();
        QCOMPARE(library->rowCount(), int(session().content().selfCareLibrary.actions.size()));
        // Each category appears as one contiguous block, in the fixed category order.
        QStringList order;
        for (int row = 0; row < library->rowCount(); ++row) {
            const auto category = library->index(row).data(SelfCareLibraryModel::CategoryRole).toString();
            if (order.isEmpty() || order.last() != category) {
                QVERIFY2(!order.contains(category), qPrintable(category));
                order << category;
            }
        }
        QCOMPARE(order, (QStringList{QStringLiteral("Body"), QStringLiteral("Mind"),
                                     QStringLiteral("Connection"), QStringLiteral("Boundaries"),
                                     QStringLiteral("Rest"), QStringLiteral("Meaning")}));
        const int row = libraryRow(library, QStringLiteral("slow_breaths"));
        QVERIFY(row >= 0);
        const auto index = library->index(row);
        QCOMPARE(index.data(SelfCareLibraryModel::TitleRole).toString(),
                 QStringLiteral("Take ten slow breaths, longer out than in"));
        QCOMPARE(index.data(SelfCareLibraryModel::MinutesTextRole).toString(),
                 QStringLiteral("About 2 minutes"));
        QVERIFY(!index.data(SelfCareLibraryModel::DetailRole).toString().isEmpty());
        QCOMPARE(index.data(SelfCareLibraryModel::InPlanRole).toBool(), false);
    }

    void addingFromTheLibraryStoresItAndMarksItInPlan() {
        QSignalSpy planSpy(m_care.get(), &SelfCareController::planChanged);
        QSignalSpy inPlanSpy(m_care->library(), &QAbstractItemModel::dataChanged);

        QVERIFY(m_care->addFromLibrary(QStringLiteral("slow_breaths")));

        const auto active = session().plan().active();
        QCOMPARE(active.size(), std::size_t(1));
        QCOMPARE(active[0].libraryId, std::optional<std::string>("slow_breaths"));
        QCOMPARE(active[0].title, std::string("Take ten slow breaths, longer out than in"));
        QCOMPARE(active[0].addedOn, m_env->today());
        QVERIFY(!m_care->planEmpty());
        QCOMPARE(titlesOf(m_care->plan()),
                 QStringList{QStringLiteral("Take ten slow breaths, longer out than in")});
        QVERIFY(m_care->plan()->index(0).data(PlanModel::FromLibraryRole).toBool());
        QVERIFY(inPlan(m_care->library(), QStringLiteral("slow_breaths")));
        QVERIFY(!inPlan(m_care->library(), QStringLiteral("drink_water")));
        QCOMPARE(inPlanSpy.count(), 1); // only the one row changed
        QVERIFY(planSpy.count() >= 1);
        QVERIFY(m_care->statusText().contains(QStringLiteral("Added")));

        // Picking it again changes nothing.
        QVERIFY(m_care->addFromLibrary(QStringLiteral("slow_breaths")));
        QCOMPARE(session().plan().active().size(), std::size_t(1));
    }

    void anUnknownLibraryIdIsRefused() {
        QVERIFY(!m_care->addFromLibrary(QStringLiteral("no_such_idea")));
        QVERIFY(!m_care->errorText().isEmpty());
        QVERIFY(session().plan().all().empty());
    }

    void ownActionsKeepTheWorkersWords() {
        QVERIFY(m_care->isUsableTitle(QStringLiteral("Call my sister")));
        QVERIFY(m_care->addOwn(QStringLiteral("  Call my sister  ")));
        const auto active = session().plan().active();
        QCOMPARE(active.size(), std::size_t(1));
        QCOMPARE(active[0].title, std::string("Call my sister"));
        QVERIFY(!active[0].libraryId.has_value());
        QCOMPARE(titlesOf(m_care->plan()), QStringList{QStringLiteral("Call my sister")});
        QVERIFY(m_care->errorText().isEmpty());
    }

    // The tags offered are the library's own that a self-care rule can suggest for, in question order: with
    // the shipped content "keeping away from reminders" is a subject of a rule but no library action suits
    // it, and "felt supported" suits library actions but no self-care rule is about it.
    void ownActionsCanBeTaggedFromTheLibrarysSet() {
        auto* tags = m_care->newTags();
        QStringList offered;
        for (int row = 0; row < tags->rowCount(); ++row)
            offered << tags->index(row).data(TagChoicesModel::TagRole).toString();
        QCOMPARE(offered, (QStringList{"mood", "energy", "sleep", "intrusion", "avoid_work_tasks", "on_edge",
                                       "numb", "exhaustion", "distance", "compassion_satisfaction"}));
        QCOMPARE(tags->index(3).data(TagChoicesModel::LabelRole).toString(),
                 QStringLiteral("Work coming back to mind"));
        QCOMPARE(tags->index(9).data(TagChoicesModel::LabelRole).toString(),
                 QStringLiteral("Compassion satisfaction"));

        m_care->setNewTag(QStringLiteral("sleep"), true);
        m_care->setNewTag(QStringLiteral("on_edge"), true);
        m_care->setNewTag(QStringLiteral("sleep"), false);
        m_care->setNewTag(QStringLiteral("no_such_tag"), true);
        QCOMPARE(chosenTags(tags), QStringList{QStringLiteral("on_edge")});
        QVERIFY(m_care->addOwn(QStringLiteral("Ring my sister")));
        const auto stored = session().plan().active().at(0);
        QCOMPARE(stored.tags, std::vector<std::string>{"on_edge"});
        QVERIFY2(chosenTags(tags).isEmpty(), "the next action starts without tags");
        QCOMPARE(m_care->plan()->index(0).data(PlanModel::TagsTextRole).toString(),
                 QStringLiteral("Tend may suggest it when one of these is harder than usual: tense or easily "
                                "startled."));
        QVERIFY(m_care->plan()->index(0).data(PlanModel::CanTagRole).toBool());
    }

    void tagsOfAnOwnActionAreEditedAndStoredAtOnce() {
        QVERIFY(m_care->addFromLibrary(QStringLiteral("walk_between_visits")));
        QVERIFY(m_care->addOwn(QStringLiteral("Ring my sister")));
        const auto walk = session().plan().active().at(0);
        const auto own = session().plan().active().at(1);
        QVERIFY(!m_care->plan()->index(0).data(PlanModel::CanTagRole).toBool());
        QVERIFY(m_care->plan()->index(0).data(PlanModel::TagsTextRole).toString().isEmpty());
        QCOMPARE(m_care->plan()->index(1).data(PlanModel::TagsTextRole).toString(),
                 QStringLiteral("Not linked to anything yet, so Tend won't suggest it."));
        // Library actions suit what the library says; only the worker's own take tags.
        QVERIFY(!m_care->editTagsOf(walk.id));
        QCOMPARE(m_care->editingTagsOf(), qint64(0));

        QSignalSpy editing(m_care.get(), &SelfCareController::editingTagsChanged);
        QVERIFY(m_care->editTagsOf(own.id));
        QCOMPARE(editing.count(), 1);
        QVERIFY(m_care->editingTags());
        QCOMPARE(m_care->editingTagsTitle(), QStringLiteral("When might “Ring my sister” help?"));
        QVERIFY(chosenTags(m_care->editTags()).isEmpty());
        QVERIFY(m_care->setTag(QStringLiteral("mood"), true));
        QVERIFY(m_care->setTag(QStringLiteral("sleep"), true));
        QVERIFY(m_care->setTag(QStringLiteral("mood"), false));
        QVERIFY(!m_care->setTag(QStringLiteral("no_such_tag"), true));
        QCOMPARE(session().plan().find(own.id)->tags, std::vector<std::string>{"sleep"});
        QCOMPARE(chosenTags(m_care->editTags()), QStringList{QStringLiteral("sleep")});
        QCOMPARE(m_care->plan()->index(1).data(PlanModel::TagsTextRole).toString(),
                 QStringLiteral("Tend may suggest it when one of these is harder than usual: sleep."));

        // Removing the action closes its tags.
        QVERIFY(m_care->remove(own.id));
        QCOMPARE(m_care->editingTagsOf(), qint64(0));
        QVERIFY(!m_care->editingTags());
        QVERIFY(!m_care->setTag(QStringLiteral("mood"), true));
    }

    // The point of a tag: a prompt about what it names can suggest the worker's own action.
    void aTaggedOwnActionIsSuggestedByAPrompt() {
        // Six calm weeks with "on edge" at 1, then a week at 3.
        for (int back = 48; back >= 0; --back) {
            tend::Checkin checkin;
            checkin.date = m_env->today() - bg::days(back);
            checkin.answers = {{"mood", 3}, {"on_edge", back < 7 ? 3 : 1}, {"intrusion", 0}, {"numb", 0}};
            checkin.createdAt = boost::posix_time::ptime(checkin.date, boost::posix_time::hours(20));
            checkin.updatedAt = checkin.createdAt;
            session().checkins().save(checkin);
        }
        m_care->setNewTag(QStringLiteral("on_edge"), true);
        QVERIFY(m_care->addOwn(QStringLiteral("Ring my sister")));
        tend::ui::InsightsOverview overview(session());
        QCOMPARE(overview.prompts()->rowCount(), 1);
        QCOMPARE(overview.prompts()->index(0).data(tend::ui::PromptListModel::PlanActionRole).toString(),
                 QStringLiteral("Ring my sister"));
    }

    void anUnusableOwnTitleIsRefused_data() {
        QTest::addColumn<QString>("title");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("two lines") << QStringLiteral("walk\nrun");
        QTest::newRow("too long") << QString(121, QLatin1Char('a'));
    }

    void anUnusableOwnTitleIsRefused() {
        QFETCH(QString, title);
        QVERIFY(!m_care->isUsableTitle(title));
        QVERIFY(!m_care->addOwn(title));
        QVERIFY(!m_care->errorText().isEmpty());
        QVERIFY(session().plan().all().empty());
        QVERIFY(m_care->planEmpty());
    }

    void renamingChangesTheStoredWordingInPlace() {
        QVERIFY(m_care->addFromLibrary(QStringLiteral("drink_water")));
        const auto id = session().plan().active()[0].id;
        QSignalSpy resetSpy(m_care->plan(), &QAbstractItemModel::modelReset);
        QSignalSpy dataSpy(m_care->plan(), &QAbstractItemModel::dataChanged);

        QVERIFY(m_care->rename(id, QStringLiteral("Tea and a biscuit")));

        QCOMPARE(session().plan().find(id)->title, std::string("Tea and a biscuit"));
        QCOMPARE(titlesOf(m_care->plan()), QStringList{QStringLiteral("Tea and a biscuit")});
        // Updated in place, so a field being edited is not rebuilt under the worker's finger.
        QCOMPARE(resetSpy.count(), 0);
        QCOMPARE(dataSpy.count(), 1);
        // Still counted as the library idea: it is the worker's wording of it.
        QVERIFY(inPlan(m_care->library(), QStringLiteral("drink_water")));

        QVERIFY(!m_care->rename(id, QStringLiteral("  ")));
        QVERIFY(!m_care->errorText().isEmpty());
        QCOMPARE(session().plan().find(id)->title, std::string("Tea and a biscuit"));
    }

    void movingUpAndDownReordersThePlan() {
        QVERIFY(m_care->addOwn(QStringLiteral("A")));
        QVERIFY(m_care->addOwn(QStringLiteral("B")));
        QVERIFY(m_care->addOwn(QStringLiteral("C")));
        const auto plan = session().plan().active();
        const auto a = plan[0].id;
        const auto c = plan[2].id;
        QVERIFY(m_care->plan()->index(0).data(PlanModel::IsFirstRole).toBool());
        QVERIFY(m_care->plan()->index(2).data(PlanModel::IsLastRole).toBool());

        QVERIFY(m_care->moveDown(a));
        QCOMPARE(storedTitles(session()), (std::vector<std::string>{"B", "A", "C"}));
        QVERIFY(m_care->moveUp(c));
        QCOMPARE(storedTitles(session()), (std::vector<std::string>{"B", "C", "A"}));
        QCOMPARE(titlesOf(m_care->plan()), (QStringList{"B", "C", "A"}));
        QVERIFY(m_care->plan()->index(2).data(PlanModel::IsLastRole).toBool());

        // Nowhere to go past either end.
        QVERIFY(!m_care->moveDown(a));
        QVERIFY(!m_care->moveUp(session().plan().active()[0].id));
        QCOMPARE(storedTitles(session()), (std::vector<std::string>{"B", "C", "A"}));
    }

    void removingArchivesAndKeepsPastTicks() {
        QVERIFY(m_care->addFromLibrary(QStringLiteral("slow_breaths")));
        QVERIFY(m_care->addOwn(QStringLiteral("Call my sister")));
        const auto breaths = session().plan().active()[0].id;
        const auto yesterday = m_env->today() - bg::days(1);
        saveDay(yesterday, 2, {breaths});

        QVERIFY(m_care->remove(breaths));

        QCOMPARE(storedTitles(session()), std::vector<std::string>{"Call my sister"});
        const auto archived = session().plan().find(breaths);
        QVERIFY(archived.has_value());
        QVERIFY(archived->archived);
        QCOMPARE(session().checkins().find(yesterday)->selfCareDone, std::set<std::int64_t>{breaths});
        QVERIFY2(m_care->statusText().contains(QStringLiteral("keep their ticks")),
                 qPrintable(m_care->statusText()));
        QVERIFY(m_care->canUndoRemove());
        QVERIFY(!inPlan(m_care->library(), QStringLiteral("slow_breaths")));

        // Undo puts it back where it was.
        QVERIFY(m_care->undoRemove());
        QCOMPARE(storedTitles(session()),
                 (std::vector<std::string>{"Take ten slow breaths, longer out than in", "Call my sister"}));
        QVERIFY(!m_care->canUndoRemove());
        QVERIFY(inPlan(m_care->library(), QStringLiteral("slow_breaths")));
    }

    void anotherControllerSeesPlanChanges() {
        SelfCareController other(session());
        QAbstractItemModelTester tester(other.plan(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_care->addOwn(QStringLiteral("Lunch away from my desk")));
        QCOMPARE(titlesOf(other.plan()), QStringList{QStringLiteral("Lunch away from my desk")});
        QVERIFY(!other.planEmpty());
    }

    void whatHelpsIsAnObservationFromTheWorkersOwnDays() {
        const auto walk = session().plan().addOwn("Walk round the block", bg::date(2026, 11, 1)).id;
        // Days after a walk have mood 3 (wellbeing 75), the others mood 2 (50). With: 10, 12, 14 Nov
        // (next days 75). Without: 11, 13, 15, 16 Nov (next days 50); 17 Nov has no next check-in.
        const std::vector<std::pair<int, int>> moods{{10, 2}, {11, 3}, {12, 2}, {13, 3},
                                                     {14, 2}, {15, 3}, {16, 2}, {17, 2}};
        for (const auto& [day, mood] : moods) {
            const bool walked = day == 10 || day == 12 || day == 14;
            saveDay(bg::date(2026, 11, day), mood,
                    walked ? std::set<std::int64_t>{walk} : std::set<std::int64_t>{});
        }
        makeController();

        QCOMPARE(m_care->whatHelps(),
                 QStringList{QStringLiteral(
                     "On days after you did “Walk round the block”, your wellbeing averaged 75 out of 100, "
                     "compared with 50 after days without it (3 and 4 days). A pattern worth noticing, not "
                     "proof.")});
        QVERIFY(m_care->whatHelpsWaiting().isEmpty());

        // Renaming reads through: the sentence uses the worker's current words.
        QSignalSpy renamed(m_care.get(), &SelfCareController::insightsChanged);
        QVERIFY(m_care->rename(walk, QStringLiteral("Walk")));
        QVERIFY(renamed.count() >= 1);
        QVERIFY(m_care->whatHelps().value(0).contains(QStringLiteral("“Walk”")));

        // Once removed from the plan, the action is no longer offered as a finding.
        QVERIFY(m_care->remove(walk));
        QVERIFY(m_care->whatHelps().isEmpty());
    }

    void whatHelpsSaysWhatIsNeededWhenTooThin() {
        const auto walk = session().plan().addOwn("Walk round the block", bg::date(2026, 11, 1)).id;
        // Two days with it: one short of the three needed.
        saveDay(bg::date(2026, 11, 20), 2, {walk});
        saveDay(bg::date(2026, 11, 21), 3, {walk});
        saveDay(bg::date(2026, 11, 22), 3);
        makeController();
        QVERIFY(m_care->whatHelps().isEmpty());
        QCOMPARE(m_care->whatHelpsWaiting(),
                 QStringLiteral("Nothing to show yet. Tend needs at least 3 days with an action ticked and 3 "
                                "days without it, each followed by a check-in, before it can compare them."));
    }

    void restIsTheLastRestDayAndRecoveryAStrength() {
        // Before the rest (11 to 17 Nov): moods 2,1,2,1,2,1,2 -> wellbeing 50,25,50,25,50,25,50, mean 275/7.
        const int before[] = {2, 1, 2, 1, 2, 1, 2};
        for (int i = 0; i < 7; ++i)
            saveDay(bg::date(2026, 11, 11 + i), before[i]);
        saveDay(bg::date(2026, 11, 18), std::nullopt, {}, true);
        saveDay(bg::date(2026, 11, 19), std::nullopt, {}, true);
        // After (20 to 22 Nov): moods 3,3,2 -> 75,75,50, mean 200/3. Improvement 66.67 - 39.29 = 27.4.
        saveDay(bg::date(2026, 11, 20), 3);
        saveDay(bg::date(2026, 11, 21), 3);
        saveDay(bg::date(2026, 11, 22), 2);
        makeController();

        QCOMPARE(
            m_care->restText(),
            QStringLiteral("Your last rest day was 8 days ago, on Thursday 19 November. Since then you "
                           "have checked in on 3 working days. Days without a check-in are not counted."));
        QCOMPARE(m_care->recoveryText(),
                 QStringLiteral(
                     "After your last rest days your wellbeing was 27 points higher than before them."));
    }

    void restTodayAndYesterday() {
        saveDay(m_env->today() - bg::days(1), std::nullopt, {}, true);
        makeController();
        QCOMPARE(m_care->restText(), QStringLiteral("Your last rest day was yesterday."));
        saveDay(m_env->today(), std::nullopt, {}, true);
        QCOMPARE(m_care->restText(), QStringLiteral("Today is marked as a rest day."));
    }

    void learningCardsAreListedInFull() {
        auto* cards = m_care->cards();
        const auto& shipped = session().content().learningCards.cards;
        QCOMPARE(cards->rowCount(), int(shipped.size()));
        QVERIFY(cards->rowCount() > 0);
        const auto first = cards->index(0);
        QCOMPARE(first.data(LearningCardsModel::CardIdRole).toString(),
                 QString::fromStdString(shipped[0].id));
        QCOMPARE(first.data(LearningCardsModel::TitleRole).toString(),
                 QString::fromStdString(shipped[0].title));
        QCOMPARE(first.data(LearningCardsModel::SummaryRole).toString(),
                 QString::fromStdString(shipped[0].summary));
        const auto paragraphs = first.data(LearningCardsModel::ParagraphsRole).toStringList();
        QCOMPARE(paragraphs.size(), qsizetype(shipped[0].paragraphs.size()));
        QCOMPARE(paragraphs.first(), QString::fromStdString(shipped[0].paragraphs.front()));
        QVERIFY(cards->roleNames().values().contains("paragraphs"));
    }
};

QTEST_GUILESS_MAIN(TestSelfCareController)
#include "tst_selfcarecontroller.moc"
