#!/usr/bin/env bash
# The library as an outside package sees it (issue 17, item 6): builds Examples/Consumer, a package of its own that
# depends on Veil by URL and version with only `import Veil`, and runs it against `veil mock-upstream`: a miss, then an
# exact hit.
#
#   scripts/consumer-check.sh [VEIL_BINARY]          # make consumer-check
#
# SwiftPM treats a dependency named by URL as remote (its rules for unsafe flags, only products visible), so the
# committed HEAD is cloned to a scratch directory, tagged 0.1.0 there, and named by a file:// URL. Uncommitted
# changes are not part of the check.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
SWIFT="${SWIFT:-swift}"
VEIL="${1:-$ROOT/.build/debug/veil}"
WORK="${CONSUMER_WORK:-$ROOT/.build-consumer}"
[ -x "$VEIL" ] || { echo "consumer-check: no veil binary at $VEIL (build it first)" >&2; exit 2; }

rm -rf "$WORK/src"
mkdir -p "$WORK/src"
git clone -q "$ROOT" "$WORK/src/veil"
git -C "$WORK/src/veil" tag 0.1.0
# The clone is new but its tag is not: forget the commit an earlier run pinned and checked out (the pin, the
# workspace state, the checkout), so that a second run builds this HEAD instead of the last one; the other
# dependencies stay pinned and cached.
rm -rf "$WORK/build/checkouts/veil" "$WORK/build/repositories/veil-"*
python3 - Examples/Consumer/Package.resolved "$WORK/build/workspace-state.json" <<'PY'
import json, os, sys
resolved, state = sys.argv[1], sys.argv[2]
if os.path.exists(resolved):
    data = json.load(open(resolved))
    data["pins"] = [pin for pin in data.get("pins", []) if pin.get("identity") != "veil"]
    json.dump(data, open(resolved, "w"), indent=2)
if os.path.exists(state):
    data = json.load(open(state))
    deps = data["object"]["dependencies"]
    data["object"]["dependencies"] = [d for d in deps if d["packageRef"]["identity"] != "veil"]
    json.dump(data, open(state, "w"))
PY
start=$(date +%s)
VEIL_PACKAGE_URL="file://$WORK/src/veil" VEIL_PACKAGE_VERSION=0.1.0 \
    "$SWIFT" build --package-path Examples/Consumer --scratch-path "$WORK/build"
echo "consumer-check: built in $(($(date +%s) - start)) s"

port=$((20000 + RANDOM % 20000))
"$VEIL" mock-upstream --port "$port" --latency-ms 1 >"$WORK/mock.log" 2>&1 &
mock=$!
trap 'kill $mock 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
    sleep 0.1
done
MODEL_URL="http://127.0.0.1:$port/v1" "$WORK/build/debug/VeilConsumer"
