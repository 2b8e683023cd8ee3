#pragma once

#include "app/sessionclient.h"
#include "storage/changenotifier.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// Settings' "Organisation profile": which profile is in use, importing a file (checked completely and
// shown as a preview before anything is replaced) and going back to the built-in profile. A file that
// cannot be used changes nothing and says exactly where the problem is.
class OrgProfileImporter : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString inUseText READ inUseText NOTIFY stateChanged)
    Q_PROPERTY(bool usingImported READ usingImported NOTIFY stateChanged)
    Q_PROPERTY(QString storedProblemText READ storedProblemText NOTIFY stateChanged)
    Q_PROPERTY(bool hasPreview READ hasPreview NOTIFY stateChanged)
    Q_PROPERTY(QString previewOrganisation READ previewOrganisation NOTIFY stateChanged)
    Q_PROPERTY(QString previewDetails READ previewDetails NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY stateChanged)
    Q_PROPERTY(bool confirmingReset READ confirmingReset NOTIFY stateChanged)

public:
    // Real profiles are a few kilobytes; the limit keeps a wrong pick (a video, say) from being read.
    static constexpr qint64 maxFileBytes = 1024 * 1024;

    explicit OrgProfileImporter(QObject* parent = nullptr);
    OrgProfileImporter(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] QString inUseText() const { return m_inUse; }
    [[nodiscard]] bool usingImported() const { return m_usingImported; }
    [[nodiscard]] QString storedProblemText() const { return m_storedProblem; }
    [[nodiscard]] bool hasPreview() const { return !m_pendingText.isEmpty(); }
    [[nodiscard]] QString previewOrganisation() const { return m_previewOrganisation; }
    [[nodiscard]] QString previewDetails() const { return m_previewDetails; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] bool confirmingReset() const { return m_confirmingReset; }

    // Reads and checks the file; on success a preview waits for apply() or cancel(). Returns false (with
    // errorText set) when the file cannot be used.
    Q_INVOKABLE bool previewFile(const QUrl& file);
    // Stores the previewed profile in place of the current one.
    Q_INVOKABLE bool apply();
    // Drops a waiting preview or question.
    Q_INVOKABLE void cancel();
    // Asks before forgetting an imported profile: the worker may not have the file any more.
    Q_INVOKABLE void askUseBuiltIn();
    // Forgets the imported profile; the built-in one applies again.
    Q_INVOKABLE bool useBuiltIn();

signals:
    void stateChanged();

private:
    void onAttached() override;
    void reload();
    void clearPreview();

    QString m_inUse;
    bool m_usingImported = false;
    QString m_storedProblem;
    QByteArray m_pendingText;
    QString m_previewOrganisation;
    QString m_previewDetails;
    QString m_errorText;
    QString m_confirmation;
    bool m_confirmingReset = false;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
