#!/usr/bin/env bash
# Memory soak: `veil serve` under a steady mix of cache hits and misses for SOAK_SECONDS (default 600), sampling the
# gateway's RSS every 10 s. Writes Benchmarks/results/soak-rss.csv (seconds,rss_kb,anon_kb) and prints a summary.
#   make release && Benchmarks/soak.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VEIL_BIN="${VEIL_BIN:-$ROOT/.build/release/veil}"
SOAK_SECONDS="${SOAK_SECONDS:-600}"
OUT="${OUT:-$ROOT/Benchmarks/results/soak-rss.csv}"
source "$ROOT/Benchmarks/processes.sh" veil-soak
MOCK=$(free_port); GW=$(free_port); ADMIN="soak-admin-key-0123456789"
"$VEIL_BIN" mock-upstream --port "$MOCK" --record 0 >"$WORK/mock.log" 2>&1 & PIDS+=($!)
mkdir -p "$WORK/policies"; cp "$ROOT"/policies/*.yaml "$WORK/policies/"
printf 'name: bench\ncache:\n  max_entries: 20000\nquotas:\n  concurrent_requests: 100000\n  requests_per_minute: 100000000\n  tokens_per_minute: 1000000000000\n' >"$WORK/policies/bench.yaml"
wait_up "http://127.0.0.1:$MOCK/healthz"
VEIL_ADMIN_KEY="$ADMIN" VEIL_MASTER_KEY="$(head -c 32 /dev/zero | base64)" VEIL_LOG_LEVEL=warning \
  "$VEIL_BIN" serve --listen "127.0.0.1:$GW" --data-dir "$WORK/data" --policies-dir "$WORK/policies" \
  --upstream "http://127.0.0.1:$MOCK/v1" >"$WORK/gw.log" 2>&1 & GWPID=$!; PIDS+=($GWPID)
wait_up "http://127.0.0.1:$GW/healthz"
KEY=$(curl -sf -X POST "http://127.0.0.1:$GW/admin/tenants" -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: application/json' -d '{"id":"soak","policy":"bench"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])')
cat >"$WORK/mix.lua" <<LUA
local n = 0
function request()
  n = n + 1
  local q = "What is the boiling point of water at sea level?"
  if n % 10 == 0 then q = q .. " variant " .. math.random(1, 5000) end   -- 10% misses, bounded key space
  local body = '{"model":"mock-gpt","temperature":0,"messages":[{"role":"user","content":"' .. q .. '"}]}'
  return wrk.format("POST", "/v1/chat/completions", {["Content-Type"]="application/json", ["Authorization"]="Bearer $KEY"}, body)
end
LUA
echo "seconds,rss_kb,anon_kb" >"$OUT"
wrk -t1 -c8 -d"${SOAK_SECONDS}s" -s "$WORK/mix.lua" "http://127.0.0.1:$GW/v1/chat/completions" >"$WORK/wrk.log" 2>&1 &
WRK=$!
start=$(date +%s)
while kill -0 "$WRK" 2>/dev/null; do
  now=$(( $(date +%s) - start ))
  rss=$(awk '/^VmRSS/ {print $2}' /proc/$GWPID/status); anon=$(awk '/^RssAnon/ {print $2}' /proc/$GWPID/status)
  echo "$now,$rss,$anon" >>"$OUT"
  sleep 10
done
grep -E "Requests/sec|requests in" "$WORK/wrk.log" || true
python3 - "$OUT" <<'PY'
import csv,sys
rows=list(csv.DictReader(open(sys.argv[1])))
r=[int(x["rss_kb"]) for x in rows]; a=[int(x["anon_kb"]) for x in rows]
third=max(1,len(r)//3)
print(f"samples={len(r)} rss first={r[0]} kB max={max(r)} kB last={r[-1]} kB; anon first={a[0]} last={a[-1]} kB; "
      f"mean rss first third={sum(r[:third])//third} kB last third={sum(r[-third:])//third} kB")
PY
