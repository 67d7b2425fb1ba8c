# goto shell integration for zsh. Load it from ~/.zshrc with:
#   eval "$(goto init zsh)"
# The goto binary only prints a directory; this function changes to it.

# Jump to an alias, or pass options (-l, -a, -r, ...) through to the goto binary.
function goto() {
    if (( $# == 1 )) && [[ "$1" == "-" ]]; then
        __goto_cd "${OLDPWD:?goto: no previous directory}"
        return
    fi
    if (( $# == 1 )) && [[ -n "$1" && "$1" != -* ]]; then
        local __goto_dir
        # The trailing "/" protects newlines at the end of the path from $(...).
        __goto_dir="$(command goto -- "$1" && printf /)" || return
        __goto_dir="${__goto_dir%?/}"
        __goto_cd "$__goto_dir"
        return
    fi
    command goto "$@"
}

function __goto_cd() {
    # The directory is absolute, so cd never reads it as a stack entry (-1, +2) or via cdpath;
    # chpwd hooks run as for any cd.
    builtin cd -- "$1" || return
    if [[ -n "${_GOTO_ECHO-}" ]]; then
        builtin print -r -- "$PWD"
    fi
}

# Completes alias names, and subdirectories below an alias after a "/".
function __goto_complete() {
    (( CURRENT == 2 )) || return 1
    local -a __goto_names
    __goto_names=("${(@f)$(command goto --complete "$PREFIX" 2>/dev/null)}")
    __goto_names=(${__goto_names:#})
    local -a __goto_dirs __goto_plain
    __goto_dirs=(${(M)__goto_names:#*/})
    __goto_plain=(${__goto_names:#*/})
    (( ${#__goto_plain} )) && compadd -U -- "${__goto_plain[@]}"
    (( ${#__goto_dirs} )) && compadd -U -S '' -- "${__goto_dirs[@]}"
    return 0
}

if (( ${+functions[compdef]} )); then
    compdef __goto_complete goto
fi
