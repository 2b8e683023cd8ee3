#pragma once

#include "care/caresnapshot.h"
#include "common/bundledcontent.h"
#include "content/orgprofilestore.h"
#include "domain/checkindefinition.h"
#include "settings/trackingpreferences.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "time/clock.h"

#include <QLockFile>
#include <QString>

#include <filesystem>
#include <memory>
#include <stdexcept>

namespace tend {
class KeyProvider;
}

namespace tend::ui {

// Another running copy of Tend already has this data directory open.
class SessionInUseError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Everything one running app works with: the open database, its repositories, the check-in definition
// and the clock. Built once by the composition root and shared by the controllers.
class AppSession final {
public:
    // Opens (creating if needed) the encrypted database in `dataDir` and brings its schema up to date.
    // Only one session at a time may hold a data directory: two would each save their own view of a day
    // over the other's. Throws SessionInUseError, StorageError or KeyProviderError; the caller turns them
    // into a message for the worker.
    [[nodiscard]] static std::unique_ptr<AppSession> open(const std::filesystem::path& dataDir,
                                                          KeyProvider& keys, CheckinDefinition definition,
                                                          const Clock& clock);

    AppSession(const AppSession&) = delete;
    AppSession& operator=(const AppSession&) = delete;

    // Fills an empty database with the deterministic demo story and marks it as demo data.
    // Returns false (and changes nothing) if the database already holds check-ins.
    [[nodiscard]] bool seedDemoData();
    [[nodiscard]] bool isDemo();

    Database& database() { return m_database; }
    // Every repository of this session: imports, restores and checks work through these very objects, so
    // the pages listening to them see every change.
    Repositories& repositories() { return m_repositories; }
    CheckinRepository& checkins() { return m_repositories.checkins(); }
    HardMomentRepository& hardMoments() { return m_repositories.hardMoments(); }
    SettingsRepository& settings() { return m_repositories.settings(); }
    TrackingPreferences& tracking() { return m_tracking; }
    SelfCarePlanRepository& plan() { return m_repositories.plan(); }
    PromptEventRepository& promptEvents() { return m_repositories.promptEvents(); }
    AssessmentRepository& assessments() { return m_repositories.assessments(); }
    OrgProfileStore& orgProfile() { return m_orgProfile; }
    PersonalContactRepository& personalContacts() { return m_repositories.personalContacts(); }
    const BundledContent& content() const { return bundledContent(); }

    // Insights and prompts for today from everything stored, computed afresh (a read, never a write).
    // Throws StorageError.
    [[nodiscard]] CareSnapshot careSnapshot();
    const CheckinDefinition& definition() const { return m_definition; }
    const Clock& clock() const { return m_clock; }
    // The device's region as an ISO 3166-1 alpha-2 code ("GB"), or empty when the system does not say:
    // it picks the emergency number offered until the worker chooses a country. Read from the system
    // locale when the session opens; tests set their own.
    [[nodiscard]] QString deviceRegion() const { return m_deviceRegion; }
    void setDeviceRegion(const QString& code) { m_deviceRegion = code; }

private:
    AppSession(std::unique_ptr<QLockFile> lock, Database database, CheckinDefinition definition,
               const Clock& clock);

    std::unique_ptr<QLockFile> m_lock; // first member: released only after the database is closed
    Database m_database;
    CheckinDefinition m_definition;
    const Clock& m_clock;
    Repositories m_repositories{m_database};
    TrackingPreferences m_tracking{m_repositories.settings(), m_definition};
    OrgProfileStore m_orgProfile{m_repositories.settings(), bundledContent().defaultOrgProfile};
    QString m_deviceRegion;
};

// The check-in definition shipped with the app (assets/checkin/daily.json, compiled into resources).
// Throws DefinitionError.
[[nodiscard]] CheckinDefinition loadBundledDefinition();

} // namespace tend::ui
