#!/usr/bin/env bash
# `make deploy-check`: every check of deploy/ that needs no cluster, no container runtime and no systemd as init.
#
#   deploy/check.sh [BINARY]      (default .build/release/veil; the metric check runs it)
#
#   1. kubernetes-validate --strict: the manifests against the API schemas of Kubernetes 1.29 and of the newest
#      release the tool knows;
#   2. checkov: the manifests (framework kubernetes) and the Containerfile (framework dockerfile), no failed check
#      (each skip is justified where it is declared);
#   3. systemd-analyze verify: deploy/systemd/veil.service, on a copy whose ExecStart names BINARY (verify needs
#      the executable to exist), with no output at all; then its exposure score;
#   4. promtool check rules and promtool test rules: the alerts and their unit tests;
#   5. deploy/check-configs.py: `veil serve` starts on every veil.yaml deploy/ ships (container, systemd, both
#      ConfigMaps) and loads every policy of the ConfigMaps;
#   6. deploy/check-metrics.py: a real `veil serve` and `veil mock-upstream`, a few requests, /metrics; every veil_*
#      name of the dashboard and the alerts must be exported, and every dashboard query, evaluated by a real
#      Prometheus scraping that gateway, must return data.
#
# Installs what is missing: the Python tools into .venv-deploy (pinned), promtool and prometheus from Debian's
# `prometheus` package (unpacked into $VEIL_DEPLOY_CACHE, default /var/cache/veil-deploy: installing the package
# would start a Prometheus service), systemd-analyze from Debian's `systemd`.
set -euo pipefail
cd "$(dirname "$0")/.."

binary="${1:-.build/release/veil}"
cache="${VEIL_DEPLOY_CACHE:-/var/cache/veil-deploy}"
venv=.venv-deploy
python_tools=(kubernetes-validate==1.37.0 checkov==3.3.30)
started=$(date +%s)
step_started=""
failures=()
step() {
    local now
    now=$(date +%s)
    [[ -n "$step_started" ]] && echo "   ($((now - step_started)) s)"
    echo "== $1"
    step_started=$now
}
check() { # check NAME COMMAND...: runs it, records a failure instead of stopping, so every check reports
    local name="$1"
    shift
    if "$@"; then echo "ok: $name"; else echo "FAILED: $name"; failures+=("$name"); fi
}
as_root() { if [[ "$(id -u)" == 0 ]]; then "$@"; else sudo "$@"; fi; }
apt_updated=""
apt_install() {
    local missing="" p
    for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    [[ -z "$missing" ]] && return 0
    echo "installing:$missing"
    [[ -n "$apt_updated" ]] || { as_root apt-get update -qq; apt_updated=1; }
    # shellcheck disable=SC2086
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

[[ -x "$binary" ]] || { echo "deploy/check.sh: no executable at $binary (make release)" >&2; exit 1; }

step "tools"
apt_install python3-venv systemd
if [[ ! -x "$venv/bin/python" ]]; then python3 -m venv "$venv"; fi
if ! "$venv/bin/pip" freeze 2>/dev/null | grep -qxF "${python_tools[0]}" \
    || ! "$venv/bin/pip" freeze 2>/dev/null | grep -qxF "${python_tools[1]}"; then
    "$venv/bin/pip" install --quiet --disable-pip-version-check "${python_tools[@]}"
fi
promtool="$(command -v promtool || true)"
prometheus="$(command -v prometheus || true)"
if [[ -z "$promtool" || -z "$prometheus" ]]; then
    if [[ ! -x "$cache/prometheus/usr/bin/promtool" || ! -x "$cache/prometheus/usr/bin/prometheus" ]]; then
        as_root mkdir -p "$cache"
        download="$(mktemp -d)"
        chmod 0777 "$download" # apt's download user must be able to write there
        (cd "$download" && apt-get download prometheus >/dev/null 2>&1) \
            || { as_root apt-get update -qq && (cd "$download" && apt-get download prometheus >/dev/null); }
        as_root rm -rf "$cache/prometheus"
        as_root dpkg-deb -x "$download"/prometheus_*.deb "$cache/prometheus"
        rm -rf "$download"
    fi
    promtool="$cache/prometheus/usr/bin/promtool"
    prometheus="$cache/prometheus/usr/bin/prometheus"
fi
echo "kubernetes-validate $("$venv/bin/kubernetes-validate" --version 2>&1 | tail -n 1)," \
    "checkov $("$venv/bin/checkov" --version)," \
    "$("$promtool" --version 2>&1 | head -n 1), $(systemd-analyze --version | head -n 1)"

step "kubernetes-validate (1.29 and newest)"
mapfile -t manifests < <(find deploy/kubernetes -name '*.yaml' ! -name kustomization.yaml | sort)
check "kubernetes-validate 1.29" "$venv/bin/kubernetes-validate" --quiet --strict -k 1.29.0 "${manifests[@]}"
check "kubernetes-validate newest" "$venv/bin/kubernetes-validate" --quiet --strict "${manifests[@]}"

step "checkov (Kubernetes manifests, Containerfile)"
checkov=("$venv/bin/checkov" --quiet --compact --skip-download)
check "checkov kubernetes" "${checkov[@]}" -d deploy/kubernetes --framework kubernetes
# checkov's dockerfile framework recognises files named Dockerfile only.
dockerdir="$(mktemp -d)"
cp Containerfile "$dockerdir/Dockerfile"
check "checkov dockerfile" "${checkov[@]}" -d "$dockerdir" --framework dockerfile
rm -rf "$dockerdir"

step "systemd-analyze verify"
unitdir="$(mktemp -d)"
sed "s|^ExecStart=/usr/local/bin/veil |ExecStart=$(realpath "$binary") |" deploy/systemd/veil.service \
    >"$unitdir/veil.service"
verify_unit() {
    local output
    output="$(systemd-analyze verify "$unitdir/veil.service" 2>&1)" || { echo "$output"; return 1; }
    [[ -z "$output" ]] || { echo "$output"; return 1; }
}
check "systemd-analyze verify" verify_unit
systemd-analyze security --offline=yes "$unitdir/veil.service" 2>/dev/null | tail -n 1 || true
rm -rf "$unitdir"

step "promtool"
check "promtool check rules" "$promtool" check rules deploy/prometheus/veil-alerts.yaml
check "promtool test rules" "$promtool" test rules deploy/prometheus/veil-alerts.test.yaml

step "configuration files and policies (veil serve --config, veil anonymize --policy)"
check "check-configs" "$venv/bin/python" deploy/check-configs.py --veil "$binary"

step "metric names (live veil serve) and dashboard queries (live Prometheus)"
check "check-metrics" "$venv/bin/python" deploy/check-metrics.py --veil "$binary" --prometheus "$prometheus"

step "result"
echo "total: $(($(date +%s) - started)) s"
if ((${#failures[@]})); then
    printf 'deploy-check: FAILED: %s\n' "${failures[@]}"
    exit 1
fi
echo "deploy-check: all checks passed"
