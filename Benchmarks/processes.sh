# Sourced by the scripts that start `veil serve` and `veil mock-upstream` (Benchmarks/loadtest.sh,
# Benchmarks/soak.sh, scripts/order-file.sh): one work directory and the processes in PIDS are removed on exit,
# whatever way the script ends, so a failed run leaves no daemon holding a port or a store behind.
#   source "$ROOT/Benchmarks/processes.sh" veil-loadtest    # sets WORK=/tmp/veil-loadtest.XXXXXX
WORK="$(mktemp -d "/tmp/${1:-veil-run}.XXXXXX")"
PIDS=()

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Waits until URL answers 2xx, polling every 0.1 s up to TRIES times (default 300); exits the script otherwise.
wait_up() { # url [tries]
    for _ in $(seq 1 "${2:-300}"); do
        curl -sf -o /dev/null "$1" && return 0
        sleep 0.1
    done
    echo "$1 did not come up" >&2
    exit 1
}
