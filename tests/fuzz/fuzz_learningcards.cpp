#include "fuzzinput.h"

#include "content/learningcards.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return tend::fuzz::parseExpecting<tend::DataFileError>(
        data, size, [](std::string_view text) { (void)tend::parseLearningCards(text); });
}
