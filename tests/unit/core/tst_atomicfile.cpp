#include "storage/atomicfile.h"
#include "storage/fileerror.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>

using tend::FileError;
using tend::readFileBounded;
using tend::writeFileAtomically;

namespace {

std::string contentOf(const std::filesystem::path& file) {
    QFile f(QString::fromStdString(file.string()));
    if (!f.open(QIODevice::ReadOnly))
        return "<missing>";
    return f.readAll().toStdString();
}

void putFile(const std::filesystem::path& file, const std::string& content) {
    QFile f(QString::fromStdString(file.string()));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(content.data(), static_cast<qint64>(content.size())),
             static_cast<qint64>(content.size()));
}

// Every name in the folder, so a test can see that no temporary file was left behind.
QStringList namesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

unsigned permissionsOf(const std::filesystem::path& file) {
    struct stat status {};
    if (::stat(file.c_str(), &status) != 0)
        return 0;
    return status.st_mode & 0777u;
}

// Runs `act` expecting a FileError of `kind`, and returns its message.
template <typename Act> QString expectFileError(FileError::Kind kind, Act act) {
    try {
        act();
    } catch (const FileError& error) {
        if (error.kind() != kind)
            return QStringLiteral("<wrong kind> ") + QString::fromUtf8(error.what());
        return QString::fromUtf8(error.what());
    }
    return QStringLiteral("<no error>");
}

} // namespace

class TestAtomicFile final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_folder;

    std::filesystem::path target() const { return (m_folder + QStringLiteral("/export.json")).toStdString(); }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_folder = m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()));
        QVERIFY(QDir().mkpath(m_folder));
    }

    void writesANewPrivateFile() {
        writeFileAtomically(target(), "{\"hello\": 1}");
        QCOMPARE(contentOf(target()), std::string("{\"hello\": 1}"));
        QCOMPARE(permissionsOf(target()), 0600u);
        QCOMPARE(namesIn(m_folder), QStringList{QStringLiteral("export.json")});
    }

    // A write killed before its rename leaves its temporary file: the next write to that file removes it,
    // and leaves other files (another target's temporaries, look-alikes) alone.
    void removesTemporariesLeftByAnInterruptedWrite() {
        const auto folder = std::filesystem::path(m_folder.toStdString());
        putFile(folder / ".export.json.tmp-a1B2c3", "private notes from a killed export");
        putFile(folder / ".other.json.tmp-a1B2c3", "another target's");
        putFile(folder / ".export.json.tmp-longer-name", "not a temporary of ours");
        writeFileAtomically(target(), "new");
        QCOMPARE(namesIn(m_folder),
                 (QStringList{QStringLiteral(".export.json.tmp-longer-name"),
                              QStringLiteral(".other.json.tmp-a1B2c3"), QStringLiteral("export.json")}));
    }

    void replacesTheOldContentCompletely() {
        putFile(target(), "an older and much longer content");
        QVERIFY(::chmod(target().c_str(), 0644) == 0);
        writeFileAtomically(target(), "new");
        QCOMPARE(contentOf(target()), std::string("new"));
        QCOMPARE(permissionsOf(target()), 0600u);
        QCOMPARE(namesIn(m_folder), QStringList{QStringLiteral("export.json")});
    }

    void writesEmptyAndBinaryContent() {
        writeFileAtomically(target(), "");
        QCOMPARE(contentOf(target()), std::string());
        const std::string binary("\0\x01\xff\n\0", 5);
        writeFileAtomically(target(), binary);
        QCOMPARE(contentOf(target()), binary);
    }

    void refusesAFolderAsTarget() {
        const auto folder = std::filesystem::path(m_folder.toStdString()) / "export.json";
        std::filesystem::create_directory(folder);
        const auto message =
            expectFileError(FileError::Kind::CannotWrite, [&] { writeFileAtomically(folder, "content"); });
        QVERIFY2(message.contains(QStringLiteral("there is a folder with that name")), qPrintable(message));
        QVERIFY(std::filesystem::is_directory(folder));
        QCOMPARE(namesIn(m_folder), QStringList{QStringLiteral("export.json")});
    }

    void refusesAMissingFolder() {
        const auto file = std::filesystem::path(m_folder.toStdString()) / "absent" / "export.json";
        const auto message =
            expectFileError(FileError::Kind::CannotWrite, [&] { writeFileAtomically(file, "content"); });
        QVERIFY2(message.startsWith(QStringLiteral("Could not write ")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("cannot create a file in its folder")), qPrintable(message));
        QVERIFY(namesIn(m_folder).isEmpty());
    }

    // A file-size limit makes the write itself fail after the temporary file exists. (A read-only folder
    // would be the natural test, but CI runs as root, who may write there anyway.)
    void keepsTheOldFileWhenWritingFails() {
        putFile(target(), "old");
        rlimit saved{};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &small) == 0);
        const auto message = expectFileError(FileError::Kind::CannotWrite,
                                             [&] { writeFileAtomically(target(), std::string(4096, 'x')); });
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY2(message.contains(QStringLiteral("writing the new content failed")), qPrintable(message));
        QCOMPARE(contentOf(target()), std::string("old"));
        QCOMPARE(namesIn(m_folder), QStringList{QStringLiteral("export.json")});
    }

    void readsAFileUpToItsLimit() {
        putFile(target(), "0123456789");
        QCOMPARE(readFileBounded(target(), 10), std::string("0123456789"));
        QCOMPARE(readFileBounded(target(), 1000), std::string("0123456789"));
        putFile(target(), "");
        QCOMPARE(readFileBounded(target(), 0), std::string());
    }

    void refusesAFileOverItsLimit() {
        putFile(target(), "0123456789");
        const auto message = expectFileError(FileError::Kind::TooLarge,
                                             [&] { static_cast<void>(readFileBounded(target(), 9)); });
        QVERIFY2(message.contains(QStringLiteral("is larger than the 9 bytes")), qPrintable(message));
    }

    // An endless device has no size to check up front; reading stops at the limit.
    void stopsReadingAnEndlessFile() {
        const auto message = expectFileError(
            FileError::Kind::TooLarge, [&] { static_cast<void>(readFileBounded("/dev/zero", 100000)); });
        QVERIFY2(message.contains(QStringLiteral("/dev/zero")), qPrintable(message));
    }

    void namesAMissingFileOrAFolder() {
        const auto missing = expectFileError(FileError::Kind::Missing,
                                             [&] { static_cast<void>(readFileBounded(target(), 100)); });
        QCOMPARE(missing, QStringLiteral("There is no file at ") + QString::fromStdString(target().string()));
        const auto folder = expectFileError(FileError::Kind::CannotRead, [&] {
            static_cast<void>(readFileBounded(m_folder.toStdString(), 100));
        });
        QVERIFY2(folder.endsWith(QStringLiteral("it is a folder, not a file")), qPrintable(folder));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
