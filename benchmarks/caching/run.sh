#!/usr/bin/env bash
# The caching comparison: every setup on loopback, wrk at concurrency 10, keep-alive and
# Connection: close. Usage: benchmarks/caching/run.sh [seconds-per-run]   (from the repository root)
# Needs wrk, redis-server, memcached, nginx and (optionally) varnish from Debian.
set -euo pipefail
seconds="${1:-5}"
cd "$(dirname "$0")/../.."
for binary in wrk redis-server memcached nginx; do
  command -v "$binary" >/dev/null || [ -x "/usr/sbin/$binary" ] || { echo "caching: $binary is missing (Debian package: $binary)" >&2; exit 1; }
done
mvn -B -q -pl cache/cache-redis,cache/cache-nginx -am package dependency:build-classpath -DskipTests \
  -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
classpath="cache/cache-redis/target/classes:cache/cache-nginx/target/classes"
classpath="$classpath:$(cat cache/cache-redis/target/classpath.txt):$(cat cache/cache-nginx/target/classpath.txt)"
# Java 25 runs the comparison: JAVA25_HOME, else a JDK 25 under the usual Debian directory.
java_bin="java"
if [ -n "${JAVA25_HOME:-}" ]; then
  java_bin="$JAVA25_HOME/bin/java"
elif ! java -version 2>&1 | grep -q '"25'; then
  java_bin="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)"
  [ -n "$java_bin" ] || { echo "caching: no Java 25 found; set JAVA25_HOME" >&2; exit 1; }
fi
mkdir -p benchmarks/caching/results docs/benchmarks
"$java_bin" -cp "$classpath" benchmarks/caching/CachingComparison.java "$seconds" benchmarks/caching/results
cp benchmarks/caching/results/caching.svg docs/benchmarks/caching.svg
echo "table: benchmarks/caching/results/caching.md, chart: docs/benchmarks/caching.svg"
