#!/usr/bin/env bash
# Runs the chat load scenarios of docs/benchmarks.md ("## chat") against a freshly started bench server.
# Build first:  mvn -B -q -pl benchmarks/chat-load -am package -Dskip.unit.tests=true
# Usage:        benchmarks/chat-load/run-scenarios.sh [one-node|saturation|idle|redis|all]
# JAVA must be a JDK 25 java (default: $JAVA_HOME/bin/java). Loopback only; every run is bounded.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
JAVA="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
CP="$here/target/classes:$here/target/lib/*"
SERVER_OPTS="${SERVER_OPTS:--Xmx1g -Xss512k}"
LOAD_OPTS="${LOAD_OPTS:--Xmx2g}"
# FRAMES=binary (default) asks the server for binary frames of UTF-8 JSON (?frames=binary); FRAMES=text for text frames.
FRAMES="${FRAMES:-binary}"
case "$FRAMES" in binary) Q="?frames=binary" ;; text) Q="" ;; *) echo "FRAMES must be binary or text" >&2; exit 2 ;; esac
pids=()

start_server() { # port, extra args...
  local port="$1"; shift
  "$JAVA" $SERVER_OPTS -cp "$CP" io.github.toolshed.chat.load.ChatBenchServer --server.port="$port" \
      --logging.level.root=WARN "$@" > "$here/target/server-$port.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 120); do
    if grep -q "Started ChatBenchServer\|Tomcat started" "$here/target/server-$port.log" 2>/dev/null \
        || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  echo "server on $port did not start" >&2; cat "$here/target/server-$port.log" >&2; exit 1
}

stop_servers() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_servers EXIT

# Every load run is bounded by the tool itself (joins time out after 60 s, then D + drain seconds) and,
# as a safety net, by timeout(1). LOAD_ARGS adds options, e.g. LOAD_ARGS="--io-threads 1"; SERVER_ARGS adds
# Spring properties to the in-memory server, e.g. SERVER_ARGS=--toolshed.chat.write-coalescing=0ms.
load() { timeout 900 "$JAVA" $LOAD_OPTS -cp "$CP" io.github.toolshed.chat.load.ChatLoad "$@" ${LOAD_ARGS:-}; }

machine() { echo "   $(date -u +%FT%TZ) $(nproc) cores, load average$(uptime | sed 's/.*load average//')"; }

one_node() {
  start_server 18080 ${SERVER_ARGS:-}
  echo "== one node, in-memory, $FRAMES frames, N=1000 R=100 msg/s D=30 s"; machine
  load --url ws://127.0.0.1:18080/chat/ws$Q --clients 1000 --rate 100 --duration 30 --server-pid "${pids[0]}"
  stop_servers
}

saturation() {
  start_server 18080 ${SERVER_ARGS:-}
  for rate in ${SAT_RATES:-100 200 400 800 1600 3200}; do
    echo "== one node, in-memory, N=1000 R=$rate msg/s D=15 s"; machine
    load --url ws://127.0.0.1:18080/chat/ws$Q --clients 1000 --rate "$rate" --duration 15 --room "sat$rate" \
        --server-pid "${pids[0]}"
  done
  stop_servers
}

idle() {
  local n="${IDLE_CLIENTS:-10000}"
  start_server 18080 ${SERVER_ARGS:-}
  echo "== one node, $n idle connections in 100 rooms, held 20 s"; machine
  load --url ws://127.0.0.1:18080/chat/ws$Q --clients "$n" --rate 0 --duration 20 --rooms 100 \
      --server-pid "${pids[0]}" --heap
  stop_servers
}

redis() {
  local port=16399 dir
  dir="$(mktemp -d)"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$dir" > "$dir/redis.log" 2>&1 &
  local redis_pid=$!
  sleep 1
  start_server 18081 --toolshed.chat.broker=redis --spring.data.redis.url=redis://127.0.0.1:$port
  start_server 18082 --toolshed.chat.broker=redis --spring.data.redis.url=redis://127.0.0.1:$port
  echo "== two nodes on Redis Streams, N=1000 split, R=100 msg/s D=30 s"; machine
  load --url ws://127.0.0.1:18081/chat/ws$Q,ws://127.0.0.1:18082/chat/ws$Q --clients 1000 --rate 100 --duration 30 \
      --server-pid "${pids[0]},${pids[1]}"
  echo "redis-server CPU (utime+stime ticks): $(awk '{print $14+$15}' /proc/$redis_pid/stat)"
  stop_servers
  kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
  rm -rf "$dir"
}

started=$SECONDS
case "${1:-all}" in
  one-node) one_node ;;
  saturation) saturation ;;
  idle) idle ;;
  redis) redis ;;
  all) one_node; saturation; idle; redis ;;
  *) echo "usage: $0 [one-node|saturation|idle|redis|all]" >&2; exit 2 ;;
esac
echo "== total run time $((SECONDS - started)) s"
