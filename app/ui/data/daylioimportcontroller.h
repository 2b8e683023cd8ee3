#pragma once

#include "app/sessionclient.h"
#include "data/dayliolabelsmodel.h"
#include "exchange/daylioimport.h"
#include "exchange/importpreview.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Import from Daylio": the worker chooses a Daylio CSV export and sees what each mood and activity would
// become, changes any of them, sees the skipped rows and what would be added, then merges it in. Nothing
// on the device is removed; the merge happens only after confirmationNeeded("import") was answered.
class DaylioImportController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool hasFile READ hasFile NOTIFY stateChanged)
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY stateChanged)
    Q_PROPERTY(tend::ui::DaylioLabelsModel* moods READ moods CONSTANT)
    Q_PROPERTY(tend::ui::DaylioLabelsModel* activities READ activities CONSTANT)
    Q_PROPERTY(QString skippedText READ skippedText NOTIFY stateChanged)
    Q_PROPERTY(QString noticesText READ noticesText NOTIFY stateChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY stateChanged)
    Q_PROPERTY(bool canImport READ canImport NOTIFY stateChanged)
    // A merge keeps this device's answer wherever the file's differs, unless the worker takes the file's.
    Q_PROPERTY(bool hasConflicts READ hasConflicts NOTIFY stateChanged)
    Q_PROPERTY(bool takeTheirs READ takeTheirs WRITE setTakeTheirs NOTIFY stateChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY stateChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)

public:
    // Activity choices, in the order of the model's choices.
    enum ActivityChoice { KeptInNote, LeftOut, RestDay };
    Q_ENUM(ActivityChoice)

    explicit DaylioImportController(QObject* parent = nullptr);
    DaylioImportController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] bool hasFile() const { return m_file.has_value(); }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] DaylioLabelsModel* moods() { return &m_moods; }
    [[nodiscard]] DaylioLabelsModel* activities() { return &m_activities; }
    [[nodiscard]] QString skippedText() const;
    [[nodiscard]] QString noticesText() const;
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] bool canImport() const;
    [[nodiscard]] bool hasConflicts() const { return m_preview && !m_preview->conflicts.empty(); }
    [[nodiscard]] bool takeTheirs() const { return m_choices.takeTheirsForAll; }
    void setTakeTheirs(bool take);
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] const DaylioMapping& mapping() const { return m_mapping; }
    [[nodiscard]] const std::optional<DaylioImport>& result() const { return m_result; }
    [[nodiscard]] const std::optional<ImportPreview>& preview() const { return m_preview; }

    Q_INVOKABLE bool chooseFile(const QUrl& file);
    // Choice 0 keeps the label in the note; choice n sets the mood to the (n-1)th point of its scale.
    Q_INVOKABLE void setMoodChoice(int row, int choice);
    Q_INVOKABLE void setActivityChoice(int row, int choice);
    Q_INVOKABLE void importChosen();
    Q_INVOKABLE void confirmed(const QString& purpose);
    Q_INVOKABLE void cancelled(const QString& purpose);
    Q_INVOKABLE void clear();

signals:
    void stateChanged();
    void confirmationNeeded(const QString& purpose);

private:
    void onAttached() override;
    void remap();
    void fillModels();
    void fail(QString error);
    [[nodiscard]] int moodMin() const;

    std::optional<DaylioFile> m_file;
    DaylioMapping m_mapping;
    std::optional<DaylioImport> m_result;
    std::optional<ImportPreview> m_preview;
    MergeChoices m_choices;
    DaylioLabelsModel m_moods;
    DaylioLabelsModel m_activities;
    QString m_fileName;
    bool m_awaiting = false;
    QString m_confirmation;
    QString m_errorText;
};

} // namespace tend::ui
