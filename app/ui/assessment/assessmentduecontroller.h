#pragma once

#include "app/sessionclient.h"
#include "assessment/assessmentpacksmodel.h"
#include "storage/changenotifier.h"
#include "storage/settingskeys.h"

#include <QDate>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <string_view>

namespace tend::ui {

class AppSession;

// Not final: QML wraps element types in a derived class.
// Today's quiet offer of a self-assessment that is due. It never nags: one card for the first due pack,
// no counts, no badges, and "Not now" puts it away for a week (kept in settings, so a restart does not
// bring it straight back).
class AssessmentDueController : public tend::ui::SessionClient {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool shown READ shown NOTIFY changed)
    Q_PROPERTY(QString packId READ packId NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString detail READ detail NOTIFY changed)

public:
    static constexpr std::string_view hiddenUntilKey = settingskeys::assessmentCardHiddenUntil;
    static constexpr int notNowDays = 7;

    explicit AssessmentDueController(QObject* parent = nullptr);
    // For tests and for callers that hold the session themselves.
    AssessmentDueController(AppSession& session, QObject* parent = nullptr);

    [[nodiscard]] bool shown() const { return m_row != nullptr; }
    [[nodiscard]] QString packId() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString detail() const;

    // Makes the due pack the one the assessment page opens; the page is then opened from QML.
    Q_INVOKABLE void start();
    // Puts the card away for notNowDays days.
    Q_INVOKABLE void notNow();
    // Reads again; Today calls this when the date rolls over at midnight.
    Q_INVOKABLE void reload() { m_packs.reload(); }

signals:
    void changed();

private:
    void onAttached() override;
    void refresh();
    [[nodiscard]] QDate hiddenUntil() const;

    AssessmentPacksModel m_packs{this};
    const AssessmentPacksModel::Row* m_row = nullptr; // the pack offered, null when the card is hidden
    // Set when "Not now" could not be stored: the card still goes away until the app restarts.
    bool m_hiddenForNow = false;
    Subscription m_settingsChanges;
};

} // namespace tend::ui
