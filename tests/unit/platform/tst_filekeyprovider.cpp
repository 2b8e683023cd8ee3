#include "desktop/filekeyprovider.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

using tend::DatabaseKey;
using tend::FileKeyProvider;
using tend::KeyProviderError;

namespace fs = std::filesystem;

namespace {

QByteArray fileBytes(const fs::path& path) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeBytes(const fs::path& path, const QByteArray& bytes) {
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray keyBytes(const DatabaseKey& key) {
    return QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
}

// Permission bits as the kernel reports them, independent of std::filesystem's view.
mode_t permissionBits(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return 07777;
    return info.st_mode & 07777;
}

} // namespace

class TestFileKeyProvider final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_keyFile;

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        // A fresh sub-directory per test, so no test sees another one's key.
        const QString sub = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(sub));
        m_keyFile = fs::path(sub.toStdString()) / "tend.key";
    }

    void createsA32ByteKeyReadableOnlyByTheOwner() {
        FileKeyProvider provider(m_keyFile);
        QVERIFY(!provider.hasKey());
        QVERIFY(!fs::exists(m_keyFile));

        const DatabaseKey key = provider.databaseKey();

        QVERIFY(provider.hasKey());
        QVERIFY(fs::is_regular_file(m_keyFile));
        QCOMPARE(fs::file_size(m_keyFile), std::uintmax_t(32));
        QCOMPARE(fileBytes(m_keyFile), keyBytes(key));
        // The key decrypts every private note: nobody but the owner may read it.
        QCOMPARE(permissionBits(m_keyFile), mode_t(0600));
        const fs::perms perms = fs::status(m_keyFile).permissions();
        QCOMPARE(perms & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
        // 32 random bytes are never all zero in practice; an all-zero key would mean nothing was generated.
        QVERIFY(std::any_of(key.begin(), key.end(), [](std::uint8_t byte) { return byte != 0; }));
    }

    void createsTheDirectoryWhenMissing() {
        const fs::path nested = m_keyFile.parent_path() / "a" / "b" / "tend.key";
        FileKeyProvider provider(nested);
        const DatabaseKey key = provider.databaseKey();
        QCOMPARE(fileBytes(nested), keyBytes(key));
    }

    void returnsTheSameKeyOnEveryCall() {
        FileKeyProvider provider(m_keyFile);
        const DatabaseKey first = provider.databaseKey();
        const QByteArray stored = fileBytes(m_keyFile);
        QCOMPARE(provider.databaseKey(), first);
        // Reading must not rewrite the file.
        QCOMPARE(fileBytes(m_keyFile), stored);
    }

    void aNewProviderReadsTheExistingKey() {
        DatabaseKey first{};
        {
            FileKeyProvider provider(m_keyFile);
            first = provider.databaseKey();
        }
        FileKeyProvider again(m_keyFile);
        QVERIFY(again.hasKey());
        QCOMPARE(again.databaseKey(), first);
    }

    void twoInstallationsGetDifferentKeys() {
        const fs::path otherFile = m_keyFile.parent_path() / "other" / "tend.key";
        FileKeyProvider one(m_keyFile);
        FileKeyProvider two(otherFile);
        QVERIFY(one.databaseKey() != two.databaseKey());
    }

    void aDamagedKeyFileIsRefusedAndKept_data() {
        QTest::addColumn<int>("size");
        QTest::newRow("31 bytes") << 31;
        QTest::newRow("33 bytes") << 33;
        QTest::newRow("empty") << 0;
    }

    void aDamagedKeyFileIsRefusedAndKept() {
        QFETCH(int, size);
        QByteArray damaged(size, '\0');
        for (int i = 0; i < size; ++i)
            damaged[i] = static_cast<char>(i * 7 + 3);
        QVERIFY(writeBytes(m_keyFile, damaged));

        FileKeyProvider provider(m_keyFile);
        QVERIFY(provider.hasKey());
        // Replacing the file would make the existing database unreadable for good; only a person may
        // decide to give it up.
        QVERIFY_THROWS_EXCEPTION(KeyProviderError, (void)provider.databaseKey());
        QCOMPARE(fileBytes(m_keyFile), damaged);
        QVERIFY_THROWS_EXCEPTION(KeyProviderError, (void)provider.databaseKey());
        QCOMPARE(fileBytes(m_keyFile), damaged);
    }

    void theErrorNamesTheProblem() {
        QVERIFY(writeBytes(m_keyFile, QByteArray(31, 'x')));
        FileKeyProvider provider(m_keyFile);
        try {
            (void)provider.databaseKey();
            QFAIL("a 31-byte key file was accepted");
        } catch (const KeyProviderError& error) {
            const QString message = QString::fromUtf8(error.what());
            QVERIFY2(message.contains(QStringLiteral("32 bytes")), qPrintable(message));
            QVERIFY2(message.contains(QString::fromStdString(m_keyFile.string())), qPrintable(message));
        }
    }

    void deletingTheKeyForgetsItForGood() {
        FileKeyProvider provider(m_keyFile);
        const DatabaseKey first = provider.databaseKey();
        provider.deleteKey();
        QVERIFY(!provider.hasKey());
        QVERIFY(!fs::exists(m_keyFile));
        const DatabaseKey second = provider.databaseKey(); // a new installation, a new key
        QVERIFY(second != first);
        provider.deleteKey();
        provider.deleteKey(); // no key left is not an error
        QVERIFY(!provider.hasKey());
    }

    void leavesNoTemporaryFileBehind() {
        FileKeyProvider provider(m_keyFile);
        (void)provider.databaseKey();
        const fs::path temporary = fs::path(m_keyFile).concat(".new");
        QVERIFY(!fs::exists(temporary));
        int entries = 0;
        for ([[maybe_unused]] const auto& entry : fs::directory_iterator(m_keyFile.parent_path()))
            ++entries;
        QCOMPARE(entries, 1);
    }

    void aStaleTemporaryFileDoesNotLeakItsPermissions() {
        // A crash between creating "tend.key.new" and renaming it leaves the temporary behind. If it was
        // made with wider permissions (another tool, an older build, a restored backup), reusing it as is
        // would publish the new key to every local user.
        const fs::path temporary = fs::path(m_keyFile).concat(".new");
        QVERIFY(writeBytes(temporary, QByteArray("left over from a crash")));
        fs::permissions(temporary, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                                       fs::perms::others_read);
        QCOMPARE(permissionBits(temporary), mode_t(0644));

        FileKeyProvider provider(m_keyFile);
        const DatabaseKey key = provider.databaseKey();

        QCOMPARE(fileBytes(m_keyFile), keyBytes(key));
        QCOMPARE(permissionBits(m_keyFile), mode_t(0600));
        QVERIFY(!fs::exists(temporary));
    }

    // A key file widened by something else (a copy tool, a careless chmod) is made private again on open.
    void narrowsAWidenedKeyFileBackToTheOwner() {
        const DatabaseKey key = FileKeyProvider(m_keyFile).databaseKey();
        QCOMPARE(::chmod(m_keyFile.c_str(), 0644), 0);
        QCOMPARE(permissionBits(m_keyFile), mode_t(0644));

        FileKeyProvider provider(m_keyFile);
        QCOMPARE(provider.databaseKey(), key);
        QCOMPARE(permissionBits(m_keyFile), mode_t(0600));

        QCOMPARE(::chmod(m_keyFile.c_str(), 0660), 0);
        QCOMPARE(FileKeyProvider(m_keyFile).databaseKey(), key);
        QCOMPARE(permissionBits(m_keyFile), mode_t(0600));
    }

    // A key file already private is left exactly as it is (an owner-only 0400 stays 0400).
    void leavesAnOwnerOnlyKeyFileAlone() {
        const DatabaseKey key = FileKeyProvider(m_keyFile).databaseKey();
        QCOMPARE(::chmod(m_keyFile.c_str(), 0400), 0);
        QCOMPARE(FileKeyProvider(m_keyFile).databaseKey(), key);
        QCOMPARE(permissionBits(m_keyFile), mode_t(0400));
    }
};

QTEST_GUILESS_MAIN(TestFileKeyProvider)
#include "tst_filekeyprovider.moc"
