#include "fuzzinput.h"

#include "prompts/promptrules.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using tend::fuzz::expect;
    return tend::fuzz::parseExpecting<tend::DataFileError>(data, size, [](std::string_view text) {
        const auto rules = tend::parsePromptRules(text);
        for (const auto& rule : rules.rules) {
            expect(rules.find(rule.id) == &rule, "rule ids are unique and find() returns the rule");
            expect(rule.quietDays >= 1, "a dismissed prompt stays quiet for at least a day");
        }
    });
}
