// Replays saved inputs through a fuzz target in an ordinary build, so that every input that once crashed
// a parser stays a test. Linked with one fuzz_<target>.cpp in place of libFuzzer's own main.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The files to replay: each argument is a file or a folder of them. Hidden files are notes for people,
// and a folder that does not exist yet simply holds no inputs.
std::vector<fs::path> inputsFrom(int argc, char** argv) {
    std::vector<fs::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const fs::path argument(argv[i]);
        if (fs::is_regular_file(argument)) {
            inputs.push_back(argument);
            continue;
        }
        if (!fs::is_directory(argument))
            continue;
        for (const auto& entry : fs::directory_iterator(argument)) {
            if (entry.is_regular_file() && !entry.path().filename().string().starts_with('.'))
                inputs.push_back(entry.path());
        }
    }
    std::sort(inputs.begin(), inputs.end());
    return inputs;
}

} // namespace

int main(int argc, char** argv) {
    const auto inputs = inputsFrom(argc, argv);
    for (const auto& input : inputs) {
        // Printed first, so that the log names the input if the target crashes on it.
        std::printf("replaying %s\n", input.c_str());
        std::fflush(stdout);
        std::ifstream file(input, std::ios::binary);
        const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(file),
                                              std::istreambuf_iterator<char>()};
        if (!file.good() && !file.eof()) {
            std::fprintf(stderr, "cannot read %s\n", input.c_str());
            return 1;
        }
        LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
    }
    std::printf("%zu inputs replayed without a crash\n", inputs.size());
    return 0;
}
