#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server for Veil's tests of the shared store (VeilPostgres, Tests/e2e/test_multihost.py).
#
#   scripts/pg-test-server.sh start [DIR]    initdb into DIR (default /tmp/veil-pg-test), start on a free loopback port
#   scripts/pg-test-server.sh url [DIR]      print the connection URL of the role `veil` (database `veil`)
#   scripts/pg-test-server.sh stop [DIR]     stop the server and remove DIR
#   scripts/pg-test-server.sh restart [DIR]  stop and start again on the same port, keeping the data (fault tests)
#   scripts/pg-test-server.sh halt [DIR]     stop without removing DIR (fault tests; `restart` brings it back)
#
# Uses Debian's packages (postgresql-15; installed with apt-get when missing and running as root). As root, the
# cluster is created and run as the `postgres` user (initdb refuses root). The server listens on 127.0.0.1 only, with
# TLS on (a self-signed certificate made here, for the sslmode tests), password authentication (scram-sha-256) for
# the role `veil` (password `veil`, allowed to create databases, which the tests do), and the local socket in DIR for
# the superuser. fsync stays on: the figures measured against it should be those of a real server.
set -euo pipefail

command=${1:-}
DIR=${2:-${VEIL_PG_DIR:-/tmp/veil-pg-test}}

bindir() {
    local candidate
    for candidate in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
        if [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
            echo "$candidate"
            return 0
        fi
    done
    return 1
}

install_postgres() {
    if bindir >/dev/null; then return 0; fi
    if [ "$(id -u)" != 0 ]; then
        echo "pg-test-server: PostgreSQL binaries not found; install postgresql-15 (apt-get install postgresql-15)" >&2
        exit 1
    fi
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
    # Debian's package creates and starts a cluster of its own on port 5432; the tests use their own only.
    if command -v pg_ctlcluster >/dev/null; then pg_ctlcluster 15 main stop >/dev/null 2>&1 || true; fi
}

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    install_postgres
    local bin port
    bin=$(bindir)
    if [ -f "$DIR/port" ] && as_owner "$bin/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
        echo "pg-test-server: already running on port $(cat "$DIR/port")" >&2
        return 0
    fi
    rm -rf "$DIR"
    mkdir -p "$DIR"
    port=$(free_port)
    echo "$port" >"$DIR/port"
    if [ "$(id -u)" = 0 ]; then chown postgres: "$DIR"; fi
    as_owner "$bin/initdb" -D "$DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
        --encoding=UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
    # A self-signed certificate, so `sslmode=require` can be tested.
    as_owner openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
        -keyout "$DIR/data/server.key" -out "$DIR/data/server.crt" >/dev/null 2>&1
    as_owner chmod 600 "$DIR/data/server.key"
    cat >>"$DIR/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$DIR'
ssl = on
max_connections = 200
shared_buffers = 128MB
log_min_messages = warning
EOF
    cat >"$DIR/data/pg_hba.conf" <<EOF
local all all trust
hostssl all all 127.0.0.1/32 scram-sha-256
hostnossl all all 127.0.0.1/32 scram-sha-256
EOF
    restart_server
    as_owner "$bin/psql" -h "$DIR" -p "$port" -U postgres -d postgres -q -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE veil LOGIN PASSWORD 'veil' CREATEDB" -c "CREATE DATABASE veil OWNER veil" >/dev/null
    echo "pg-test-server: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($DIR)" >&2
    url
}

restart_server() {
    local bin
    bin=$(bindir)
    as_owner "$bin/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 start >/dev/null
}

halt() {
    local bin
    bin=$(bindir) || return 0
    if [ -d "$DIR/data" ]; then as_owner "$bin/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true; fi
}

url() {
    echo "postgresql://veil:veil@127.0.0.1:$(cat "$DIR/port")/veil?sslmode=disable"
}

case "$command" in
start) start ;;
url) url ;;
stop)
    halt
    rm -rf "$DIR"
    ;;
halt) halt ;;
restart)
    halt
    restart_server
    ;;
*)
    echo "usage: $0 start|url|stop|halt|restart [DIR]" >&2
    exit 64
    ;;
esac
