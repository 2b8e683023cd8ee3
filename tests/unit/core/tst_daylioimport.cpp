#include "exchange/daylioimport.h"

#include "datafiletesting.h"
#include "domain/checkinvalidation.h"

#include <QTest>

using namespace boost::gregorian;
using boost::posix_time::ptime;
using boost::posix_time::time_duration;
using tend::DaylioActivityTarget;

namespace {

const date today(2023, 6, 1);

const tend::CheckinDefinition& definition() {
    static const auto shipped =
        tend::parseCheckinDefinition(tend::test::readAsset("checkin/daily.json").toStdString());
    return shipped;
}

const std::string newHeader = "full_date,date,weekday,time,mood,activities,note_title,note\n";
const std::string oldHeader = "year,date,weekday,time,mood,activities,note\n";

ptime at(date day, int hours, int minutes) {
    return ptime(day, time_duration(hours, minutes, 0));
}

const tend::DaylioMoodMapping* moodNamed(const tend::DaylioMapping& mapping, const std::string& label) {
    for (const auto& mood : mapping.moods)
        if (mood.label == label)
            return &mood;
    return nullptr;
}

void verifyAllValid(const tend::DaylioImport& result) {
    for (const auto& checkin : result.data.checkins) {
        const auto problems = tend::validateCheckin(checkin, definition(), today);
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().message.c_str());
    }
}

} // namespace

class TestDaylioImport final : public QObject {
    Q_OBJECT

private slots:
    void readsTheCurrentHeader() {
        const auto result =
            tend::readDaylioCsv(newHeader + "2023-05-14,14 May,Sunday,21:30,rad,\"friends | good sleep "
                                            "\",\"A good day\",\"Walked by the sea\"\n"
                                            "2023-05-13,13 May,Saturday,10:00 pm,awful ,\"\",\"\",\"\"\n",
                                definition(), today);
        QCOMPARE(result.entries, std::size_t(2));
        QCOMPARE(result.days, std::size_t(2));
        QVERIFY(result.skipped.empty());
        QVERIFY(result.notices.empty());
        const auto& checkins = result.data.checkins;
        QCOMPARE(checkins.size(), std::size_t(2));

        QCOMPARE(checkins[0].date, date(2023, 5, 13));
        QCOMPARE(checkins[0].answers, (std::map<std::string, int>{{"mood", 0}}));
        QCOMPARE(checkins[0].note, std::string());
        QCOMPARE(checkins[0].createdAt, at(date(2023, 5, 13), 22, 0));
        QCOMPARE(checkins[0].updatedAt, at(date(2023, 5, 13), 22, 0));

        QCOMPARE(checkins[1].date, date(2023, 5, 14));
        QCOMPARE(checkins[1].answers, (std::map<std::string, int>{{"mood", 4}}));
        QCOMPARE(checkins[1].note,
                 std::string("A good day\nWalked by the sea\nActivities in Daylio: friends, good sleep"));
        QVERIFY(!checkins[1].restDay);
        QCOMPARE(checkins[1].createdAt, at(date(2023, 5, 14), 21, 30));
        verifyAllValid(result);
        // Only days come from Daylio, so an import leaves the plan, hard moments and the rest alone.
        const auto& contents = result.data.contents;
        QVERIFY(contents.checkins && contents.notes);
        QVERIFY(!contents.hardMoments && !contents.plan && !contents.assessments && !contents.promptHistory &&
                !contents.settings);
    }

    void readsTheOlderHeader() {
        const auto result = tend::readDaylioCsv(
            oldHeader + "2018,18 May,Friday,11:54 pm,good,\"clean | cook\",\"Went to a party\"\n"
                        "2018,May 17,Thursday,12:05 am,meh,\"\",\"\"\n"
                        "2018,3 sept,Monday,12:00 PM,bad,\"\",\"\"\n",
            definition(), today);
        QVERIFY(result.skipped.empty());
        const auto& checkins = result.data.checkins;
        QCOMPARE(checkins.size(), std::size_t(3));
        QCOMPARE(checkins[0].date, date(2018, 5, 17));
        QCOMPARE(checkins[0].createdAt, at(date(2018, 5, 17), 0, 5));
        QCOMPARE(checkins[0].answers, (std::map<std::string, int>{{"mood", 2}}));
        QCOMPARE(checkins[1].date, date(2018, 5, 18));
        QCOMPARE(checkins[1].createdAt, at(date(2018, 5, 18), 23, 54));
        QCOMPARE(checkins[1].answers, (std::map<std::string, int>{{"mood", 3}}));
        QCOMPARE(checkins[1].note, std::string("Went to a party\nActivities in Daylio: clean, cook"));
        QCOMPARE(checkins[2].date, date(2018, 9, 3));
        QCOMPARE(checkins[2].createdAt, at(date(2018, 9, 3), 12, 0));
        QCOMPARE(checkins[2].answers, (std::map<std::string, int>{{"mood", 1}}));
    }

