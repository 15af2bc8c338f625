#!/usr/bin/env bash
# Crash and fault soak of `veil serve` (issue 16): mixed load from two tenants (hits, misses, streams), admin calls
# and the erasure of a third tenant, while the gateway is killed with SIGKILL and restarted KILLS times (20) and its
# upstreams reset connections, answer 500, stall, cut streams and send malformed SSE. Loopback only; bounded by
# MAX_SECONDS (600). Prints the counts (requests, kills, wrong-tenant, torn, PII leaks, malformed, max RSS) and exits 1
# on any violation. The checks are described in Benchmarks/chaos.py.
#
#   make chaos                                  # debug build, 20 kills
#   VEIL_BIN=.build/release/veil KILLS=5 CYCLE_SECONDS=2 Benchmarks/chaos.sh     # a short run (CI)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
export VEIL_BIN="${VEIL_BIN:-$ROOT/.build/debug/veil}"
[ -x "$VEIL_BIN" ] || { echo "no veil binary at $VEIL_BIN (make build)" >&2; exit 2; }
exec timeout --kill-after=30 "${MAX_SECONDS:-600}" python3 "$ROOT/Benchmarks/chaos.py"
