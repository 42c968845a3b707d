#!/usr/bin/env bash
# Crash test (quality.md "Reliability"): starts the packaged server on a fresh PostgreSQL database,
# writes consultations, assessments and service checks with several clients, kill -9s the server in
# the middle of it, restarts it on the same database and verifies that every write acknowledged
# with 2xx is there; then writes again for a few seconds after the restart and verifies again.
#   bench/crash.sh [seconds=60]     (total write time; CI runs it short)
# Environment: PG_HOST, PG_PORT, PG_USER (as .ci/run), CRASH_CLIENTS (default 8),
# SKIP_BUILD=1 to use the existing target/dolbom.jar and target/test-classes.
set -euo pipefail
cd "$(dirname "$0")/.."
TOTAL="${1:-60}"
CLIENTS="${CRASH_CLIENTS:-8}"
PG_HOST="${PG_HOST:-127.0.0.1}"; PG_PORT="${PG_PORT:-5432}"; PG_USER="${PG_USER:-postgres}"
DB="dolbom_crash_$(date +%Y%m%d%H%M%S)_$$"
URL="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${DB}"
export DOLBOM_RRN_KEY="${DOLBOM_RRN_KEY:-crash-test-only-rrn-master-key-0123456789}"
LOGS=target/crash; mkdir -p "$LOGS"

# a free port: the first in 18100–18999 (starting from one derived from the pid) nobody listens on
free_port() {
  local p=$(( 18100 + $$ % 800 ))
  for _ in $(seq 1 900); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
    p=$(( p + 1 )); [ "$p" -gt 18999 ] && p=18100
  done
  echo "no free port" >&2; exit 1
}
PORT="$(free_port)"
BASE="http://127.0.0.1:${PORT}"

server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -q -c "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null 2>&1 || true
}
trap cleanup EXIT

if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f target/dolbom.jar ]; then
  mvn -q -B -ntp package -DskipTests
fi
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -v ON_ERROR_STOP=1 -q -c "CREATE DATABASE \"$DB\""

start_server() {  # $1: log name
  java -Xmx512m -jar target/dolbom.jar --server.port="$PORT" --spring.datasource.url="$URL" \
    --spring.datasource.username="$PG_USER" --spring.datasource.password= \
    --dolbom.data-dir="$LOGS/data" > "$LOGS/$1.log" 2>&1 &
  server=$!
  local started; started=$(date +%s)
  for _ in $(seq 1 240); do
    if curl -sf "$BASE/actuator/health" >/dev/null 2>&1; then
      echo "server $1 (pid $server) ready on port $PORT after $(( $(date +%s) - started )) s"; return 0
    fi
    kill -0 "$server" 2>/dev/null || { echo "server $1 died:"; tail -40 "$LOGS/$1.log"; exit 1; }
    sleep 1
  done
  echo "server $1 not ready after 240 s"; tail -40 "$LOGS/$1.log"; exit 1
}

write_seconds=$(( TOTAL * 3 / 4 )); [ "$write_seconds" -lt 8 ] && write_seconds=8
kill_after=$(( write_seconds / 2 ))
after_seconds=$(( TOTAL - write_seconds )); [ "$after_seconds" -lt 4 ] && after_seconds=4

start_server first
echo "== writing for ${write_seconds} s with ${CLIENTS} clients; kill -9 after ${kill_after} s =="
java -cp "$CP" kr.dolbom.bench.CrashWriter write "$BASE" "$write_seconds" "$CLIENTS" "$LOGS/acks-1.txt" &
writer=$!
sleep "$kill_after"
acked_before_kill=$(wc -l < "$LOGS/acks-1.txt")
kill -9 "$server"; wait "$server" 2>/dev/null || true; server=""
echo "killed the server with SIGKILL after ${acked_before_kill} acknowledged writes"
wait "$writer"

start_server restarted
echo "== verifying every acknowledged write after the restart =="
if [ -s "$LOGS/acks-1.txt" ]; then
  java -cp "$CP" kr.dolbom.bench.CrashWriter verify "$URL" "$PG_USER" "$LOGS/acks-1.txt"
else
  echo "warning: no write was acknowledged before the kill (a very slow machine?); checking the writes after the restart only"
fi

echo "== writing ${after_seconds} s more on the restarted server =="
java -cp "$CP" kr.dolbom.bench.CrashWriter write "$BASE" "$after_seconds" "$CLIENTS" "$LOGS/acks-2.txt"
cat "$LOGS/acks-1.txt" "$LOGS/acks-2.txt" > "$LOGS/acks-all.txt"
java -cp "$CP" kr.dolbom.bench.CrashWriter verify "$URL" "$PG_USER" "$LOGS/acks-all.txt"
if grep -q " ERROR " "$LOGS/restarted.log"; then
  echo "note: the restarted server logged errors:"; grep " ERROR " "$LOGS/restarted.log" | head -5
fi
echo "crash test passed: every acknowledged write survived kill -9"
