package io.github.toolshed.sshtunnel;

/**
 * What a tunnel command printed and how it ended, for a shell or CLI front end to pass on.
 *
 * @param exitCode 0 success, 1 a problem with the input, the config or the check, 2 a usage error
 * @param out normal output (snippets, diffs, check results)
 * @param err messages about failures, each line starting with {@code tunnel: }
 */
public record CommandResult(int exitCode, String out, String err) {

    /** Success. */
    public static final int OK = 0;
    /** The input, the config file or a check was not acceptable. */
    public static final int PROBLEM = 1;
    /** The command line itself was wrong. */
    public static final int USAGE = 2;

    static CommandResult ok(String out) {
        return new CommandResult(OK, out, "");
    }

    static CommandResult problem(String out, String message) {
        return new CommandResult(PROBLEM, out, "tunnel: " + message + "\n");
    }

    static CommandResult usage(String message) {
        return new CommandResult(USAGE, "", "tunnel: " + message + "\n" + TunnelCli.USAGE);
    }
}
