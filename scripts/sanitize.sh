#!/usr/bin/env bash
# The unit and integration tests under ThreadSanitizer and AddressSanitizer (issue 16): `make sanitize`.
#
#   scripts/sanitize.sh [thread|address ...]          # default: both, one after the other
#
# Each sanitizer builds into a scratch directory of its own (.build-tsan, .build-asan), so neither disturbs the
# normal .build, then runs the suites in the two passes of `make unit-test` (everything in parallel, then the
# wall-clock-bound suites on their own). Reports are fatal (halt_on_error / abort), so a clean run is a passing run.
# Suppressions (scripts/sanitizers/*.supp) are for dependencies only, each with its reason.
#
# LeakSanitizer is off (detect_leaks=0): the Swift runtime's metadata caches and the test runner's process-lifetime
# objects are never freed by design, and every run would report them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SWIFT="${SWIFT:-swift}"
TIMING_SUITES="${TIMING_SUITES:-UpstreamPoolTests|TenantIsolationTests|WatchdogTests}"
SANITIZERS=("$@")
[ ${#SANITIZERS[@]} -gt 0 ] || SANITIZERS=(thread address)

for sanitizer in "${SANITIZERS[@]}"; do
    case $sanitizer in
    thread) scratch="$ROOT/.build-tsan" ;;
    address) scratch="$ROOT/.build-asan" ;;
    *) echo "unknown sanitizer $sanitizer (thread, address)" >&2; exit 2 ;;
    esac
    export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$ROOT/scripts/sanitizers/tsan.supp"
    export ASAN_OPTIONS="detect_leaks=0:halt_on_error=1:abort_on_error=1:detect_stack_use_after_return=0"
    echo "== $sanitizer: build ($scratch)"
    start=$(date +%s)
    "$SWIFT" build --build-tests --sanitize="$sanitizer" --scratch-path "$scratch"
    echo "== $sanitizer: build took $(($(date +%s) - start)) s; tests"
    start=$(date +%s)
    "$SWIFT" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --skip "$TIMING_SUITES"
    "$SWIFT" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --filter "$TIMING_SUITES"
    echo "== $sanitizer: clean, tests took $(($(date +%s) - start)) s"
done
