#!/bin/bash
# Container health check: GET /healthz on the local listener, with bash's /dev/tcp so the image needs no curl.
# The port is VEIL_HEALTH_PORT, else the port of VEIL_LISTEN, else 8080. Exits 0 on an HTTP 200.
# (A gateway serving HTTPS directly needs a probe of its own; most deployments terminate TLS in front.)
set -u
port="${VEIL_HEALTH_PORT:-}"
if [[ -z "$port" && -n "${VEIL_LISTEN:-}" ]]; then port="${VEIL_LISTEN##*:}"; fi
port="${port:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}" || exit 1
printf 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 2 status <&3 || exit 1
[[ "$status" == "HTTP/1.1 200"* ]]
