#!/usr/bin/env bash
# Orders per second over HTTP against what the same PostgreSQL does with the same writes as raw SQL,
# at several concurrencies; a race for one product; the product list at a deep cursor; the
# application's peak memory and statements per order. Writes target/bench/results.md and
# target/bench/throughput.png.
#
#   bench/run.sh                                   # 1,000,000 products; concurrency 1, 8, 32, 64; 30 s each
#   bench/run.sh --products=100000 --seconds=10 --concurrency=1,8
#   bench/run.sh --scenarios=checkout,raw          # of checkout, direct, raw, hot, catalog
#   DATABASE_URL=postgres://user:pass@host:5432/db bench/run.sh
#
# Without DATABASE_URL it starts the packaged application on its embedded PostgreSQL in
# ./var/bench-purchase (durable: fsync, synchronous_commit and full_page_writes on, as in
# production), with its default JVM flags. The marketplace is generated when the database does not
# hold the number of products asked for (a few minutes for a million; a second run reuses it; it
# empties every table first, so never point DATABASE_URL at a shop's database). The raw-SQL
# baseline needs PostgreSQL's pgbench: installed from Debian's postgresql-client when missing.
#
# Options (argument or BENCH_<NAME> environment variable): --products= (1000000), --customers=
# (1000), --units= average units in stock (1000), --concurrency= (1,8,32,64), --seconds= measured
# per run (30), --warmup= seconds before each (5), --max-orders= per run (1000000), --hot-rounds=
# races for 50 units (5), --deep-rows= depth of the deep cursor (20000), --scenarios=, --output=
# (target/bench). APP_JAVA_OPTS are the application's JVM options (none: the defaults), JAVA_OPTS
# the load generator's.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-18181}
db_port=${BENCH_DB_PORT:-54349}
data_dir=${BENCH_DATA_DIR:-./var/bench-purchase}
log=target/bench/application.log

if ! command -v pgbench >/dev/null; then
	echo "Installing pgbench (Debian's postgresql-client)..."
	if [ "$(id -u)" = 0 ]; then apt-get install -y -q postgresql-client >/dev/null; else sudo apt-get install -y -q postgresql-client >/dev/null; fi
fi

./mvnw -q -DskipTests -Djacoco.skip=true package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
mkdir -p target/bench

if [ -n "${DATABASE_URL:-}" ]; then
	# postgres://user:pass@host:port/db into the JDBC URL, user and password
	re='^(jdbc:)?postgres(ql)?://(([^:@/]*)(:([^@/]*))?@)?([^/]+)/([^?]+)'
	[[ $DATABASE_URL =~ $re ]] || { echo "DATABASE_URL is not postgres://user:pass@host:port/db" >&2; exit 1; }
	jdbc_url="jdbc:postgresql://${BASH_REMATCH[7]}/${BASH_REMATCH[8]}"
	jdbc_user=${BASH_REMATCH[4]:-postgres}
	jdbc_password=${BASH_REMATCH[6]:-}
else
	jdbc_url="jdbc:postgresql://localhost:$db_port/mercato"
	jdbc_user=postgres
	jdbc_password=
fi

# the load comes from one address and logs many customers in: the per-client limits would
# measure themselves; the access tokens must outlive the run
PORT=$port MERCATO_EMBEDDED_DB_DIR=$data_dir MERCATO_EMBEDDED_DB_PORT=$db_port \
	MERCATO_JWT_SECRET=benchmark-signing-key-of-at-least-thirty-two-bytes \
	MERCATO_ACCESS_TOKEN_TTL=6h MERCATO_SIMULATED_GATEWAY_ENABLED=true \
	MERCATO_RATE_LIMIT_AUTH_PER_IP=0 MERCATO_RATE_LIMIT_AUTH_PER_ACCOUNT=0 \
	MERCATO_RATE_LIMIT_API_PER_USER=0 MERCATO_RATE_LIMIT_API_PER_IP=0 \
	java ${APP_JAVA_OPTS:-} -jar target/mercato.jar >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null || true' EXIT
until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
	kill -0 "$app" 2>/dev/null || { tail -50 "$log"; echo "the application stopped" >&2; exit 1; }
	sleep 0.5
done
echo "Application up on port $port (pid $app, $(java -version 2>&1 | head -1)), log in $log"

java ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
	io.mercato.bench.PurchaseBenchmark --base-url="http://localhost:$port" --jdbc-url="$jdbc_url" \
	--jdbc-user="$jdbc_user" --jdbc-password="$jdbc_password" --app-pid=$app "$@"
