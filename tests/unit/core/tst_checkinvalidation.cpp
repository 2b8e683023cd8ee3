#include "domain/checkinvalidation.h"

#include <QTest>

#include <set>

using namespace boost::gregorian;

namespace {

tend::CheckinDefinition definition() {
    return tend::parseCheckinDefinition(R"({
        "format": "tend.checkin-definition", "version": 1,
        "items": [
            {"id": "mood", "name": "mood", "text": "Mood?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"},
            {"id": "calm", "name": "calm", "text": "Calm?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 1, "max": 3, "labels": ["a", "b", "c"]}, "polarity": "higher_is_better"},
            {"id": "hard_cases", "name": "hard_cases", "text": "How many?", "group": "exposure", "kind": "count",
             "scale": {"min": 0, "max": 30}, "polarity": "higher_is_worse"}
        ]
    })");
}

tend::Checkin checkinOn(date day, std::map<std::string, int> answers = {}) {
    tend::Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    return checkin;
}

const date today(2026, 11, 27);

} // namespace

class TestCheckinValidation final : public QObject {
    Q_OBJECT

private slots:
    void acceptsAValidCheckin() {
        auto checkin = checkinOn(today, {{"mood", 0}, {"calm", 3}, {"hard_cases", 30}});
        checkin.note = std::string(tend::maxNoteLength, 'n');
        QVERIFY(tend::validateCheckin(checkin, definition(), today).empty());
    }

    void acceptsAnEmptyCheckinAndPastDays() {
        QVERIFY(tend::validateCheckin(checkinOn(today), definition(), today).empty());
        QVERIFY(
            tend::validateCheckin(checkinOn(date(2024, 2, 29), {{"mood", 2}}), definition(), today).empty());
    }

    void rejectsTomorrow() {
        const auto problems = tend::validateCheckin(checkinOn(today + days(1)), definition(), today);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].kind, tend::CheckinProblemKind::DateInFuture);
        QVERIFY(problems[0].itemId.empty());
        QVERIFY2(problems[0].message.find("2026-11-28") != std::string::npos, problems[0].message.c_str());
    }

    void rejectsUnknownItems() {
        const auto problems =
            tend::validateCheckin(checkinOn(today, {{"mood", 1}, {"sleep", 2}}), definition(), today);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].kind, tend::CheckinProblemKind::UnknownItem);
        QCOMPARE(problems[0].itemId, std::string("sleep"));
        QVERIFY2(problems[0].message.find("\"sleep\"") != std::string::npos, problems[0].message.c_str());
    }

    void rejectsValuesOutsideTheScale_data() {
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<int>("value");
        QTest::newRow("below a rating") << "mood" << -1;
        QTest::newRow("above a rating") << "mood" << 5;
        QTest::newRow("below a scale starting at one") << "calm" << 0;
        QTest::newRow("above a count") << "hard_cases" << 31;
        QTest::newRow("negative count") << "hard_cases" << -3;
    }
    void rejectsValuesOutsideTheScale() {
        QFETCH(QString, itemId);
        QFETCH(int, value);
        const auto problems =
            tend::validateCheckin(checkinOn(today, {{itemId.toStdString(), value}}), definition(), today);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].kind, tend::CheckinProblemKind::ValueOutOfRange);
        QCOMPARE(QString::fromStdString(problems[0].itemId), itemId);
        QVERIFY2(problems[0].message.find(std::to_string(value)) != std::string::npos,
                 problems[0].message.c_str());
    }

    void rejectsAnOverlongNote() {
        auto checkin = checkinOn(today);
        checkin.note = std::string(tend::maxNoteLength + 1, 'n');
        const auto problems = tend::validateCheckin(checkin, definition(), today);
        QCOMPARE(problems.size(), std::size_t(1));
        QCOMPARE(problems[0].kind, tend::CheckinProblemKind::NoteTooLong);
        QVERIFY2(problems[0].message.find("10000") != std::string::npos, problems[0].message.c_str());
    }

    void reportsEveryProblemAtOnce() {
        auto checkin = checkinOn(today + days(3), {{"mood", 9}, {"unknown", 1}, {"calm", 2}});
        checkin.note = std::string(tend::maxNoteLength + 1, 'n');
        const auto problems = tend::validateCheckin(checkin, definition(), today);
        QCOMPARE(problems.size(), std::size_t(4));
        std::set<tend::CheckinProblemKind> kinds;
        for (const auto& problem : problems) {
            kinds.insert(problem.kind);
            QVERIFY(!problem.message.empty());
        }
        QCOMPARE(kinds.size(), std::size_t(4));
    }
};

QTEST_GUILESS_MAIN(TestCheckinValidation)
#include "tst_checkinvalidation.moc"
