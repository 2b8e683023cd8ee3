#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace tend::crash {

// One kind of work the crash harness interrupts. The writer process runs `write` until the driver kills
// it with SIGKILL; the driver then runs `check` on a copy of what the writer left behind.
struct CrashScenario {
    std::string_view name;
    // How many writers are killed one after another on the same data folder before a fresh one is used.
    // Each later writer starts by recovering from the previous kill, as the app does when it restarts.
    int killsPerDataDir = 1;
    // Runs in the writer until it is killed. Reports each finished step with report(), only after the
    // step returned, so that a reported step is a promise the data must keep.
    void (*write)(const std::filesystem::path& dataDir);
    // Runs in the driver on a copy of the data folder. `reports` holds every complete line all writers on
    // this folder reported, oldest first. Throws CrashCheckFailure on any broken promise.
    void (*check)(const std::filesystem::path& dataDir, const std::vector<std::string>& reports);
    // The kills come within this many milliseconds of the writer's start (TEND_CRASH_MAX_DELAY_MS
    // overrides it); 0 takes the driver's default. Work that is over in moments needs a short window.
    long maxDelayMs = 0;
};

// The scenarios listed in crashscenariolist.h, or null for an unknown name.
[[nodiscard]] const CrashScenario* findCrashScenario(std::string_view name);
[[nodiscard]] std::vector<std::string_view> crashScenarioNames();

} // namespace tend::crash
