#!/usr/bin/env bash
# Regenerates scripts/veil.order: the functions a running `veil serve` executes, hottest first, which the release
# link places at the front of the executable's text (docs/ARCHITECTURE.md, "Memory").
#
#   make release && scripts/order-file.sh            # needs valgrind (apt-get install valgrind)
#
# It runs the release `veil serve` under callgrind against `veil mock-upstream`, drives it through start-up, the
# admin API, misses, exact and semantic hits, streams, no-store requests, errors, /metrics and a minute idle, and
# writes every function that ran, by instructions executed. Names that no longer exist after a code change are
# ignored by the linker; functions added since the last run are laid out after the listed ones, so a stale file
# costs some resident memory, never correctness. Regenerate after large changes to the request path.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VEIL_BIN="${VEIL_BIN:-$ROOT/.build/release/veil}"
OUT="${OUT:-$ROOT/scripts/veil.order}"
IDLE="${IDLE:-60}"
ADMIN_KEY="order-file-admin-key-0123456789"
source "$ROOT/Benchmarks/processes.sh" veil-order
command -v valgrind >/dev/null || { echo "valgrind is needed: apt-get install valgrind" >&2; exit 1; }

# Valgrind cannot read the DWARF of a large Swift binary; the symbol table is all the order needs.
objcopy --strip-debug "$VEIL_BIN" "$WORK/veil"
mkdir -p "$WORK/policies"
printf 'name: open\nquotas:\n  concurrent_requests: 1000\n  requests_per_minute: 1000000\n' >"$WORK/policies/open.yaml"

MOCK_PORT=$(free_port)
"$VEIL_BIN" mock-upstream --port "$MOCK_PORT" --latency-ms 0 >"$WORK/mock.log" 2>&1 &
PIDS+=($!)
wait_up "http://127.0.0.1:$MOCK_PORT/healthz"

PORT=$(free_port)
VEIL_ADMIN_KEY="$ADMIN_KEY" VEIL_MASTER_KEY="$(head -c 32 /dev/urandom | base64)" VEIL_LOG_LEVEL=info \
    valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" --dump-instr=no --demangle=no \
    --compress-strings=no --compress-pos=no \
    "$WORK/veil" serve --listen "127.0.0.1:$PORT" --data-dir "$WORK/data" --policies-dir "$WORK/policies" \
    --upstream "http://127.0.0.1:$MOCK_PORT/v1" >"$WORK/gateway.log" 2>&1 &
GATEWAY_PID=$!
PIDS+=("$GATEWAY_PID")
G="http://127.0.0.1:$PORT"
wait_up "$G/healthz" 1200 # start-up under valgrind is slow

ADMIN="Authorization: Bearer $ADMIN_KEY"
JSON='Content-Type: application/json'
KEY=$(curl -sf -X POST "$G/admin/tenants" -H "$ADMIN" -H "$JSON" -d '{"id":"order","policy":"open"}' |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])')
curl -sf -X POST "$G/admin/tenants" -H "$ADMIN" -H "$JSON" -d '{"id":"other","policy":"default"}' >/dev/null
TENANT="Authorization: Bearer $KEY"
chat() { curl -s -o /dev/null "$G/v1/chat/completions" -H "$TENANT" -H "$JSON" "$@"; }
for round in 1 2 3; do
    for prompt in "What is the capital of France?" \
        "My email is jane.doe@example.com and my phone is +1 415 555 0100, please help" \
        "我的电话是13800138000，请帮我写一封信" "Explain TCP slow start, part $round"; do
        body="{\"model\":\"mock-1\",\"user\":\"u$round\",\"messages\":[{\"role\":\"user\",\"content\":\"$prompt\"}]"
        chat -d "$body}"
        chat -d "$body,\"stream\":true,\"stream_options\":{\"include_usage\":true}}"
        chat -H 'Cache-Control: no-store' -d "$body}"
    done
    chat -d '{"model":"mock-1","messages":[{"role":"user","content":"What is the capital city of France?"}]}'
    chat -d '{"model":'
    chat -d '{"model":"unknown","messages":[{"role":"user","content":"x"}]}'
    curl -s -o /dev/null "$G/v1/chat/completions" -H 'Authorization: Bearer wrong' -H "$JSON" -d '{}'
    curl -s -o /dev/null "$G/v1/models" -H "$TENANT"
    for path in /metrics /readyz /healthz; do curl -s -o /dev/null "$G$path"; done
    curl -s -o /dev/null "$G/admin/tenants" -H "$ADMIN"
    curl -s -o /dev/null "$G/admin/tenants/order/stats" -H "$ADMIN"
done
sleep "$IDLE"
kill -INT "$GATEWAY_PID"
wait "$GATEWAY_PID" || true

# Self cost per function: cost lines that follow a `calls=` line are the callee's inclusive cost, not the caller's.
python3 - "$WORK/callgrind.out" "$OUT" <<'EOF'
import re, sys
cost, fn, after_call, names = {}, None, False, {}
for line in open(sys.argv[1], errors="replace"):
    if line.startswith("fn="):
        fn = line[3:].strip(); cost.setdefault(fn, 0); after_call = False
    elif line.startswith("cfn="):
        cost.setdefault(line[4:].strip(), 0)
    elif line.startswith("calls="):
        after_call = True
    elif line[:1].isdigit() or line[:1] in "+-*":
        if after_call:
            after_call = False
        elif fn is not None:
            parts = line.split()
            if len(parts) >= 2 and parts[1].isdigit():
                cost[fn] += int(parts[1])
order = sorted(cost, key=lambda n: -cost[n])
with open(sys.argv[2], "w") as out:
    for name in order:
        name = re.sub(r"'\d+$", "", name)  # callgrind's recursion suffix
        if name not in names and not name.startswith("0x") and " " not in name:
            names[name] = True
            out.write(name + "\n")
print(f"{len(names)} functions -> {sys.argv[2]}")
EOF
