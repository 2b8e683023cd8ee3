#include "app/appsession.h"

#include "common/storageguard.h"
#include "demo/demodata.h"
#include "insights/momentdays.h"
#include "keyprovider.h"
#include "settings/daystartsetting.h"
#include "storage/datadirectory.h"
#include "storage/migrations.h"
#include "storage/settingskeys.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QLocale>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace tend::ui {

namespace {
constexpr std::string_view demoKey = settingskeys::demoData;

// A lock file whose Tend is gone (killed, or the machine stopped). QLockFile removes such a lock itself
// where it can; one that is still there could not be removed, so it says nothing about another copy.
bool lockIsStale(const QLockFile& lock) {
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0)
        return false;
    if (!host.isEmpty() && host != QSysInfo::machineHostName())
        return false;
    return ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH;
}

std::string lockErrorText(QLockFile::LockError error) {
    switch (error) {
    case QLockFile::PermissionError:
        return "no permission to create files there";
    case QLockFile::UnknownError:
        return "the lock file could not be written";
    case QLockFile::LockFailedError:
        return "a lock left behind by a copy of Tend that has stopped cannot be removed";
    case QLockFile::NoError:
        break;
    }
    return {};
}

} // namespace

AppSession::AppSession(std::unique_ptr<QLockFile> lock, Database database, CheckinDefinition definition,
                       const Clock& clock, std::string readOnlyReason)
    : m_lock(std::move(lock))
    , m_readOnlyReason(std::move(readOnlyReason))
    , m_database(std::move(database))
    , m_definition(std::move(definition))
    , m_clock(clock)
    , m_deviceRegion(QLocale::territoryToCode(QLocale::system().territory())) {
    const auto readDayStart = [this] {
        m_dayStart = readOr([this] { return DayStartSetting(settings()).load(); }, m_dayStart);
    };
    readDayStart();
    // An import or restore may bring another start with it.
    m_settingsChanges = settings().changes().subscribe(readDayStart);
}

std::vector<HardMoment> AppSession::momentsOnCheckinDays(boost::gregorian::date from,
                                                         boost::gregorian::date to) {
    return onCheckinDays(hardMoments().inCheckinDays(from, to, m_dayStart), m_dayStart);
}

void AppSession::setDayStart(DayStart start) {
    DayStartSetting(settings()).save(start);
    m_dayStart = start;
}

std::unique_ptr<AppSession> AppSession::open(const std::filesystem::path& dataDir, KeyProvider& keys,
                                             CheckinDefinition definition, const Clock& clock,
                                             SessionAccess access) {
    namespace fs = std::filesystem;
    // Encrypted or not, the worker's data is nobody else's business on a shared machine. Only a folder
    // Tend creates itself is narrowed; a folder given with --data-dir keeps its permissions.
    if (fs::create_directories(dataDir))
        fs::permissions(dataDir, fs::perms::owner_all, fs::perm_options::replace);
    (void)bundledContent(); // a broken shipped file fails here, before any data is touched
    const DataDirectory folder(dataDir);
    auto lock = std::make_unique<QLockFile>(QString::fromStdString(folder.lockFile().string()));
    std::string cannotWrite; // why the folder cannot be written just now; empty while it can
    if (!lock->tryLock(0)) {
        // Only a lock another live Tend holds means another copy. Anything else (no permission, a
        // read-only disk, a full one, or a lock left by a crash that cannot be removed) is the folder.
        if (lock->error() == QLockFile::LockFailedError && !lockIsStale(*lock))
            throw SessionInUseError("Another copy of Tend is using " + dataDir.string());
        cannotWrite = folder.writeProblem().value_or(lockErrorText(lock->error()));
        lock.reset();
    }
    const auto databaseFile = folder.databaseFile();
    // A database without its key can never be read again; refuse rather than make a new key beside it.
    if (fs::exists(databaseFile) && !keys.hasKey())
        throw StorageError(StorageError::Kind::WrongKey, "The database exists but its key is missing");
    if (cannotWrite.empty()) {
        try {
            auto database = folder.openDatabase(keys.databaseKey());
            return std::unique_ptr<AppSession>(
                new AppSession(std::move(lock), std::move(database), std::move(definition), clock, {}));
        } catch (const StorageError& error) {
            if (error.kind() != StorageError::Kind::ReadOnly)
                throw;
            cannotWrite = folder.writeProblem().value_or(error.what());
        }
    }
    const std::string refusal = "Tend cannot write to " + dataDir.string() + ": " + cannotWrite;
    if (access == SessionAccess::ReadWrite || !fs::exists(databaseFile))
        throw StorageError(StorageError::Kind::ReadOnly, refusal);
    auto database = folder.openDatabaseForReading(keys.databaseKey());
    return std::unique_ptr<AppSession>(
        new AppSession(std::move(lock), std::move(database), std::move(definition), clock, cannotWrite));
}

bool AppSession::seedDemoData() {
    if (checkins().count() > 0)
        return false;
    const auto demo = generateDemoData(m_definition, today());
    Transaction transaction(m_database);
    std::vector<std::int64_t> planIds;
    for (const auto& libraryId : demo.plan) {
        const auto* action = content().selfCareLibrary.find(libraryId);
        if (!action)
            throw DataFileError("selfcare/library.json", "the demo plan needs the action " + libraryId);
        planIds.push_back(plan().addFromLibrary(libraryId, action->title, demo.checkins.front().date).id);
    }
    for (auto checkin : demo.checkins) {
        if (const auto ticks = demo.ticks.find(checkin.date); ticks != demo.ticks.end())
            for (const std::size_t index : ticks->second)
                checkin.selfCareDone.insert(planIds.at(index));
        checkins().save(checkin);
    }
    for (const auto& moment : demo.moments)
        (void)hardMoments().add(moment);
    // Two invented contacts of the worker's own, on numbers set aside for fiction, so Support shows them.
    PersonalContact gp;
    gp.kind = PersonalContactKind::Gp;
    gp.name = "Dr Okafor, GP surgery";
    gp.phone = "020 7946 0321";
    gp.note = "Weekdays 8:00 to 18:30";
    (void)personalContacts().add(gp);
    PersonalContact sister;
    sister.kind = PersonalContactKind::TrustedPerson;
    sister.name = "Sam, my sister";
    sister.phone = "07700 900461";
    sister.sms = "07700 900461";
    (void)personalContacts().add(sister);
    settings().setFlag(demoKey, true);
    transaction.commit();
    return true;
}

CareSnapshot AppSession::careSnapshot() {
    // The profile in use decides which profile facts hold and whom the follow-up after a very hard moment
    // names; the cards give that follow-up its reading.
    const auto profile = m_orgProfile.load().profile;
    const CareSources sources{m_database,
                              m_definition,
                              m_tracking.trackedItems(),
                              checkins(),
                              hardMoments(),
                              plan(),
                              promptEvents(),
                              content().selfCareLibrary,
                              content().promptRules,
                              &profile,
                              &content().learningCards};
    return buildCareSnapshot(sources, today());
}

bool AppSession::isDemo() {
    return settings().flag(demoKey, false);
}

CheckinDefinition loadBundledDefinition() {
    QFile file(QStringLiteral(":/tend/assets/checkin/daily.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw DefinitionError({}, "The built-in check-in definition is missing from the app");
    const QByteArray json = file.readAll();
    return parseCheckinDefinition(std::string_view(json.constData(), static_cast<std::size_t>(json.size())));
}

} // namespace tend::ui
