#!/bin/sh
# goto launcher: runs the goto jar on a JDK 25 or newer.
#
#   GOTO_JAVA_HOME   the JDK to use (skips the search below)
#   GOTO_AOT=off     do not use the AOT cache (goto.aot next to this script)
#   GOTO_JAVA_OPTS   extra JVM options, split on spaces
#
# JDK search: GOTO_JAVA_HOME, then JAVA_HOME if it is 25+, then the JDK this launcher was
# built with, then the JDKs under /usr/lib/jvm, /usr/local/lib/jvm, /opt and /usr/java.
# The AOT cache was trained on the build JDK, so it is only used with that JDK.

self=$0
if [ -L "$self" ]; then
    self=$(readlink -f -- "$self") || exit 2
fi
case $self in
    */*) here=${self%/*} ;;
    *) here=. ;;
esac
build_jdk=@BUILD_JDK@

# Succeeds when $1 is a JDK whose release file says version 25 or newer.
is_jdk25() {
    [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -r "$1/release" ] || return 1
    while IFS= read -r line; do
        case $line in
            JAVA_VERSION=*)
                major=${line#JAVA_VERSION=}
                major=${major#\"}
                major=${major%%[!0-9]*}
                [ -n "$major" ] && [ "$major" -ge 25 ]
                return
                ;;
        esac
    done <"$1/release"
    return 1
}

jdk=
if [ -n "${GOTO_JAVA_HOME-}" ]; then
    jdk=$GOTO_JAVA_HOME
elif is_jdk25 "${JAVA_HOME-}"; then
    jdk=$JAVA_HOME
elif is_jdk25 "$build_jdk"; then
    jdk=$build_jdk
else
    for candidate in /usr/lib/jvm/* /usr/local/lib/jvm/* /opt/* /usr/java/*; do
        if is_jdk25 "$candidate"; then
            jdk=$candidate
            break
        fi
    done
fi
if [ -z "$jdk" ]; then
    echo "goto: no JDK 25 or newer found; install one or set GOTO_JAVA_HOME" >&2
    exit 2
fi
if [ ! -x "$jdk/bin/java" ]; then
    echo "goto: GOTO_JAVA_HOME is not a JDK (no bin/java): $jdk" >&2
    exit 2
fi

aot=
if [ "${GOTO_AOT-}" != off ] && [ "$jdk" = "$build_jdk" ] && [ -r "$here/goto.aot" ]; then
    aot=-XX:AOTCache=$here/goto.aot
fi

# C.UTF-8 makes the JVM decode file names, PWD and HOME as UTF-8 whatever the user's
# locale; goto writes its output as UTF-8 bytes itself, so paths come out byte-exact.
# GOTO_JAVA_OPTS is split on spaces on purpose, like JAVA_OPTS elsewhere.
# shellcheck disable=SC2086
LC_ALL=C.UTF-8 exec "$jdk/bin/java" @FLAGS@ ${aot:+"$aot"} ${GOTO_JAVA_OPTS-} \
    -cp "$here/@JAR@" @MAIN@ "$@"
