#!/usr/bin/env bash
# The page cache's hit against the uncached render of the demo's real blog page, in one JMH run
# (issue 8's goal). Builds the demo with its cache-jmh profile (test scope only) and runs
# io.github.toolshed.demo.bench.DemoPageBenchmarkMain: one fork, 3 x 1 s warm-up, 5 x 1 s
# measurement, -prof gc; prints a markdown table. Bounded: about 2 minutes after the build.
# Usage (from the repository root): benchmarks/caching/jmh-demo.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
# The benchmark classes must be compiled with the JMH annotation processor of the profile.
rm -rf demo/target/test-classes/io/github/toolshed/demo/bench demo/target/test-classes/META-INF/BenchmarkList
mvn -B -q -pl demo -am -Pcache-jmh process-test-classes -Dskip.unit.tests=true
