#pragma once

#include "care/caresnapshot.h"
#include "common/bundledcontent.h"
#include "content/orgprofilestore.h"
#include "domain/checkindefinition.h"
#include "settings/trackingpreferences.h"
#include "storage/database.h"
#include "storage/repositories.h"
#include "time/clock.h"
#include "time/daystart.h"

#include <QLockFile>
#include <QString>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace tend {
class KeyProvider;
}

namespace tend::ui {

// Another running copy of Tend already has this data directory open.
class SessionInUseError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// What a caller can do with a data folder that cannot be written just now (a read-only folder or mount,
// a full disk, a database file Tend may not change).
enum class SessionAccess {
    ReadWrite,       // refuse: StorageError::ReadOnly, naming the cause
    ReadingIsEnough, // open the data for reading only; every write is refused (StorageError::ReadOnly)
};

// Everything one running app works with: the open database, its repositories, the check-in definition
// and the clock. Built once by the composition root and shared by the controllers.
class AppSession final {
public:
    // Opens (creating if needed) the encrypted database in `dataDir` and brings its schema up to date.
    // Only one session at a time may hold a data directory: two would each save their own view of a day
    // over the other's; SessionInUseError says only that, and only when another copy of Tend really holds
    // the folder's lock. When the folder cannot be written (taking the lock fails for another reason, or
    // the database file cannot be written), `access` decides: refuse with StorageError::ReadOnly naming
    // the system's reason, or open the existing data for reading only (readOnly()). Throws
    // SessionInUseError, StorageError or KeyProviderError; the caller turns them into a message for the
    // worker.
    [[nodiscard]] static std::unique_ptr<AppSession> open(const std::filesystem::path& dataDir,
                                                          KeyProvider& keys, CheckinDefinition definition,
                                                          const Clock& clock,
                                                          SessionAccess access = SessionAccess::ReadWrite);

    AppSession(const AppSession&) = delete;
    AppSession& operator=(const AppSession&) = delete;

    // Fills an empty database with the deterministic demo story and marks it as demo data.
    // Returns false (and changes nothing) if the database already holds check-ins.
    [[nodiscard]] bool seedDemoData();
    [[nodiscard]] bool isDemo();

    // True when the data is open for reading only, because its folder cannot be written just now.
    [[nodiscard]] bool readOnly() const { return !m_readOnlyReason.empty(); }
    // Why, in the system's words ("Read-only file system", "No space left on device"); empty otherwise.
    [[nodiscard]] const std::string& readOnlyReason() const { return m_readOnlyReason; }

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
    // The check-in day it is now: the calendar day, or the day before until the worker's chosen start of
    // the day (Settings; midnight unless chosen). Everything that asks "which day is today" asks this.
    [[nodiscard]] boost::gregorian::date today() const { return m_clock.today(m_dayStart); }
    [[nodiscard]] DayStart dayStart() const { return m_dayStart; }
    // Stores the new start; today() follows at once. Throws StorageError.
    void setDayStart(DayStart start);
    // The hard moments of check-in days [from, to], each dated as the insights read them: on its check-in
    // day (see onCheckinDays). Throws StorageError.
    [[nodiscard]] std::vector<HardMoment> momentsOnCheckinDays(boost::gregorian::date from,
                                                               boost::gregorian::date to);
    // The device's region as an ISO 3166-1 alpha-2 code ("GB"), or empty when the system does not say:
    // it picks the emergency number offered until the worker chooses a country. Read from the system
    // locale when the session opens; tests set their own.
    [[nodiscard]] QString deviceRegion() const { return m_deviceRegion; }
    void setDeviceRegion(const QString& code) { m_deviceRegion = code; }

private:
    AppSession(std::unique_ptr<QLockFile> lock, Database database, CheckinDefinition definition,
               const Clock& clock, std::string readOnlyReason);

    std::unique_ptr<QLockFile> m_lock; // first member: released only after the database is closed
    std::string m_readOnlyReason;
    Database m_database;
    CheckinDefinition m_definition;
    const Clock& m_clock;
    Repositories m_repositories{m_database};
    TrackingPreferences m_tracking{m_repositories.settings(), m_definition};
    OrgProfileStore m_orgProfile{m_repositories.settings(), bundledContent().defaultOrgProfile};
    DayStart m_dayStart;
    Subscription m_settingsChanges; // keeps m_dayStart in step with what is stored
    QString m_deviceRegion;
};

// The check-in definition shipped with the app (assets/checkin/daily.json, compiled into resources).
// Throws DefinitionError.
[[nodiscard]] CheckinDefinition loadBundledDefinition();

} // namespace tend::ui
