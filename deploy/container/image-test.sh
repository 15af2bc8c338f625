#!/usr/bin/env bash
# `make image-test`: builds the image the offline way and runs it.
#
#   deploy/container/image-test.sh [BINARY]     (default .build/release/veil, from `make release`)
#
# 1. installs what is missing (apt: debootstrap, buildah, podman, runc, curl);
# 2. makes or reuses the debootstrap base (make-base.sh, cached in /var/cache/veil-image);
# 3. builds target `prebuilt` of the Containerfile on it, with a stripped copy of BINARY;
# 4. runs `veil mock-upstream` and `veil serve` from the image with Podman on the host network (loopback only), as a
#    Kubernetes pod would run it: user 10001, read-only root file system, all capabilities dropped, no new
#    privileges, data on a volume, master and admin keys from read-only secret files;
# 5. checks /healthz, /readyz, the image's HEALTHCHECK, the user, capabilities and read-only root, that no key is
#    in the image, a miss, an exact hit, `veil erase` run in the container beside the daemon, then SIGTERM during
#    a streaming request: the stream must finish and the container exit 0 within the drain timeout;
# 6. prints the image size, the container's idle RSS and how long each step took.
#
# Uses a container storage of its own (vfs driver, $VEIL_IMAGE_TEST_ROOT, default /var/lib/veil-image-test), so it
# needs no storage configuration and leaves the machine's default storage alone. Root only.
set -euo pipefail
cd "$(dirname "$0")/../.."

binary="${1:-.build/release/veil}"
image="localhost/veil:image-test"
state="${VEIL_IMAGE_TEST_ROOT:-/var/lib/veil-image-test}"
drain_seconds=10
started=$(date +%s)
phase_started=""
phase() {
    local now
    now=$(date +%s)
    [[ -n "$phase_started" ]] && echo "   ($((now - phase_started)) s)"
    echo "== $1"
    phase_started=$now
}
fail() {
    echo "image-test: FAILED: $*" >&2
    exit 1
}

[[ "$(id -u)" == 0 ]] || fail "run as root (buildah and podman with a storage of their own)"
[[ -x "$binary" ]] || fail "no executable at $binary (make release)"

phase "packages"
missing=""
for p in debootstrap buildah podman runc curl binutils; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [[ -n "$missing" ]]; then
    echo "installing:$missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

export STORAGE_DRIVER=vfs
export BUILDAH_ROOT_FLAGS="--root $state/storage --runroot /run/veil-image-test --storage-driver vfs"
# shellcheck disable=SC2206
buildah_cmd=(buildah $BUILDAH_ROOT_FLAGS)
podman_cmd=(podman --root "$state/storage" --runroot /run/veil-image-test --storage-driver vfs)
if [[ ! -d /run/systemd/system ]]; then
    # No systemd as init (CI machines, containers): cgroups by file system, events to a file.
    podman_cmd+=(--cgroup-manager cgroupfs --events-backend file)
fi

# The base has no Swift runtime: the binary must be `make release`'s (runtime linked in statically).
if readelf -d "$binary" | grep -q 'NEEDED.*libswiftCore'; then
    fail "$binary links the Swift runtime dynamically: build it with make release"
fi

phase "base image (debootstrap, cached)"
base="$(deploy/container/make-base.sh)"

phase "image (target prebuilt)"
mkdir -p .build-deploy/image
strip --strip-all -o .build-deploy/image/veil "$binary"
"${buildah_cmd[@]}" rmi "$image" >/dev/null 2>&1 || true
"${buildah_cmd[@]}" bud --quiet --format docker --isolation chroot --pull=never \
    --target prebuilt \
    --build-arg RUNTIME_BASE="$base" \
    --build-arg VEIL_BINARY=.build-deploy/image/veil \
    -t "$image" -f Containerfile . >/dev/null
size_bytes="$("${podman_cmd[@]}" image inspect --format '{{.Size}}' "$image")"
base_bytes="$("${podman_cmd[@]}" image inspect --format '{{.Size}}' "$base")"

phase "container runtime"
# Explicit, modest limits: Podman's defaults (1048576 files, 4194304 processes) are more than some CI virtual
# machines let a runtime set (no CAP_SYS_RESOURCE there). veil serve needs a few threads and one descriptor per
# connection.
nofile=$(ulimit -Hn)
[[ "$nofile" == unlimited || "$nofile" -gt 65536 ]] && nofile=65536
limits=(--ulimit "nofile=$nofile:$nofile" --ulimit "nproc=4096:4096")
runtime=""
for candidate in crun runc; do
    command -v "$candidate" >/dev/null || continue
    if "${podman_cmd[@]}" --runtime "$candidate" run --rm --network host "${limits[@]}" "$base" true \
        >/dev/null 2>&1; then
        runtime="$candidate"
        break
    fi
done
[[ -n "$runtime" ]] || fail "podman runs no container here (tried crun and runc)"
podman_cmd+=(--runtime "$runtime")
echo "podman $(podman --version | awk '{print $3}') with $runtime"

