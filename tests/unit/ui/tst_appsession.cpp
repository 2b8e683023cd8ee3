#include "app/appsession.h"
#include "app/datarestart.h"
#include "desktop/filekeyprovider.h"
#include "storage/datadirectory.h"
#include "storage/storageerror.h"
#include "testsession.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

#include <sys/stat.h>
#include <unistd.h>

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

bool writeBytes(const fs::path& path, const QByteArray& bytes) {
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

mode_t permissionBits(const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0)
        return 07777;
    return info.st_mode & 07777;
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

    // The care snapshot reads the profile in use and the learning cards: an imported profile's supervisor is
    // a profile fact for the rules and a contact of the follow-up after a very hard moment.
    void theCareSnapshotFollowsTheProfileInUse() {
        tend::test::TestSession env;
        auto& session = *env.session;
        auto care = session.careSnapshot();
        QCOMPARE(care.facts.at("profile.has_supervisor"), 0.0);
        QVERIFY(!care.momentFollowUp.debriefContact);
        QCOMPARE(care.momentFollowUp.learningCardId, std::optional<std::string>("after_critical_incident"));
        (void)session.orgProfile().importProfile(R"({
            "format": "tend.org-profile", "version": 1, "organisation": "Northside",
            "crisis_lines": [{"name": "Staff crisis line", "phone": "+44 20 7946 0000"}],
            "supervisor": {"name": "Sam Rivera", "email": "sam.rivera@northside.example"}
        })");
        care = session.careSnapshot();
        QCOMPARE(care.facts.at("profile.has_supervisor"), 1.0);
        QCOMPARE(care.momentFollowUp.debriefContact->name, std::string("Sam Rivera"));
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

    void anEmptiedDatabaseIsDamagedNotNew() {
        createDataWithOneCheckin();
        { QFile(QString::fromStdString(databaseFile().string())).resize(0); }
        FileKeyProvider keys(keyFile());
        try {
            auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
            QFAIL("an emptied database was opened as a new one");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Damaged);
        }
        QCOMPARE(fs::file_size(databaseFile()), std::uintmax_t(0));
    }

    // Fresh start after damage: the damaged file is kept aside, the key stays (it still opens that copy),
    // and Tend opens empty. Erasing: nothing of the worker's is left, not even the key.
    void startingFreshKeepsTheDamagedFileAside() {
        createDataWithOneCheckin();
        QFile(QString::fromStdString(databaseFile().string())).resize(4096 * 2);
        FileKeyProvider keys(keyFile());
        QVERIFY_THROWS_EXCEPTION(
            StorageError, (void)AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock));
        const QByteArray damaged = fileBytes(databaseFile());
        QVERIFY(tend::ui::carryOutRestartAction(tend::ui::RestartAction::SetAsideAndStartFresh,
                                                tend::DataDirectory(m_dataDir), keys, m_clock.nowLocal())
                    .isEmpty());
        const fs::path aside = m_dataDir / "tend.db.set-aside-2026-11-27T18-30-00";
        QCOMPARE(fileBytes(aside), damaged);
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QCOMPARE(session->checkins().count(), 0);
        QVERIFY(fs::exists(keyFile()));
    }

    void restoringAfterDamageSetsTheFileAsideToo() {
        createDataWithOneCheckin();
        FileKeyProvider keys(keyFile());
        const QByteArray before = fileBytes(databaseFile());
        QVERIFY(tend::ui::carryOutRestartAction(tend::ui::RestartAction::SetAsideAndRestore,
                                                tend::DataDirectory(m_dataDir), keys, m_clock.nowLocal())
                    .isEmpty());
        QVERIFY(!fs::exists(databaseFile()));
        QCOMPARE(fileBytes(m_dataDir / "tend.db.set-aside-2026-11-27T18-30-00"), before);
    }

    void erasingEverythingLeavesAFirstStart() {
        createDataWithOneCheckin();
        FileKeyProvider keys(keyFile());
        const auto oldKey = keys.databaseKey();
        fs::create_directories(m_dataDir / "backups");
        QVERIFY(tend::ui::carryOutRestartAction(tend::ui::RestartAction::EraseEverything,
                                                tend::DataDirectory(m_dataDir), keys, m_clock.nowLocal())
                    .isEmpty());
        QVERIFY(!fs::exists(databaseFile()));
        QVERIFY(!fs::exists(keyFile()));
        QVERIFY(!fs::exists(m_dataDir / "backups"));
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QCOMPARE(session->checkins().count(), 0);
        QVERIFY(!session->settings().flag("onboarding_done", false));
        QVERIFY(keys.databaseKey() != oldKey);
    }

    // A first start killed while building its database leaves only "tend.db.new" (and perhaps its WAL),
    // never a "tend.db": the next start removes the leftovers and simply begins again with the same key.
    void anInterruptedFirstStartBeginsAgain() {
        fs::create_directories(m_dataDir);
        FileKeyProvider keys(keyFile());
        const auto key = keys.databaseKey();
        QVERIFY(writeBytes(m_dataDir / "tend.db.new", QByteArray()));
        QVERIFY(writeBytes(m_dataDir / "tend.db.new-wal", QByteArray(100, 'x')));
        {
            auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
            QCOMPARE(session->checkins().count(), 0);
            QVERIFY(!session->readOnly());
        }
        QVERIFY(fs::exists(databaseFile()));
        QVERIFY(!fs::exists(m_dataDir / "tend.db.new"));
        QVERIFY(!fs::exists(m_dataDir / "tend.db.new-wal"));
        QCOMPARE(keys.databaseKey(), key);
        createDataWithOneCheckin();
        FileKeyProvider again(keyFile());
        QCOMPARE(
            AppSession::open(m_dataDir, again, tend::test::shippedDefinition(), m_clock)->checkins().count(),
            1);
    }

    // A new database appears whole and private: built under another name, renamed only when complete.
    void aNewDatabaseIsCompleteAndPrivate() {
        createDataWithOneCheckin();
        QCOMPARE(permissionBits(databaseFile()), mode_t(0600));
        QVERIFY(!fs::exists(m_dataDir / "tend.db.new"));
        QVERIFY(fs::file_size(databaseFile()) > 0);
    }

    // tend.db made read-only once (chmod 400) is the owner's data: made writable again on open, and
    // saving works.
    void aDatabaseMadeReadOnlyOnceIsWritableAgain() {
        createDataWithOneCheckin();
        QCOMPARE(::chmod(databaseFile().c_str(), 0400), 0);
        FileKeyProvider keys(keyFile());
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QVERIFY(!session->readOnly());
        QCOMPARE(permissionBits(databaseFile()), mode_t(0600));
        tend::Checkin checkin = *session->checkins().find(m_clock.today());
        checkin.answers["mood"] = 3;
        session->checkins().save(checkin);
        QCOMPARE(session->checkins().find(m_clock.today())->answer("mood"), std::optional<int>(3));
    }

    // The "-shm" such a database left behind read-only, or one of another user's, would make every later
    // open fail with SQLite error 14. It holds no data (an index SQLite rebuilds from the "-wal"), so with
    // the folder's lock held it is made the owner's again or removed.
    void aStaleSharedMemoryFileIsRepaired() {
        createDataWithOneCheckin();
        const fs::path shm = m_dataDir / "tend.db-shm";
        QVERIFY(!fs::exists(shm)); // a clean close removes it
        QVERIFY(writeBytes(shm, QByteArray(32768, '\0')));
        QCOMPARE(::chmod(shm.c_str(), 0400), 0);
        {
            FileKeyProvider keys(keyFile());
            auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
            QCOMPARE(session->checkins().count(), 1);
            QCOMPARE(permissionBits(shm), mode_t(0600));
        }
        // Someone else's "-shm" (here nobody's, 65534): removed, and SQLite makes its own.
        QVERIFY(writeBytes(shm, QByteArray(32768, '\0')));
        QCOMPARE(::chmod(shm.c_str(), 0400), 0);
        if (::chown(shm.c_str(), 65534, 65534) != 0)
            QSKIP("Changing a file's owner needs root; the scenario runs as an ordinary user in "
                  "tend_data_folder_faults instead.");
        FileKeyProvider keys(keyFile());
        auto session = AppSession::open(m_dataDir, keys, tend::test::shippedDefinition(), m_clock);
        QCOMPARE(session->checkins().count(), 1);
        struct stat status {};
        QCOMPARE(::stat(shm.c_str(), &status), 0);
        QCOMPARE(status.st_uid, ::geteuid());
    }
};

QTEST_GUILESS_MAIN(TestAppSession)
#include "tst_appsession.moc"
