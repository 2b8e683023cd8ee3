#include "backup/backupfile.h"
#include "backup/backupheader.h"
#include "backup/backuppassphrase.h"
#include "backupforging.h"
#include "backuptesting.h"

#include <QTest>

#include <cstdint>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

using tend::backupHeaderBytes;
using tend::maxBackupJsonBytes;
using tend::openBackup;
using tend::sealBackup;
using tend::test::backupPassphrase;
using tend::test::forgeBackup;
using tend::test::ForgedChunk;
using tend::test::outcomeOf;
using tend::test::smallKdfParams;

namespace {

constexpr unsigned char tagFinal = crypto_secretstream_xchacha20poly1305_TAG_FINAL;

std::string seal(std::string_view json) {
    return sealBackup(json, backupPassphrase, smallKdfParams());
}

tend::test::Outcome opening(std::string_view file, std::string_view passphrase = backupPassphrase) {
    return outcomeOf([&] { static_cast<void>(openBackup(file, passphrase)); });
}

// Bytes that deflate cannot shrink, the same for every run.
std::string randomBytes(std::size_t count, std::uint64_t seed) {
    std::mt19937_64 generator(seed);
    std::string bytes(count, '\0');
    for (auto& byte : bytes)
        byte = static_cast<char>(generator() & 0xffu);
    return bytes;
}

std::uint32_t readU32(std::string_view bytes, std::size_t offset) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[offset + i])) << (8 * i);
    return value;
}

// A backup cut along its documented framing: the header, then each chunk with its length prefix.
struct Framed {
    std::string header;
    std::vector<std::string> chunks;
    std::vector<std::size_t> starts; // byte offset of each chunk's length prefix

    [[nodiscard]] std::string joined(const std::vector<std::size_t>& order) const {
        std::string file = header;
        for (const auto index : order)
            file += chunks.at(index);
        return file;
    }
};

Framed framed(const std::string& file) {
    Framed result{file.substr(0, backupHeaderBytes), {}, {}};
    std::size_t offset = backupHeaderBytes;
    while (offset < file.size()) {
        const auto length = readU32(file, offset);
        result.starts.push_back(offset);
        result.chunks.push_back(file.substr(offset, 4 + length));
        offset += 4 + length;
    }
    if (offset != file.size())
        throw std::logic_error("the framing does not add up");
    return result;
}

// About 200 KB that will not compress: four chunks, the last one short.
const std::string& fourChunkContent() {
    static const std::string content = randomBytes(3 * 64 * 1024 + 5000, 4);
    return content;
}

const std::string& fourChunkBackup() {
    static const std::string file = seal(fourChunkContent());
    return file;
}

QString at(std::size_t chunk, std::size_t offset) {
    return QStringLiteral("chunk %1 at byte %2").arg(chunk).arg(offset);
}

// What opening must report when the length prefix of `chunk` (from 1) reads `length` although the chunk
// really starts at `start` in a file of `fileSize` bytes: the framing is checked before decryption.
QString expectedForLength(std::uint32_t length, std::size_t chunk, std::size_t start, std::size_t fileSize) {
    if (length <= tend::backupChunkOverheadBytes || length > tend::maxBackupChunkCiphertextBytes)
        return QStringLiteral("Damaged");
    if (length > fileSize - start - 4)
        return QStringLiteral("Truncated");
    return chunk == 1 ? QStringLiteral("WrongPassphraseOrDamaged") : QStringLiteral("Damaged");
}

template <typename Unsigned> void overwrite(std::string& file, std::size_t offset, Unsigned value) {
    for (std::size_t i = 0; i < sizeof(Unsigned); ++i)
        file[offset + i] = static_cast<char>(static_cast<unsigned char>(value >> (8 * i)));
}

} // namespace

