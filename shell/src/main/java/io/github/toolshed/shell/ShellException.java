package io.github.toolshed.shell;

/**
 * The one unchecked exception of the shell: a command failed with a message for the user and an
 * exit code from {@link ExitCodes}.
 *
 * <p>Commands throw it instead of printing errors themselves; the runner prints the message (on
 * stderr in non-interactive mode, on the terminal otherwise) and exits with {@link #exitCode()}.
 */
public class ShellException extends RuntimeException {

    private final int exitCode;

    /**
     * Creates an exception.
     *
     * @param exitCode the process exit code, one of {@link ExitCodes}
     * @param message the message for the user, without a trailing newline
     */
    public ShellException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /**
     * Creates an exception with a cause.
     *
     * @param exitCode the process exit code, one of {@link ExitCodes}
     * @param message the message for the user
     * @param cause the underlying failure
     */
    public ShellException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /**
     * Returns a usage error (exit code {@value ExitCodes#USAGE}).
     *
     * @param message what is wrong with the command line
     * @return the exception
     */
    public static ShellException usage(String message) {
        return new ShellException(ExitCodes.USAGE, message);
    }

    /**
     * Returns a failure (exit code {@value ExitCodes#FAILURE}).
     *
     * @param message what failed
     * @return the exception
     */
    public static ShellException failure(String message) {
        return new ShellException(ExitCodes.FAILURE, message);
    }

    /**
     * Returns the exit code.
     *
     * @return one of {@link ExitCodes}
     */
    public int exitCode() {
        return exitCode;
    }
}
