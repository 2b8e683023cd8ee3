#pragma once

#include "app/sessionclient.h"

#include <QDate>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// "Export": the worker picks a format, what goes in and the dates, then a file. The file is written only
// after the worker confirmed it is them (the page asks Lock when confirmationNeeded("export") is emitted
// and passes the answer back through confirmed()/cancelled()).
class ExportController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList formatLabels READ formatLabels CONSTANT)
    Q_PROPERTY(int formatIndex READ formatIndex WRITE setFormatIndex NOTIFY choicesChanged)
    Q_PROPERTY(QString formatExplanation READ formatExplanation NOTIFY choicesChanged)
    // Why the notes switch starts off for CSV and FHIR (empty for a Tend file, which keeps them).
    Q_PROPERTY(QString notesExplanation READ notesExplanation NOTIFY choicesChanged)
    Q_PROPERTY(bool includeCheckins MEMBER m_checkins NOTIFY choicesChanged)
    Q_PROPERTY(bool includeNotes MEMBER m_notes NOTIFY choicesChanged)
    Q_PROPERTY(bool includeHardMoments MEMBER m_hardMoments NOTIFY choicesChanged)
    Q_PROPERTY(bool includePlan MEMBER m_plan NOTIFY choicesChanged)
    Q_PROPERTY(bool includeReflections MEMBER m_reflections NOTIFY choicesChanged)
    Q_PROPERTY(bool includePromptHistory MEMBER m_promptHistory NOTIFY choicesChanged)
    Q_PROPERTY(bool includeSettings MEMBER m_settings NOTIFY choicesChanged)
    Q_PROPERTY(QStringList rangeLabels READ rangeLabels CONSTANT)
    Q_PROPERTY(int rangeIndex READ rangeIndex WRITE setRangeIndex NOTIFY choicesChanged)
    Q_PROPERTY(QDate customFrom READ customFrom WRITE setCustomFrom NOTIFY choicesChanged)
    Q_PROPERTY(QDate customTo READ customTo WRITE setCustomTo NOTIFY choicesChanged)
    Q_PROPERTY(QString customFromText READ customFromText WRITE setCustomFromText NOTIFY choicesChanged)
    Q_PROPERTY(QString customToText READ customToText WRITE setCustomToText NOTIFY choicesChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY choicesChanged)
    Q_PROPERTY(bool canExport READ canExport NOTIFY choicesChanged)
    Q_PROPERTY(QString warning READ warning CONSTANT)
    Q_PROPERTY(QUrl defaultFolder READ defaultFolder CONSTANT)
    Q_PROPERTY(QUrl defaultFile READ defaultFile NOTIFY choicesChanged)
    Q_PROPERTY(QString defaultSuffix READ defaultSuffix NOTIFY choicesChanged)
    Q_PROPERTY(QStringList nameFilters READ nameFilters NOTIFY choicesChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY messageChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY messageChanged)

public:
    enum Range { AllTime, Last30Days, Last12Months, Custom };
    Q_ENUM(Range)

    explicit ExportController(QObject* parent = nullptr);
    ExportController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] QStringList formatLabels() const;
    [[nodiscard]] int formatIndex() const { return m_formatIndex; }
    void setFormatIndex(int index);
    [[nodiscard]] QString formatExplanation() const;
    [[nodiscard]] QString notesExplanation() const;
    [[nodiscard]] QStringList rangeLabels() const;
    [[nodiscard]] int rangeIndex() const { return m_rangeIndex; }
    void setRangeIndex(int index);
    [[nodiscard]] QDate customFrom() const { return m_customFrom; }
    void setCustomFrom(QDate from);
    [[nodiscard]] QDate customTo() const { return m_customTo; }
    void setCustomTo(QDate to);
    // The custom dates as the worker types them (yyyy-mm-dd); text that is not a date leaves the date unset.
    [[nodiscard]] QString customFromText() const;
    void setCustomFromText(const QString& text);
    [[nodiscard]] QString customToText() const;
    void setCustomToText(const QString& text);
    // The dates that go out, in words, or why they cannot.
    [[nodiscard]] QString rangeText() const;
    [[nodiscard]] bool canExport() const;
    [[nodiscard]] QString warning() const;
    [[nodiscard]] QUrl defaultFolder() const;
    [[nodiscard]] QUrl defaultFile() const;
    [[nodiscard]] QString defaultSuffix() const;
    [[nodiscard]] QStringList nameFilters() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    // Remembers where to write and asks for confirmation; nothing is written yet.
    Q_INVOKABLE void exportTo(const QUrl& file);
    Q_INVOKABLE void confirmed(const QString& purpose);
    Q_INVOKABLE void cancelled(const QString& purpose);

signals:
    void choicesChanged();
    void messageChanged();
    void confirmationNeeded(const QString& purpose);

private:
    void onAttached() override;
    void write();
    void setMessage(QString confirmation, QString error);
    [[nodiscard]] QDate rangeFrom() const;
    [[nodiscard]] QDate rangeTo() const;

    int m_formatIndex = 0;
    bool m_checkins = true;
    // On for a Tend file; each time CSV or FHIR is chosen it starts off again (notesExplanation says why).
    bool m_notes = true;
    bool m_hardMoments = true;
    bool m_plan = true;
    bool m_reflections = true;
    bool m_promptHistory = true;
    bool m_settings = true;
    int m_rangeIndex = AllTime;
    QDate m_customFrom;
    QDate m_customTo;
    QUrl m_pendingFile;
    QString m_confirmation;
    QString m_errorText;
};

} // namespace tend::ui
