#include "backup/backuppassphrase.h"

#include <QTest>

#include <string>

using tend::backupPassphraseProblem;

class TestBackupPassphrase final : public QObject {
    Q_OBJECT

private slots:
    void acceptsAGoodPassphrase_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::newRow("ten characters") << QByteArray("tea at six");
        QTest::newRow("a few words") << QByteArray("blue kettle on the night shift");
        // Ten characters, though more bytes: counted as the worker sees them.
        QTest::newRow("accented") << QByteArray("\xc3\xa9t\xc3\xa9 \xc3\xa0 Lyon");
        QTest::newRow("1024 bytes") << QByteArray(1023, 'a') + "b";
    }

    void acceptsAGoodPassphrase() {
        QFETCH(QByteArray, passphrase);
        const auto problem = backupPassphraseProblem(passphrase.toStdString());
        QVERIFY2(!problem, problem ? problem->c_str() : "");
    }

    void namesTheProblem_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("problem");
        const QString tooShort =
            QStringLiteral("A backup passphrase needs at least 10 characters, so that nobody can "
                           "guess it. A few words that belong together only for you work well.");
        QTest::newRow("empty") << QByteArray() << tooShort;
        QTest::newRow("nine characters") << QByteArray("tea at si") << tooShort;
        // Twelve bytes, but only six characters.
        QTest::newRow("six accented characters")
            << QByteArray("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9") << tooShort;
        QTest::newRow("1025 bytes") << QByteArray(1024, 'a') + "b"
                                    << QStringLiteral(
                                           "This passphrase is longer than Tend can take (1024 bytes). A "
                                           "few words are plenty.");
        QTest::newRow("only spaces") << QByteArray("  \t        ")
                                     << QStringLiteral(
                                            "A passphrase of only spaces is easy to guess. A few words that "
                                            "belong together only for you work well.");
        const QString repeated =
            QStringLiteral("A passphrase that repeats one character is easy to guess. A few "
                           "words that belong together only for you work well.");
        QTest::newRow("one letter") << QByteArray("aaaaaaaaaaaa") << repeated;
        QTest::newRow("one accented letter")
            << QByteArray("\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9"
                          "\xc3\xa9\xc3\xa9\xc3\xa9")
            << repeated;
    }

    void namesTheProblem() {
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, problem);
        const auto found = backupPassphraseProblem(passphrase.toStdString());
        QVERIFY(found.has_value());
        QCOMPARE(QString::fromStdString(*found), problem);
    }
};

QTEST_GUILESS_MAIN(TestBackupPassphrase)
#include "tst_backuppassphrase.moc"
