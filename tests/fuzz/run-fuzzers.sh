#!/usr/bin/env bash
# Builds the fuzz targets with clang 14 (libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer) and runs
# each one for a while. An input that crashes a target, leaks, hangs or exhausts memory is copied into
# tests/fuzz/regressions/<target>/, where the ordinary build's `fuzz` tests replay it from then on, and
# the script fails.
#
# Usage: tests/fuzz/run-fuzzers.sh [seconds-per-target] [target...]
#   seconds-per-target  default 300; CI runs 15
#   target...           only these (names as in tests/fuzz/CMakeLists.txt); default all
# Environment: TEND_FUZZ_BUILD_DIR (default build-fuzz in the repository), TEND_FUZZ_JOBS (build jobs).
# The corpus each target grows is kept in <build>/corpus/<target>, so later runs start from it.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-300}
shift || true
build=${TEND_FUZZ_BUILD_DIR:-$repo/build-fuzz}

cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
    -DTEND_BUILD_APP=OFF -DTEND_BUILD_TESTS=OFF -DTEND_FUZZ=ON >/dev/null
cmake --build "$build" -j"${TEND_FUZZ_JOBS:-$(nproc)}"

# Sanitizer reports name file and line when they find llvm-symbolizer; Debian's llvm-14 puts it on PATH
# only under a versioned name.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1}

failed=()
while read -r name executable seeds; do
    if [ -z "$name" ] || { [ $# -gt 0 ] && [[ " $* " != *" $name "* ]]; }; then
        continue
    fi
    # libFuzzer treats file arguments as inputs to run once, so seeds go into a folder of their own.
    seed_dir=$build/seeds/$name
    corpus=$build/corpus/$name
    artifacts=$build/artifacts/$name
    regressions=$repo/tests/fuzz/regressions/$name
    rm -rf "$seed_dir" "$artifacts"
    mkdir -p "$seed_dir" "$corpus" "$artifacts"
    for seed in $seeds; do
        if [ -d "$seed" ]; then cp "$seed"/* "$seed_dir"/; else cp "$seed" "$seed_dir"/; fi
    done
    if [ -d "$regressions" ]; then cp "$regressions"/* "$seed_dir"/ 2>/dev/null || true; fi

    log=$build/fuzz-$name.log
    echo "== fuzzing $name for ${seconds} s (log: $log)"
    if "$executable" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict="$repo/tests/fuzz/json.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
        "$corpus" "$seed_dir" >"$log" 2>&1; then
        grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | tr '\n' ' '
        echo
    else
        failed+=("$name")
        tail -n 80 "$log"
        mkdir -p "$regressions"
        for input in "$artifacts"/crash-* "$artifacts"/leak-* "$artifacts"/timeout-* "$artifacts"/oom-*; do
            if [ -f "$input" ]; then
                cp "$input" "$regressions"/
                echo "== saved $(basename "$input") to tests/fuzz/regressions/$name/"
            fi
        done
    fi
done <"$build/fuzz-targets.txt"

if [ ${#failed[@]} -gt 0 ]; then
    echo "== fuzzing found problems in: ${failed[*]}; reproduce with <build>/tests/fuzz/fuzz_<target> <input>"
    exit 1
fi
echo "== every fuzz target ran ${seconds} s without a finding"
