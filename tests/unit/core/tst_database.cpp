#include "storage/database.h"
#include "storage/storageerror.h"
#include "testkey.h"

#include <sqlite3.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <optional>
#include <stdexcept>

using tend::Database;
using tend::StorageError;
using tend::Transaction;

namespace {

using tend::test::testKey;

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

int scalar(Database& db, std::string_view sql) {
    auto statement = db.prepare(sql);
    if (!statement.step())
        throw std::runtime_error("no row");
    return statement.integer(0);
}

QString textScalar(Database& db, std::string_view sql) {
    auto statement = db.prepare(sql);
    if (!statement.step())
        throw std::runtime_error("no row");
    return QString::fromStdString(statement.text(0));
}

// Every name in `folder` with its size, to show that nothing was added, removed or changed in size.
QStringList folderListing(const std::filesystem::path& folder) {
    QStringList names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names << QString::fromStdString(entry.path().filename().string()) + QLatin1Char(' ') +
                     QString::number(entry.is_regular_file() ? entry.file_size() : 0);
    names.sort();
    return names;
}

// The private folders read-only copies are read in.
QStringList privateCopies() {
    QStringList names;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::temp_directory_path()))
        if (entry.path().filename().string().rfind("tend-read-", 0) == 0)
            names << QString::fromStdString(entry.path().string());
    return names;
}

} // namespace

class TestDatabase final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    std::filesystem::path file() const { return m_path.toStdString(); }
    Database openWithTable() {
        auto db = Database::open(file(), testKey(1));
        db.execute("CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, note TEXT NOT NULL)");
        return db;
    }

