# goto shell integration for fish. Load it from ~/.config/fish/config.fish with:
#   goto init fish | source
# The goto binary only prints a directory; this function changes to it.

function goto --description 'Jump to a directory alias'
    if test (count $argv) -eq 1; and test "$argv[1]" = -
        cd -
        or return
        __goto_echo
        return
    end
    if test (count $argv) -eq 1; and test -n "$argv[1]"; and not string match -q -- '-*' $argv[1]
        # The directory comes NUL-terminated: string split0 keeps it whole, newlines included.
        set -l __goto_dir (command goto -0 -- $argv[1] | string split0)
        set -l __goto_status $pipestatus[1]
        if test $__goto_status -ne 0
            return $__goto_status
        end
        __goto_cd $__goto_dir
        return
    end
    command goto $argv
end

function __goto_cd
    # fish's cd function (not builtin cd) keeps the history that cd - and prevd use.
    cd -- $argv[1]
    or return
    __goto_echo
end

function __goto_echo
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
