#!/usr/bin/env bash
# Start-up benchmark of `goto NAME` against the JVM floor and zoxide, in one hyperfine run.
#
#   mvn -B -q -pl goto-cli -am package -DskipTests
#   benchmarks/goto/startup.sh [RUNS] [MARKDOWN_OUT]
#
# MARKDOWN_OUT gets a table (mean, median, min, CPU time, ratios to the JVM floor); writing
# it needs python3 to read hyperfine's JSON export.
# Rows: `goto NAME` through the launcher (AOT cache on), the same with GOTO_AOT=off, a bare
# JDK 25 "hello world" jar with default flags (the JVM floor), the same jar with the
# launcher's JVM flags, and `zoxide query NAME`. Every command's output is checked before
# timing. Needs the Debian packages hyperfine and zoxide, and a JDK 25 (GOTO_JAVA_HOME,
# JAVA_HOME or /usr/lib/jvm). Bounded: RUNS runs per command (default 30), 10 minutes total.
set -euo pipefail

runs=${1:-30}
markdown=${2:-}
root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
launcher=$root/goto-cli/target/goto

for tool in hyperfine zoxide; do
    if ! command -v "$tool" >/dev/null; then
        echo "startup.sh: $tool not found (Debian package $tool)" >&2
        exit 2
    fi
done
if [[ ! -x $launcher ]]; then
    echo "startup.sh: $launcher missing; run: mvn -B -q -pl goto-cli -am package -DskipTests" >&2
    exit 2
fi

is_jdk25() {
    [[ -n $1 && -x $1/bin/java && -r $1/release ]] || return 1
    local major
    major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")
    [[ -n $major && $major -ge 25 ]]
}
jdk=
for candidate in "${GOTO_JAVA_HOME-}" "${JAVA_HOME-}" /usr/lib/jvm/*; do
    if is_jdk25 "$candidate"; then
        jdk=$candidate
        break
    fi
done
if [[ -z $jdk ]]; then
    echo "startup.sh: no JDK 25 found; set GOTO_JAVA_HOME" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf -- "$work"' EXIT
export HOME=$work/home GOTO_TARGETS=$work/targets _ZO_DATA_DIR=$work/zoxide GOTO_JAVA_HOME=$jdk
target=$HOME/projects/toolshed
mkdir -p "$target" "$work/hello" "$_ZO_DATA_DIR"

# The floor: the smallest program a JVM can run, packaged like goto (a jar).
cat >"$work/hello/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
JAVA
"$jdk/bin/javac" -d "$work/hello" "$work/hello/Hello.java"
printf 'Main-Class: Hello\n' >"$work/hello/manifest"
"$jdk/bin/jar" --create --file "$work/hello.jar" --manifest "$work/hello/manifest" -C "$work/hello" Hello.class
flags=(-XX:+UseSerialGC -XX:-UsePerfData -Xint)

"$launcher" -a toolshed "$target"
zoxide add "$target"

# Trust no number whose command does the wrong thing.
check() {
    local expected=$1
    shift
    local actual
    actual=$("$@")
    if [[ $actual != "$expected" ]]; then
        echo "startup.sh: '$*' printed '$actual', expected '$expected'" >&2
        exit 1
    fi
}
check "$target" "$launcher" toolshed
check "$target" env GOTO_AOT=off "$launcher" toolshed
check hello "$jdk/bin/java" -jar "$work/hello.jar"
check hello "$jdk/bin/java" "${flags[@]}" -jar "$work/hello.jar"
check "$target" zoxide query toolshed

echo "JDK: $("$jdk/bin/java" -version 2>&1 | head -n 2 | tail -n 1)"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

timeout 600 hyperfine --shell=none --warmup 5 --runs "$runs" --export-json "$work/results.json" \
    --command-name 'goto toolshed' "$launcher toolshed" \
    --command-name 'goto toolshed (GOTO_AOT=off)' "env GOTO_AOT=off $launcher toolshed" \
    --command-name 'java -jar hello.jar (JVM floor)' "$jdk/bin/java -jar $work/hello.jar" \
    --command-name 'java <goto flags> -jar hello.jar' "$jdk/bin/java ${flags[*]} -jar $work/hello.jar" \
    --command-name 'zoxide query toolshed' "zoxide query toolshed"

if [[ -n $markdown ]]; then
    python3 - "$work/results.json" "$markdown" <<'PYTHON'
import json, statistics, sys

results = json.load(open(sys.argv[1]))["results"]
floor = next(r for r in results if "JVM floor" in r["command"])
rows = ["| command | mean ± σ [ms] | median [ms] | min [ms] | CPU user+sys [ms] | mean / floor | median / floor | CPU / floor |",
        "|---|---:|---:|---:|---:|---:|---:|---:|"]
for r in results:
    cpu = (r["user"] + r["system"]) * 1000
    floor_cpu = (floor["user"] + floor["system"]) * 1000
    rows.append("| `%s` | %.1f ± %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |" % (
        r["command"], r["mean"] * 1000, r["stddev"] * 1000, r["median"] * 1000, r["min"] * 1000, cpu,
        r["mean"] / floor["mean"], r["median"] / floor["median"], cpu / floor_cpu))
open(sys.argv[2], "w").write("\n".join(rows) + "\n")
PYTHON
    echo "startup.sh: wrote $markdown"
fi
