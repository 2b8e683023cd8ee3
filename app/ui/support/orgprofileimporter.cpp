#include "support/orgprofileimporter.h"

#include "app/appsession.h"
#include "common/storageerrorwording.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <string_view>

namespace tend::ui {

namespace {

QString countText(std::size_t count, const QString& one, const QString& many) {
    return count == 1 ? one : many.arg(count);
}

} // namespace

OrgProfileImporter::OrgProfileImporter(QObject* parent)
    : SessionClient(parent) {}

OrgProfileImporter::OrgProfileImporter(AppSession& session, QObject* parent)
    : OrgProfileImporter(parent) {
    attachTo(session);
}

void OrgProfileImporter::onAttached() {
    m_settingsChanges = session()->settings().changes().subscribe([this] {
        reload();
        emit stateChanged();
    });
    reload();
    emit stateChanged();
}

void OrgProfileImporter::reload() {
    m_storedProblem.clear();
    try {
        const auto loaded = session()->orgProfile().load();
        m_usingImported = loaded.imported;
        if (loaded.imported)
            m_inUse = tr("In use: the profile of %1.")
                          .arg(loaded.profile.hasOrganisation()
                                   ? QString::fromStdString(loaded.profile.organisation)
                                   : tr("an unnamed organisation"));
        else
            m_inUse = tr("In use: the built-in profile, with emergency numbers and an international "
                         "helpline directory.");
        if (!loaded.storedProblem.empty()) {
            // The stored text is kept, so "use the built-in profile" is offered to clear it.
            m_usingImported = true;
            m_storedProblem = tr("The imported profile can't be read by this version of Tend, so the "
                                 "built-in one is used. Importing it again may help. Details: %1")
                                  .arg(QString::fromStdString(loaded.storedProblem));
        }
    } catch (const StorageError& error) {
        m_inUse.clear();
        m_errorText = storageErrorText(error);
    }
}

void OrgProfileImporter::clearPreview() {
    m_confirmingReset = false;
    m_pendingText.clear();
    m_previewOrganisation.clear();
    m_previewDetails.clear();
}

bool OrgProfileImporter::previewFile(const QUrl& file) {
    clearPreview();
    m_confirmation.clear();
    m_errorText.clear();
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    const QString name = QFileInfo(path).fileName();
    QFile input(path);
    const auto fail = [this](QString message) {
        m_errorText = std::move(message);
        emit stateChanged();
        return false;
    };
    if (!input.open(QIODevice::ReadOnly))
        return fail(
            tr("\"%1\" couldn't be opened (%2). Nothing was changed.").arg(name, input.errorString()));
    const QString limit = QLocale().formattedDataSize(maxFileBytes, 0);
    if (input.size() > maxFileBytes)
        return fail(tr("\"%1\" is too large to be an organisation profile (at most %2). Nothing was changed.")
                        .arg(name, limit));
    // Read one byte past the limit: a device or pipe reports no size, so the size check alone is not enough.
    const QByteArray text = input.read(maxFileBytes + 1);
    if (text.size() > maxFileBytes)
        return fail(tr("\"%1\" is too large to be an organisation profile (at most %2). Nothing was changed.")
                        .arg(name, limit));
    try {
        const auto profile =
            parseOrgProfile(std::string_view(text.constData(), static_cast<std::size_t>(text.size())));
        m_pendingText = text;
        m_previewOrganisation = profile.hasOrganisation() ? QString::fromStdString(profile.organisation)
                                                          : tr("No organisation name given");
        const std::size_t contacts =
            (profile.employeeAssistance ? 1 : 0) + (profile.supervisor ? 1 : 0) + profile.peerSupport.size();
        m_previewDetails =
            QStringList{
                countText(profile.crisisLines.size(), tr("1 crisis line"), tr("%1 crisis lines")),
                countText(contacts, tr("1 other contact"), tr("%1 other contacts")),
                countText(profile.instrumentPacks.size(), tr("1 questionnaire"), tr("%1 questionnaires"))}
                .join(QStringLiteral(" · "));
    } catch (const DataFileError& error) {
        return fail(tr("\"%1\" can't be used as an organisation profile, so nothing was changed. What the "
                       "check found: %2")
                        .arg(name, QString::fromUtf8(error.what())));
    }
    emit stateChanged();
    return true;
}

bool OrgProfileImporter::apply() {
    if (m_pendingText.isEmpty())
        return false;
    m_errorText.clear();
    try {
        (void)session()->orgProfile().importProfile(
            std::string_view(m_pendingText.constData(), static_cast<std::size_t>(m_pendingText.size())));
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit stateChanged();
        return false;
    } catch (const DataFileError& error) {
        m_errorText = tr("The profile can't be used, so nothing was changed. What the check found: %1")
                          .arg(QString::fromUtf8(error.what()));
        clearPreview();
        emit stateChanged();
        return false;
    }
    m_confirmation =
        tr("Now using the profile of %1. Its contacts are on the Support page.").arg(m_previewOrganisation);
    clearPreview();
    reload();
    emit stateChanged();
    return true;
}

void OrgProfileImporter::cancel() {
    clearPreview();
    m_errorText.clear();
    m_confirmation.clear();
    emit stateChanged();
}

void OrgProfileImporter::askUseBuiltIn() {
    clearPreview();
    m_errorText.clear();
    m_confirmation.clear();
    m_confirmingReset = true;
    emit stateChanged();
}

bool OrgProfileImporter::useBuiltIn() {
    clearPreview();
    m_errorText.clear();
    try {
        session()->orgProfile().resetToDefault();
    } catch (const StorageError& error) {
        m_errorText = storageErrorText(error);
        emit stateChanged();
        return false;
    }
    m_confirmation = tr("Now using the built-in profile.");
    reload();
    emit stateChanged();
    return true;
}

} // namespace tend::ui
