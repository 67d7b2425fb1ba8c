package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;
import io.github.toolshed.template.repl.TemplateRepl;
import java.io.IOException;
import java.io.PrintStream;
import java.util.function.IntConsumer;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code toolshed.template.repl.url}: once the application is ready, captures the page's model
 * with {@link ModelCapture} and opens the template REPL on it in the process's terminal; leaving
 * the REPL stops the application (exit status 0, or 1 when the capture failed).
 */
final class ReplUrlListener implements ApplicationListener<ApplicationReadyEvent> {

    private final ConfigurableApplicationContext context;
    private final Engine engine;
    private final String url;
    private final TerminalFactory terminals;
    private final IntConsumer exit;

    /** Opens a terminal; a test passes a scripted one. */
    @FunctionalInterface
    interface TerminalFactory {
        Terminal open() throws IOException;
    }

    ReplUrlListener(ConfigurableApplicationContext context, Engine engine, String url) {
        this(context, engine, url, () -> TerminalBuilder.builder().system(true).build(),
                status -> System.exit(SpringApplication.exit(context, () -> status)));
    }

    ReplUrlListener(ConfigurableApplicationContext context, Engine engine, String url,
            TerminalFactory terminals, IntConsumer exit) {
        this.context = context;
        this.engine = engine;
        this.url = url;
        this.terminals = terminals;
        this.exit = exit;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() != context) {
            return;
        }
        exit.accept(run(System.err));
    }

    int run(PrintStream err) {
        if (!(context instanceof WebApplicationContext web)) {
            err.println("toolshed.template.repl.url: not a servlet web application");
            return 1;
        }
        CapturedModel page;
        try {
            page = ModelCapture.of(web).capture(url);
        } catch (ModelCaptureException e) {
            err.println("toolshed.template.repl.url: " + e.getMessage());
            return 1;
        }
        try (Terminal terminal = terminals.open()) {
            terminal.writer().println("Context of GET " + page.path() + " (template " + page.templateName()
                    + "); ':vars' lists it, 'exit' stops the application.");
            terminal.flush();
            return TemplateRepl.builder(engine).context(page.values()).terminal(terminal).build().run();
        } catch (IOException e) {
            err.println("toolshed.template.repl.url: cannot open the terminal: " + e.getMessage());
            return 1;
        }
    }
}