class TestBackupFile final : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("chunks");
        const auto bytes = [](const std::string& text) {
            return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
        };
        QTest::newRow("empty") << QByteArray() << 1;
        QTest::newRow("small") << QByteArray("{\"format\":\"tend.export\",\"version\":1}") << 1;
        QTest::newRow("unicode and zero bytes")
            << bytes(std::string(
                   "{\"note\":\"Schwer heute \xe2\x80\x94 \xf0\x9f\x8c\xb1 \xe5\xa4\x9c\"}\0\xff", 38))
            << 1;
        QTest::newRow("four chunks") << bytes(fourChunkContent()) << 4;
        // 5 MB that deflate stores as it is: 5000000 bytes plus framing fill 77 chunks of 64 KiB.
        QTest::newRow("5 MB incompressible") << bytes(randomBytes(5'000'000, 5)) << 77;
    }

    void roundTrips() {
        QFETCH(QByteArray, content);
        QFETCH(int, chunks);
        const std::string json = content.toStdString();
        const auto file = seal(json);
        QCOMPARE(openBackup(file, backupPassphrase), json);
        QCOMPARE(static_cast<int>(framed(file).chunks.size()), chunks);
    }

    void compressesBeforeEncrypting() {
        std::string json = "[";
        for (int i = 0; i < 20000; ++i)
            json += "{\"date\":\"2026-01-01\",\"mood\":3,\"note\":\"\"},";
        json += "{}]";
        const auto file = seal(json);
        QVERIFY2(file.size() < json.size() / 20, qPrintable(QString::number(file.size())));
        QCOMPARE(openBackup(file, backupPassphrase), json);
    }

    void aFileBuiltFromTheDocumentedLayoutOpens() {
        const std::string json = "{\"checkins\":[],\"settings\":{}}";
        QCOMPARE(
            openBackup(forgeBackup(tend::test::asChunks(tend::test::zlibCompress(json)), backupPassphrase),
                       backupPassphrase),
            json);
        const auto& big = fourChunkContent();
        QCOMPARE(
            openBackup(forgeBackup(tend::test::asChunks(tend::test::zlibCompress(big)), backupPassphrase),
                       backupPassphrase),
            big);
    }

    void theDefaultCostSealsAndOpens() {
        const auto file = sealBackup("{\"a\":1}", backupPassphrase, tend::defaultBackupKdfParams());
        const auto header = tend::readBackupHeader(file);
        QCOMPARE(header.kdfParams.opsLimit, std::uint64_t{3});
        QCOMPARE(header.kdfParams.memLimit, std::size_t{128} * 1024 * 1024);
        QCOMPARE(openBackup(file, backupPassphrase), std::string("{\"a\":1}"));
    }

    void showsNoPlaintextAndDiffersEachTime() {
        const std::string marker = "PLAINTEXT-MARKER-4711";
        std::string json = "{\"note\":\"" + marker + "\"}";
        const auto first = seal(json);
        const auto second = seal(json);
        QVERIFY(first.find(marker) == std::string::npos);
        QVERIFY(first.find("note") == std::string::npos);
        QCOMPARE(first.size(), second.size());
        QCOMPARE(first.substr(0, 28), second.substr(0, 28));    // magic, version and cost are the same
        QVERIFY(first.substr(28, 16) != second.substr(28, 16)); // salt
        QVERIFY(first.substr(44, 24) != second.substr(44, 24)); // secretstream header (nonce)
        QVERIFY(first.substr(72) != second.substr(72));
        QCOMPARE(openBackup(first, backupPassphrase), json);
        QCOMPARE(openBackup(second, backupPassphrase), json);
    }

    void aWrongPassphraseOpensNothing() {
        const auto file = seal("{\"note\":\"private\"}");
        for (const std::string_view wrong : {"quiet harbour at dusk", "Quiet harbour at dawn",
                                             "quiet harbour at dawn ", "", "quiet harbour at daw"}) {
            const auto outcome = opening(file, wrong);
            QCOMPARE(outcome.kind, QStringLiteral("WrongPassphraseOrDamaged"));
            QCOMPARE(outcome.message,
                     QStringLiteral(
                         "The passphrase does not unlock this backup, or the file is damaged at its start "
                         "(header or chunk 1 at byte 68). Encryption cannot tell these apart; please "
                         "check the passphrase and try again."));
        }
    }

    // Every byte of a one-chunk backup, changed in three ways, gives exactly the error its place calls for.
    void catchesEveryChangedByteOfASmallBackup() {
        const auto file = seal("{\"checkins\":[{\"date\":\"2026-03-01\",\"mood\":2}]}");
        QCOMPARE(framed(file).chunks.size(), std::size_t{1});
        const auto expectedAt = [&](const std::string& changed, std::size_t offset) -> QString {
            if (offset < 8)
                return QStringLiteral("NotABackup");
            if (offset < 10) {
                const auto version =
                    static_cast<unsigned char>(changed[8]) | static_cast<unsigned char>(changed[9]) << 8;
                return version == 0 ? QStringLiteral("Damaged") : QStringLiteral("NewerVersion");
            }
            if (offset < 12)
                return QStringLiteral("Damaged");
            if (offset < 28) {
                const auto header = outcomeOf([&] { static_cast<void>(tend::readBackupHeader(changed)); });
                // Changed but allowed costs are part of the authenticated header, so decryption fails.
                return header.kind == QStringLiteral("opened") ? QStringLiteral("WrongPassphraseOrDamaged")
                                                               : header.kind;
            }
            if (offset < 68)
                return QStringLiteral("WrongPassphraseOrDamaged");
            if (offset < 72)
                return expectedForLength(readU32(changed, 68), 1, 68, changed.size());
            return QStringLiteral("WrongPassphraseOrDamaged");
        };
        int checked = 0;
        for (std::size_t offset = 0; offset < file.size(); ++offset) {
            for (const unsigned char mask : {0x01, 0x80, 0xff}) {
                std::string changed = file;
                changed[offset] = static_cast<char>(changed[offset] ^ mask);
                const auto outcome = opening(changed);
                const auto expected = expectedAt(changed, offset);
                QVERIFY2(outcome.kind == expected,
                         qPrintable(QStringLiteral("byte %1 ^ %2: %3 (%4), expected %5")
                                        .arg(offset)
                                        .arg(mask)
                                        .arg(outcome.kind, outcome.message, expected)));
                ++checked;
            }
        }
        QCOMPARE(checked, static_cast<int>(file.size()) * 3);
    }

    // In a backup of several chunks, damage after the first chunk is certainly damage, never the passphrase.
    void catchesChangesInEveryChunk() {
        const auto& file = fourChunkBackup();
        const auto parts = framed(file);
        QCOMPARE(parts.chunks.size(), std::size_t{4});
        for (std::size_t index = 0; index < parts.chunks.size(); ++index) {
            const auto chunk = index + 1;
            const auto start = parts.starts[index];
            const auto end = start + parts.chunks[index].size();
            const auto expectedKind =
                chunk == 1 ? QStringLiteral("WrongPassphraseOrDamaged") : QStringLiteral("Damaged");
            for (const auto offset : {start + 4, start + 4 + (end - start) / 2, end - 1}) {
                std::string changed = file;
                changed[offset] = static_cast<char>(changed[offset] ^ 0x20);
                const auto outcome = opening(changed);
                QCOMPARE(outcome.kind, expectedKind);
                QVERIFY2(outcome.message.contains(at(chunk, start)), qPrintable(outcome.message));
            }
            for (std::size_t offset = start; offset < start + 4; ++offset) {
                for (const unsigned char mask : {0x01, 0x10, 0x80, 0xff}) {
                    std::string changed = file;
                    changed[offset] = static_cast<char>(changed[offset] ^ mask);
                    const auto outcome = opening(changed);
                    QCOMPARE(outcome.kind,
                             expectedForLength(readU32(changed, start), chunk, start, changed.size()));
                    QVERIFY2(outcome.message.contains(at(chunk, start)), qPrintable(outcome.message));
                }
            }
        }
    }

    void catchesTruncationAtEveryLength() {
        const auto file = seal("{\"plan\":[\"walk\",\"call a friend\"]}");
        QCOMPARE(opening(file.substr(0, 0)).kind, QStringLiteral("NotABackup"));
        for (std::size_t length = 1; length < file.size(); ++length) {
            const auto outcome = opening(file.substr(0, length));
            QVERIFY2(outcome.kind == QStringLiteral("Truncated"),
                     qPrintable(
                         QStringLiteral("%1 bytes: %2 (%3)").arg(length).arg(outcome.kind, outcome.message)));
            QVERIFY2(
                outcome.message.startsWith(QStringLiteral("The backup ends too early: the file is cut off ")),
                qPrintable(outcome.message));
        }
        QCOMPARE(opening(file.substr(0, 68)).message,
                 QStringLiteral("The backup ends too early: the file is cut off right after its header."));
    }

    void catchesTruncationBetweenAndInsideChunks() {
        const auto& file = fourChunkBackup();
        const auto parts = framed(file);
        for (std::size_t index = 1; index < parts.starts.size(); ++index) {
            const auto boundary = parts.starts[index];
            QCOMPARE(
                opening(file.substr(0, boundary)).message,
                QStringLiteral("The backup ends too early: the file is cut off after chunk %1, at byte %2, "
                               "before its final chunk.")
                    .arg(index)
                    .arg(boundary));
            const auto inside = opening(file.substr(0, boundary + 100));
            QCOMPARE(inside.kind, QStringLiteral("Truncated"));
            QVERIFY2(inside.message.contains(at(index + 1, boundary)), qPrintable(inside.message));
        }
        QCOMPARE(opening(file.substr(0, file.size() - 1)).kind, QStringLiteral("Truncated"));
    }

    void catchesMovedChunks_data() {
        QTest::addColumn<std::vector<std::size_t>>("order");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("where");
        const auto& parts = framed(fourChunkBackup());
        QTest::newRow("second and third swapped")
            << std::vector<std::size_t>{0, 2, 1, 3} << "Damaged" << at(2, parts.starts[1]);
        QTest::newRow("first and second swapped")
            << std::vector<std::size_t>{1, 0, 2, 3} << "WrongPassphraseOrDamaged" << at(1, 68);
        QTest::newRow("second twice")
            << std::vector<std::size_t>{0, 1, 1, 2, 3} << "Damaged" << at(3, parts.starts[2]);
        QTest::newRow("second dropped")
            << std::vector<std::size_t>{0, 2, 3} << "Damaged" << at(2, parts.starts[1]);
        QTest::newRow("final moved forward")
            << std::vector<std::size_t>{0, 3} << "Damaged" << at(2, parts.starts[1]);
        QTest::newRow("only the final chunk")
            << std::vector<std::size_t>{3} << "WrongPassphraseOrDamaged" << at(1, 68);
        QTest::newRow("final dropped") << std::vector<std::size_t>{0, 1, 2} << "Truncated"
                                       << QStringLiteral("after chunk 3, at byte %1").arg(parts.starts[3]);
        QTest::newRow("final twice") << std::vector<std::size_t>{0, 1, 2, 3, 3} << "Damaged"
                                     << QStringLiteral(
                                            "%1 unexpected bytes follow its final chunk, from byte %2")
                                            .arg(parts.chunks[3].size())
                                            .arg(fourChunkBackup().size());
    }

    void catchesMovedChunks() {
        QFETCH(std::vector<std::size_t>, order);
        QFETCH(QString, kind);
        QFETCH(QString, where);
        const auto outcome = opening(framed(fourChunkBackup()).joined(order));
        QCOMPARE(outcome.kind, kind);
        QVERIFY2(outcome.message.contains(where), qPrintable(outcome.message));
    }

    // Another backup sealed with the same passphrase has another salt and nonce, so its parts never fit.
    void catchesPartsOfAnotherBackup() {
        const auto mine = framed(fourChunkBackup());
        const auto other = framed(seal(fourChunkContent()));
        auto spliced = mine;
        spliced.chunks[1] = other.chunks[1];
        QCOMPARE(opening(spliced.joined({0, 1, 2, 3})).kind, QStringLiteral("Damaged"));
        spliced = mine;
        spliced.header = other.header;
        QCOMPARE(opening(spliced.joined({0, 1, 2, 3})).kind, QStringLiteral("WrongPassphraseOrDamaged"));
    }

    void catchesAppendedBytes() {
        const auto file = seal("{}");
        QCOMPARE(
            opening(file + "x").message,
            QStringLiteral("The backup is damaged: 1 unexpected byte follows its final chunk, from byte %1.")
                .arg(file.size()));
        QCOMPARE(opening(file + file).kind, QStringLiteral("Damaged"));
    }

    void refusesANewerVersion() {
        auto file = seal("{}");
        overwrite<std::uint16_t>(file, 8, 2);
        const auto outcome = opening(file);
        QCOMPARE(outcome.kind, QStringLiteral("NewerVersion"));
        QVERIFY2(outcome.message.contains(QStringLiteral("(backup format 2;")), qPrintable(outcome.message));
    }

    // Refused from the header alone, before any memory is spent on key derivation.
    void refusesHostileCosts() {
        auto memory = seal("{}");
        overwrite<std::uint64_t>(memory, 20, std::uint64_t{1} << 40);
        QCOMPARE(opening(memory).kind, QStringLiteral("HostileParameters"));
        auto time = seal("{}");
        overwrite<std::uint64_t>(time, 12, std::uint64_t{1} << 32);
        QCOMPARE(opening(time).kind, QStringLiteral("HostileParameters"));
    }

    void refusesHostileChunkLengths_data() {
        QTest::addColumn<quint32>("length");
        QTest::newRow("zero") << quint32{0};
        QTest::newRow("no room for content") << quint32{17};
        QTest::newRow("one byte over a chunk") << quint32{65536 + 17 + 1};
        QTest::newRow("4 GiB") << quint32{0xffffffffu};
    }

    void refusesHostileChunkLengths() {
        QFETCH(quint32, length);
        auto file = seal("{}");
        overwrite<std::uint32_t>(file, 68, length);
        file += std::string(70000, 'x');
        const auto outcome = opening(file);
        QCOMPARE(outcome.kind, QStringLiteral("Damaged"));
        QCOMPARE(outcome.message,
                 QStringLiteral("The backup is damaged: chunk 1 at byte 68 claims a length of %1 "
                                "bytes, but chunks hold 18 to 65553.")
                     .arg(length));
    }

    // Under a valid key, a zlib stream of zeros one byte larger than any backup may hold: reading stops at
    // the limit. The same stream at exactly the limit still opens.
    void stopsADecompressionBomb() {
        const auto bomb = tend::test::zlibZeros(maxBackupJsonBytes + 1);
        QVERIFY(bomb.size() < 512 * 1024);
        const auto outcome = opening(forgeBackup(tend::test::asChunks(bomb), backupPassphrase));
        QCOMPARE(outcome.kind, QStringLiteral("TooLarge"));
        QVERIFY2(
            outcome.message.startsWith(QStringLiteral(
                "This backup unpacks to more than 268435456 bytes, more than Tend can restore; it stopped "
                "reading at chunk ")),
            qPrintable(outcome.message));
        const auto atLimit = openBackup(
            forgeBackup(tend::test::asChunks(tend::test::zlibZeros(maxBackupJsonBytes)), backupPassphrase),
            backupPassphrase);
        QCOMPARE(atLimit.size(), maxBackupJsonBytes);
    }

    void refusesAFileLargerThanAnyBackup() {
        std::string file = seal("{}");
        file.resize(tend::maxBackupFileBytes + 1, 'x');
        const auto outcome = opening(file);
        QCOMPARE(outcome.kind, QStringLiteral("TooLarge"));
        QCOMPARE(outcome.message,
                 QStringLiteral("This backup file is %1 bytes, larger than any backup Tend writes "
                                "(%2 bytes).")
                     .arg(tend::maxBackupFileBytes + 1)
                     .arg(tend::maxBackupFileBytes));
    }

    // Files only a faulty or hostile writer holding the passphrase could make.
    void catchesOddContentUnderAValidKey_data() {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* name, const std::vector<ForgedChunk>& chunks, const char* kind,
                            const char* message) {
            const auto file = forgeBackup(chunks, backupPassphrase);
            QTest::newRow(name) << QByteArray(file.data(), static_cast<qsizetype>(file.size()))
                                << QString::fromUtf8(kind) << QString::fromUtf8(message);
        };
        const auto compressed = tend::test::zlibCompress("{\"checkins\":[]}");
        row("push tag", {{compressed, crypto_secretstream_xchacha20poly1305_TAG_PUSH}}, "Damaged",
            "The backup is damaged: chunk 1 at byte 68 carries a marker Tend never writes (1).");
        row("no final chunk", {{compressed}}, "Truncated",
            "The backup ends too early: the file is cut off after chunk 1, at byte ");
        row("empty final chunk", {{compressed}, {"", tagFinal}}, "Damaged", "claims a length of 17 bytes");
        row("half a stream", {{compressed.substr(0, compressed.size() / 2), tagFinal}}, "CorruptCompression",
            "The backup's content cannot be unpacked: the compressed content stops before its end.");
        row("not zlib", {{"plain text, not compressed", tagFinal}}, "CorruptCompression",
            "The backup's content cannot be unpacked: incorrect header check (chunk 1).");
        row("more after the stream", {{compressed + "tail", tagFinal}}, "CorruptCompression",
            "more data follows the end of the compressed content (chunk 1).");
        row("a chunk after the stream", {{compressed}, {"tail", tagFinal}}, "CorruptCompression",
            "more data follows the end of the compressed content (chunk 2).");
        auto badChecksum = compressed;
        badChecksum.back() = static_cast<char>(badChecksum.back() ^ 1);
        row("wrong checksum", {{badChecksum, tagFinal}}, "CorruptCompression",
            "incorrect data check (chunk 1)");
    }

    void catchesOddContentUnderAValidKey() {
        QFETCH(QByteArray, file);
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const auto outcome = opening(std::string_view(file.data(), static_cast<std::size_t>(file.size())));
        QCOMPARE(outcome.kind, kind);
        QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    }

    void refusesToSealWithAWeakPassphraseOrCost() {
        try {
            static_cast<void>(sealBackup("{}", "short", smallKdfParams()));
            QFAIL("sealed with a weak passphrase");
        } catch (const std::invalid_argument& error) {
            QCOMPARE(std::string(error.what()), *tend::backupPassphraseProblem("short"));
        }
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            static_cast<void>(sealBackup("{}", backupPassphrase, {9, tend::minBackupMemLimit})));
        QVERIFY_THROWS_EXCEPTION(
            std::invalid_argument,
            static_cast<void>(sealBackup("{}", backupPassphrase, {1, tend::maxBackupMemLimit + 1})));
    }

    void refusesToSealMoreThanABackupHolds() {
        const std::string tooMuch(maxBackupJsonBytes + 1, ' ');
        const auto outcome = outcomeOf([&] { static_cast<void>(seal(tooMuch)); });
        QCOMPARE(outcome.kind, QStringLiteral("TooLarge"));
        QCOMPARE(outcome.message,
                 QStringLiteral("There is more data (268435457 bytes) than a backup can hold "
                                "(268435456 bytes)."));
    }
};

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
