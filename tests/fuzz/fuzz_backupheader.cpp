// A backup file from outside: its header is decoded and checked, and when the header asks for the cheapest
// key derivation Argon2id allows (minBackupOpsLimit, minBackupMemLimit: libsodium's minimum), the whole file
// is opened too, so that the reading of chunk lengths, truncation and the end of the file are fuzzed as well.
// Chunks the fuzzer makes up do not authenticate, so what lies behind decryption (the unpacking of the
// content) has its own target, backupinflater. Headers asking for a higher cost are only decoded: one
// derivation at the default cost takes a second and 128 MiB, far too slow for fuzzing, and the cost limits
// themselves are what readBackupHeader checks.

#include "fuzzinput.h"

#include "backup/backuperror.h"
#include "backup/backupfile.h"
#include "backup/backupheader.h"

#include <optional>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    std::optional<tend::BackupHeader> header;
    tend::fuzz::parseExpecting<tend::BackupError>(
        data, size, [&](std::string_view bytes) { header = tend::readBackupHeader(bytes); });
    if (!header)
        return 0;
    expect(tend::backupKdfParamsAllowed(header->kdfParams), "an accepted header asks for an allowed cost");
    const auto bytes = tend::fuzz::asText(data, size);
    expect(tend::encodeBackupHeader(*header) == bytes.substr(0, tend::backupHeaderBytes),
           "an accepted header encodes back to the same bytes");
    if (header->kdfParams.opsLimit != tend::minBackupOpsLimit ||
        header->kdfParams.memLimit != tend::minBackupMemLimit)
        return 0;
    return tend::fuzz::parseExpecting<tend::BackupError>(data, size, [](std::string_view file) {
        (void)tend::openBackup(file, "correct horse battery staple");
    });
}
