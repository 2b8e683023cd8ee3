#pragma once

#include "app/sessionclient.h"
#include "storage/changenotifier.h"
#include "supervision/supervisiondata.h"
#include "supervision/supervisionneedsmodel.h"
#include "supervision/supervisionsectionsmodel.h"
#include "supervision/supervisionsummary.h"

#include <QObject>
#include <QStringListModel>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <array>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Prepare for supervision": the worker picks a period, adds their own talking points and what they need
// from the service, chooses the sections to keep and whether scores go in (they do not unless switched
// on), and saves the result as a PDF or copies it as text. Nothing is sent anywhere; the document is
// theirs to share or not. The preview is exactly the text that would be copied.
class SupervisionController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList periodLabels READ periodLabels CONSTANT)
    Q_PROPERTY(int periodIndex READ periodIndex WRITE setPeriodIndex NOTIFY summaryChanged)
    Q_PROPERTY(QString periodText READ periodText NOTIFY summaryChanged)
    Q_PROPERTY(QString checkinDaysText READ checkinDaysText NOTIFY summaryChanged)
    Q_PROPERTY(tend::ui::SupervisionSectionsModel* sections READ sections CONSTANT)
    Q_PROPERTY(bool includeScores READ includeScores WRITE setIncludeScores NOTIFY documentChanged)
    Q_PROPERTY(QObject* talkingPoints READ talkingPointsModel CONSTANT)
    Q_PROPERTY(QString ownWords READ ownWords WRITE setOwnWords NOTIFY documentChanged)
    Q_PROPERTY(tend::ui::SupervisionNeedsModel* needs READ needs CONSTANT)
    Q_PROPERTY(QString needsNote READ needsNote WRITE setNeedsNote NOTIFY documentChanged)
    Q_PROPERTY(QString previewText READ previewText NOTIFY documentChanged)
    Q_PROPERTY(QString defaultFileName READ defaultFileName NOTIFY summaryChanged)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QUrl defaultFile READ defaultFile NOTIFY summaryChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY messageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)

public:
    // The periods offered, in weeks: four is a usual gap between supervision sessions.
    static constexpr std::array<int, 4> periodWeeks{2, 4, 8, 12};

    explicit SupervisionController(QObject* parent = nullptr);
    SupervisionController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] QStringList periodLabels() const;
    [[nodiscard]] int periodIndex() const { return m_periodIndex; }
    void setPeriodIndex(int index);
    [[nodiscard]] QString periodText() const;
    [[nodiscard]] QString checkinDaysText() const;
    [[nodiscard]] SupervisionSectionsModel* sections() { return &m_sections; }
    [[nodiscard]] bool includeScores() const { return m_includeScores; }
    void setIncludeScores(bool include);
    [[nodiscard]] SupervisionNeedsModel* needs() { return &m_needs; }
    [[nodiscard]] QString needsNote() const { return m_needsNote; }
    // Keeps line breaks (a few short lines), cut at SupervisionChoices::maxNeedsNoteLength.
    void setNeedsNote(const QString& note);
    [[nodiscard]] QStringListModel* talkingPoints() { return &m_talkingPoints; }
    // QML sees the list as a plain object: Qt's string list model is not a QML type of its own.
    [[nodiscard]] QObject* talkingPointsModel() { return &m_talkingPoints; }
    [[nodiscard]] QString ownWords() const { return m_ownWords; }
    void setOwnWords(const QString& words);
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] QString defaultFileName() const;
    [[nodiscard]] QUrl defaultFolder() const;
    [[nodiscard]] QUrl defaultFile() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void setSectionIncluded(int row, bool included);
    Q_INVOKABLE void setNeedPicked(int row, bool picked);
    // Adds a point in the worker's words; returns false for an empty one or when the list is full.
    Q_INVOKABLE bool addTalkingPoint(const QString& point);
    Q_INVOKABLE void removeTalkingPoint(int row);
    Q_INVOKABLE bool savePdf(const QUrl& file);
    Q_INVOKABLE void copyText();

    // The document as it stands: the stored data of the period, worded, with the worker's choices applied.
    [[nodiscard]] SupervisionSummary document() const;

signals:
    void summaryChanged();
    void documentChanged();
    void messageChanged();

private:
    void onAttached() override;
    void rebuild();
    void setMessage(QString confirmation, QString error);

    int m_periodIndex = 1; // four weeks
    SupervisionData m_data;
    SupervisionSectionsModel m_sections;
    bool m_includeScores = false;
    QStringListModel m_talkingPoints;
    QString m_ownWords;
    SupervisionNeedsModel m_needs;
    QString m_needsNote;
    QString m_confirmation;
    QString m_errorText;
    Subscription m_checkinChanges;
    Subscription m_momentChanges;
    Subscription m_planChanges;
    Subscription m_assessmentChanges;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
