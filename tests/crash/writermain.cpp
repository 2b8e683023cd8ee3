// The process the crash driver kills: runs one scenario's writer on a data folder until it is killed.
// Usage: tend_crash_writer <scenario> <data-dir>

#include "crashscenario.h"

#include <cstdio>
#include <exception>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s <scenario> <data-dir>\n", argv[0]);
        return 2;
    }
    const auto* scenario = tend::crash::findCrashScenario(argv[1]);
    if (!scenario) {
        std::string known;
        for (const auto name : tend::crash::crashScenarioNames())
            known.append(" ").append(name);
        std::fprintf(stderr, "unknown crash scenario \"%s\"; known:%s\n", argv[1], known.c_str());
        return 2;
    }
    try {
        scenario->write(argv[2]);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "the %s writer failed: %s\n", argv[1], error.what());
        return 1;
    }
    std::fprintf(stderr, "the %s writer ran out of work before it was killed\n", argv[1]);
    return 1;
}