    void readsColumnsByNameInAnyOrder() {
        const auto result = tend::readDaylioCsv("NOTE,Mood,activities,time,full_date,scales\n"
                                                "hello,meh,,08:00,2023-05-01,ignored\n",
                                                definition(), today);
        QCOMPARE(result.data.checkins.size(), std::size_t(1));
        QCOMPARE(result.data.checkins[0].note, std::string("hello"));
        QCOMPARE(result.data.checkins[0].answers, (std::map<std::string, int>{{"mood", 2}}));
    }

    void acceptsPhoneSpacesBeforePm() {
        // Recent Android writes a narrow no-break space (U+202F) between the time and "pm".
        const auto result = tend::readDaylioCsv(
            newHeader + "2023-05-01,1 May,Monday,9:15\xE2\x80\xAFpm,meh,,,\n", definition(), today);
        QCOMPARE(result.data.checkins.size(), std::size_t(1));
        QCOMPARE(result.data.checkins[0].createdAt, at(date(2023, 5, 1), 21, 15));
    }

    void joinsSeveralEntriesOfADay() {
        // Daylio writes the newest entry first.
        const auto result = tend::readDaylioCsv(
            newHeader + "2023-05-14,14 May,Sunday,22:10,meh,\"day off\",\"\",\"Quiet evening\"\n"
                        "2023-05-14,14 May,Sunday,13:00,good,\"\",\"\",\"\"\n"
                        "2023-05-14,14 May,Sunday,08:05,rad,\"reading\",\"Morning\",\"Slept in\"\n",
            definition(), today);
        QCOMPARE(result.entries, std::size_t(3));
        QCOMPARE(result.days, std::size_t(1));
        const auto& checkin = result.data.checkins.at(0);
        // (4 + 3 + 2) / 3 = 3.
        QCOMPARE(checkin.answers, (std::map<std::string, int>{{"mood", 3}}));
        QVERIFY(checkin.restDay);
        QCOMPARE(checkin.note, std::string("08:05\nMorning\nSlept in\nActivities in Daylio: reading\n\n"
                                           "22:10\nQuiet evening"));
        QCOMPARE(checkin.createdAt, at(date(2023, 5, 14), 8, 5));
        QCOMPARE(checkin.updatedAt, at(date(2023, 5, 14), 22, 10));
    }

    void roundsHalvesAwayFromZero() {
        const auto result = tend::readDaylioCsv(newHeader + "2023-05-14,,,20:00,meh,,,\n"
                                                            "2023-05-14,,,08:00,good,,,\n",
                                                definition(), today);
        QCOMPARE(result.data.checkins.at(0).answers, (std::map<std::string, int>{{"mood", 3}}));
    }

    void leavesCustomMoodsUnmappedAndKeepsThemInTheNote() {
        const std::string text = newHeader + "2023-05-02,,,07:31,Anxious,,,\"Night shift\"\n"
                                             "2023-05-01,,,10:31,anxious ,,,\n"
                                             "2023-05-01,,,18:52,OK,,,\n";
        const auto file = tend::parseDaylioCsv(text, today);
        const auto suggested = tend::suggestDaylioMapping(file, definition());
        QCOMPARE(suggested.moods.size(), std::size_t(2));
        // Labels are shown as the earliest entry wrote them.
        QCOMPARE(suggested.moods[0].label, std::string("anxious"));
        QCOMPARE(suggested.moods[0].entries, std::size_t(2));
        QVERIFY(!suggested.moods[0].value);
        QCOMPARE(suggested.moods[1].label, std::string("OK"));
        QVERIFY(!suggested.moods[1].value);

        const auto unmapped = tend::applyDaylioMapping(file, suggested, definition());
        QCOMPARE(unmapped.data.checkins.size(), std::size_t(2));
        QVERIFY(unmapped.data.checkins[0].answers.empty());
        QCOMPARE(unmapped.data.checkins[0].note,
                 std::string("10:31\nMood in Daylio: anxious\n\n18:52\nMood in Daylio: OK"));
        QCOMPARE(unmapped.data.checkins[1].note, std::string("Night shift\nMood in Daylio: Anxious"));

        auto edited = suggested;
        edited.moods[0].value = 1;
        edited.moods[1].value = 2;
        const auto mapped = tend::applyDaylioMapping(file, edited, definition());
        QCOMPARE(mapped.data.checkins[0].answers, (std::map<std::string, int>{{"mood", 2}})); // (1 + 2) / 2
        QCOMPARE(mapped.data.checkins[0].note, std::string());
        QCOMPARE(mapped.data.checkins[1].answers, (std::map<std::string, int>{{"mood", 1}}));
        QCOMPARE(mapped.data.checkins[1].note, std::string("Night shift"));
    }

