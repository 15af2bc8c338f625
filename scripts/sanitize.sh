#!/usr/bin/env bash
# The unit and integration tests under ThreadSanitizer and AddressSanitizer (issue 16): `make sanitize`.
#
#   scripts/sanitize.sh [thread|address ...]          # default: both, one after the other
#
# Each sanitizer builds into a scratch directory of its own (.build-tsan, .build-asan), so neither disturbs the
# normal .build, then runs the suites one test module at a time, then the wall-clock-bound suites on their own (the
# second pass of `make unit-test`). Reports are fatal (halt_on_error / abort), so a clean run is a passing run.
# Suppressions (scripts/sanitizers/*.supp) are for dependencies only, each with its reason.
#
# The shared-store suites (VeilPostgresTests) run against a throwaway PostgreSQL (scripts/pg-test-server.sh, as in
# `make unit-test`), started once and stopped on every exit path; VEIL_TEST_POSTGRES_URL set by the caller is used
# instead, and SANITIZE_POSTGRES=0 skips them.
#
# LeakSanitizer is off (detect_leaks=0): the Swift runtime's metadata caches and the test runner's process-lifetime
# objects are never freed by design, and every run would report them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SWIFT="${SWIFT:-swift}"
TIMING_SUITES="${TIMING_SUITES:-UpstreamPoolTests|TenantIsolationTests|WatchdogTests|VeilPostgresTests|DrainTimeLimitTests}"
SANITIZERS=("$@")
MODULES="${SANITIZE_MODULES:-$(for dir in Tests/*Tests; do printf '%s ' "${dir#Tests/}"; done)}"
if [ "${SANITIZE_POSTGRES:-1}" = 1 ] && [ -z "${VEIL_TEST_POSTGRES_URL:-}" ]; then
    pgdir=$(mktemp -d /tmp/veil-pg-XXXXXX)
    trap 'scripts/pg-test-server.sh stop "$pgdir"' EXIT
    VEIL_TEST_POSTGRES_URL=$(scripts/pg-test-server.sh start "$pgdir")
    export VEIL_TEST_POSTGRES_URL VEIL_REQUIRE_POSTGRES=1
fi
[ ${#SANITIZERS[@]} -gt 0 ] || SANITIZERS=(thread address)
failed=()

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
    # One test module at a time: under a sanitizer every test runs 5-15x slower, and with all modules at once the
    # CPU-bound suites (HNSW graphs, MiniLM, 10 MB PII inputs) held the two cooperative threads for minutes, so a
    # task with a one-minute deadline (LMDB writer tests, a live socket) was never scheduled in time.
    for module in $MODULES; do
        [[ $module =~ ^($TIMING_SUITES)$ ]] && continue  # a timing module: all of it runs in the last pass
        echo "== $sanitizer: $module"
        "$SWIFT" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" \
            --filter "^$module\\." --skip "$TIMING_SUITES" || failed+=("$sanitizer: $module")
    done
    echo "== $sanitizer: $TIMING_SUITES"
    "$SWIFT" test --skip-build --sanitize="$sanitizer" --scratch-path "$scratch" --filter "$TIMING_SUITES" ||
        failed+=("$sanitizer: $TIMING_SUITES")
    echo "== $sanitizer: tests took $(($(date +%s) - start)) s"
done
# Every module runs even after one fails, so one run shows every finding; the exit status says whether any did.
if [ ${#failed[@]} -gt 0 ]; then
    printf '== failed: %s\n' "${failed[@]}"
    exit 1
fi
echo "== clean: ${SANITIZERS[*]}"
