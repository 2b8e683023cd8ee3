// A tend.export file is read strictly, and what is accepted must import cleanly. So an accepted file is also
// imported into a scratch database (inside a transaction that is rolled back afterwards, which keeps the
// target fast): into an empty device a merge is a plain copy, so exporting afterwards must give the file's
// canonical text back, and merging it again must change nothing.

#include "fuzzassets.h"
#include "fuzzinput.h"

#include "exchange/exportjson.h"
#include "exchange/exportjsonparser.h"
#include "exchange/exportreader.h"
#include "exchange/importplan.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/repositories.h"

#include <filesystem>
#include <optional>
#include <string>
#include <unistd.h>

namespace {

namespace fs = std::filesystem;
using tend::fuzz::expect;

// One encrypted database for the whole run, migrated once and left empty between inputs; its files go
// when the run ends.
class ScratchDatabase final {
public:
    ScratchDatabase()
        : m_file(fs::temp_directory_path() / ("tend-fuzz-exportjson-" + std::to_string(::getpid()) + ".db")) {
        removeFiles();
        m_db.emplace(tend::Database::open(m_file, tend::DatabaseKey{1, 2, 3}));
        tend::migrate(*m_db);
    }
    ScratchDatabase(const ScratchDatabase&) = delete;
    ScratchDatabase& operator=(const ScratchDatabase&) = delete;
    ~ScratchDatabase() {
        m_db.reset();
        removeFiles();
    }
    [[nodiscard]] tend::Database& db() { return *m_db; }

private:
    void removeFiles() const {
        std::error_code ignored;
        for (const char* suffix : {"", "-wal", "-shm"})
            fs::remove(m_file.string() + suffix, ignored);
    }
    fs::path m_file;
    std::optional<tend::Database> m_db;
};

void checkImport(const tend::ExportData& data) {
    static ScratchDatabase scratch;
    auto& db = scratch.db();
    tend::Repositories repositories(db);
    tend::Transaction undoAfterwards(db);
    const auto preview = tend::previewImport(repositories, data, tend::ImportMode::Merge);
    expect(tend::applyImport(repositories, data, tend::ImportMode::Merge) == preview,
           "an import changes what its preview said it would");
    // An export of check-ins or prompt history always brings the plan along (readExportData), even when
    // the file had none; apart from that it must be the file's canonical text.
    auto expected = data;
    expected.contents.plan = data.contents.plan || data.contents.checkins || data.contents.promptHistory;
    expect(tend::exportToJson(tend::readExportData(repositories, data.contents)) ==
               tend::exportToJson(expected),
           "merging into an empty device and exporting again gives the file back");
    expect(tend::previewImport(repositories, data, tend::ImportMode::Merge).changesNothing(),
           "merging a file into the device it came from changes nothing");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto& definition = tend::fuzz::shippedCheckinDefinition();
    std::optional<tend::ExportData> accepted;
    tend::fuzz::parseExpecting<tend::DataFileError>(
        data, size, [&](std::string_view text) { accepted = tend::parseExportJson(text, definition); });
    if (!accepted)
        return 0;
    // Outside the catch: an accepted file that cannot be written back or read again is a finding.
    const auto json = tend::exportToJson(*accepted);
    expect(tend::exportToJson(tend::parseExportJson(json, definition)) == json,
           "the canonical text of an accepted file reads back as the same data");
    checkImport(*accepted);
    return 0;
}
