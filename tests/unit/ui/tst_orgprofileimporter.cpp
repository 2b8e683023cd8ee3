#include "support/orgprofileimporter.h"
#include "testsession.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using tend::ui::OrgProfileImporter;

namespace {

QByteArray fullProfile() {
    QFile file(QStringLiteral(TEND_TEST_DATA_DIR "/org/full.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read full.json");
    return file.readAll();
}

} // namespace

class TestOrgProfileImporter final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<tend::test::TestSession> m_env;
    std::unique_ptr<OrgProfileImporter> m_importer;
    QTemporaryDir m_files;

    tend::ui::AppSession& session() { return *m_env->session; }

    QUrl write(const QString& name, const QByteArray& content) {
        QFile file(m_files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            throw std::runtime_error("cannot write a test file");
        return QUrl::fromLocalFile(file.fileName());
    }

    std::string storedOrganisation() { return session().orgProfile().load().profile.organisation; }

private slots:
    void init() {
        m_env = std::make_unique<tend::test::TestSession>();
        m_importer = std::make_unique<OrgProfileImporter>(session());
    }

    void cleanup() {
        m_importer.reset();
        m_env.reset();
    }

    void startsWithTheBuiltInProfile() {
        QVERIFY(!m_importer->usingImported());
        QVERIFY(m_importer->inUseText().contains(QStringLiteral("built-in profile")));
        QVERIFY(!m_importer->hasPreview());
    }

    void aGoodFileIsPreviewedThenApplied() {
        QSignalSpy changed(m_importer.get(), &OrgProfileImporter::stateChanged);
        QVERIFY(m_importer->previewFile(write(QStringLiteral("northside.json"), fullProfile())));
        QVERIFY(m_importer->hasPreview());
        QCOMPARE(m_importer->previewOrganisation(), QStringLiteral("Northside Community Services"));
        QCOMPARE(m_importer->previewDetails(),
                 QStringLiteral("3 crisis lines · 5 other contacts · 2 questionnaires"));
        QVERIFY(m_importer->errorText().isEmpty());
        // A preview replaces nothing yet.
        QVERIFY(!session().orgProfile().load().imported);
        QVERIFY(changed.count() >= 1);

        QVERIFY(m_importer->apply());
        QVERIFY(!m_importer->hasPreview());
        const auto loaded = session().orgProfile().load();
        QVERIFY(loaded.imported);
        QCOMPARE(loaded.profile.organisation, std::string("Northside Community Services"));
        QVERIFY(m_importer->usingImported());
        QCOMPARE(m_importer->inUseText(),
                 QStringLiteral("In use: the profile of Northside Community Services."));
        QVERIFY(m_importer->confirmation().contains(QStringLiteral("Northside Community Services")));

        m_importer->askUseBuiltIn();
        QVERIFY(m_importer->confirmingReset());
        m_importer->cancel();
        QVERIFY(!m_importer->confirmingReset());
        QVERIFY(session().orgProfile().load().imported);

        m_importer->askUseBuiltIn();
        QVERIFY(m_importer->useBuiltIn());
        QVERIFY(!m_importer->confirmingReset());
        QCOMPARE(m_importer->confirmation(), QStringLiteral("Now using the built-in profile."));
        QVERIFY(!session().orgProfile().load().imported);
        QVERIFY(!m_importer->usingImported());
    }

    void cancellingAPreviewChangesNothing() {
        QVERIFY(m_importer->previewFile(write(QStringLiteral("northside.json"), fullProfile())));
        m_importer->cancel();
        QVERIFY(!m_importer->hasPreview());
        QVERIFY(!m_importer->apply());
        QVERIFY(!session().orgProfile().load().imported);
    }

    void aBadFileSaysWhereAndChangesNothing() {
        QVERIFY(m_importer->previewFile(write(QStringLiteral("northside.json"), fullProfile())));
        QVERIFY(m_importer->apply());

        QByteArray bad = fullProfile();
        bad.replace("{\"name\": \"Text line\", \"sms\": \"741741\"}",
                    "{\"name\": \"Text line\", \"sms\": \"text us\"}");
        QVERIFY(bad != fullProfile());
        QVERIFY(!m_importer->previewFile(write(QStringLiteral("broken.json"), bad)));
        QVERIFY(!m_importer->hasPreview());
        const QString message = m_importer->errorText();
        QVERIFY2(message.contains(
                     QStringLiteral("\"broken.json\" can't be used as an organisation profile, so nothing "
                                    "was changed.")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("crisis_lines[1].sms: invalid phone number")),
                 qPrintable(message));
        QVERIFY(!m_importer->apply());
        QCOMPARE(storedOrganisation(), std::string("Northside Community Services"));

        QVERIFY(!m_importer->previewFile(write(QStringLiteral("notjson.json"), "{ not json")));
        QVERIFY(m_importer->errorText().contains(QStringLiteral("\"notjson.json\" can't be used")));
        QCOMPARE(storedOrganisation(), std::string("Northside Community Services"));

        QVERIFY(
            !m_importer->previewFile(QUrl::fromLocalFile(m_files.filePath(QStringLiteral("missing.json")))));
        QVERIFY(m_importer->errorText().contains(QStringLiteral("\"missing.json\" couldn't be opened")));
    }

    void aTooLargeFileIsRefusedUnread() {
        QByteArray large = fullProfile();
        large.append(QByteArray(OrgProfileImporter::maxFileBytes, ' '));
        QVERIFY(!m_importer->previewFile(write(QStringLiteral("large.json"), large)));
        QVERIFY2(m_importer->errorText().contains(QStringLiteral("\"large.json\" is too large")),
                 qPrintable(m_importer->errorText()));
        QVERIFY(!m_importer->hasPreview());
        QVERIFY(!session().orgProfile().load().imported);

        // Exactly at the limit is still read.
        QByteArray atLimit = fullProfile();
        atLimit.append(QByteArray(OrgProfileImporter::maxFileBytes - atLimit.size(), ' '));
        QVERIFY2(m_importer->previewFile(write(QStringLiteral("padded.json"), atLimit)),
                 qPrintable(m_importer->errorText()));
    }
};

QTEST_GUILESS_MAIN(TestOrgProfileImporter)
#include "tst_orgprofileimporter.moc"