    void suggestsOnlyObviousActivities() {
        const auto file = tend::parseDaylioCsv(
            newHeader + "2023-05-02,,,07:00,good,\"Good Sleep | sleep early | Day Off\",,\n"
                        "2023-05-01,,,07:00,good,\"good  sleep|work | tired\",,\n",
            today);
        const auto mapping = tend::suggestDaylioMapping(file, definition());
        QCOMPARE(mapping.activities.size(), std::size_t(5));
        QCOMPARE(mapping.activities[0].label, std::string("good sleep"));
        QCOMPARE(mapping.activities[0].entries, std::size_t(2));
        QCOMPARE(mapping.activities[0].target, DaylioActivityTarget::KeptInNote);
        const std::vector<std::string> rest{mapping.activities[1].label, mapping.activities[2].label,
                                            mapping.activities[3].label, mapping.activities[4].label};
        QCOMPARE(rest, (std::vector<std::string>{"Day Off", "sleep early", "tired", "work"}));
        QCOMPARE(mapping.activities[1].target, DaylioActivityTarget::RestDay);
        for (std::size_t i = 2; i < 5; ++i)
            QCOMPARE(mapping.activities[i].target, DaylioActivityTarget::KeptInNote);
        QCOMPARE(moodNamed(mapping, "good")->value, std::optional<int>(3));
        QCOMPARE(moodNamed(mapping, "good")->entries, std::size_t(2));
    }

    void appliesAnEditedActivityMapping() {
        const auto file =
            tend::parseDaylioCsv(newHeader + "2023-05-01,,,07:00,good,\"bad sleep | work | tired\",,\n"
                                             "2023-05-01,,,21:00,,\"good sleep\",,\n",
                                 today);
        auto mapping = tend::suggestDaylioMapping(file, definition());
        for (auto& activity : mapping.activities) {
            if (activity.label == "bad sleep")
                activity = {activity.label, activity.entries, DaylioActivityTarget::Answer, "sleep", 1};
            if (activity.label == "good sleep")
                activity = {activity.label, activity.entries, DaylioActivityTarget::Answer, "sleep", 4};
            if (activity.label == "work")
                activity.target = DaylioActivityTarget::LeftOut;
        }
        const auto result = tend::applyDaylioMapping(file, mapping, definition());
        const auto& checkin = result.data.checkins.at(0);
        // Sleep: (1 + 4) / 2 = 2.5, rounded away from zero.
        QCOMPARE(checkin.answers, (std::map<std::string, int>{{"mood", 3}, {"sleep", 3}}));
        QCOMPARE(checkin.note, std::string("07:00\nActivities in Daylio: tired"));
        QCOMPARE(result.mapping.activities.size(), std::size_t(4));
        verifyAllValid(result);
    }

    void leavesOutDaysWithNothingKept() {
        const auto file = tend::parseDaylioCsv(newHeader + "2023-05-01,,,07:00,,\"work\",,\n", today);
        auto mapping = tend::suggestDaylioMapping(file, definition());
        mapping.activities.at(0).target = DaylioActivityTarget::LeftOut;
        const auto result = tend::applyDaylioMapping(file, mapping, definition());
        QCOMPARE(result.entries, std::size_t(1));
        QCOMPARE(result.days, std::size_t(0));
        QCOMPARE(result.notices.size(), std::size_t(1));
        QCOMPARE(result.notices[0].date, date(2023, 5, 1));
        QCOMPARE(result.notices[0].message,
                 std::string("Nothing from 2023-05-01 is kept with this mapping, so the day is left out."));
    }

    void keepsHtmlishNotesReadable() {
        const auto result = tend::readDaylioCsv(
            newHeader + "2023-05-01,,,07:00,meh,,,\"first<br>second<BR />third <b>bold</b>\"\n", definition(),
            today);
        QCOMPARE(result.data.checkins.at(0).note, std::string("first\nsecond\nthird <b>bold</b>"));
    }

