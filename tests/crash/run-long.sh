#!/usr/bin/env bash
# The long crash-safety run: thousands of SIGKILLs per scenario instead of CI's hundreds.
# Usage: tests/crash/run-long.sh [kills-per-scenario] [scenario...]
#   kills-per-scenario  default 3000
#   scenario...         default all (the names in tests/crash/crashscenariolist.h)
# Environment: TEND_BUILD_DIR (an existing or new build of the tests, default build in the repository),
# TEND_CRASH_SEED and TEND_CRASH_MAX_DELAY_MS as for the driver.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
kills=${1:-3000}
shift || true
build=${TEND_BUILD_DIR:-$repo/build}
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTEND_BUILD_APP=OFF
fi
cmake --build "$build" --target tend_crash_writer tend_crash_driver
scenarios=("$@")
if [ ${#scenarios[@]} -eq 0 ]; then
    mapfile -t scenarios < <(sed -n 's/^TEND_CRASH_SCENARIO(\([a-z0-9_]*\)).*/\1/p' "$repo/tests/crash/crashscenariolist.h")
fi
for scenario in "${scenarios[@]}"; do
    TEND_CRASH_ITERATIONS=$kills "$build/tests/crash/tend_crash_driver" "$build/tests/crash/tend_crash_writer" "$scenario"
done
