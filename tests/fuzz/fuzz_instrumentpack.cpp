#include "fuzzinput.h"

#include "assessment/instrumentpack.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [](std::string_view text) {
        const auto pack = tend::parseInstrumentPack(text);
        for (const auto& scale : pack.scales) {
            expect(!scale.items.empty(), "a scale adds up at least one item");
            for (const auto& item : scale.items)
                expect(pack.findItem(item) != nullptr, "a scale adds up only the pack's own items");
            if (scale.bands.empty())
                continue;
            // The validator promises that every reachable score has a band; the extremes are the
            // easiest to get wrong.
            const int count = static_cast<int>(scale.items.size());
            expect(scale.bandFor(scale.scoreForSum(count * pack.responseScale.min)) != nullptr,
                   "the lowest reachable score has a band");
            expect(scale.bandFor(scale.scoreForSum(count * pack.responseScale.max)) != nullptr,
                   "the highest reachable score has a band");
        }
    });
}
