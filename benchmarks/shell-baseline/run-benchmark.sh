#!/usr/bin/env bash
# Start-up benchmark of the Toolshed shell beside a minimal Spring Boot + Spring Shell app, in
# one hyperfine run: launch to first result of a one-shot command, and launch to the interactive
# prompt (a session whose stdin is "exit": start, prompt, read, quit) of the shell and of its
# template REPL (`template shell`), each as a plain
# `java -jar` of the fat jar and with a JDK 25 AOT cache trained the same way for both apps.
#
# Prerequisites (from the repository root):
#   mvn -B -q -pl shell -am package -DskipTests        # shell/target/toolshed-shell{,.jar,-app/}
#   mvn -B -q -f benchmarks/shell-baseline/pom.xml package
# Run:   benchmarks/shell-baseline/run-benchmark.sh [RUNS]
# Needs: hyperfine and python3 (Debian packages), a JDK 25 ($JAVA25, else found in /usr/lib/jvm).
set -euo pipefail

root=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
runs=${1:-5}
java=${JAVA25:-}
if [[ -z "$java" ]]; then
    for candidate in /usr/lib/jvm/*/bin/java; do
        if grep -qs '^JAVA_VERSION="25' "$(dirname "$(dirname "$(readlink -f "$candidate")")")/release"; then
            java=$candidate
            break
        fi
    done
fi
[[ -x "$java" ]] || { echo "no JDK 25 found; set JAVA25" >&2; exit 1; }

base=$root/benchmarks/shell-baseline/target
shell=$root/shell/target
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'exit\n' > "$work/exit.txt"
export GOTO_TARGETS="$work/targets" XDG_STATE_HOME="$work/state"

flags="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr"
oneshot="-Dspring.shell.interactive.enabled=false"

# The baseline gets exactly the shell's treatment: extracted, AOT cache trained on its command.
"$java" -Djarmode=tools -jar "$base/shell-baseline.jar" extract --force --destination "$base/app" >/dev/null
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:aot=error $oneshot \
    -XX:AOTCacheOutput="$base/app/shell-baseline.aot" -jar "$base/app/shell-baseline.jar" hello >/dev/null

pattern="'/blog/<year:Y>/<month:M>/<slug:s>/'"
hyperfine --warmup 1 --runs "$runs" --export-json "$work/result.json" \
    -n "baseline hello, java -jar" \
    "$java $oneshot -jar $base/shell-baseline.jar hello" \
    -n "baseline hello, AOT cache" \
    "$java $flags $oneshot -XX:AOTCache=$base/app/shell-baseline.aot -jar $base/app/shell-baseline.jar hello" \
    -n "toolshed surlex to-regex, java -jar" \
    "$java -jar $shell/toolshed-shell.jar surlex to-regex $pattern" \
    -n "toolshed surlex to-regex, extracted, no cache" \
    "$java $flags -jar $shell/toolshed-shell-app/toolshed-shell.jar surlex to-regex $pattern" \
    -n "toolshed surlex to-regex, launcher (AOT cache)" \
    "$shell/toolshed-shell surlex to-regex $pattern" \
    -n "baseline prompt, java -jar" \
    "$java -jar $base/shell-baseline.jar < $work/exit.txt" \
    -n "baseline prompt, AOT cache" \
    "$java $flags -XX:AOTCache=$base/app/shell-baseline.aot -jar $base/app/shell-baseline.jar < $work/exit.txt" \
    -n "toolshed prompt, java -jar" \
    "$java -jar $shell/toolshed-shell.jar < $work/exit.txt" \
    -n "toolshed prompt, launcher (AOT cache)" \
    "$shell/toolshed-shell < $work/exit.txt" \
    -n "toolshed template shell prompt, java -jar" \
    "$java -jar $shell/toolshed-shell.jar template shell < $work/exit.txt" \
    -n "toolshed template shell prompt, launcher (AOT cache)" \
    "$shell/toolshed-shell template shell < $work/exit.txt"
# The markdown table with user CPU time beside the wall time (steadier on a shared machine).
python3 - "$work/result.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print("| command | mean wall [s] | min [s] | user CPU [s] |")
print("|:---|---:|---:|---:|")
for r in results:
    print(f"| {r['command']} | {r['mean']:.2f} ± {r['stddev'] or 0:.2f} | {r['min']:.2f} | {r['user']:.2f} |")
PY
