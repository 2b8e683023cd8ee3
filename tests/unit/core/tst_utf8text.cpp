#include "exchange/utf8text.h"

#include <QTest>

class TestUtf8Text final : public QObject {
    Q_OBJECT

private slots:
    void acceptsWellFormedText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ascii") << QByteArray("plain text\n");
        QTest::newRow("two bytes") << QByteArray("caf\xc3\xa9");
        QTest::newRow("three bytes") << QByteArray("\xe2\x98\x95");
        QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\xae");
        QTest::newRow("highest code point") << QByteArray("\xf4\x8f\xbf\xbf");
    }
    void acceptsWellFormedText() {
        QFETCH(QByteArray, text);
        QVERIFY(tend::isValidUtf8(text.toStdString()));
    }

    void rejectsMalformedText_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("stray continuation") << QByteArray("\x80");
        QTest::newRow("invalid byte") << QByteArray("a\xff");
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf");
        QTest::newRow("overlong three bytes") << QByteArray("\xe0\x80\xaf");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80");
        QTest::newRow("cut short") << QByteArray("\xf0\x9f\x98");
        QTest::newRow("bad continuation") << QByteArray("\xe2\x28\xa1");
    }
    void rejectsMalformedText() {
        QFETCH(QByteArray, text);
        QVERIFY(!tend::isValidUtf8(text.toStdString()));
    }
};

QTEST_GUILESS_MAIN(TestUtf8Text)
#include "tst_utf8text.moc"
