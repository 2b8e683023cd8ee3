#pragma once

#include "app/sessionclient.h"
#include "content/emergencynumbers.h"
#include "storage/changenotifier.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// Settings' "Emergency number": which country's emergency number Support offers first. The choices are the
// device's region (the default), every country in Tend's table by name, and "My country is not listed",
// after which Support says plainly to call the local emergency number. Stored in the encrypted settings.
class EmergencyCountryChooser : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList choices READ choices NOTIFY changed)
    Q_PROPERTY(int currentIndex READ currentIndex NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(QString tableNote READ tableNote CONSTANT)

public:
    explicit EmergencyCountryChooser(QObject* parent = nullptr);
    EmergencyCountryChooser(AppSession& session, QObject* parent = nullptr);

    // The device's region first, then the countries by name ("Germany: 112"), then "My country is not
    // listed".
    [[nodiscard]] QStringList choices() const { return m_choices; }
    [[nodiscard]] int currentIndex() const { return m_currentIndex; }
    // What Support offers now, in one sentence.
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    // Where the numbers come from, and that the worker should check their local one.
    [[nodiscard]] QString tableNote() const;

    // Stores the choice at `index` of choices(); false (with errorText) if it could not be stored.
    Q_INVOKABLE bool choose(int index);

signals:
    void changed();

private:
    void onAttached() override;
    void reload();

    std::vector<const EmergencyCountry*> m_countries; // by name, as listed after the first choice
    QStringList m_choices;
    int m_currentIndex = 0;
    QString m_summary;
    QString m_errorText;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
