// The content of a backup once decrypted: a zlib stream in chunks of at most 64 KiB. Authenticated
// encryption keeps forged content out of the inflater in practice (a backup fuzzed whole never gets past
// decryption), so the inflater is fuzzed on its own, as if a genuine passphrase had sealed hostile
// compressed bytes. The first byte of the input chooses where the rest is cut into chunks; the output
// limit is small, so that the decompression-bomb check is reached with small inputs.

#include "fuzzinput.h"

#include "backup/backuperror.h"
#include "backup/backupheader.h"
#include "backup/backupinflater.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    if (size == 0)
        return 0;
    constexpr std::size_t maxOutput = 64 * 1024;
    const std::size_t chunkBytes =
        std::min<std::size_t>(tend::backupChunkBytes, std::size_t{1} + data[0] * 17u);
    return tend::fuzz::parseExpecting<tend::BackupError>(
        data + 1, size - 1, [&](std::string_view compressed) {
            tend::BackupInflater inflater(maxOutput);
            std::size_t chunk = 1;
            do {
                const auto piece = compressed.substr(0, chunkBytes);
                compressed.remove_prefix(piece.size());
                inflater.feed(piece, chunk++);
            } while (!compressed.empty());
            expect(inflater.finish().size() <= maxOutput, "the content stays within the limit");
        });
}
