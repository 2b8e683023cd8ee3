#include "backup/backupfile.h"
#include "backup/backupheader.h"
#include "backuptesting.h"

#include <QTest>

#include <cstdint>
#include <string>

using tend::BackupHeader;
using tend::BackupKdfParams;
using tend::readBackupHeader;
using tend::test::outcomeOf;

namespace {

std::string le(std::uint64_t value, int bytes) {
    std::string out;
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((value >> (8 * i)) & 0xffu));
    return out;
}

// A header with the given fields and a recognisable salt (0x00..0x0f) and stream header (0x20..0x37).
std::string header(std::uint64_t version, std::uint64_t kdf, std::uint64_t ops, std::uint64_t mem) {
    std::string bytes = "TENDBKUP" + le(version, 2) + le(kdf, 2) + le(ops, 8) + le(mem, 8);
    for (int i = 0; i < 16; ++i)
        bytes.push_back(static_cast<char>(i));
    for (int i = 0; i < 24; ++i)
        bytes.push_back(static_cast<char>(0x20 + i));
    return bytes;
}

std::string validHeader() {
    return header(1, 2, 3, 128u * 1024 * 1024);
}

QByteArray bytes(const std::string& text) {
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

class TestBackupHeader final : public QObject {
    Q_OBJECT

private slots:
    void theDefaultCostOpensOnAPhone() {
        const auto params = tend::defaultBackupKdfParams();
        QCOMPARE(params.opsLimit, std::uint64_t{3});
        QCOMPARE(params.memLimit, std::size_t{128} * 1024 * 1024);
        QVERIFY(tend::backupKdfParamsAllowed(params));
        QVERIFY(tend::backupKdfParamsAllowed({1, 8192}));
        QVERIFY(tend::backupKdfParamsAllowed({8, 256u * 1024 * 1024}));
        QVERIFY(!tend::backupKdfParamsAllowed({0, 8192}));
        QVERIFY(!tend::backupKdfParamsAllowed({9, 8192}));
        QVERIFY(!tend::backupKdfParamsAllowed({1, 8191}));
        QVERIFY(!tend::backupKdfParamsAllowed({1, 256u * 1024 * 1024 + 1}));
    }

    // The exact bytes of docs/backup-format.md, written out by hand.
    void encodesTheDocumentedLayout() {
        BackupHeader decoded = readBackupHeader(validHeader());
        QCOMPARE(decoded.formatVersion, std::uint16_t{1});
        QCOMPARE(decoded.kdf, std::uint16_t{2});
        QCOMPARE(decoded.kdfParams.opsLimit, std::uint64_t{3});
        QCOMPARE(decoded.kdfParams.memLimit, std::size_t{134217728});
        for (std::size_t i = 0; i < decoded.salt.size(); ++i)
            QCOMPARE(decoded.salt[i], static_cast<unsigned char>(i));
        for (std::size_t i = 0; i < decoded.streamHeader.size(); ++i)
            QCOMPARE(decoded.streamHeader[i], static_cast<unsigned char>(0x20 + i));
        const QByteArray expectedStart = QByteArray::fromHex("54454e44424b5550"   // TENDBKUP
                                                             "0100"               // format 1
                                                             "0200"               // Argon2id v1.3
                                                             "0300000000000000"   // 3 passes
                                                             "0000000800000000"); // 128 MiB
        QCOMPARE(bytes(tend::encodeBackupHeader(decoded)).left(28), expectedStart);
        QCOMPARE(tend::encodeBackupHeader(decoded), validHeader());
        QCOMPARE(tend::backupHeaderBytes, std::size_t{68});
    }

    void readsTheHeaderOfASealedBackup() {
        const auto file = tend::sealBackup("{}", tend::test::backupPassphrase, tend::test::smallKdfParams());
        const auto decoded = readBackupHeader(file);
        QCOMPARE(decoded.formatVersion, tend::backupFormatVersion);
        QCOMPARE(decoded.kdf, tend::backupKdfArgon2id13);
        QCOMPARE(decoded.kdfParams.opsLimit, tend::minBackupOpsLimit);
        QCOMPARE(decoded.kdfParams.memLimit, tend::minBackupMemLimit);
        QCOMPARE(tend::encodeBackupHeader(decoded), file.substr(0, 68));
    }

    void ignoresWhatFollowsTheHeader() {
        const auto decoded = readBackupHeader(validHeader() + "anything at all");
        QCOMPARE(decoded.kdfParams.opsLimit, std::uint64_t{3});
    }

    void acceptsTheLimitsThemselves() {
        QCOMPARE(readBackupHeader(header(1, 2, 1, 8192)).kdfParams.memLimit, std::size_t{8192});
        QCOMPARE(readBackupHeader(header(1, 2, 8, 256u * 1024 * 1024)).kdfParams.opsLimit, std::uint64_t{8});
    }

    void rejectsABadHeader_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const std::string& file, const char* kind,
                            const char* message) {
            QTest::newRow(name) << bytes(file) << QString::fromUtf8(kind) << QString::fromUtf8(message);
        };
        row("empty", "", "NotABackup", "This file is empty, so it is not a Tend backup.");
        row("other mark", "TENDBKUQ" + validHeader().substr(8), "NotABackup",
            "This is not a Tend backup: it does not start with the Tend backup mark.");
        row("zip", std::string("PK\x03\x04\x14\x00\x00\x00", 8) + std::string(100, 'z'), "NotABackup",
            "does not start with the Tend backup mark");
        row("json export", "{\"format\": \"tend.export\", \"version\": 1}", "NotABackup",
            "does not start with the Tend backup mark");
        row("start of the mark", "TEND", "Truncated",
            "The backup ends too early: the file is cut off in its header (68 bytes expected, 4 found).");
        row("mark only", "TENDBKUP", "Truncated", "(68 bytes expected, 8 found)");
        row("half a version", "TENDBKUP\x01", "Truncated", "(68 bytes expected, 9 found)");
        row("header cut short", validHeader().substr(0, 67), "Truncated", "(68 bytes expected, 67 found)");
        row("newer, even when short", "TENDBKUP" + le(2, 2), "NewerVersion",
            "This backup was made by a newer version of Tend (backup format 2; this version reads format 1). "
            "Please update Tend to restore it.");
        row("version 256", header(256, 2, 3, 8192), "NewerVersion", "(backup format 256;");
        row("version 0", header(0, 2, 3, 8192), "Damaged",
            "The backup header is damaged: format version 0 at byte 8 does not exist.");
        row("argon2i", header(1, 1, 3, 8192), "Damaged",
            "The backup header is damaged: key derivation 1 at byte 10 is unknown.");
        row("no passes", header(1, 2, 0, 8192), "HostileParameters",
            "The backup header asks for 0 passes of key derivation (byte 12); Tend allows 1 to 8, so it will "
            "not "
            "try to open it.");
        row("too many passes", header(1, 2, 9, 8192), "HostileParameters", "asks for 9 passes");
        row("endless passes", header(1, 2, UINT64_MAX, 8192), "HostileParameters",
            "asks for 18446744073709551615 passes");
        row("too little memory", header(1, 2, 1, 8191), "HostileParameters",
            "The backup header asks for 8191 bytes of memory for key derivation (byte 20); Tend allows 8192 "
            "to "
            "268435456, so it will not try to open it.");
        row("too much memory", header(1, 2, 1, 256u * 1024 * 1024 + 1), "HostileParameters",
            "asks for 268435457 bytes of memory");
        row("a terabyte", header(1, 2, 1, std::uint64_t{1} << 40), "HostileParameters",
            "asks for 1099511627776 bytes of memory");
    }

    void rejectsABadHeader() {
        QFETCH(QByteArray, file);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const auto outcome = outcomeOf(
            [&] { static_cast<void>(readBackupHeader(std::string_view(file.data(), file.size()))); });
        QCOMPARE(outcome.kind, kind);
        QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    }
};

QTEST_GUILESS_MAIN(TestBackupHeader)
#include "tst_backupheader.moc"
