#include "storage/assessmentrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"
#include "testdatabases.h"

#include <QTest>

#include <optional>

using namespace boost::gregorian;
using namespace boost::posix_time;
using tend::AssessmentRepository;
using tend::AssessmentResult;
using tend::Database;
using tend::ScaleScore;
using tend::StorageError;

namespace {

AssessmentResult resultOn(const std::string& packId, date day, int hour = 20) {
    AssessmentResult result;
    result.packId = packId;
    result.packVersion = 3;
    result.takenOn = day;
    result.takenAt = ptime(day, hours(hour) + minutes(15) + seconds(7));
    result.answers = {{"q1", 4}, {"q2", 0}, {"q3", -2}};
    result.scores.scales = {ScaleScore{"total", 4.0 / 3.0 * 25.0, "lower"},
                            ScaleScore{"pair", 2.0, std::nullopt},
                            ScaleScore{"alpha", std::nullopt, std::nullopt}};
    return result;
}

QList<date> datesOf(const std::vector<AssessmentResult>& results) {
    QList<date> dates;
    for (const auto& result : results)
        dates << result.takenOn;
    return dates;
}

} // namespace

class TestAssessmentRepository final : public QObject {
    Q_OBJECT

private:
    tend::test::TestDatabases m_databases;
    std::optional<Database> m_db;
    std::optional<AssessmentRepository> m_repository;
    int m_notifications = 0;
    tend::Subscription m_counting;

private slots:
    void initTestCase() { QVERIFY(m_databases.isValid()); }

    void init() { tend::test::openRepository(m_databases, m_db, m_repository, m_notifications, m_counting); }

    void cleanup() {
        m_repository.reset();
        m_db.reset();
    }

    void roundTripsEveryField() {
        const auto original = resultOn("monthly_reflection", date(2026, 5, 31));
        const auto id = m_repository->add(original);
        QVERIFY(id > 0);
        QCOMPARE(m_notifications, 1);

        const auto stored = m_repository->latest("monthly_reflection");
        QVERIFY(stored);
        QCOMPARE(stored->id, id);
        QCOMPARE(stored->packId, std::string("monthly_reflection"));
        QCOMPARE(stored->packVersion, 3);
        QCOMPARE(stored->takenOn, date(2026, 5, 31));
        QCOMPARE(stored->takenAt, original.takenAt);
        QCOMPARE(stored->answers, original.answers);
        // Scales come back in the order they were scored, with exact numbers and missing values kept missing.
        QCOMPARE(stored->scores.scales.size(), std::size_t(3));
        QCOMPARE(stored->scores.scales[0].scaleId, std::string("total"));
        QCOMPARE(stored->scores.scales[2].scaleId, std::string("alpha"));
        QCOMPARE(*stored->scores.scales[0].score, 4.0 / 3.0 * 25.0);
        QVERIFY(!stored->scores.scales[1].bandId);
        QVERIFY(!stored->scores.scales[2].score);
        QVERIFY(stored->scores == original.scores);
    }

    void keepsTheStoredTextReadable() {
        (void)m_repository->add(resultOn("monthly_reflection", date(2026, 5, 31)));
        auto row = m_db->prepare("SELECT taken_on, taken_at, answers, scores FROM assessment_results");
        QVERIFY(row.step());
        QCOMPARE(row.text(0), std::string("2026-05-31"));
        QCOMPARE(row.text(1), std::string("2026-05-31T20:15:07"));
        QCOMPARE(row.text(2), std::string(R"({"q1":4,"q2":0,"q3":-2})"));
        QCOMPARE(QString::fromStdString(row.text(3)),
                 QString::fromStdString(
                     R"({"total":{"score":33.33333333333333,"band":"lower"},)"
                     R"("pair":{"score":2.0,"band":null},"alpha":{"score":null,"band":null}})"));
    }

    void listsHistoryOldestFirstPerPack() {
        (void)m_repository->add(resultOn("monthly_reflection", date(2026, 6, 30)));
        (void)m_repository->add(resultOn("other_pack", date(2026, 6, 1)));
        (void)m_repository->add(resultOn("monthly_reflection", date(2026, 4, 30)));
        (void)m_repository->add(resultOn("monthly_reflection", date(2026, 5, 31), 21));
        (void)m_repository->add(resultOn("monthly_reflection", date(2026, 5, 31), 8));
        QCOMPARE(m_notifications, 5);

        const auto history = m_repository->history("monthly_reflection");
        QCOMPARE(datesOf(history),
                 (QList<date>{date(2026, 4, 30), date(2026, 5, 31), date(2026, 5, 31), date(2026, 6, 30)}));
        QCOMPARE(history[1].takenAt.time_of_day().hours(), 8);
        QCOMPARE(history[2].takenAt.time_of_day().hours(), 21);

        QCOMPARE(m_repository->latest("monthly_reflection")->takenOn, date(2026, 6, 30));
        QCOMPARE(m_repository->latest("other_pack")->takenOn, date(2026, 6, 1));
        QVERIFY(!m_repository->latest("never_taken"));
        QVERIFY(m_repository->history("never_taken").empty());

        const auto all = m_repository->all();
        QCOMPARE(datesOf(all), (QList<date>{date(2026, 4, 30), date(2026, 5, 31), date(2026, 5, 31),
                                            date(2026, 6, 1), date(2026, 6, 30)}));
        QCOMPARE(all[3].packId, std::string("other_pack"));
    }

    void refusesResultsWithoutRealTimes() {
        auto result = resultOn("monthly_reflection", date(2026, 5, 31));
        result.takenAt = ptime(not_a_date_time);
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->add(result));
        result = resultOn("", date(2026, 5, 31));
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->add(result));
        QVERIFY(m_repository->all().empty());
        QCOMPARE(m_notifications, 0);
    }

    void reportsDamagedRowsInsteadOfGuessing() {
        m_db->execute(
            "INSERT INTO assessment_results (pack_id, pack_version, taken_on, taken_at, answers, scores) "
            "VALUES ('p', 1, '2026-05-31', '2026-05-31T20:00:00', '{\"q1\": \"four\"}', '{}')");
        try {
            (void)m_repository->all();
            QFAIL("a damaged row was read");
        } catch (const StorageError& error) {
            QCOMPARE(QString::fromStdString(error.what()),
                     QStringLiteral("Unreadable answers in a stored assessment result"));
        }
        m_db->execute("UPDATE assessment_results SET answers = '{}', scores = '{\"total\": {\"score\": 1}}'");
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->latest("p"));
        m_db->execute("UPDATE assessment_results SET scores = 'not json'");
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->history("p"));
        m_db->execute("UPDATE assessment_results SET scores = '{}', taken_on = 'yesterday'");
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)m_repository->history("p"));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentRepository)
#include "tst_assessmentrepository.moc"
