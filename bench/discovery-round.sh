#!/usr/bin/env bash
# One full discovery round on the national-round dataset (quality.md): generates the agency files
# (one CSV per indicator kind), then in ONE invocation runs Dolbom's ingest + score + rank +
# distribute on PostgreSQL, DuckDB (JDBC, read_csv + SQL) and PostgreSQL (COPY + SQL) over the same
# files and prints a markdown table for docs/benchmarks.md.
#   bench/discovery-round.sh [persons=10000000] [selection=150000] [offices=3500]
set -euo pipefail
cd "$(dirname "$0")/.."
PERSONS="${1:-10000000}"
SELECTION="${2:-150000}"
OFFICES="${3:-3500}"
PG_HOST="${PG_HOST:-127.0.0.1}"; PG_PORT="${PG_PORT:-5432}"; PG_USER="${PG_USER:-postgres}"
DB="${BENCH_DB:-dolbom_discovery_bench}"
URL="jdbc:postgresql://${PG_HOST}:${PG_PORT}/${DB}"
DATA="${BENCH_DATA:-target/national-round-$PERSONS}"
RRN_KEY="${DOLBOM_RRN_KEY:-bench-only-rrn-master-key-0123456789abcdef}"

psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" | grep -q 1 \
  || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d test -qc "CREATE DATABASE \"$DB\""

[ "${SKIP_BUILD:-}" = 1 ] || mvn -q -B -ntp test-compile
mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

if [ ! -f "$DATA/POWER_CUT.csv" ]; then
  echo "== generating the national-round dataset: $PERSONS persons, $OFFICES offices =="
  java -cp "$CP" kr.dolbom.discovery.internal.NationalRoundDataset "$DATA" "$PERSONS" "$OFFICES" 42
fi
du -sh "$DATA"

echo "== one round: Dolbom vs DuckDB vs PostgreSQL (selection $SELECTION) =="
java -Xmx8g -cp "$CP" kr.dolbom.discovery.internal.DiscoveryRoundBenchmark "$DATA" "$URL" "$PG_USER" "$RRN_KEY" "$SELECTION"
