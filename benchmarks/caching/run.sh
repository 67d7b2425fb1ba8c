#!/usr/bin/env bash
# The caching comparison with the demo's real blog page: every setup on loopback, wrk at
# concurrency 10, keep-alive and Connection: close, median of 3 runs.
# Usage (from the repository root): benchmarks/caching/run.sh [seconds-per-run]   (default 5)
# Bounded: about (20 s start + 3 s warm-up + 6 x seconds) per setup, 8 setups: about 7 minutes
# at 5 s. Needs wrk, redis-server, memcached, nginx and (optionally) varnish from Debian.
set -euo pipefail
seconds="${1:-5}"
cd "$(dirname "$0")/../.."
for binary in wrk redis-server memcached nginx; do
  command -v "$binary" >/dev/null || [ -x "/usr/sbin/$binary" ] || { echo "caching: $binary is missing (Debian package: $binary)" >&2; exit 1; }
done
mvn -B -q -pl demo,cache/cache-redis,cache/cache-nginx -am package dependency:build-classpath \
  -Dskip.unit.tests=true -Dmdep.includeScope=test -Dmdep.outputFile=target/classpath.txt
# The comparison program: the nginx/VCL generators and test-support's servers.
classpath="cache/cache-nginx/target/classes:$(cat cache/cache-nginx/target/classpath.txt)"
# The demo runs as built; cache-redis and cache-nginx (optional dependencies of cache-spring) and
# Lettuce are added to it through Spring Boot's PropertiesLauncher loader.path.
loader_path="$(ls cache/cache-redis/target/toolshed-cache-redis-*.jar | grep -v -e sources -e tests | head -1)"
loader_path="$loader_path,$(ls cache/cache-nginx/target/toolshed-cache-nginx-*.jar | grep -v -e sources -e tests | head -1)"
for jar in $(tr ':' '\n' < cache/cache-redis/target/classpath.txt | grep -E '/(lettuce-core|netty-[a-z0-9-]+|reactor-core|reactive-streams)-[0-9][^/]*\.jar$'); do
  loader_path="$loader_path,$jar"
done
# Java 25 runs the comparison and the demo: JAVA25_HOME, else a JDK 25 under the usual Debian directory.
java_bin="java"
if [ -n "${JAVA25_HOME:-}" ]; then
  java_bin="$JAVA25_HOME/bin/java"
elif ! java -version 2>&1 | grep -q '"25'; then
  java_bin="$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)"
  [ -n "$java_bin" ] || { echo "caching: no Java 25 found; set JAVA25_HOME" >&2; exit 1; }
fi
mkdir -p benchmarks/caching/results docs/benchmarks
"$java_bin" -cp "$classpath" benchmarks/caching/CachingComparison.java "$seconds" benchmarks/caching/results \
  demo/target/toolshed-demo.jar "$loader_path"
cp benchmarks/caching/results/caching.svg docs/benchmarks/caching.svg
echo "table: benchmarks/caching/results/caching.md, chart: docs/benchmarks/caching.svg"