    void shortensOverlongNotes() {
        // 9998 bytes of text, then a three-byte character that would cross the limit.
        const std::string note = std::string(9998, 'x') + "\xE2\x82\xAC" + "tail";
        const auto result =
            tend::readDaylioCsv(newHeader + "2023-05-01,,,07:00,meh,,," + note + "\n", definition(), today);
        const auto& checkin = result.data.checkins.at(0);
        QCOMPARE(checkin.note, std::string(9998, 'x'));
        QCOMPARE(result.notices.size(), std::size_t(1));
        QCOMPARE(
            result.notices[0].message,
            std::string("The notes of 2023-05-01 come to 10005 characters; a note can hold up to 10000, so "
                        "only the beginning is kept."));
        verifyAllValid(result);
    }

    void skipsRowsItCannotUse() {
        const auto result = tend::readDaylioCsv(newHeader +
                                                    "2023-05-01,,,07:00,meh,,,fine\n"
                                                    "2023-02-30,,,07:00,meh,,,\n"
                                                    "14/05/2023,,,07:00,meh,,,\n"
                                                    "2023-06-02,,,07:00,meh,,,\n"
                                                    "2023-05-02,,,25:00,meh,,,\n"
                                                    "2023-05-03,,,7 o'clock,meh,,,\n"
                                                    "2023-05-04,,,07:00,meh\n"
                                                    "2023-05-05,,,07:00,meh,,,,extra\n"
                                                    "2023-05-06,,,07:00," +
                                                    std::string(101, 'm') + ",,,\n",
                                                definition(), today);
        QCOMPARE(result.entries, std::size_t(1));
        QCOMPARE(result.days, std::size_t(1));
        QCOMPARE(result.skipped.size(), std::size_t(8));
        const std::vector<std::pair<std::size_t, std::string>> expected{
            {3, "the date 2023-02-30 does not exist in the calendar"},
            {4, "cannot read the date \"14/05/2023\"; expected a date like 2023-05-14"},
            {5, "this entry is dated 2023-06-02, a day that has not started yet"},
            {6, "cannot read the time \"25:00\"; expected a time like 21:30 or 9:30 pm"},
            {7, "cannot read the time \"7 o'clock\"; expected a time like 21:30 or 9:30 pm"},
            {8, "this row has 5 fields, but the header has 8"},
            {9, "this row has 9 fields, but the header has 8"},
            {10, "the mood is longer than 100 characters"},
        };
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(result.skipped[i].line, expected[i].first);
            QCOMPARE(result.skipped[i].reason, expected[i].second);
        }
    }

    void skipsImpossibleOlderDates() {
        const auto result = tend::readDaylioCsv(oldHeader + "2023,30 February,Thursday,08:00,meh,,\n"
                                                            "2023,14 Mai,Sunday,08:00,meh,,\n"
                                                            "20x3,14 May,Sunday,08:00,meh,,\n",
                                                definition(), today);
        QCOMPARE(result.skipped.size(), std::size_t(3));
        QCOMPARE(result.skipped[0].reason, std::string("the date 2023-02-30 does not exist in the calendar"));
        QCOMPARE(result.skipped[1].reason,
                 std::string("cannot read the date \"14 Mai\" of the year \"2023\"; "
                             "expected an English date like 18 May"));
        QCOMPARE(result.skipped[2].reason,
                 std::string("cannot read the date \"14 May\" of the year \"20x3\"; "
                             "expected an English date like 18 May"));
    }

    void rejectsAnUnusableMapping() {
        const auto file = tend::parseDaylioCsv(newHeader + "2023-05-01,,,07:00,rad,work,,\n", today);
        auto mapping = tend::suggestDaylioMapping(file, definition());
        auto tooHigh = mapping;
        tooHigh.moods.at(0).value = 5;
        try {
            static_cast<void>(tend::applyDaylioMapping(file, tooHigh, definition()));
            QFAIL("accepted a mood outside the scale");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(error.path(), std::string("moods[0]"));
            QCOMPARE(std::string(error.what()),
                     std::string("moods[0]: \"rad\" is mapped to 5, but mood goes from 0 to 4"));
        }
        auto unknown = mapping;
        unknown.activities.at(0) = {"work", 1, DaylioActivityTarget::Answer, "caseload", 2};
        try {
            static_cast<void>(tend::applyDaylioMapping(file, unknown, definition()));
            QFAIL("accepted an unknown item");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(std::string(error.what()),
                     std::string("activities[0]: \"work\" is mapped to the question "
                                 "\"caseload\", which this check-in does not have"));
        }
    }

    void rejectsFilesThatAreNotDaylioExports_data() {
        tend::test::addBadFileColumns();
        using tend::test::badFile;
        const std::string hint = "; a Daylio export starts with a header such as "
                                 "full_date,date,weekday,time,mood,activities,note_title,note";
        badFile("empty", "", "", ("the file is empty" + hint).c_str());
        badFile("only a byte order mark", "\xEF\xBB\xBF\r\n", "", "the file is empty");
        badFile("no mood", "full_date,date,weekday,time,activities,note_title,note\n", "line 1",
                ("this does not look like a Daylio export: the column \"mood\" is missing" + hint).c_str());
        badFile("no date at all", "weekday,time,mood,activities,note\n", "line 1",
                "the column \"full_date\" is missing (older exports have \"year\" and \"date\" instead)");
        badFile("year without date", "year,weekday,time,mood,activities,note\n", "line 1",
                "the column \"date\" is missing");
        badFile("no note", "full_date,date,weekday,time,mood,activities,note_title\n", "line 1",
                "the column \"note\" is missing");
        badFile("no time", "\n\nfull_date,mood,activities,note\n", "line 3",
                "the column \"time\" is missing");
        badFile("duplicate column", "full_date,time,mood,Mood,activities,note\n", "line 1, column 4",
                "the column \"mood\" appears twice");
        badFile("our own CSV", "date,rest_day,mood,energy,note\r\n2023-05-01,0,3,2,\r\n", "line 1",
                "the column \"full_date\" is missing");
        badFile("broken quoting", (newHeader + "2023-05-01,,,07:00,meh,\"work,,\n").c_str(),
                "line 2, column 6", "the file ends inside the quoted field that starts here");
        badFile("invalid UTF-8", (newHeader + "2023-05-01,,,07:00,m\xE9h,,,\n").c_str(), "line 2, column 5",
                "not valid UTF-8");
        badFile("NUL in a note",
                QByteArray::fromStdString(newHeader + "2023-05-01,,,07:00,meh,,,a" + std::string(1, '\0')),
                "line 2, column 8", "NUL character");
        badFile("huge field",
                QByteArray::fromStdString(newHeader + "2023-05-01,,,07:00,meh,,," +
                                          std::string(1024 * 1024 + 1, 'x')),
                "line 2, column 8", "this field is longer than 1048576 bytes");
        badFile("too many columns",
                QByteArray::fromStdString(newHeader.substr(0, newHeader.size() - 1) + std::string(25, ',') +
                                          "\n"),
                "line 1, column 33", "this row has more than 32 fields");
    }

    void rejectsFilesThatAreNotDaylioExports() {
        tend::test::verifyBadFileRejected(
            [](const std::string& text) { return tend::readDaylioCsv(text, definition(), today); });
    }

    void rejectsTooManyRows() {
        std::string text = newHeader;
        for (std::size_t i = 0; i <= tend::daylioMaxEntries; ++i)
            text += "2023-05-01,,,07:00,meh,,,\n";
        try {
            static_cast<void>(tend::parseDaylioCsv(text, today));
            QFAIL("accepted too many rows");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(
                std::string(error.what()),
                std::string("line 100002: the file has more than 100001 rows; at most 100001 can be read"));
        }
    }

    void rejectsTooLargeFiles() {
        const std::string text = newHeader + std::string(tend::daylioMaxBytes, 'x');
        try {
            static_cast<void>(tend::parseDaylioCsv(text, today));
            QFAIL("accepted a file over the size limit");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(std::string(error.what()), "the file is " + std::to_string(text.size()) +
                                                    " bytes long; at most 33554432 bytes can be read");
        }
    }

    void rejectsTooManyDifferentMoods() {
        std::string text = newHeader;
        for (int i = 0; i <= 100; ++i)
            text += "2023-05-01,,,07:00,mood" + std::to_string(i) + ",,,\n";
        try {
            static_cast<void>(tend::parseDaylioCsv(text, today));
            QFAIL("accepted too many moods");
        } catch (const tend::DataFileError& error) {
            QCOMPARE(
                std::string(error.what()),
                std::string("line 102, column 5: the file has more than 100 different moods; at most 100 "
                            "can be read"));
        }
    }
};

QTEST_APPLESS_MAIN(TestDaylioImport)
#include "tst_daylioimport.moc"
