#!/usr/bin/env bash
# Latency of the public product list on a large catalog, and the plans PostgreSQL runs it with.
#
#   bench/catalog-list.sh                          # 1,000,000 products, 200 timed requests a scenario
#   bench/catalog-list.sh --products=100000 --requests=50
#   BENCH_PRODUCTS=100000 BENCH_DATA_DIR=/tmp/pg bench/catalog-list.sh
#
# Options (argument or environment variable): --products= / BENCH_PRODUCTS (1000000),
# --requests= / BENCH_REQUESTS timed requests per scenario (200), --warmup= / BENCH_WARMUP (20),
# --max-seconds= / BENCH_MAX_SECONDS timing budget per scenario (60; a slow scenario stops early,
# after at least 20 requests), --data-dir= / BENCH_DATA_DIR (./var/bench-postgres).
#
# It starts an embedded PostgreSQL on the data directory (fsync off: a benchmark database), then
# the application on a random port against it. It seeds the catalog when the number of products
# differs from the one asked for (a few minutes for a million; a second run reuses the data), then
# measures each scenario over HTTP and prints its plan, and finally a Markdown table of the figures.
# It needs only a JDK: the Maven wrapper builds the classes and resolves the class path.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -q -DskipTests test-compile
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath

exec java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	io.mercato.bench.CatalogListBenchmark "$@"
