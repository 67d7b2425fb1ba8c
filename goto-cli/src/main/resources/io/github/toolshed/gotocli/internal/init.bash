# goto shell integration for bash. Load it from ~/.bashrc with:
#   eval "$(goto init bash)"
# The goto binary only prints a directory; this function changes to it.

# Jump to an alias, or pass options (-l, -a, -r, ...) through to the goto binary.
goto() {
    if [ "$#" -eq 1 ] && [ "$1" = "-" ]; then
        __goto_cd "${OLDPWD:?goto: no previous directory}"
        return
    fi
    if [ "$#" -eq 1 ] && [ -n "$1" ] && [ "${1#-}" = "$1" ]; then
        local __goto_dir
        # The trailing "/" protects newlines at the end of the path from $(...).
        __goto_dir="$(command goto -- "$1" && printf /)" || return
        __goto_dir="${__goto_dir%?/}"
        __goto_cd "$__goto_dir"
        return
    fi
    command goto "$@"
}

__goto_cd() {
    builtin cd -- "$1" || return
    if [ -n "${_GOTO_ECHO-}" ]; then
        builtin printf '%s\n' "$PWD"
    fi
}

# Completes alias names, and subdirectories below an alias after a "/".
__goto_complete() {
    local __goto_word="${COMP_WORDS[COMP_CWORD]}"
    COMPREPLY=()
    if [ "${COMP_CWORD}" -ne 1 ] || [ "${__goto_word#-}" != "$__goto_word" ]; then
        return 0
    fi
    local __goto_line __goto_quoted
    while IFS= read -r __goto_line; do
        # Quoted, because bash puts the reply on the command line as is: a directory named
        # $(cmd) below an alias must not become a command substitution.
        printf -v __goto_quoted '%q' "$__goto_line"
        COMPREPLY+=("$__goto_quoted")
    done < <(command goto --complete "$__goto_word" 2>/dev/null)
    # Entries below an alias end in "/": let the user keep typing instead of adding a space.
    if [ "${#COMPREPLY[@]}" -eq 1 ] && [ "${COMPREPLY[0]%/}" != "${COMPREPLY[0]}" ]; then
        compopt -o nospace 2>/dev/null || true
    fi
    return 0
}

complete -F __goto_complete goto
