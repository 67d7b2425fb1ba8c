#!/usr/bin/env bash
# Launcher of the Toolshed demo. Starts the extracted app next to it with the JDK 25 AOT cache
# trained at build time (the fastest start measured, see docs/benchmarks.md "demo start-up"), and
# finds a JDK 25 even when the `java` on PATH is older: $TOOLSHED_JAVA, then $JAVA_HOME, then
# `java` on PATH, then /usr/lib/jvm/*. Arguments go to Spring Boot (e.g. --server.port=9090,
# --spring.profiles.active=redis); JVM options come from $TOOLSHED_DEMO_OPTS.
set -euo pipefail

here=$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")" && pwd)
app="$here/toolshed-demo-app"

# The feature version of the JDK that owns this java binary, read from its release file
# (starting a JVM just to ask would cost as much as the jump we are trying to make fast).
__toolshed_java_version() {
    local home release line
    home=$(dirname -- "$(dirname -- "$(readlink -f -- "$1")")")
    release="$home/release"
    [[ -r "$release" ]] || return 1
    line=$(grep -m1 '^JAVA_VERSION=' "$release") || return 1
    line=${line#JAVA_VERSION=\"}
    printf '%s\n' "${line%%[.\"]*}"
}

__toolshed_find_java() {
    local candidate version
    local -a candidates=()
    [[ -n "${TOOLSHED_JAVA:-}" ]] && candidates+=("$TOOLSHED_JAVA")
    [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
    candidate=$(command -v java 2>/dev/null) && candidates+=("$candidate")
    for candidate in /usr/lib/jvm/*/bin/java; do
        [[ -x "$candidate" ]] && candidates+=("$candidate")
    done
    for candidate in "${candidates[@]}"; do
        [[ -x "$candidate" ]] || continue
        version=$(__toolshed_java_version "$candidate") || continue
        if [[ "$version" =~ ^[0-9]+$ ]] && (( version >= 25 )); then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    return 1
}

java=$(__toolshed_find_java) || {
    echo "toolshed-demo: no JDK 25 or newer found; set TOOLSHED_JAVA to its bin/java" >&2
    exit 70
}

# The JVM decodes arguments, file names and the environment with the locale's charset: under
# LANG=C a directory named café cannot even be named. Use C.UTF-8 unless the locale is UTF-8.
locale_now=${LC_ALL:-${LC_CTYPE:-${LANG:-}}}
shopt -s nocasematch
if [[ ! "$locale_now" =~ utf-?8 ]]; then
    export LC_ALL=C.UTF-8
fi
shopt -u nocasematch

opts=(-Xlog:aot=error -Xlog:cds=error)
if [[ -f "$app/toolshed-demo.aot" ]]; then
    opts+=("-XX:AOTCache=$app/toolshed-demo.aot")
fi
# shellcheck disable=SC2206 # word splitting of the user's JVM options is intended
extra=(${TOOLSHED_DEMO_OPTS:-})
exec "$java" "${opts[@]}" "${extra[@]}" -jar "$app/toolshed-demo.jar" "$@"
