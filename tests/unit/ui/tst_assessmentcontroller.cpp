#include "assessment/assessmentcontroller.h"
#include "assessment/assessmentdraft.h"
#include "assessmenttestdata.h"
#include "common/dateconversion.h"
#include "testsession.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using tend::ui::AssessmentController;
using tend::ui::AssessmentDraft;
using tend::ui::AssessmentItemsModel;
using tend::ui::AssessmentPacksModel;
using tend::ui::AssessmentScoresModel;
namespace bg = boost::gregorian;
namespace bpt = boost::posix_time;

namespace {

QString longDate(int year, int month, int day) {
    return QLocale().toString(QDate(year, month, day), QLocale::LongFormat);
}

int rowOf(const QAbstractItemModel* model, int role, const QString& id) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(role).toString() == id)
            return row;
    return -1;
}

QVariant packData(AssessmentPacksModel* model, const QString& packId, int role) {
    const int row = rowOf(model, AssessmentPacksModel::PackIdRole, packId);
    return row < 0 ? QVariant() : model->index(row).data(role);
}

QVariant scaleData(AssessmentScoresModel* model, const QString& scaleId, int role) {
    const int row = rowOf(model, AssessmentScoresModel::ScaleIdRole, scaleId);
    return row < 0 ? QVariant() : model->index(row).data(role);
}

const QString monthly = QStringLiteral("monthly_reflection");

// Carrying: 2 + 3 + 1 + 0 + 4 = 10 ("Some weight", 7-13). Sustaining: 4 + 3 + 1 + 4 + 2 = 14
// ("Well sustained", 14-20). The monthly reflection has no reversed items.
const std::map<std::string, int> monthlyAnswers{
    {"followed_home", 2},   {"worn_down", 3}, {"on_edge", 1},  {"pulled_back", 0}, {"little_left", 4},
    {"made_difference", 4}, {"backed_up", 3}, {"restored", 1}, {"why_i_do_it", 4}, {"kind_to_myself", 2},
};

} // namespace

class TestAssessmentController final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<AssessmentController> m_controller;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

    tend::ui::AppSession& session() { return *m_env->session; }

    // A fresh controller, as the page creates one each time it is shown; its models are checked by Qt's
    // tester for the rest of the test.
    void openPage() {
        m_testers.clear();
        m_controller = std::make_unique<AssessmentController>(session());
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_controller->packs(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_controller->items(), Mode::QtTest));
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(m_controller->scores(), Mode::QtTest));
    }

    void answerAll(const std::map<std::string, int>& answers) {
        for (const auto& [itemId, value] : answers)
            m_controller->setAnswer(QString::fromStdString(itemId), value);
    }

