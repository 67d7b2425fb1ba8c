package io.github.toolshed.shell.template;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code template shell --url PATH --app JAR}: starts the application jar in a child JVM with
 * {@code --toolshed.template.repl.url=PATH}, so the application runs the request in its own process
 * (toolshed-template-spring's {@code ModelCapture}) and opens the REPL on the page's values in this
 * terminal. The child shares the shell's standard streams; its exit status becomes the command's.
 */
final class AppLauncher {

    private final Path java;
    private final Redirect output;

    /** A launcher that runs the application with this JVM's {@code java}, on this terminal. */
    AppLauncher() {
        this(currentJava(), Redirect.INHERIT);
    }

    /** For tests: another {@code java} and somewhere else for the child's output. */
    AppLauncher(Path java, Redirect output) {
        this.java = java;
        this.output = output;
    }

    /**
     * Runs the application until its REPL is left.
     *
     * @param jar the application's executable jar
     * @param url the path of the page, e.g. {@code /blog/}
     * @return the application's exit status
     */
    int run(String jar, String url) {
        String page = checkedUrl(url);
        Path app = Path.of(jar).toAbsolutePath().normalize();
        if (!Files.isRegularFile(app)) {
            throw new ShellException(ExitCodes.IO, "--app: no such jar file: " + jar);
        }
        ProcessBuilder builder = new ProcessBuilder(command(app, page))
                .redirectInput(Redirect.INHERIT)
                .redirectOutput(output)
                .redirectErrorStream(output != Redirect.INHERIT);
        if (output == Redirect.INHERIT) {
            builder.redirectError(Redirect.INHERIT);
        }
        try {
            Process process = builder.start();
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw ShellException.failure("interrupted while " + app.getFileName() + " ran");
            }
        } catch (IOException e) {
            throw new ShellException(ExitCodes.IO, "cannot start " + java + ": " + e.getMessage(), e);
        }
    }

    /** The child's command line: no shell in between, so nothing in the arguments is interpreted. */
    List<String> command(Path app, String url) {
        return List.of(java.toString(), "-jar", app.toString(),
                "--toolshed.template.repl.url=" + url,
                "--server.port=0",
                "--spring.main.banner-mode=off");
    }

    /** A path within the application: it must start with one '/', and has no scheme or host. */
    static String checkedUrl(String url) {
        if (url.isEmpty() || url.charAt(0) != '/' || url.startsWith("//")) {
            throw ShellException.usage("--url must be a path within the application, like /blog/ (was '"
                    + url + "')");
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < 0x20 || c == 0x7f || c == ' ') {
                throw ShellException.usage("--url has a control character or space at index " + i
                        + "; percent-encode it");
            }
        }
        return url;
    }

    private static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
