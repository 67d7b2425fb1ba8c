package io.github.toolshed.shell;

import io.github.toolshed.gotocli.GotoException;
import io.github.toolshed.sshtunnel.SshTunnelException;
import io.github.toolshed.surlex.SurlexException;
import io.github.toolshed.template.TemplateException;
import io.github.toolshed.template.repl.TemplateReplException;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.convert.ConversionException;
import org.springframework.shell.core.command.ExitStatus;

/**
 * Maps what a command threw, or the {@link ExitStatus} it returned, to an exit code from
 * {@link ExitCodes} and a message for the user.
 *
 * <p>Spring Shell wraps a command's exception (in {@code CommandExecutionException}, and the
 * reflective call in {@code InvocationTargetException}); the first cause of a known type wins.
 */
final class Failures {

    /** A failure as the user sees it. */
    record Failure(int exitCode, String message) {}

    private Failures() {}

    static Failure of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Failure known = known(t);
            if (known != null) {
                return known;
            }
        }
        String text = thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
        Throwable root = thrown;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root != thrown) {
            text = root.getClass().getSimpleName() + ": " + root.getMessage();
        }
        return new Failure(ExitCodes.INTERNAL, "internal error: " + text);
    }

    private static Failure known(Throwable t) {
        return switch (t) {
            case ShellException e -> new Failure(e.exitCode(), e.getMessage());
            case SurlexException e -> new Failure(ExitCodes.FAILURE, e.getMessage());
            case TemplateException e -> new Failure(ExitCodes.FAILURE, "template error: " + e.describe());
            case TemplateReplException e -> new Failure(ExitCodes.FAILURE, e.getMessage());
            case GotoException e -> new Failure(ExitCodes.FAILURE, e.getMessage());
            case SshTunnelException e -> new Failure(ExitCodes.FAILURE, e.getMessage());
            case ConversionException e -> new Failure(ExitCodes.USAGE, "invalid option value: " + rootMessage(e));
            case IllegalArgumentException e when e.getMessage() != null && e.getMessage().startsWith("Required option") ->
                new Failure(ExitCodes.USAGE, e.getMessage());
            case UncheckedIOException e -> new Failure(ExitCodes.IO, "I/O error: " + rootMessage(e));
            case IOException e -> new Failure(ExitCodes.IO, "I/O error: " + rootMessage(e));
            default -> null;
        };
    }

    static Failure of(ExitStatus status) {
        int code = status.code();
        if (code > 0) {
            return new Failure(code, status.description());
        }
        if (code == ExitStatus.USAGE_ERROR.code()) {
            return new Failure(ExitCodes.USAGE, status.description());
        }
        if (code == ExitStatus.AVAILABILITY_ERROR.code()) {
            return new Failure(ExitCodes.FAILURE, status.description());
        }
        return new Failure(ExitCodes.INTERNAL, status.description());
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
