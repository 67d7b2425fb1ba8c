package io.github.toolshed.shell.template;

import io.github.toolshed.shell.AotTraining;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.repl.TemplateRepl;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.springframework.stereotype.Component;

/**
 * Trains the AOT cache on the template commands: parses a JSON context, renders a template and
 * runs a REPL session over a scripted dumb terminal (no history file, output discarded).
 */
@Component
class TemplateAotTraining implements AotTraining {

    private static final String SESSION = "{{ 1|add:2 }}\n{% for x in xs %}\n{{ x|upper }}\n{% endfor %}\n:vars\nexit\n";

    @Override
    public void train() {
        Map<String, Object> values = ContextOptions.parse("{\"xs\": [\"a\", 2.5, true, null, {\"b\": 1}]}", "training");
        Engine engine = Engine.builder().discoverLibraries().build();
        engine.fromString("{% for x in xs %}{{ x|default:'-'|upper }}{% endfor %}").render(values);
        try (Terminal terminal = TerminalBuilder.builder().system(false).dumb(true).type(Terminal.TYPE_DUMB)
                .encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(SESSION.getBytes(StandardCharsets.UTF_8)), OutputStream.nullOutputStream())
                .build()) {
            TemplateRepl.builder(engine).context(Map.of("xs", List.of("a", "b"))).terminal(terminal).historyFile(null)
                    .build().run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
