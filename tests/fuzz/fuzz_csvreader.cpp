#include "fuzzinput.h"

#include "exchange/csvreader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    // Small limits, so that the fuzzer reaches each of them with inputs of a few hundred bytes.
    constexpr tend::CsvLimits limits{.bytes = 4096, .rows = 20, .fieldsPerRow = 8, .fieldLength = 64};
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [&](std::string_view text) {
        const auto rows = tend::readCsv(text, limits);
        expect(rows.size() <= limits.rows, "no more rows than the limit");
        std::size_t previousLine = 0;
        for (const auto& row : rows) {
            expect(row.line > previousLine, "rows come in order of their lines, each line once");
            previousLine = row.line;
            expect(!row.fields.empty() && row.fields.size() <= limits.fieldsPerRow,
                   "every row has at least one field and no more than the limit");
            for (const auto& field : row.fields)
                expect(field.size() <= limits.fieldLength, "no field is longer than the limit");
        }
    });
}
