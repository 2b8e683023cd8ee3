#include "exchange/csvreader.h"

#include "datafiletesting.h"

#include <QTest>

namespace {

const tend::CsvLimits limits{.bytes = 200, .rows = 4, .fieldsPerRow = 3, .fieldLength = 10};

using Rows = std::vector<std::vector<std::string>>;

Rows fieldsOf(std::string_view text) {
    Rows rows;
    for (auto& row : tend::readCsv(text, limits))
        rows.push_back(std::move(row.fields));
    return rows;
}

} // namespace

class TestCsvReader final : public QObject {
    Q_OBJECT

private slots:
    void readsPlainRows() {
        QCOMPARE(fieldsOf("a,b,c\r\n1,2,3\r\n"), (Rows{{"a", "b", "c"}, {"1", "2", "3"}}));
        QCOMPARE(fieldsOf("a,b\n1,2"), (Rows{{"a", "b"}, {"1", "2"}}));
        QCOMPARE(fieldsOf("a\rb\r"), (Rows{{"a"}, {"b"}}));
    }

    void keepsEmptyFields() {
        QCOMPARE(fieldsOf(",,\n"), (Rows{{"", "", ""}}));
        QCOMPARE(fieldsOf("a,"), (Rows{{"a", ""}}));
        QCOMPARE(fieldsOf("\"\",x"), (Rows{{"", "x"}}));
    }

    void skipsTheByteOrderMarkAndEmptyLines() {
        QCOMPARE(fieldsOf("\xEF\xBB\xBF"
                          "a,b\r\n\r\n\n1,2\r\n\r\n"),
                 (Rows{{"a", "b"}, {"1", "2"}}));
        QVERIFY(fieldsOf("").empty());
        QVERIFY(fieldsOf("\xEF\xBB\xBF").empty());
    }

    void readsQuotedFields() {
        QCOMPARE(fieldsOf("\"a,b\",\"say \"\"hi\"\"\"\n"), (Rows{{"a,b", "say \"hi\""}}));
        QCOMPARE(fieldsOf("\"one\r\ntwo\",x\nnext"), (Rows{{"one\r\ntwo", "x"}, {"next"}}));
        QCOMPARE(fieldsOf("ab\"c,d"), (Rows{{"ab\"c", "d"}}));
    }

    void countsLinesInsideQuotedFields() {
        const auto rows = tend::readCsv("a\n\"b\nc\nd\"\n\ne", limits);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0].line, std::size_t(1));
        QCOMPARE(rows[1].line, std::size_t(2));
        QCOMPARE(rows[2].line, std::size_t(6));
    }

    void readsUnicode() { QCOMPARE(fieldsOf("müde,疲れ,🙂"), (Rows{{"müde", "疲れ", "🙂"}})); }

    void limitsAreInclusive() {
        // Exactly at each limit is fine: 4 rows of 3 fields of 10 bytes.
        const std::string row = "0123456789,0123456789,0123456789\n";
        QCOMPARE(tend::readCsv(row + row + row + row, limits).size(), std::size_t(4));
    }

    void rejectsBadFiles_data() {
        tend::test::addBadFileColumns();
        using tend::test::badFile;
        badFile("too large", QByteArray(201, 'a'), "",
                "the file is 201 bytes long; at most 200 bytes can be read");
        badFile("unterminated quote", "a,b\nc,\"op\nen", "line 2, column 2",
                "the file ends inside the quoted field that starts here; its closing quote is missing");
        badFile("text after closing quote", "a,\"b\"c", "line 1, column 2",
                "unexpected text after the closing quote of this field");
        badFile("space after closing quote", "a\n\"b\nb\" ,c", "line 3, column 1",
                "unexpected text after the closing quote of this field");
        badFile("too many rows", "a\nb\n\nc\nd\ne\n", "line 6",
                "the file has more than 4 rows; at most 4 can be read");
        badFile("too many fields", "a\n1,2,3,4", "line 2, column 4",
                "this row has more than 3 fields; at most 3 can be read");
        badFile("field too long", "a,0123456789x", "line 1, column 2",
                "this field is longer than 10 bytes, the most that can be read");
        badFile("quoted field too long", "\"0123\n56789x\"", "line 1, column 1",
                "this field is longer than 10 bytes, the most that can be read");
        badFile("doubled quotes too long", "\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"",
                "line 1, column 1", "this field is longer than 10 bytes");
        badFile("invalid UTF-8", "a,b\nc,d\xFF", "line 2, column 2",
                "the text is not valid UTF-8 here (byte 0xFF); the file has to be saved as UTF-8");
        badFile("overlong UTF-8", "\xC0\xAF", "line 1, column 1", "not valid UTF-8 here (byte 0xC0)");
        badFile("UTF-16 surrogate", "\xED\xA0\x80", "line 1, column 1", "not valid UTF-8 here (byte 0xED)");
        badFile("truncated UTF-8", "ab,\"\xE2\x82", "line 1, column 2", "not valid UTF-8 here (byte 0xE2)");
        badFile("latin-1", "caf\xE9,x", "line 1, column 1", "not valid UTF-8 here (byte 0xE9)");
        badFile("NUL", QByteArray("a,b\n1,\"x\0y\"", 11), "line 2, column 2",
                "the file contains a NUL character, which a text file never does");
    }

    void rejectsBadFiles() {
        tend::test::verifyBadFileRejected(
            [](const std::string& text) { return tend::readCsv(text, limits); });
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
