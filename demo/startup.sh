#!/usr/bin/env bash
# Time to first HTTP 200 of the demo, three ways, RUNS times each (default 5):
#   jar        java -jar demo/target/toolshed-demo.jar           (the fat jar)
#   extracted  java -jar demo/target/toolshed-demo-app/toolshed-demo.jar
#   aot-cache  the extracted jar with -XX:AOTCache= (trained by the build), as the launcher runs it
# Each run starts the JVM, polls GET / every 10 ms until it answers 200, records the time since
# the start, and stops the JVM by its PID. Prints a markdown table (median, min, max in ms).
# Build first: mvn -B -q -pl demo -am package -DskipTests
# Usage: demo/startup.sh [RUNS] [PORT]   (default port: a random one in 20000-39999;
#        JAVA=<jdk25>/bin/java chooses the JDK)
set -euo pipefail

runs=${1:-5}
port=${2:-$((20000 + RANDOM % 20000))}
here=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
target="$here/target"
java=${JAVA:-}
if [[ -z "$java" ]]; then
    for candidate in "${JAVA_HOME:-/nonexistent}/bin/java" /usr/lib/jvm/*25*/bin/java; do
        if [[ -x "$candidate" ]]; then
            java=$candidate
            break
        fi
    done
fi
[[ -x "$java" ]] || { echo "startup.sh: set JAVA to a JDK 25 bin/java" >&2; exit 2; }
if ! [[ "$runs" =~ ^[0-9]+$ ]] || (( runs < 1 || runs > 50 )); then
    echo "startup.sh: RUNS must be 1..50" >&2
    exit 2
fi
for f in "$target/toolshed-demo.jar" "$target/toolshed-demo-app/toolshed-demo.jar" \
        "$target/toolshed-demo-app/toolshed-demo.aot"; do
    [[ -f "$f" ]] || { echo "startup.sh: missing $f; run: mvn -B -q -pl demo -am package -DskipTests" >&2; exit 2; }
done
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "startup.sh: port $port is in use; pass another as the second argument" >&2
    exit 2
fi

log=$(mktemp)
pid=
cleanup() {
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    rm -f "$log"
}
trap cleanup EXIT

# one run: prints milliseconds to the first 200, or fails after 120 s
measure() {
    local start now code
    start=$(date +%s%N)
    "$java" "$@" --server.port="$port" --spring.main.banner-mode=off >"$log" 2>&1 &
    pid=$!
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/" || true)
        now=$(date +%s%N)
        [[ "$code" == 200 ]] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "startup.sh: the demo exited; its log:" >&2
            cat "$log" >&2
            exit 1
        fi
        if (( (now - start) / 1000000 > 120000 )); then
            echo "startup.sh: no 200 within 120 s" >&2
            exit 1
        fi
        sleep 0.01
    done
    kill "$pid"
    wait "$pid" 2>/dev/null || true
    pid=
    echo $(( (now - start) / 1000000 ))
}

stats() {
    sort -n | awk '{ v[NR] = $1 } END {
        median = (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2)
        printf "%d | %d | %d", median, v[1], v[NR] }'
}

declare -A variants=(
    [jar]="-jar $target/toolshed-demo.jar"
    [extracted]="-jar $target/toolshed-demo-app/toolshed-demo.jar"
    [aot-cache]="-Xlog:aot=error -Xlog:cds=error -XX:AOTCache=$target/toolshed-demo-app/toolshed-demo.aot -jar $target/toolshed-demo-app/toolshed-demo.jar"
)
echo "| variant | median ms | min ms | max ms |"
echo "|---|---:|---:|---:|"
for name in jar extracted aot-cache; do
    times=()
    for ((i = 0; i < runs; i++)); do
        # shellcheck disable=SC2086 # the variant's flags are meant to split
        times+=("$(measure ${variants[$name]})")
    done
    echo "| $name | $(printf '%s\n' "${times[@]}" | stats) |"
done
echo
echo "JDK: $("$java" -XX:-UsePerfData -version 2>&1 | head -1); $runs runs each; $(nproc) CPUs; $(uname -sr)"
