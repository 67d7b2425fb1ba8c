package io.github.toolshed.shell;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Toolshed shell: every Toolshed command in one Spring Shell app, interactive when started
 * without arguments, one command per invocation otherwise.
 *
 * <pre>
 * java -jar toolshed-shell.jar                                   # interactive
 * java -jar toolshed-shell.jar surlex to-regex '/blog/&lt;year:Y&gt;/' # one command, exit code
 * </pre>
 */
@SpringBootApplication
public class ToolshedShell {

    /**
     * Starts the shell and exits with the command's exit code (see {@link ExitCodes}).
     *
     * @param args a command and its arguments, or nothing for the interactive shell
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the shell to completion.
     *
     * @param args a command and its arguments, or nothing for the interactive shell
     * @return the exit code
     */
    static int run(String[] args) {
        SpringApplication app = new SpringApplication(ToolshedShell.class);
        // Arguments belong to the command: '--spring.x=y' is a value for a command, not a property.
        app.setAddCommandLineProperties(false);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        // Beans a run does not touch (the terminal, for a one-shot command) are never created.
        app.setDefaultProperties(Map.of("spring.main.lazy-initialization", "true"));
        ConfigurableApplicationContext context;
        try {
            context = app.run(args);
        } catch (RuntimeException e) {
            System.err.println("toolshed: cannot start: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
        return SpringApplication.exit(context);
    }
}
