#pragma once

#include "app/sessionclient.h"
#include "exchange/exportdata.h"
#include "exchange/importpreview.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Import a Tend file": the worker chooses a file, which is read and checked in full; then both ways of
// importing it are shown side by side in words (add what is missing, or make this device match the file).
// The chosen one is applied in one transaction only after confirmationNeeded("import") was answered with
// confirmed("import"). It writes through the session's repositories, so every page shows the new data at
// once and the result stays on screen.
class ImportController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasFile READ hasFile NOTIFY stateChanged)
    Q_PROPERTY(QString fileText READ fileText NOTIFY stateChanged)
    Q_PROPERTY(QString mergeText READ mergeText NOTIFY stateChanged)
    Q_PROPERTY(QString replaceText READ replaceText NOTIFY stateChanged)
    Q_PROPERTY(int modeIndex READ modeIndex WRITE setModeIndex NOTIFY stateChanged)
    Q_PROPERTY(QString actionText READ actionText NOTIFY stateChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY stateChanged)
    // A merge keeps this device's answer wherever the file's differs, unless the worker takes the file's.
    Q_PROPERTY(bool hasConflicts READ hasConflicts NOTIFY stateChanged)
    Q_PROPERTY(bool takeTheirs READ takeTheirs WRITE setTakeTheirs NOTIFY stateChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

public:
    enum Mode { Merge, Replace };
    Q_ENUM(Mode)

    explicit ImportController(QObject* parent = nullptr);
    ImportController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] bool hasFile() const { return m_data.has_value(); }
    [[nodiscard]] QString fileText() const { return m_fileText; }
    [[nodiscard]] QString mergeText() const;
    [[nodiscard]] QString replaceText() const;
    [[nodiscard]] int modeIndex() const { return m_mode; }
    void setModeIndex(int index);
    [[nodiscard]] QString actionText() const;
    [[nodiscard]] bool canImport() const;
    [[nodiscard]] bool hasConflicts() const { return m_merge && !m_merge->conflicts.empty(); }
    [[nodiscard]] bool takeTheirs() const { return m_choices.takeTheirsForAll; }
    void setTakeTheirs(bool take);
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] const std::optional<ImportPreview>& mergePreview() const { return m_merge; }
    [[nodiscard]] const std::optional<ImportPreview>& replacePreview() const { return m_replace; }

    // Reads and checks the whole file and works out both previews; changes nothing. Returns false (and
    // errorText says why) when the file cannot be imported.
    Q_INVOKABLE bool chooseFile(const QUrl& file);
    Q_INVOKABLE void importChosen();
    Q_INVOKABLE void confirmed(const QString& purpose);
    Q_INVOKABLE void cancelled(const QString& purpose);
    Q_INVOKABLE void clear();

signals:
    void stateChanged();
    void confirmationNeeded(const QString& purpose);

private:
    void onAttached() override;
    void apply();
    void fail(QString error);

    std::optional<ExportData> m_data;
    std::optional<ImportPreview> m_merge;
    std::optional<ImportPreview> m_replace;
    QString m_fileName;
    QString m_fileText;
    int m_mode = Merge;
    MergeChoices m_choices;
    bool m_awaiting = false;
    QString m_confirmation;
    QString m_errorText;
};

} // namespace tend::ui
