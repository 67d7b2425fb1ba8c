# goto shell integration for fish. Load it from ~/.config/fish/config.fish with:
#   goto init fish | source
# The goto binary only prints a directory; this function changes to it.

function goto --description 'Jump to a directory alias'
    if test (count $argv) -eq 1; and test "$argv[1]" = -
        __goto_cd $dirprev[-1]
        return
    end
    if test (count $argv) -eq 1; and test -n "$argv[1]"; and not string match -q -- '-*' $argv[1]
        # string collect keeps newlines inside the path as one value; the trailing "/"
        # protects newlines at its end.
        set -l __goto_dir (command goto -- $argv[1]; and printf /)
        or return
        set __goto_dir (string join \n -- $__goto_dir | string collect -N)
        __goto_cd (string sub --end=-2 -- $__goto_dir | string collect -N)
        return
    end
    command goto $argv
end

function __goto_cd
    if test -z "$argv[1]"
        echo 'goto: no previous directory' >&2
        return 1
    end
    builtin cd -- $argv[1]
    or return
    if set -q _GOTO_ECHO
        printf '%s\n' $PWD
    end
end

function __goto_complete
    set -l __goto_words (commandline -opc)
    test (count $__goto_words) -eq 1; or return
    command goto --complete (commandline -ct) 2>/dev/null
end

complete -c goto -f -a '(__goto_complete)'
