package io.github.toolshed.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.core.InputReader;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.autoconfigure.ShellTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared Spring context of the command tests: the whole shell app without its runner, with
 * the goto targets in a temporary file. Commands run through Spring Shell's test client, and
 * through the dispatcher when a test needs the exit code and the error text.
 */
@SpringBootTest(classes = ToolshedShell.class, properties = "toolshed.shell.runner.enabled=false")
@ShellTest
abstract class ShellTestSupport {

    static final Path WORK = createWork();

    @Autowired
    ShellTestClient client;

    @Autowired
    CommandDispatcher dispatcher;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("toolshed.goto.targets", () -> WORK.resolve("targets").toString());
    }

    private static Path createWork() {
        try {
            return Files.createTempDirectory("toolshed-shell-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a command printed and returned. */
    record Run(int code, String out, String err) {}

    Run run(String... words) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = dispatcher.run(List.of(words), new PrintWriter(out), new PrintWriter(err), new InputReader() {});
        return new Run(code, out.toString(), err.toString());
    }

    List<String> screen(String line) throws Exception {
        return client.sendCommand(line).lines();
    }
}