work="$(mktemp -d /tmp/veil-image-test.XXXXXX)"
cleanup() {
    "${podman_cmd[@]}" rm -f -t 0 veil-image-test-serve veil-image-test-mock >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT
"${podman_cmd[@]}" rm -f -t 0 veil-image-test-serve veil-image-test-mock >/dev/null 2>&1 || true

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port="$(free_port)"
mock_port="$(free_port)"
mkdir -p "$work/data" "$work/secrets"
head -c 32 /dev/urandom | base64 >"$work/secrets/master-key"
admin_key="vadm-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
echo "$admin_key" >"$work/secrets/admin-key"
chown -R 10001:10001 "$work/data" "$work/secrets"
chmod 0700 "$work/data"
chmod 0400 "$work/secrets"/*

hardening=(--read-only --cap-drop ALL --security-opt no-new-privileges --user 10001:10001 --network host "${limits[@]}")

phase "start mock-upstream and veil serve"
# The mock (a test tool, not the product) runs as root with CAP_NET_ADMIN: Sources/VeilMockUpstream/MockUpstream.swift
# sets `.socketOption(.tcp_nodelay)`, which is SOL_SOCKET option 1 = SO_DEBUG, and without CAP_NET_ADMIN that
# setsockopt fails and every accepted connection is closed (`.tcpOption(.tcp_nodelay)` is the fix).
# Podman's warnings about systemd health-check timers (none without systemd) go to podman.log.
"${podman_cmd[@]}" run -d --name veil-image-test-mock --read-only --cap-drop ALL --cap-add NET_ADMIN \
    --network host "${limits[@]}" --user 0:0 "$image" \
    mock-upstream --host 127.0.0.1 --port "$mock_port" --tokens-per-second 20 >/dev/null 2>>"$work/podman.log"
"${podman_cmd[@]}" run -d --name veil-image-test-serve "${hardening[@]}" \
    -v "$work/data:/var/lib/veil" \
    -v "$work/secrets:/run/secrets/veil:ro" \
    -e VEIL_LISTEN="127.0.0.1:$port" \
    -e VEIL_UPSTREAMS="http://127.0.0.1:$mock_port/v1" \
    -e VEIL_MASTER_KEY_FILE=/run/secrets/veil/master-key \
    -e VEIL_ADMIN_KEY_FILE=/run/secrets/veil/admin-key \
    -e VEIL_DRAIN_TIMEOUT="$drain_seconds" \
    "$image" >/dev/null 2>>"$work/podman.log"
base_url="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    curl -fsS "$base_url/readyz" >/dev/null 2>&1 && break
    sleep 0.2
done
logs() {
    "${podman_cmd[@]}" logs veil-image-test-serve 2>&1 | tail -n 20 >&2 || true
    "${podman_cmd[@]}" logs veil-image-test-mock 2>&1 | tail -n 5 >&2 || true
}
curl -fsS "$base_url/healthz" | grep -q '"ok"' || { logs; fail "/healthz"; }
curl -fsS "$base_url/readyz" | grep -q '"ready":true' || { logs; fail "/readyz"; }
sleep 3
pid="$("${podman_cmd[@]}" inspect --format '{{.State.Pid}}' veil-image-test-serve)"
idle_rss_kb="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")"

phase "checks: health, user, read-only root, keys"
# The image's HEALTHCHECK, run by Podman as its timer would (there is no timer without systemd).
"${podman_cmd[@]}" image inspect --format '{{json .Config.Healthcheck}}' "$image" | grep -q veil-healthcheck \
    || fail "no HEALTHCHECK in the image (build with --format docker)"
"${podman_cmd[@]}" healthcheck run veil-image-test-serve >/dev/null 2>>"$work/podman.log" \
    || fail "the image's HEALTHCHECK command"
[[ "$("${podman_cmd[@]}" inspect --format '{{.State.Health.Status}}' veil-image-test-serve 2>>"$work/podman.log")" \
    == healthy ]] || fail "container not healthy"
[[ "$("${podman_cmd[@]}" image inspect --format '{{.Config.StopSignal}}' "$image")" == SIGTERM ]] || fail "STOPSIGNAL"
[[ "$(awk '/^Uid/ {print $2}' "/proc/$pid/status")" == 10001 ]] || fail "not running as uid 10001"
[[ "$(awk '/^CapEff/ {print $2}' "/proc/$pid/status")" == 0000000000000000 ]] || fail "capabilities left"
if "${podman_cmd[@]}" exec veil-image-test-serve /bin/sh -c 'echo x > /etc/veil/x' 2>/dev/null; then
    fail "root file system is writable"
fi
[[ ! -e "$work/data/master.key" && ! -e "$work/data/admin.key" ]] || fail "keys were created in the data volume"
if "${podman_cmd[@]}" image inspect --format '{{json .Config.Env}}' "$image" | grep -qiE 'KEY|SECRET|TOKEN|PASSW'; then
    fail "a secret-looking variable is baked into the image"
fi
baked="$("${podman_cmd[@]}" run --rm --network host "${limits[@]}" --user 0:0 --entrypoint /bin/sh "$image" -c \
    'find / -xdev \( -name master.key -o -name admin.key -o -name "*veil*.pem" \) -print; ls -A /var/lib/veil' \
    2>>"$work/podman.log")"
[[ -z "$baked" ]] || fail "the image holds key files or data: $baked"

phase "requests: miss, exact hit"
tenant="$(curl -fsS -X POST "$base_url/admin/tenants" -H "Authorization: Bearer $admin_key" \
    -H 'Content-Type: application/json' -d '{"id":"imagetest","policy":"default"}')"
api_key="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])' <<<"$tenant")"
chat() {
    curl -sS -o "$work/body" -D "$work/headers" -w '%{http_code}' "$base_url/v1/chat/completions" \
        -H "Authorization: Bearer $api_key" -H 'Content-Type: application/json' -d "$1"
}
request='{"model":"mock-gpt","messages":[{"role":"user","content":"What are your opening hours on Sunday?"}]}'
[[ "$(chat "$request")" == 200 ]] || fail "first request: $(cat "$work/body")"
grep -qi '^x-veil-cache: miss' "$work/headers" || fail "first request was not a miss"
# The answer is stored after the response went out (off the request path): the hit may take a moment.
for _ in $(seq 1 20); do
    sleep 0.1
    [[ "$(chat "$request")" == 200 ]] || fail "second request: $(cat "$work/body")"
    grep -qi '^x-veil-cache: hit-exact' "$work/headers" && break
done
grep -qi '^x-veil-cache: hit-exact' "$work/headers" || fail "the same request again was not an exact hit"
grep -q 'You said' "$work/body" || fail "hit without the answer"

phase "operations: veil erase in the running container"
# As an operator would in Kubernetes (kubectl exec): the CLI beside the daemon, same user, same read-only root.
other="$(curl -fsS -X POST "$base_url/admin/tenants" -H "Authorization: Bearer $admin_key" \
    -H 'Content-Type: application/json' -d '{"id":"erasetest","policy":"default"}')"
other_key="$(python3 -c 'import json,sys; print(json.load(sys.stdin)["api_key"])' <<<"$other")"
"${podman_cmd[@]}" exec veil-image-test-serve veil erase --data-dir /var/lib/veil --tenant erasetest --yes \
    >"$work/erase.out" 2>&1 || { cat "$work/erase.out" >&2; fail "veil erase in the container"; }
[[ "$(curl -s -o /dev/null -w '%{http_code}' "$base_url/v1/models" -H "Authorization: Bearer $other_key")" == 401 ]] \
    || fail "the erased tenant's key still works"
[[ -n "$(ls "$work/data/receipts" 2>/dev/null)" ]] || fail "no erasure receipt in the data volume"

phase "graceful stop (SIGTERM during a stream)"
words="$(printf 'word%d ' $(seq 1 30))"
curl -sS -N "$base_url/v1/chat/completions" -H "Authorization: Bearer $api_key" \
    -H 'Content-Type: application/json' -H 'Cache-Control: no-store' \
    -d "{\"model\":\"mock-gpt\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":\"$words\"}]}" \
    >"$work/stream" 2>&1 &
stream_pid=$!
sleep 0.5
stop_started=$(date +%s%N)
"${podman_cmd[@]}" stop -t $((drain_seconds + 10)) veil-image-test-serve >/dev/null 2>>"$work/podman.log"
stop_ms=$((($(date +%s%N) - stop_started) / 1000000))
wait "$stream_pid" || true
exit_code="$("${podman_cmd[@]}" inspect --format '{{.State.ExitCode}}' veil-image-test-serve)"
grep -q 'data: \[DONE\]' "$work/stream" || fail "the in-flight stream was cut at shutdown"
[[ "$exit_code" == 0 ]] || fail "veil serve exited $exit_code after SIGTERM"
((stop_ms < drain_seconds * 1000)) || fail "stop took ${stop_ms} ms, drain timeout is ${drain_seconds} s"
"${podman_cmd[@]}" logs veil-image-test-serve 2>&1 | grep -q '"veil stopped"' || fail "no 'veil stopped' log line"

phase "result"
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1e6 }'; }
echo "image-test: passed"
binary_bytes="$(stat -c %s .build-deploy/image/veil)"
echo "image $image: $(mb "$size_bytes") (base $(mb "$base_bytes"), stripped binary $(mb "$binary_bytes"))"
echo "container idle RSS: ${idle_rss_kb} kB = $(mb $((idle_rss_kb * 1024))) (VmRSS of veil serve, 3 s after ready)"
echo "graceful stop with a stream in flight: ${stop_ms} ms, exit 0"
echo "total: $(($(date +%s) - started)) s"
