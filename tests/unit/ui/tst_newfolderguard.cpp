#include "app/appsession.h"
#include "app/launchoptions.h"
#include "cli/headlesscommands.h"
#include "cli/newfolderguard.h"
#include "desktop/filekeyprovider.h"
#include "testsession.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>
#include <sstream>

using namespace tend;
using namespace tend::ui;
namespace fs = std::filesystem;

namespace {

// Runs `tend --data-dir DIR <arguments>` the way main() does: the guard first, the data opened (key file
// and all) only for the command, closed again before a refusal is undone.
int runLikeMain(const fs::path& dir, QStringList arguments) {
    arguments.prepend(QStringLiteral("tend"));
    const LaunchOptions options = parseLaunchOptions(arguments);
    if (!options.error.isEmpty())
        throw std::runtime_error("bad test command line: " + options.error.toStdString());
    NewFolderGuard folder(dir);
    FixedClock clock{test::fixedNow()};
    int code = 1;
    {
        FileKeyProvider keys(dir / "database.key");
        auto session = AppSession::open(dir, keys, test::shippedDefinition(), clock);
        std::ostringstream out;
        std::ostringstream err;
        code = runHeadlessCommand(options, *session, out, err);
    }
    if (code != 0)
        folder.undo();
    return code;
}

std::set<std::string> entries(const fs::path& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir))
        names.insert(entry.path().filename().string());
    return names;
}

} // namespace

// A refused import, Daylio import or restore leaves a folder exactly as it found it.
class TestNewFolderGuard final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    [[nodiscard]] fs::path root() const { return fs::path(m_dir.path().toStdString()); }
    [[nodiscard]] QString broken() const {
        const auto path = root() / "broken.json";
        QFile file(QString::fromStdString(path.string()));
        if (file.open(QIODevice::WriteOnly))
            file.write(R"({"format": "tend.export", "version": 1, "checkins": [)");
        return QString::fromStdString(path.string());
    }
    [[nodiscard]] QString text(const char* name, const QByteArray& bytes) const {
        const auto path = root() / name;
        QFile file(QString::fromStdString(path.string()));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return QString::fromStdString(path.string());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void aRefusedImportLeavesNoNewFolder() {
        const auto dir = root() / "new" / "data";
        QCOMPARE(runLikeMain(dir, {QStringLiteral("import"), broken()}), 1);
        QVERIFY(!fs::exists(root() / "new"));
    }

    void aRefusedDaylioImportAndRestoreLeaveAnEmptyFolderEmpty() {
        const auto dir = root() / "empty";
        fs::create_directories(dir);
        fs::create_directories(dir / "kept");
        const auto before = entries(dir);
        QCOMPARE(runLikeMain(dir, {QStringLiteral("import-daylio"), text("daylio.csv", "not,a,daylio\n")}),
                 1);
        QCOMPARE(entries(dir), before);
        const auto passphrase = text("passphrase", "a long passphrase\n");
        QCOMPARE(runLikeMain(dir, {QStringLiteral("restore"), text("backup.tend", "not a backup"),
                                   QStringLiteral("--passphrase-file"), passphrase}),
                 1);
        QCOMPARE(entries(dir), before);
    }

    void aFolderWithDataIsNeverTouched() {
        const auto dir = root() / "held";
        {
            FixedClock clock{test::fixedNow()};
            FileKeyProvider keys(dir / "database.key");
            fs::create_directories(dir);
            auto session = AppSession::open(dir, keys, test::shippedDefinition(), clock);
        }
        const auto before = entries(dir);
        QCOMPARE(runLikeMain(dir, {QStringLiteral("import"), broken()}), 1);
        QCOMPARE(entries(dir), before);
        QVERIFY(fs::exists(dir / "tend.db"));
        QVERIFY(fs::exists(dir / "database.key"));
    }

    void anImportThatWorksKeepsItsData() {
        const auto dir = root() / "fresh";
        QCOMPARE(runLikeMain(dir, {QStringLiteral("import"),
                                   QStringLiteral(TEND_TEST_DATA_DIR "/export/small.json")}),
                 0);
        QVERIFY(fs::exists(dir / "tend.db"));
        QVERIFY(fs::exists(dir / "database.key"));
    }
};

QTEST_GUILESS_MAIN(TestNewFolderGuard)
#include "tst_newfolderguard.moc"
