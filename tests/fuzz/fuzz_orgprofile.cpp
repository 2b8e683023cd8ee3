#include "fuzzinput.h"

#include "content/orgprofile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return tend::fuzz::parseExpecting<tend::DataFileError>(
        data, size, [](std::string_view text) { (void)tend::parseOrgProfile(text); });
}
