#include "fuzzinput.h"

#include "content/emergencynumbers.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [](std::string_view text) {
        const auto table = tend::parseEmergencyNumbers(text);
        using tend::fuzz::expect;
        expect(!table.source.empty(), "an accepted table names its source");
        expect(!table.countries.empty(), "an accepted table lists a country");
        for (const auto& country : table.countries) {
            expect(table.find(country.code) == &country, "each country is found by its own code");
            const std::string lower{static_cast<char>(country.code[0] - 'A' + 'a'),
                                    static_cast<char>(country.code[1] - 'A' + 'a')};
            expect(table.find(lower) == &country, "a lower-case code finds the same country");
            expect(!country.numbers.empty(), "each country has a number to dial");
            for (const auto& number : country.numbers) {
                expect(!number.services.empty(), "each number reaches someone");
                expect(std::all_of(number.dial.begin(), number.dial.end(),
                                   [](char c) { return c >= '0' && c <= '9'; }),
                       "a number to dial holds only digits");
            }
            if (const auto* general = country.generalNumber())
                expect(general->reachesAll(), "a general number reaches every service");
            for (const auto service : tend::allEmergencyServices)
                if (const auto* number = country.numberFor(service))
                    expect(number->reaches(service), "the number for a service reaches it");
        }
    });
}
