#!/usr/bin/env bash
# District load benchmark (quality.md, issue 10 and issue 5): loads the whole district dataset
# (500,000 persons, 100 users, 300,000 consultations, 30,000 cases with deadlines; seed 42) into a
# PostgreSQL database if it is not there yet, starts the packaged server on it (start-up time and
# RSS are measured) and runs kr.dolbom.bench.DistrictLoadBenchmark:
#   bench/district-load.sh load [clients=50] [seconds=20]   each read workload alone vs raw JDBC, then the mix
#   bench/district-load.sh soak [clients=50] [seconds=1800] the mix for 30 minutes; heap after a full GC sampled every minute
# Environment: PG_HOST, PG_PORT, PG_USER, BENCH_DB (default dolbom_district), BENCH_PORT (default 18090),
# SKIP_BUILD=1 to use the existing target/dolbom.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE="${1:-load}"
CLIENTS="${2:-50}"
SECS="${3:-}"
[ -z "$SECS" ] && { [ "$MODE" = soak ] && SECS=1800 || SECS=20; }
PG_HOST="${PG_HOST:-127.0.0.1}"; PG_PORT="${PG_PORT:-5432}"; PG_USER="${PG_USER:-postgres}"
DB="${BENCH_DB:-dolbom_district}"
URL="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${DB}"
PORT="${BENCH_PORT:-18090}"
export DOLBOM_RRN_KEY="${DOLBOM_RRN_KEY:-bench-only-rrn-master-key-0123456789abcdef}"
OUT=target/district; mkdir -p "$OUT"
PSQL=(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER")

[ "${SKIP_BUILD:-}" = 1 ] && [ -f target/dolbom.jar ] || mvn -q -B -ntp package -DskipTests
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

"${PSQL[@]}" -d test -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || "${PSQL[@]}" -d test -qc "CREATE DATABASE \"$DB\""
cases=$("${PSQL[@]}" -d "$DB" -tAc "SELECT COUNT(*) FROM case_file" 2>/dev/null || echo 0)
if [ "${cases:-0}" -lt 20000 ]; then
  echo "== loading the district dataset (one command) =="
  start=$(date +%s)
  java -jar target/dolbom.jar --dolbom.dataset.generate=district --spring.main.web-application-type=none \
    --spring.datasource.url="$URL" --spring.datasource.username="$PG_USER" --logging.level.kr.dolbom.deadline=WARN \
    > "$OUT/load.log" 2>&1
  grep -E "District (people|staff|consultations|cases|dataset)" "$OUT/load.log" | sed 's/.*: //'
  echo "load command took $(( $(date +%s) - start )) s (including start-up)"
  # fresh planner statistics for every table: the deadlines came in through the deadline module's
  # API inside one transaction, which autovacuum has not analysed yet (estimates of 12 rows for
  # 51,640 made the compliance query twice as slow)
  "${PSQL[@]}" -d "$DB" -qc "ANALYZE"
fi
"${PSQL[@]}" -d "$DB" -tAc "SELECT 'persons ' || (SELECT COUNT(*) FROM person) || ', consultations ' || (SELECT COUNT(*) FROM consultation) || ', cases ' || (SELECT COUNT(*) FROM case_file) || ', deadlines ' || (SELECT COUNT(*) FROM deadline) || ', users ' || (SELECT COUNT(*) FROM app_user)"

echo "== starting the server on port $PORT =="
started=$(date +%s%N)
java -jar target/dolbom.jar --server.port="$PORT" --spring.datasource.url="$URL" \
  --spring.datasource.username="$PG_USER" --logging.level.root=WARN > "$OUT/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 $server 2>/dev/null || { tail -30 "$OUT/server.log"; exit 1; }
  sleep 0.2
done
echo "ready after $(( ($(date +%s%N) - started) / 1000000 )) ms (process start to /actuator/health UP); RSS $(awk '/VmRSS/{print $2/1024 " MB"}' /proc/$server/status)"

heap() { jcmd "$server" GC.run >/dev/null 2>&1; jcmd "$server" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1; }
if [ "$MODE" = soak ]; then
  ( while kill -0 $server 2>/dev/null; do
      echo "heap $(date -u +%H:%M:%S) after full GC: $(heap); RSS $(awk '/VmRSS/{print $2/1024 " MB"}' /proc/$server/status)"
      sleep 60
    done ) > "$OUT/heap.log" 2>&1 &
  sampler=$!
fi
echo "machine: $(nproc) cores, $(uptime)"
java -cp "$CP" kr.dolbom.bench.DistrictLoadBenchmark "$MODE" "http://127.0.0.1:$PORT" "$URL" "$PG_USER" "$CLIENTS" "$SECS"
echo "after the run: RSS $(awk '/VmRSS/{print $2/1024 " MB"}' /proc/$server/status), heap after full GC $(heap); $(uptime)"
if [ "$MODE" = soak ]; then kill $sampler 2>/dev/null || true; cat "$OUT/heap.log"; fi
echo "server log ERROR lines: $(grep -c " ERROR " "$OUT/server.log" || true)"
