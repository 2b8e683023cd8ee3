#include "storage/datadirectory.h"

#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using tend::DataDirectory;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string readText(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> names(const fs::path& folder) {
    std::vector<std::string> result;
    for (const auto& entry : fs::directory_iterator(folder))
        result.push_back(entry.path().filename().string());
    std::sort(result.begin(), result.end());
    return result;
}

const boost::posix_time::ptime night{boost::gregorian::date(2026, 11, 27),
                                     boost::posix_time::hours(23) + boost::posix_time::minutes(5)};

} // namespace

class TestDataDirectory final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_folder;

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_folder = fs::path(m_dir.path().toStdString()) / QTest::currentTestFunction();
        fs::create_directories(m_folder);
    }

    void setsTheDatabaseAsideWithItsCompanionsAndKeepsThem() {
        const DataDirectory data(m_folder);
        writeText(data.databaseFile(), "pages");
        writeText(m_folder / "tend.db-wal", "latest commits");
        writeText(m_folder / "tend.db-shm", "index");
        writeText(m_folder / "database.key", "key");

        const fs::path aside = data.setAsideDatabase(night);
        QCOMPARE(aside.filename().string(), std::string("tend.db.set-aside-2026-11-27T23-05-00"));
        QCOMPARE(readText(aside), std::string("pages"));
        QCOMPARE(readText(fs::path(aside).concat("-wal")), std::string("latest commits"));
        QVERIFY(!fs::exists(data.databaseFile()));
        QVERIFY(!fs::exists(m_folder / "tend.db-wal"));
        QCOMPARE(readText(m_folder / "database.key"), std::string("key")); // the aside copy still opens
    }

    void neverOverwritesAnEarlierCopySetAside() {
        const DataDirectory data(m_folder);
        writeText(data.databaseFile(), "first");
        const fs::path first = data.setAsideDatabase(night);
        writeText(data.databaseFile(), "second");
        const fs::path second = data.setAsideDatabase(night);
        QVERIFY(first != second);
        QCOMPARE(readText(first), std::string("first"));
        QCOMPARE(readText(second), std::string("second"));
    }

    void erasingRemovesTheDataAndLeavesOtherFiles() {
        const DataDirectory data(m_folder);
        writeText(data.databaseFile(), "pages");
        writeText(m_folder / "tend.db-wal", "wal");
        writeText(m_folder / "tend.db-shm", "shm");
        writeText(m_folder / "tend.db.set-aside-2026-01-01T00-00-00", "old");
        fs::create_directories(data.backupsFolder());
        writeText(data.backupsFolder() / "before-restore.db", "copy");
        writeText(m_folder / "tend.lock", "held by the running app");

        data.eraseData();
        QCOMPARE(names(m_folder), std::vector<std::string>{"tend.lock"});
        data.eraseData(); // nothing left to erase is not an error
    }
};

QTEST_GUILESS_MAIN(TestDataDirectory)
#include "tst_datadirectory.moc"
