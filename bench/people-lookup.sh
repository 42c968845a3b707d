#!/usr/bin/env bash
# Loads the people part of the district dataset (500,000 persons, 220,000 households, seed 42)
# into a PostgreSQL database, starts the packaged server on it and measures person lookup by
# number and by name prefix against the same queries over raw JDBC. Prints a markdown table for
# docs/benchmarks.md.
#   bench/people-lookup.sh [clients=50] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/.."
CLIENTS="${1:-50}"
SECONDS_PER_RUN="${2:-20}"
PG_HOST="${PG_HOST:-127.0.0.1}"; PG_PORT="${PG_PORT:-5432}"; PG_USER="${PG_USER:-postgres}"
DB="${BENCH_DB:-dolbom_bench}"
URL="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${DB}"
PORT="${BENCH_PORT:-18080}"
RRN_KEY="${DOLBOM_RRN_KEY:-bench-only-rrn-master-key-0123456789abcdef}"
export DOLBOM_RRN_KEY="$RRN_KEY"

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -qc "CREATE DATABASE \"$DB\""

[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null

echo "== loading the district people (one command) =="
start=$(date +%s%N)
java -jar target/dolbom.jar --dolbom.dataset.generate=district --spring.main.web-application-type=none \
  --spring.datasource.url="$URL" --spring.datasource.username="$PG_USER" > target/bench-load.log 2>&1
grep -E "District people" target/bench-load.log
echo "load command took $(( ($(date +%s%N) - start) / 1000000 )) ms (including start-up)"

echo "== starting the server on port $PORT =="
java -jar target/dolbom.jar --server.port="$PORT" --spring.datasource.url="$URL" \
  --spring.datasource.username="$PG_USER" --logging.level.root=WARN > target/bench-server.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$PORT/actuator/health" >/dev/null && break
  sleep 1
done

echo "== measuring: $CLIENTS clients, ${SECONDS_PER_RUN}s per workload =="
java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" kr.dolbom.bench.PeopleLookupBenchmark \
  "http://localhost:$PORT" "$URL" "$PG_USER" "$RRN_KEY" 42 "$CLIENTS" "$SECONDS_PER_RUN"