private slots:
    void init() {
        AssessmentDraft::clear();
        m_env = std::make_unique<tend::test::TestSession>();
        openPage();
    }

    void cleanup() {
        m_testers.clear();
        m_controller.reset();
        m_env.reset();
        AssessmentDraft::clear();
    }

    void withNoPackChosenThePageListsThePacks() {
        QVERIFY(!m_controller->hasPack());
        QCOMPARE(m_controller->title(), QStringLiteral("Looking back"));
        QVERIFY(!m_controller->listIntro().isEmpty());
        QCOMPARE(m_controller->items()->rowCount(), 0);
        QVERIFY(!m_controller->canSave());
        QVERIFY(!m_controller->save());
        // The shipped default profile adds no packs: only Tend's own reflection.
        auto* packs = m_controller->packs();
        QCOMPARE(packs->rowCount(), 1);
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::NameRole).toString(),
                 QStringLiteral("Monthly reflection"));
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::SourceRole).toString(),
                 QStringLiteral("Tend's own questions"));
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::ValidatedRole).toBool(), false);
    }

    void neverTakenIsDueAtOnce() {
        auto* packs = m_controller->packs();
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::DueRole).toBool(), true);
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::DueTextRole).toString(),
                 QStringLiteral("Ready whenever you are"));
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::LastTextRole).toString(),
                 QStringLiteral("Not done yet"));
    }

    void dueStatusFollowsTheLatestStoredResult() {
        const auto& pack = tend::test::shippedPack(session(), "monthly_reflection");
        // 29 days before the fixed today (2026-11-27): due again on 2026-11-28, one day from now.
        tend::test::storeResult(session(), pack, bg::date(2026, 10, 29), {{"worn_down", 2}});
        auto* packs = m_controller->packs();
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::DueRole).toBool(), false);
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::DueTextRole).toString(),
                 QStringLiteral("Offered again from %1").arg(longDate(2026, 11, 28)));
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::LastTextRole).toString(),
                 QStringLiteral("Last done on %1").arg(longDate(2026, 10, 29)));

        // The model follows the repository; the latest result counts, whatever order they were stored in.
        tend::test::storeResult(session(), pack, bg::date(2026, 10, 28), {{"worn_down", 1}});
        QCOMPARE(packData(packs, monthly, AssessmentPacksModel::DueRole).toBool(), false);

        // A day later it is exactly 30 days since 10-29, and the pack is due.
        m_env->clock.set(bpt::ptime(bg::date(2026, 11, 28), bpt::hours(9)));
        openPage();
        QCOMPARE(packData(m_controller->packs(), monthly, AssessmentPacksModel::DueRole).toBool(), true);
    }

    void choosingAPackShowsItsQuestionsAndWords() {
        QSignalSpy packSpy(m_controller.get(), &AssessmentController::packChanged);
        QVERIFY(!m_controller->choosePack(QStringLiteral("no_such_pack")));
        QCOMPARE(packSpy.count(), 0);
        QVERIFY(m_controller->choosePack(monthly));
        QCOMPARE(packSpy.count(), 1);
        QVERIFY(m_controller->hasPack());
        QCOMPARE(m_controller->title(), QStringLiteral("Monthly reflection"));
        QCOMPARE(m_controller->recall(), QStringLiteral("Thinking about the last 30 days"));
        QCOMPARE(m_controller->validationNote(),
                 QStringLiteral("Tend's own questions, not a validated questionnaire; not a diagnosis."));
        QCOMPARE(m_controller->attribution(),
                 QStringLiteral("Written by the Tend project. Not a validated instrument."));
        QVERIFY(m_controller->licence().startsWith(QStringLiteral("Licence: GPL-3.0-or-later")));
        QCOMPARE(m_controller->itemCount(), 10);
        QCOMPARE(m_controller->choiceColumns(), 5);
        QCOMPARE(m_controller->progressText(), QStringLiteral("0 of 10 answered"));
        QVERIFY(!m_controller->canSave());

        auto* items = m_controller->items();
        const auto first = items->index(0);
        QCOMPARE(first.data(AssessmentItemsModel::ItemIdRole).toString(), QStringLiteral("followed_home"));
        QCOMPARE(first.data(AssessmentItemsModel::NumberRole).toString(), QStringLiteral("1 of 10"));
        QCOMPARE(first.data(AssessmentItemsModel::MinimumRole).toInt(), 0);
        QCOMPARE(
            first.data(AssessmentItemsModel::LabelsRole).toStringList(),
            QStringList({"Not at all", "Once in a while", "Some of the time", "Often", "Most of the time"}));
        QCOMPARE(first.data(AssessmentItemsModel::AnsweredRole).toBool(), false);
        QCOMPARE(first.data(AssessmentItemsModel::ValueRole).toInt(), -1);
    }

    void answersShowAtOnceAndCanBeTakenBack() {
        QVERIFY(m_controller->choosePack(monthly));
        QSignalSpy dataSpy(m_controller->items(), &QAbstractItemModel::dataChanged);
        m_controller->setAnswer(QStringLiteral("worn_down"), 3);
        QCOMPARE(dataSpy.count(), 1);
        QCOMPARE(dataSpy.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(m_controller->items()->index(1).data(AssessmentItemsModel::ValueRole).toInt(), 3);
        QCOMPARE(m_controller->progressText(), QStringLiteral("1 of 10 answered"));
        QVERIFY(m_controller->canSave());
        QVERIFY(m_controller->saveHint().contains(QStringLiteral("left out")));

        m_controller->clearAnswer(QStringLiteral("worn_down"));
        QCOMPARE(m_controller->items()->index(1).data(AssessmentItemsModel::AnsweredRole).toBool(), false);
        QCOMPARE(m_controller->answeredCount(), 0);
        QVERIFY(!m_controller->canSave());
    }

    void answersThatDoNotFitAreRefused() {
        QVERIFY(m_controller->choosePack(monthly));
        m_controller->setAnswer(QStringLiteral("worn_down"), 5); // the scale is 0-4
        m_controller->setAnswer(QStringLiteral("not_an_item"), 1);
        QVERIFY(!m_controller->errorText().isEmpty());
        QCOMPARE(m_controller->answeredCount(), 0);
        m_controller->setAnswer(QStringLiteral("worn_down"), 4);
        QVERIFY(m_controller->errorText().isEmpty());
        QCOMPARE(m_controller->answeredCount(), 1);
    }

    void savingStoresExactlyTheScoredResult() {
        QVERIFY(m_controller->choosePack(monthly));
        answerAll(monthlyAnswers);
        QCOMPARE(m_controller->progressText(), QStringLiteral("10 of 10 answered"));
        QVERIFY(m_controller->saveHint().isEmpty());
        QSignalSpy resultSpy(m_controller.get(), &AssessmentController::resultChanged);

        QVERIFY(m_controller->save());

        const auto stored = session().assessments().all();
        QCOMPARE(stored.size(), std::size_t(1));
        const auto& result = stored.front();
        QCOMPARE(result.packId, std::string("monthly_reflection"));
        QCOMPARE(result.packVersion, 1);
        QCOMPARE(result.takenOn, bg::date(2026, 11, 27));
        QCOMPARE(result.takenAt, tend::test::fixedNow());
        QVERIFY(result.answers == monthlyAnswers);
        const auto& pack = tend::test::shippedPack(session(), "monthly_reflection");
        QVERIFY(result.scores == tend::scoreAssessment(pack, monthlyAnswers));
        // And by hand: the engine is not trusted to check itself.
        QCOMPARE(result.scores.find("carrying")->score.value(), 10.0);
        QCOMPARE(result.scores.find("carrying")->bandId.value(), std::string("some_weight"));
        QCOMPARE(result.scores.find("sustaining")->score.value(), 14.0);
        QCOMPARE(result.scores.find("sustaining")->bandId.value(), std::string("well_sustained"));

        // The result is shown with the words of its bands.
        QVERIFY(resultSpy.count() >= 1);
        QVERIFY(m_controller->showingResult());
        QVERIFY(!m_controller->canSave());
        QCOMPARE(m_controller->resultTitle(), QStringLiteral("Your answers are saved"));
        QCOMPARE(m_controller->resultDate(), longDate(2026, 11, 27));
        QVERIFY(m_controller->notDiagnosisText().startsWith(QStringLiteral("This is not a diagnosis")));
        auto* scores = m_controller->scores();
        QCOMPARE(scores->rowCount(), 2);
        QCOMPARE(scaleData(scores, "carrying", AssessmentScoresModel::NameRole).toString(),
                 QStringLiteral("What you have been carrying"));
        QCOMPARE(scaleData(scores, "carrying", AssessmentScoresModel::ScoreRole).toString(),
                 QStringLiteral("10 out of 20"));
        QCOMPARE(scaleData(scores, "carrying", AssessmentScoresModel::BandRole).toString(),
                 QStringLiteral("Some weight"));
        QVERIFY(scaleData(scores, "carrying", AssessmentScoresModel::InterpretationRole)
                    .toString()
                    .startsWith(QStringLiteral("You have been carrying a fair amount.")));
        QCOMPARE(scaleData(scores, "sustaining", AssessmentScoresModel::BandRole).toString(),
                 QStringLiteral("Well sustained"));

        // Saved, so nothing is left half-done and the pack is no longer due.
        QVERIFY(AssessmentDraft::packId().empty());
        QCOMPARE(packData(m_controller->packs(), monthly, AssessmentPacksModel::DueRole).toBool(), false);
        QCOMPARE(packData(m_controller->packs(), monthly, AssessmentPacksModel::DueTextRole).toString(),
                 QStringLiteral("Offered again from %1").arg(longDate(2026, 12, 27)));
        // Saving twice would file the same answers twice.
        QVERIFY(!m_controller->save());
        QCOMPARE(session().assessments().all().size(), std::size_t(1));
    }

    void aScaleWithALineLeftOutIsIncomplete() {
        QVERIFY(m_controller->choosePack(monthly));
        auto answers = monthlyAnswers;
        answers.erase("restored");
        answerAll(answers);
        QVERIFY(m_controller->saveHint().contains(QStringLiteral("no score")));
        QVERIFY(m_controller->save());

        const auto stored = session().assessments().latest("monthly_reflection");
        QVERIFY(stored.has_value());
        QVERIFY(stored->answers == answers);
        QCOMPARE(stored->scores.find("carrying")->score.value(), 10.0);
        QVERIFY(!stored->scores.find("sustaining")->score.has_value());
        QVERIFY(!stored->scores.find("sustaining")->bandId.has_value());

        auto* scores = m_controller->scores();
        QCOMPARE(scaleData(scores, "carrying", AssessmentScoresModel::CompleteRole).toBool(), true);
        QCOMPARE(scaleData(scores, "sustaining", AssessmentScoresModel::CompleteRole).toBool(), false);
        QVERIFY(scaleData(scores, "sustaining", AssessmentScoresModel::BandRole).toString().isEmpty());
        QVERIFY(
            scaleData(scores, "sustaining", AssessmentScoresModel::InterpretationRole).toString().isEmpty());
        QVERIFY(scaleData(scores, "sustaining", AssessmentScoresModel::ScoreRole)
                    .toString()
                    .contains(QStringLiteral("left out")));
    }

    void anOrganisationPackIsListedWithItsAttributionAndScoredItsWay() {
        QSignalSpy resetSpy(m_controller->packs(), &QAbstractItemModel::modelReset);
        (void)session().orgProfile().importProfile(tend::test::orgProfileWithPack);
        // The list follows the imported profile without reopening the page.
        QVERIFY(resetSpy.count() >= 1);
        auto* packs = m_controller->packs();
        QCOMPARE(packs->rowCount(), 2);
        QCOMPARE(packs->index(0).data(AssessmentPacksModel::PackIdRole).toString(), monthly);
        const QString org = QStringLiteral("org_check");
        QCOMPARE(packs->index(1).data(AssessmentPacksModel::PackIdRole).toString(), org);
        QCOMPARE(packData(packs, org, AssessmentPacksModel::SourceRole).toString(),
                 QStringLiteral("From Example Care Trust"));
        QCOMPARE(packData(packs, org, AssessmentPacksModel::AttributionRole).toString(),
                 QStringLiteral("Placeholder credit to Example Publisher."));
        QCOMPARE(packData(packs, org, AssessmentPacksModel::ValidatedRole).toBool(), true);
        QCOMPARE(packData(packs, org, AssessmentPacksModel::DueRole).toBool(), true);

        QVERIFY(m_controller->choosePack(org));
        QCOMPARE(m_controller->recall(), QStringLiteral("Thinking about the last 14 days"));
        QVERIFY(!m_controller->validationNote().contains(QStringLiteral("not a validated")));
        QCOMPARE(m_controller->attribution(), QStringLiteral("Placeholder credit to Example Publisher."));
        QCOMPARE(m_controller->choiceColumns(), 4);
        // a 2, b 3, c 1 reversed on 1-4 counts 4: total 9 ("high", 8-12); first two: mean 2.5 * 10 = 25.
        m_controller->setAnswer(QStringLiteral("a"), 2);
        m_controller->setAnswer(QStringLiteral("b"), 3);
        m_controller->setAnswer(QStringLiteral("c"), 1);
        QVERIFY(m_controller->save());

        const auto stored = session().assessments().latest("org_check");
        QVERIFY(stored.has_value());
        QCOMPARE(stored->packVersion, 2);
        QCOMPARE(stored->scores.find("total")->score.value(), 9.0);
        QCOMPARE(stored->scores.find("total")->bandId.value(), std::string("high"));
        QCOMPARE(stored->scores.find("first_two")->score.value(), 25.0);
        QVERIFY(!stored->scores.find("first_two")->bandId.has_value());

        auto* scores = m_controller->scores();
        QCOMPARE(scaleData(scores, "total", AssessmentScoresModel::ScoreRole).toString(),
                 QStringLiteral("9, on a scale from 3 to 12"));
        QCOMPARE(scaleData(scores, "total", AssessmentScoresModel::BandRole).toString(),
                 QStringLiteral("Placeholder high"));
        QCOMPARE(scaleData(scores, "first_two", AssessmentScoresModel::ScoreRole).toString(),
                 QStringLiteral("25, on a scale from 10 to 40"));
        QVERIFY(scaleData(scores, "first_two", AssessmentScoresModel::BandRole).toString().isEmpty());
        // The credit stays on screen with the result.
        QCOMPARE(m_controller->attribution(), QStringLiteral("Placeholder credit to Example Publisher."));
    }

    void answersSurviveLeavingThePageUntilSavedOrLeftBehind() {
        QVERIFY(m_controller->choosePack(monthly));
        m_controller->setAnswer(QStringLiteral("on_edge"), 2);
        // The worker taps Support and comes back: the page, and its controller, are created again.
        openPage();
        QVERIFY(m_controller->hasPack());
        QCOMPARE(m_controller->packId(), monthly);
        QCOMPARE(m_controller->answeredCount(), 1);
        QCOMPARE(m_controller->items()->index(2).data(AssessmentItemsModel::ValueRole).toInt(), 2);
        // Choosing the same pack again keeps them; leaving without saving lets them go.
        QVERIFY(m_controller->choosePack(monthly));
        QCOMPARE(m_controller->answeredCount(), 1);
        m_controller->closePack();
        QVERIFY(!m_controller->hasPack());
        openPage();
        QVERIFY(!m_controller->hasPack());
        QVERIFY(session().assessments().all().empty());
    }

    void aDraftForAPackThatIsGoneOpensTheList() {
        AssessmentDraft::open("withdrawn_pack");
        openPage();
        QVERIFY(!m_controller->hasPack());
        QVERIFY(AssessmentDraft::packId().empty());
    }
};

QTEST_MAIN(TestAssessmentController)
#include "tst_assessmentcontroller.moc"
