#pragma once

#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "testkey.h"

#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <optional>

namespace tend::test {

// A temporary directory of encrypted test databases, one file per test function and data row, so no test
// ever sees rows another one wrote.
class TestDatabases final {
public:
    [[nodiscard]] bool isValid() const { return m_dir.isValid(); }

    [[nodiscard]] std::filesystem::path file(const QString& name) const {
        return m_dir.filePath(name).toStdString();
    }

    // The same path for every call within one test function and data row, so a test can reopen it.
    [[nodiscard]] std::filesystem::path currentFile() const {
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        return file(tag.isEmpty()
                        ? QStringLiteral("%1.db").arg(QTest::currentTestFunction())
                        : QStringLiteral("%1-%2.db").arg(QLatin1String(QTest::currentTestFunction()), tag));
    }

    // The current test's database opened with testKey() and migrated to the latest schema.
    [[nodiscard]] Database openMigrated() const {
        auto db = Database::open(currentFile(), testKey());
        migrate(db);
        return db;
    }

private:
    QTemporaryDir m_dir;
};

// Opens `repository` over the current test's fresh database and counts its change notifications in
// `notifications` (reset to 0) through `counting`: the set-up every repository test starts from.
template <typename Repository>
void openRepository(const TestDatabases& databases, std::optional<Database>& db,
                    std::optional<Repository>& repository, int& notifications, Subscription& counting) {
    db.emplace(databases.openMigrated());
    repository.emplace(*db);
    notifications = 0;
    counting = repository->changes().subscribe([&notifications] { ++notifications; });
}

} // namespace tend::test
