#!/usr/bin/env bash
# Starts, once, a private PostgreSQL for tests and benchmarks on 127.0.0.1 and prints its
# connection string. Needs Debian's postgresql package (.ci/run installs it). Idempotent.
#   test/scripts/postgres.sh [start]   start if needed, print "Host=...;Port=...;Username=postgres"
#   test/scripts/postgres.sh stop
set -euo pipefail
PORT=${KARMADA_TEST_PG_PORT:-55432}
DIR=${KARMADA_TEST_PG_DIR:-${TMPDIR:-/tmp}/karmada-orleans-pg}
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$BIN" ] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "${1:-start}" in
  start)
    if ! "$BIN/pg_isready" -h 127.0.0.1 -p "$PORT" -q; then
      mkdir -p "$DIR"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DIR"
      [ -f "$DIR/data/PG_VERSION" ] || as_pg "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1
      as_pg "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 60 \
        -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=128MB" start >/dev/null
    fi
    echo "Host=127.0.0.1;Port=$PORT;Username=postgres"
    ;;
  stop)
    [ -f "$DIR/data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null || true
    ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
