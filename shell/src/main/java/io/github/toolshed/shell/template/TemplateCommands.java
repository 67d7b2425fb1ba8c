package io.github.toolshed.shell.template;

import io.github.toolshed.shell.Args;
import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import io.github.toolshed.shell.StateDirectory;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Loaders;
import io.github.toolshed.template.Template;
import io.github.toolshed.template.repl.Breakpoints;
import io.github.toolshed.template.repl.TemplateRepl;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/**
 * The {@code template} commands: the template REPL in the shell's terminal, and rendering a
 * template file (optionally pausing at {@code {% repl %}}).
 */
@Component
public class TemplateCommands {

    private static final String GROUP = "Template";
    /** The property that overrides where the REPL keeps its history (tests). */
    static final String HISTORY_PROPERTY = "toolshed.shell.template.history";

    private final ObjectProvider<Terminal> terminal;
    private final Environment env;

    /**
     * Creates the commands.
     *
     * @param terminal the shell's JLine terminal, created on first use
     * @param env the environment ({@value #HISTORY_PROPERTY})
     */
    public TemplateCommands(ObjectProvider<Terminal> terminal, Environment env) {
        this.terminal = terminal;
        this.env = env;
    }

    /**
     * Opens the template REPL in the shell's terminal.
     *
     * @param json the initial context as a JSON object
     * @param file a file holding the initial context as JSON
     * @param url a page of a Spring application whose model would be the context
     * @param app the application's executable jar ({@code --url} runs it)
     * @param templates a directory {@code {% include %}} and {@code {% extends %}} read from
     * @param context the command context
     */
    @Command(name = {"template", "shell"}, group = GROUP, description = "Open the template REPL",
            help = """
                    usage: template shell [--context JSON] [--context-file FILE] [--templates DIR]
                           template shell --url PATH --app JAR

                    A read-eval-print loop for Toolshed templates: each input is rendered against
                    one context that lives for the session ({% load %}, {% import %} and values set
                    earlier stay). An unclosed block ({% for %} without {% endfor %}) continues on
                    the next line. ':help' lists the REPL's commands; 'exit' or Ctrl-D leaves.
                    Piped input prints only the results (and errors); the exit code is then 1
                    when any input failed.

                    options:
                      --context JSON        the initial context, a JSON object (never evaluated)
                      --context-file FILE   the same, read from a UTF-8 file
                      --templates DIR       where {% include %} and {% extends %} find templates
                      --url PATH            the REPL on the values of an application's page:
                                            starts JAR (--app) with that page's path; the app
                                            runs the request in-process (no network) and opens
                                            the REPL here; leaving it stops the app
                      --app JAR             the application's executable jar (it needs
                                            toolshed-template-repl and spring-test)

                    examples:
                      template shell --context '{"user": {"name": "Ada"}, "tags": ["a", "b"]}'
                      template shell --context-file page.json --templates src/main/resources/templates
                      template shell --url /blog/ --app demo/target/toolshed-demo.jar
                      echo '{{ 1|add:2 }}' | toolshed-shell template shell
                    """)
    public void shell(
            @Option(longName = "context", description = "the context as a JSON object") String json,
            @Option(longName = "context-file", description = "a file with the context as JSON") String file,
            @Option(longName = "url", description = "a page of a Spring application (see help)") String url,
            @Option(longName = "app", description = "the application's jar (with --url)") String app,
            @Option(longName = "templates", description = "the template directory") String templates,
            CommandContext context) {
        Args.exactly(context, "template shell [--context JSON] [--context-file FILE] [--templates DIR]");
        if (url != null || app != null) {
            if (url == null || app == null) {
                throw new ShellException(ExitCodes.USAGE, UrlHelp.MESSAGE);
            }
            if (json != null || file != null || templates != null) {
                throw ShellException.usage("--url takes its context and templates from the application:"
                        + " leave out --context, --context-file and --templates");
            }
            context.outputWriter().flush();
            int status = new AppLauncher().run(app, url);
            if (status != 0) {
                throw ShellException.failure("the application exited with status " + status);
            }
            return;
        }
        Map<String, Object> values = ContextOptions.read(json, file);
        Engine.Builder engine = Engine.builder().discoverLibraries();
        if (templates != null) {
            engine.loader(Loaders.filesystem(TemplateFiles.directory(templates)));
        }
        context.outputWriter().flush();
        int status = TemplateRepl.builder(engine.build())
                .context(values)
                .terminal(terminal.getObject())
                .historyFile(historyFile())
                .build()
                .run();
        if (status != 0) {
            // Piped input: the REPL printed each failed input's error; the script sees exit 1.
            throw ShellException.failure("an input failed (its error is shown above)");
        }
    }

    /**
     * Renders a template file and prints the result.
     *
     * @param json the context as a JSON object
     * @param file a file holding the context as JSON
     * @param templates the template directory (default: the file's directory)
     * @param pause whether {@code {% repl %}} opens the REPL in the terminal
     * @param context the command context
     */
    @Command(name = {"template", "render"}, group = GROUP, description = "Render a template file",
            help = """
                    usage: template render [--context JSON] [--context-file FILE] [--templates DIR] [--break] FILE

                    Renders FILE and prints the result. {% extends %} and {% include %} read
                    templates from FILE's directory (or --templates DIR, which must contain FILE);
                    a name that leads outside it is refused. A template error is shown with the
                    line and a caret under the offending text (exit 1).

                    options:
                      --context JSON        the context, a JSON object (never evaluated)
                      --context-file FILE   the same, read from a UTF-8 file
                      --templates DIR       the template directory
                      --break               {% repl %} pauses the render and opens the REPL on
                                            the context at that point; leave it to resume
                                            (without --break the tag renders nothing)

                    examples:
                      template render --context '{"name": "Ada"}' hello.html
                      template render --templates site site/blog/post.html --context-file post.json
                      template render --break page.html
                    """)
    public void render(
            @Option(longName = "context", description = "the context as a JSON object") String json,
            @Option(longName = "context-file", description = "a file with the context as JSON") String file,
            @Option(longName = "templates", description = "the template directory") String templates,
            @Option(longName = "break", description = "pause at {% repl %}") boolean pause,
            CommandContext context) {
        String usage = "template render [--context JSON] [--context-file FILE] [--templates DIR] [--break] FILE";
        String path = Args.exactly(context, usage, "FILE").getFirst();
        TemplateFiles.Located located = TemplateFiles.locate(path, templates);
        Map<String, Object> values = ContextOptions.read(json, file);
        Engine engine = Engine.builder().discoverLibraries().debug(true)
                .loader(Loaders.filesystem(located.root())).build();
        Template template = engine.getTemplate(located.name());
        String output = pause
                ? Breakpoints.attach(Breakpoints.terminalConsole(engine, terminal.getObject()),
                        () -> template.render(values))
                : template.render(values);
        PrintWriter out = context.outputWriter();
        out.print(output);
    }

    private Path historyFile() {
        String file = env.getProperty(HISTORY_PROPERTY);
        if (file != null) {
            return file.isEmpty() ? null : Path.of(file);
        }
        return StateDirectory.resolve(System.getenv(), System.getProperty("user.home")).resolve("template-history");
    }
}
