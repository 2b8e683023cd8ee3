#include "appsession.h"
#include "desktop/filekeyprovider.h"
#include "storage/storageerror.h"
#include "testsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using tend::FileKeyProvider;
using tend::StorageError;
using tend::ui::AppSession;
namespace fs = std::filesystem;

namespace {

QByteArray fileBytes(const fs::path& path) {
    QFile file(QString::fromStdString(path.string()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

// Opening the data is where a lost key would turn into lost data; these tests use the real key file.
class TestAppSession final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    fs::path m_dataDir;
    tend::FixedClock m_clock{tend::test::fixedNow()};

    fs::path keyFile() const { return m_dataDir / "tend.key"; }
    fs::path databaseFile() const { return m_dataDir / "tend.db"; }

    void createDataWithOneCheckin() {
        FileKeyProvider keys(keyFile());
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        tend::Checkin checkin;
        checkin.date = m_clock.today();
        checkin.answers = {{"mood", 2}};
        checkin.createdAt = m_clock.nowLocal();
        checkin.updatedAt = m_clock.nowLocal();
        session->checkins().save(checkin);
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        m_dataDir = fs::path(m_dir.path().toStdString()) / QTest::currentTestFunction();
    }

    void createsTheDataAndItsKeyOnFirstRun() {
        QVERIFY(!fs::exists(m_dataDir));
        createDataWithOneCheckin();
        QVERIFY(fs::exists(databaseFile()));
        QCOMPARE(fs::file_size(keyFile()), std::uintmax_t(32));
    }

    void onlyOneSessionHoldsADataDirectoryAtATime() {
        FileKeyProvider keys(keyFile());
        auto first = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QVERIFY_THROWS_EXCEPTION(
            tend::ui::SessionInUseError,
            (void)AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock));
        // The refused attempt changed nothing, and once the first closes the data opens again.
        QCOMPARE(first->checkins().count(), 0);
        first.reset();
        auto second = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QVERIFY(second != nullptr);
    }

    void reopensWithTheStoredKey() {
        createDataWithOneCheckin();
        FileKeyProvider keys(keyFile());
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QCOMPARE(session->checkins().count(), 1);
        QCOMPARE(session->checkins().find(m_clock.today())->answer("mood"), std::optional<int>(2));
    }

    void refusesToMakeANewKeyBesideExistingData() {
        createDataWithOneCheckin();
        const QByteArray before = fileBytes(databaseFile());
        QVERIFY(!before.isEmpty());
        QVERIFY(fs::remove(keyFile()));

        FileKeyProvider keys(keyFile());
        try {
            auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
            QFAIL("opened a database whose key is gone");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::WrongKey);
        }
        // A new key would hide the old data for good; the database stays as it was and no key appears.
        QCOMPARE(fileBytes(databaseFile()), before);
        QVERIFY(!fs::exists(keyFile()));
        QVERIFY(!keys.hasKey());
    }

    void refusesAKeyThatDoesNotFit() {
        createDataWithOneCheckin();
        const QByteArray before = fileBytes(databaseFile());
        QVERIFY(fs::remove(keyFile()));
        // Another installation's key (a restored backup of the wrong file, say).
        tend::test::FixedKeyProvider otherKeys;
        try {
            auto session = AppSession::open(m_dataDir, otherKeys, tend::test::shippedDefinition(), m_clock);
            QFAIL("opened the database with a key that does not fit");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::WrongKey);
        }
        QCOMPARE(fileBytes(databaseFile()), before);
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
