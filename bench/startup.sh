#!/usr/bin/env bash
# Start-up time and memory of the packaged application on the embedded database.
#
#   bench/startup.sh            # builds the jar unless it exists, then measures two starts
#
# The first start creates a fresh data directory (initdb + every migration); the second
# reuses it, as `./mvnw spring-boot:run` does from the second time on. For each start it
# prints the seconds until /actuator/health answers UP, Spring's own "Started … in" figure,
# the heap in use after a full GC and the process's resident memory.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${PORT:-18080}
db_port=${DB_PORT:-54339}
data_dir=$(mktemp -d -t mercato-startup-XXXXXX)
log=$(mktemp -t mercato-startup-log-XXXXXX)
trap 'rm -rf "$data_dir" "$log"' EXIT

[ -f target/mercato.jar ] || ./mvnw -q -DskipTests package

measure() {
	local label=$1
	: >"$log"
	local start=$(date +%s.%N)
	PORT=$port MERCATO_EMBEDDED_DB_DIR="$data_dir/postgres" MERCATO_EMBEDDED_DB_PORT=$db_port \
		java ${JAVA_OPTS:-} -jar target/mercato.jar >"$log" 2>&1 &
	local pid=$!
	until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do
		kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "the application stopped" >&2; exit 1; }
		sleep 0.1
	done
	local up=$(echo "$(date +%s.%N) - $start" | bc)
	jcmd "$pid" GC.run >/dev/null
	local heap=$(jcmd "$pid" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+')
	local rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
	local spring=$(grep -oE 'Started MercatoApplication in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+ seconds')
	printf '%-22s health UP after %5.1f s (Spring: %s); heap used after GC %4d MiB; RSS %4d MiB\n' \
		"$label" "$up" "$spring" $((heap / 1024)) $((rss / 1024))
	kill "$pid"
	wait "$pid" || true
}

echo "java: $(java -version 2>&1 | head -1)"
measure "first start (initdb)"
measure "second start (reuse)"
