package io.github.toolshed.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Scope;
import org.springframework.test.context.TestPropertySource;

/**
 * {@code template shell} and {@code template render --break} with scripted terminal input: each
 * command gets a fresh dumb terminal reading {@link #input} and writing {@link #screen}.
 */
@Import(TemplateReplCommandsTest.ScriptedTerminal.class)
@TestPropertySource(properties = "toolshed.shell.template.history=")
class TemplateReplCommandsTest extends ShellTestSupport {

    static volatile String input = "";
    static final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    /** A new dumb terminal over the scripted input for each command. */
    @TestConfiguration(proxyBeanMethods = false)
    static class ScriptedTerminal {
        @Bean
        @Primary
        @Scope("prototype")
        Terminal scriptedTerminal() throws IOException {
            return new DumbTerminal("test", Terminal.TYPE_DUMB,
                    new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void clearScreen() {
        screen.reset();
    }

    private static String screenText() {
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shell_rendersEachInputAgainstTheJsonContext() {
        input = "{{ name }}\n{{ 1|add:2 }}\n{% for x in xs %}\n[{{ x }}]\n{% endfor %}\nexit\n";
        Run run = run("template", "shell", "--context", "{\"name\": \"Ada Lovelace\", \"xs\": [1, 2]}");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(screenText()).contains("Ada Lovelace", "3", "[1]", "[2]");
    }

    @Test
    void shell_endsAtTheEndOfInput() {
        input = "{{ 40|add:2 }}\n";
        Run run = run("template", "shell");
        assertThat(run.code()).isZero();
        assertThat(screenText()).contains("42");
    }

    @Test
    void renderWithBreak_pausesAtEachReplTag_onTheLoopContext() throws Exception {
        Path page = Files.writeString(WORK.resolve("break.html"),
                "a{% load repl %}{% for x in xs %}{% repl %}{% endfor %}b\n");
        input = "<{{ x|add:10 }}>\nexit\n<{{ x|add:20 }}>\nexit\n";
        Run run = run("template", "render", "--break", "--context", "{\"xs\": [1, 2]}", page.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("ab\n");
        assertThat(screenText()).contains("<11>", "<22>");
    }

    @Test
    void renderWithoutBreak_neverReadsTheTerminal() throws Exception {
        Path page = Files.writeString(WORK.resolve("nobreak.html"), "a{% load repl %}{% repl %}b\n");
        input = "{{ 'should not run'|upper }}\nexit\n";
        Run run = run("template", "render", page.toString());
        assertThat(run.out()).isEqualTo("ab\n");
        assertThat(screenText()).doesNotContain("SHOULD NOT RUN");
    }
}
