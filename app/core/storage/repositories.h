#pragma once

#include "storage/assessmentrepository.h"
#include "storage/checkinrepository.h"
#include "storage/hardmomentrepository.h"
#include "storage/notificationhold.h"
#include "storage/personalcontactrepository.h"
#include "storage/prompteventrepository.h"
#include "storage/selfcareplanrepository.h"
#include "storage/settingsrepository.h"
#include "storage/storedrowreader.h"

namespace tend {

class Database;

// Every repository over one database, owned in one place. Whoever writes (the app's pages, an import, a
// restore) writes through these very objects, so every write reaches the listeners of the same
// repositories: the pages subscribed to them show it at once, and nothing needs rebuilding.
class Repositories final {
public:
    explicit Repositories(Database& db)
        : m_db(db) {}
    Repositories(const Repositories&) = delete;
    Repositories& operator=(const Repositories&) = delete;

    [[nodiscard]] Database& database() { return m_db; }
    [[nodiscard]] CheckinRepository& checkins() { return m_checkins; }
    [[nodiscard]] HardMomentRepository& hardMoments() { return m_hardMoments; }
    [[nodiscard]] SelfCarePlanRepository& plan() { return m_plan; }
    [[nodiscard]] AssessmentRepository& assessments() { return m_assessments; }
    [[nodiscard]] PromptEventRepository& promptEvents() { return m_promptEvents; }
    [[nodiscard]] SettingsRepository& settings() { return m_settings; }
    [[nodiscard]] PersonalContactRepository& personalContacts() { return m_personalContacts; }
    [[nodiscard]] StoredRowReader& storedRows() { return m_storedRows; }

    // For a write of many rows in one transaction: every repository's news waits until release(), after
    // the commit, and is then told once per repository (see NotificationHold).
    [[nodiscard]] NotificationHold holdNotifications() {
        return NotificationHold{
            &m_checkins.changes(),        &m_hardMoments.changes(),  &m_plan.changes(),
            &m_assessments.changes(),     &m_promptEvents.changes(), &m_settings.changes(),
            &m_personalContacts.changes()};
    }

private:
    Database& m_db;
    CheckinRepository m_checkins{m_db};
    HardMomentRepository m_hardMoments{m_db};
    SelfCarePlanRepository m_plan{m_db};
    AssessmentRepository m_assessments{m_db};
    PromptEventRepository m_promptEvents{m_db};
    SettingsRepository m_settings{m_db};
    PersonalContactRepository m_personalContacts{m_db};
    StoredRowReader m_storedRows{m_db};
};

} // namespace tend
