#!/usr/bin/env bash
# Builds the libFuzzer targets (Fuzz/Package.swift) with the fuzzer and AddressSanitizer, then runs each for SECONDS.
#
#   Fuzz/run.sh [SECONDS] [TARGET...]        # make fuzz FUZZ_SECONDS=N [FUZZ_TARGETS="pii sse"] [FUZZ_JOBS=2]
#
# Targets: pii (PII scanner + session + restorer round trip), wirejson (WireJSON against Foundation), sse (SSE parser
# and stream restorer under any split), policy (policy YAML loader). Seeds are read from Fuzz/corpus/<target>/ (kept
# small and committed); what a run discovers goes to .build-fuzz/corpus/<target>/, so later runs start from it.
# A finding is saved as .build-fuzz/artifacts/<target>/crash-…: reproduce it with
#   .build-fuzz/release/Fuzz<Target> .build-fuzz/artifacts/<target>/crash-…    (pii: .build-fuzz/pii/FuzzPII)
# Prints one line per target (executions, coverage: libFuzzer's cov and ft, corpus size, findings) and exits 1 if
# any target found something. FUZZ_JOBS=2 runs two targets at a time (the machine has two cores).
# FUZZ_CONFIG=debug builds the package targets unoptimized: a fresh build takes about half as long, for a fraction
# of the executions per second; CI uses it for its short run (.ci/run), long runs should not.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SECONDS_PER_TARGET="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(pii wirejson sse policy)
SCRATCH="${FUZZ_SCRATCH:-$ROOT/.build-fuzz}"
JOBS="${FUZZ_JOBS:-1}"
CONFIG="${FUZZ_CONFIG:-release}"

binary() { case $1 in pii) echo FuzzPII ;; wirejson) echo FuzzWireJSON ;; sse) echo FuzzSSEStream ;;
    policy) echo FuzzPolicyYAML ;; *) echo "unknown fuzz target $1" >&2; exit 2 ;; esac; }
# FuzzPII lives outside SwiftPM's `release` (a symlink SwiftPM makes, replacing a directory of that name, and with it
# a FuzzPII built there first, in a fresh scratch directory).
executable() { if [ "$1" = pii ]; then echo "$SCRATCH/pii/FuzzPII"; else echo "$SCRATCH/$CONFIG/$(binary "$1")"; fi; }

# Optimized builds by default: libFuzzer needs executions per second, and unoptimized Swift runs the scanner 20-50x
# slower. FuzzPII is optimized even with FUZZ_CONFIG=debug: one swiftc call, under a minute.
mkdir -p "$SCRATCH/pii"
products=()
for target in "${TARGETS[@]}"; do
    if [ "$target" = pii ]; then
        # VeilPII has no dependencies: one swiftc call over its sources, the support code and the target. It
        # compiles a copy, so that a source saved meanwhile (an editor, a generator) does not fail the build.
        sources=$(find Sources/VeilPII Fuzz/Sources/FuzzSupport Fuzz/Sources/FuzzPII -name '*.swift' | sort)
        # shellcheck disable=SC2012,SC2086  # Swift file names: no blanks or newlines
        newest=$(ls -t $sources | head -1)
        if [ ! -x "$SCRATCH/pii/FuzzPII" ] || [ "$newest" -nt "$SCRATCH/pii/FuzzPII" ]; then
            echo "compiling FuzzPII"
            rm -rf "$SCRATCH/FuzzPII-sources"
            mkdir -p "$SCRATCH/FuzzPII-sources"
            # shellcheck disable=SC2086
            cp --parents $sources "$SCRATCH/FuzzPII-sources/"
            # shellcheck disable=SC2086
            (cd "$SCRATCH/FuzzPII-sources" && swiftc -O -sanitize=fuzzer,address -parse-as-library -swift-version 6 \
                -package-name veil -D FUZZ_SINGLE_MODULE -module-name FuzzPII $sources -o "$SCRATCH/pii/FuzzPII")
        fi
    else
        products+=("$(binary "$target")")
    fi
done
if [ ${#products[@]} -gt 0 ]; then
    # One product, or the whole package (SwiftPM builds one --product per call).
    only=()
    [ ${#products[@]} -eq 1 ] && only=(--product "${products[0]}")
    swift build -c "$CONFIG" --package-path Fuzz --scratch-path "$SCRATCH" "${only[@]}" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -enable-testing
fi
dict() { case $1 in pii | sse) echo placeholders ;; wirejson) echo json ;; policy) echo yaml ;; esac; }

run_target() { # target
    local target=$1 log="$SCRATCH/logs/$1.log"
    mkdir -p "$SCRATCH/corpus/$target" "$SCRATCH/artifacts/$target" "$SCRATCH/logs"
    # -detect_leaks=0: the Swift runtime allocates type metadata and other caches on first use and keeps them for
    # the life of the process, which LeakSanitizer reports as a leak of whichever input first needed them.
    set +e
    # SWIFT_BACKTRACE: a finding aborts; Swift's backtracer would spend seconds symbolicating every one.
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" "$(executable "$target")" \
        "$SCRATCH/corpus/$target" "Fuzz/corpus/$target" \
        -dict="Fuzz/dict/$(dict "$target").dict" -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 \
        -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$target/" \
        >"$log" 2>&1
    local status=$?
    set -e
    local done_line execs
    done_line=$(grep -E '^#[0-9]+[[:space:]]+(DONE|INITED|pulse|NEW|REDUCE)' "$log" | tail -1)
    execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log" | tail -1)
    local cov ft corp
    cov=$(sed -nE 's/.* cov: ([0-9]+) .*/\1/p' <<<"$done_line")
    ft=$(sed -nE 's/.* ft: ([0-9]+) .*/\1/p' <<<"$done_line")
    corp=$(sed -nE 's/.* corp: ([0-9]+)\/.*/\1/p' <<<"$done_line")
    local findings
    findings=$(find "$SCRATCH/artifacts/$target" -type f -newer "$SCRATCH/logs/.start-$target" | wc -l)
    printf 'fuzz %-9s %6ss  execs %-10s cov %-6s ft %-6s corpus %-5s findings %s  (exit %s, log %s)\n' \
        "$target" "$SECONDS_PER_TARGET" "${execs:-?}" "${cov:-?}" "${ft:-?}" "${corp:-?}" "$findings" "$status" \
        "${log#"$ROOT"/}"
    if [ "$status" -ne 0 ]; then
        grep -m1 -E 'FUZZ FINDING|ERROR: AddressSanitizer|Fatal error|ERROR: libFuzzer' "$log" || true
        return 1
    fi
}

failed=0
pids=()
for target in "${TARGETS[@]}"; do
    binary "$target" >/dev/null
    mkdir -p "$SCRATCH/logs"
    touch "$SCRATCH/logs/.start-$target"
    if [ "$JOBS" -gt 1 ]; then
        run_target "$target" &
        pids+=($!)
        if [ ${#pids[@]} -ge "$JOBS" ]; then
            wait "${pids[0]}" || failed=1
            pids=("${pids[@]:1}")
        fi
    else
        run_target "$target" || failed=1
    fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done
exit $failed
