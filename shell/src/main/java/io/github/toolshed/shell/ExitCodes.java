package io.github.toolshed.shell;

/**
 * The exit codes of the Toolshed shell in non-interactive mode, a stable contract for scripts.
 *
 * <ul>
 *   <li>{@value #OK} — the command succeeded;
 *   <li>{@value #FAILURE} — not found or refused: no match, an unknown alias, an invalid pattern,
 *       a rejected tunnel value, a failed check, a missing template or context file, a template
 *       outside its directory, a template error;
 *   <li>{@value #USAGE} — the command line is wrong: unknown command or option, missing or extra
 *       argument, an option value of the wrong type or invalid JSON, an unclosed quote;
 *   <li>{@value #IO} — reading or writing a file failed;
 *   <li>{@value #INTERNAL} — a bug: an unexpected exception (the message is printed, run with
 *       {@code TOOLSHED_SHELL_DEBUG=1} for the stack trace).
 * </ul>
 */
public final class ExitCodes {

    /** The command succeeded. */
    public static final int OK = 0;

    /** Not found, no match, or a value was refused. */
    public static final int FAILURE = 1;

    /** The command line is wrong. */
    public static final int USAGE = 2;

    /** An input/output error. */
    public static final int IO = 3;

    /** An unexpected internal error (sysexits' EX_SOFTWARE). */
    public static final int INTERNAL = 70;

    private ExitCodes() {}
}
