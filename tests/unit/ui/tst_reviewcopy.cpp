#include "review/reviewcopy.h"
#include "storage/datadirectory.h"

#include <QLockFile>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>
#include <iterator>
#include <map>
#include <string>

using namespace tend;
using namespace tend::ui;
namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& file, const std::string& content) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
}

// Every file under `folder` with its content, by path relative to the folder.
std::map<std::string, std::string> contentsOf(const fs::path& folder) {
    std::map<std::string, std::string> contents;
    for (const auto& entry : fs::recursive_directory_iterator(folder)) {
        if (!entry.is_regular_file())
            continue;
        std::ifstream in(entry.path(), std::ios::binary);
        contents[fs::relative(entry.path(), folder).string()] =
            std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return contents;
}

} // namespace

class TestReviewCopy final : public QObject {
    Q_OBJECT

private slots:
    void copiesEverythingButTheLockAndLeavesTheSourceAlone() {
        QTemporaryDir source;
        QTemporaryDir target;
        const fs::path from = source.path().toStdString();
        writeFile(from / "tend.db", "pages");
        writeFile(from / "tend.db-wal", "frames");
        writeFile(from / "database.key", "key");
        writeFile(from / "backups" / "before-restore.json", "{}");
        const auto before = contentsOf(from);

        QCOMPARE(copyDataForReview(from, target.path().toStdString()), QString());

        QCOMPARE(contentsOf(target.path().toStdString()), before);
        QCOMPARE(contentsOf(from), before);
        QVERIFY(!fs::exists(fs::path(target.path().toStdString()) / "tend.lock"));
        QVERIFY(!fs::exists(DataDirectory(from).lockFile())); // the lock taken for the copy is gone again
    }

    void aFolderInUseIsRefusedAndNothingIsCopied() {
        QTemporaryDir source;
        QTemporaryDir target;
        const fs::path from = source.path().toStdString();
        writeFile(from / "tend.db", "pages");
        QLockFile running(QString::fromStdString(DataDirectory(from).lockFile().string()));
        QVERIFY(running.tryLock(0));

        const QString problem = copyDataForReview(from, target.path().toStdString());

        QVERIFY(problem.contains(source.path()));
        QVERIFY(problem.contains(QStringLiteral("nothing in the folder was changed")));
        QVERIFY(contentsOf(target.path().toStdString()).empty());
    }

    void aMissingFolderGivesAnEmptyCopyAndIsNeverCreated() {
        QTemporaryDir parent;
        QTemporaryDir target;
        const fs::path missing = fs::path(parent.path().toStdString()) / "not-yet";

        QCOMPARE(copyDataForReview(missing, target.path().toStdString()), QString());

        QVERIFY(!fs::exists(missing));
        QVERIFY(contentsOf(target.path().toStdString()).empty());
    }
};

QTEST_GUILESS_MAIN(TestReviewCopy)
#include "tst_reviewcopy.moc"
