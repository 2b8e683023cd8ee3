#include "app/appsession.h"

#include "demo/demodata.h"
#include "keyprovider.h"
#include "storage/migrations.h"
#include "storage/settingskeys.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QLocale>

namespace tend::ui {

namespace {
constexpr std::string_view demoKey = settingskeys::demoData;
} // namespace

AppSession::AppSession(std::unique_ptr<QLockFile> lock, Database database, CheckinDefinition definition,
                       const Clock& clock)
    : m_lock(std::move(lock))
    , m_database(std::move(database))
    , m_definition(std::move(definition))
    , m_clock(clock)
    , m_deviceRegion(QLocale::territoryToCode(QLocale::system().territory())) {}

std::unique_ptr<AppSession> AppSession::open(const std::filesystem::path& dataDir, KeyProvider& keys,
                                             CheckinDefinition definition, const Clock& clock) {
    namespace fs = std::filesystem;
    // Encrypted or not, the worker's data is nobody else's business on a shared machine. Only a folder
    // Tend creates itself is narrowed; a folder given with --data-dir keeps its permissions.
    if (fs::create_directories(dataDir))
        fs::permissions(dataDir, fs::perms::owner_all, fs::perm_options::replace);
    (void)bundledContent(); // a broken shipped file fails here, before any data is touched
    auto lock = std::make_unique<QLockFile>(QString::fromStdString((dataDir / "tend.lock").string()));
    if (!lock->tryLock(0))
        throw SessionInUseError("Another copy of Tend is using " + dataDir.string());
    const auto databaseFile = dataDir / "tend.db";
    // A database without its key can never be read again; refuse rather than make a new key beside it.
    if (std::filesystem::exists(databaseFile) && !keys.hasKey())
        throw StorageError(StorageError::Kind::WrongKey, "The database exists but its key is missing");
    // SQLite would take an empty file for a new database and build a fresh one over it. Tend writes the
    // first page as it creates the file, so an empty file beside a key was emptied by something else: say
    // so, rather than quietly starting over where the worker's check-ins were.
    if (std::error_code error; std::filesystem::exists(databaseFile) && keys.hasKey() &&
                               std::filesystem::file_size(databaseFile, error) == 0 && !error)
        throw StorageError(StorageError::Kind::Damaged, "The database file is empty");
    auto database = Database::open(databaseFile, keys.databaseKey());
    fs::permissions(databaseFile, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
    migrate(database);
    return std::unique_ptr<AppSession>(
        new AppSession(std::move(lock), std::move(database), std::move(definition), clock));
}

bool AppSession::seedDemoData() {
    if (checkins().count() > 0)
        return false;
    const auto demo = generateDemoData(m_definition, m_clock.today());
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
    const CareSources sources{
        m_database, m_definition,   m_tracking.trackedItems(), checkins(),           hardMoments(),
        plan(),     promptEvents(), content().selfCareLibrary, content().promptRules};
    return buildCareSnapshot(sources, m_clock.today());
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