private slots:
    void init() {
        QVERIFY(m_dir.isValid());
        // One file per test and data row, so no row starts from what another left behind.
        m_path = m_dir.filePath(QStringLiteral("%1-%2.db")
                                    .arg(QLatin1String(QTest::currentTestFunction()),
                                         QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_')));
    }

    void opensAndCreatesAFile() {
        QVERIFY(!QFile::exists(m_path));
        auto db = Database::open(file(), testKey(1));
        QVERIFY(db.handle() != nullptr);
        QVERIFY(QFile::exists(m_path));
    }

    void encryptsTheFileAndItsWal() {
        const QByteArray secret = "my private note about a very hard shift";
        {
            auto db = openWithTable();
            db.prepare("INSERT INTO items (note) VALUES (?1)").bind(1, secret.toStdString()).run();
            // While the connection is open the new page lives in the WAL file.
            const QByteArray wal = fileBytes(m_path + QStringLiteral("-wal"));
            QVERIFY(!wal.isEmpty());
            QVERIFY(!wal.contains(secret));
            QVERIFY(!fileBytes(m_path).contains(secret));
        }
        // Closing checkpoints the WAL into the main file.
        const QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() >= 1024);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains(secret));
        QVERIFY(!bytes.contains("CREATE TABLE"));
    }

    void reopensWithTheSameKey() {
        {
            auto db = openWithTable();
            db.prepare("INSERT INTO items (note) VALUES (?1)").bind(1, "kept").run();
        }
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(textScalar(db, "SELECT note FROM items"), QStringLiteral("kept"));
    }

    void refusesAWrongKey() {
        {
            auto db = openWithTable();
            db.prepare("INSERT INTO items (note) VALUES (?1)").bind(1, "kept").run();
        }
        const QByteArray before = fileBytes(m_path);
        try {
            auto db = Database::open(file(), testKey(2));
            QFAIL("opening with a wrong key succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::WrongKey);
            QVERIFY(std::string_view(error.what()).find("key") != std::string_view::npos);
        }
        QCOMPARE(fileBytes(m_path), before);
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 1);
    }

    void refusesGarbageAndLeavesItAlone_data() {
        QTest::addColumn<QByteArray>("content");
        QByteArray pages(8192, '\0');
        for (int i = 0; i < pages.size(); ++i)
            pages[i] = static_cast<char>((i * 131 + 7) % 251);
        QTest::newRow("random pages") << pages;
        QTest::newRow("short text") << QByteArray("these are my notes, not a database\n");
    }
    void refusesGarbageAndLeavesItAlone() {
        QFETCH(QByteArray, content);
        {
            QFile out(m_path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(content), content.size());
        }
        try {
            auto db = Database::open(file(), testKey(1));
            QFAIL("opening a garbage file succeeded");
        } catch (const StorageError& error) {
            QVERIFY(error.kind() == StorageError::Kind::WrongKey ||
                    error.kind() == StorageError::Kind::CannotOpen);
        }
        QCOMPARE(fileBytes(m_path), content);
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal")));
    }

    // A database cut short, or with a page overwritten in the middle, must be reported as damaged at open
    // (before anything writes to it) and left byte for byte as it was.
    void reportsADamagedDatabaseAndLeavesItAlone_data() {
        QTest::addColumn<QString>("damage");
        QTest::newRow("cut to half") << QStringLiteral("truncate");
        QTest::newRow("a page overwritten") << QStringLiteral("overwrite");
    }
    void reportsADamagedDatabaseAndLeavesItAlone() {
        QFETCH(QString, damage);
        {
            auto db = openWithTable();
            Transaction transaction(db);
            auto insert = db.prepare("INSERT INTO items (note) VALUES (?1)");
            for (int i = 0; i < 3000; ++i)
                insert.bind(1, std::string(200, static_cast<char>('a' + i % 26))).run();
            transaction.commit();
        }
        QVERIFY(!QFile::exists(m_path + QStringLiteral("-wal"))); // checkpointed at close
        QByteArray bytes = fileBytes(m_path);
        QVERIFY(bytes.size() > 100 * 1024);
        if (damage == QStringLiteral("truncate"))
            bytes.truncate(bytes.size() / 2);
        else
            for (int i = 0; i < 1024; ++i)
                bytes[bytes.size() / 2 + i] = static_cast<char>((i * 97 + 13) % 256);
        {
            QFile out(m_path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(bytes), bytes.size());
        }
        try {
            auto db = Database::open(file(), testKey(1));
            QFAIL("opening a damaged database succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Damaged);
        }
        QCOMPARE(fileBytes(m_path), bytes);
    }

    void failsClearlyOnAnUnopenablePath() {
        const auto missing =
            std::filesystem::path(m_dir.filePath(QStringLiteral("no/such/dir/x.db")).toStdString());
        try {
            auto db = Database::open(missing, testKey(1));
            QFAIL("opening in a missing directory succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::CannotOpen);
        }
    }

    void setsTheConnectionPragmas() {
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(textScalar(db, "PRAGMA journal_mode"), QStringLiteral("wal"));
        QCOMPARE(scalar(db, "PRAGMA synchronous"), 2);
        QCOMPARE(scalar(db, "PRAGMA foreign_keys"), 1);
        QCOMPARE(scalar(db, "PRAGMA secure_delete"), 1);
        QVERIFY(scalar(db, "PRAGMA busy_timeout") > 0);
    }

    void enforcesForeignKeys() {
        auto db = Database::open(file(), testKey(1));
        db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                   "CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent(id))");
        QVERIFY_THROWS_EXCEPTION(StorageError, db.execute("INSERT INTO child VALUES (42)"));
    }

    void bindsEmptyTextAsEmptyNotNull() {
        auto db = openWithTable();
        db.prepare("INSERT INTO items (note) VALUES (?1)").bind(1, std::string_view()).run();
        QCOMPARE(scalar(db, "SELECT count(*) FROM items WHERE note = ''"), 1);
    }

    void roundTripsUnicodeAndEmbeddedNul() {
        auto db = openWithTable();
        const std::string text =
            "Hard night 😮‍💨 — ليلة صعبة\nline two" + std::string("\0after", 6);
        db.prepare("INSERT INTO items (note) VALUES (?1)").bind(1, text).run();
        auto read = db.prepare("SELECT note FROM items");
        QVERIFY(read.step());
        QCOMPARE(QString::fromStdString(read.text(0)), QString::fromStdString(text));
        QVERIFY(!read.step());
    }

    void reportsQueryErrorsWithSqliteMessages() {
        auto db = Database::open(file(), testKey(1));
        try {
            db.execute("SELECT * FROM no_such_table");
            QFAIL("a bad query succeeded");
        } catch (const StorageError& error) {
            QCOMPARE(error.kind(), StorageError::Kind::Query);
            QVERIFY(std::string_view(error.what()).find("no such table") != std::string_view::npos);
        }
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)db.prepare("SELECT 1; SELECT 2"));
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)db.prepare("   "));
    }

    void readsAndWritesUserVersion() {
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(db.userVersion(), 0);
        db.setUserVersion(7);
        QCOMPARE(db.userVersion(), 7);
    }

    void commitPersists() {
        {
            auto db = openWithTable();
            Transaction transaction(db);
            db.execute("INSERT INTO items (note) VALUES ('a'), ('b')");
            QCOMPARE(db.changes(), 2);
            transaction.commit();
        }
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 2);
    }

    void rollsBackOnException() {
        auto db = openWithTable();
        try {
            Transaction transaction(db);
            db.execute("INSERT INTO items (note) VALUES ('lost')");
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error&) {
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 0);
        QVERIFY(sqlite3_get_autocommit(db.handle()) != 0);
    }

    void rollsBackWithoutCommit() {
        auto db = openWithTable();
        {
            Transaction transaction(db);
            db.execute("INSERT INTO items (note) VALUES ('lost')");
            QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 1);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 0);
        QVERIFY(sqlite3_get_autocommit(db.handle()) != 0);
    }

    void innerRollbackKeepsOuterWork() {
        {
            auto db = openWithTable();
            Transaction outer(db);
            db.execute("INSERT INTO items (note) VALUES ('outer')");
            {
                Transaction inner(db);
                db.execute("INSERT INTO items (note) VALUES ('inner')");
            }
            {
                Transaction committedInner(db);
                db.execute("INSERT INTO items (note) VALUES ('second inner')");
                committedInner.commit();
            }
            outer.commit();
        }
        auto db = Database::open(file(), testKey(1));
        QCOMPARE(textScalar(db, "SELECT group_concat(note, '|') FROM (SELECT note FROM items ORDER BY id)"),
                 QStringLiteral("outer|second inner"));
    }

    void outerRollbackUndoesCommittedInnerWork() {
        auto db = openWithTable();
        {
            Transaction outer(db);
            Transaction inner(db);
            db.execute("INSERT INTO items (note) VALUES ('inner')");
            inner.commit();
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 0);
    }

    void refusesASecondCommit() {
        auto db = openWithTable();
        Transaction transaction(db);
        transaction.commit();
        QVERIFY_THROWS_EXCEPTION(StorageError, transaction.commit());
    }

    void movesTheConnection() {
        auto first = openWithTable();
        sqlite3* handle = first.handle();
        Database second = std::move(first);
        QCOMPARE(second.handle(), handle);
        QCOMPARE(scalar(second, "SELECT count(*) FROM items"), 0);
    }

    // A folder that cannot be written (read-only disk or folder, full disk): a database closed cleanly is
    // read as it is, with nothing written beside it, and every write is refused as a read-only one.
    void readsACleanlyClosedDatabaseWithoutWritingBesideIt() {
        {
            auto db = openWithTable();
            db.execute("INSERT INTO items (note) VALUES ('kept')");
        }
        const auto folder = file().parent_path();
        const auto before = folderListing(folder);
        QVERIFY(!std::filesystem::exists(std::filesystem::path(file()).concat("-wal")));
        {
            auto db = Database::openReadOnly(file(), testKey(1));
            QVERIFY(db.isReadOnly());
            QCOMPARE(textScalar(db, "SELECT note FROM items"), QStringLiteral("kept"));
            try {
                db.execute("INSERT INTO items (note) VALUES ('not kept')");
                QFAIL("a read-only database took a write");
            } catch (const StorageError& error) {
                QCOMPARE(error.kind(), StorageError::Kind::ReadOnly);
            }
            QCOMPARE(folderListing(folder), before);
        }
        QCOMPARE(folderListing(folder), before);
        QVERIFY_THROWS_EXCEPTION(StorageError, (void)Database::openReadOnly(file(), testKey(2)));
    }

    // After a crash the newest commits may be only in the "-wal". Reading without it would hide them;
    // reading must not write the folder either, so a private copy is read (and removed afterwards).
    void readsTheCommitsACrashLeftInTheWal() {
        const QString crashed = m_dir.filePath(QStringLiteral("crashed"));
        QVERIFY(QDir().mkpath(crashed));
        const std::filesystem::path copy = crashed.toStdString() + "/tend.db";
        {
            auto db = openWithTable();
            db.execute("INSERT INTO items (note) VALUES ('first')");
            db.execute("INSERT INTO items (note) VALUES ('only in the wal')");
            // While the connection is open the commits sit in the "-wal": copy the files as a kill would
            // leave them.
            std::filesystem::copy_file(file(), copy);
            std::filesystem::copy_file(std::filesystem::path(file()).concat("-wal"),
                                       std::filesystem::path(copy).concat("-wal"));
        }
        QVERIFY(std::filesystem::file_size(std::filesystem::path(copy).concat("-wal")) > 0);
        const auto before = folderListing(copy.parent_path());
        const QByteArray databaseBefore = fileBytes(QString::fromStdString(copy.string()));
        const QStringList copiesBefore = privateCopies();
        {
            auto db = Database::openReadOnly(copy, testKey(1));
            QVERIFY(db.isReadOnly());
            QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 2);
            QCOMPARE(textScalar(db, "SELECT note FROM items WHERE id = 2"),
                     QStringLiteral("only in the wal"));
            QCOMPARE(folderListing(copy.parent_path()), before);
            QVERIFY_THROWS_EXCEPTION(StorageError, db.execute("DELETE FROM items"));
        }
        QCOMPARE(folderListing(copy.parent_path()), before);
        QCOMPARE(fileBytes(QString::fromStdString(copy.string())), databaseBefore);
        // The private copy is gone with the connection.
        for (const auto& name : privateCopies())
            QVERIFY2(copiesBefore.contains(name), qPrintable(name));
        // And the original opens normally afterwards, with both commits.
        auto db = Database::open(copy, testKey(1));
        QCOMPARE(scalar(db, "SELECT count(*) FROM items"), 2);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
