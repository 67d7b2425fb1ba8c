package io.github.toolshed.template.repl;

import io.github.toolshed.template.SourceLocation;
import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.LibraryProvider;
import io.github.toolshed.template.spi.TagRenderer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code repl} tag library: {@code {% load repl %}{% repl %}} pauses rendering there and calls
 * the {@link ReplConsole} attached with {@link Breakpoints#attach}, with the live context (loop
 * variables included). Without a console the tag renders nothing, never blocks, and logs one
 * warning per template. Discovered through {@link LibraryProvider} ({@code
 * Engine.builder().discoverLibraries()}) or registered with {@code .library(ReplLibrary.LIBRARY)}.
 */
public final class ReplLibrary implements LibraryProvider {

    /** The library's owner qualifier ({@code {% load repl from toolshed.template.repl %}}). */
    public static final String OWNER = "toolshed.template.repl";

    /** The {@code repl} library with its one tag, {@code repl} (no arguments). */
    public static final Library LIBRARY = Library.builder("repl").owner(OWNER)
            .tag("repl", parser -> {
                if (!parser.arguments().isEmpty()) {
                    throw parser.error("'" + parser.tagName() + "' takes no arguments");
                }
                SourceLocation at = parser.location();
                int line = at == null ? 0 : at.line();
                TagRenderer renderer = (scope, out) -> pause(scope.context(), scope.templateName(), line);
                return renderer;
            })
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(ReplLibrary.class);
    /** Templates already warned about; bounded so a stream of string templates cannot grow it. */
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();
    private static final int MAX_WARNED = 1024;

    /** For {@link java.util.ServiceLoader}; use {@link #LIBRARY} directly otherwise. */
    public ReplLibrary() {
        // the service loader's constructor
    }

    @Override
    public List<Library> libraries() {
        return List.of(LIBRARY);
    }

    private static void pause(io.github.toolshed.template.Context context, String templateName, int line) {
        String name = templateName == null || templateName.equals("<string>") ? null : templateName;
        Optional<ReplConsole> console = Breakpoints.current();
        if (console.isPresent()) {
            console.get().breakpoint(new Breakpoint(context, name, line));
            return;
        }
        String key = name == null ? "<string>" : name;
        if (WARNED.size() < MAX_WARNED && WARNED.add(key)) {
            LOG.warn("{% repl %} reached in {} at line {} with no REPL console attached: rendering on"
                    + " (attach one with Breakpoints.attach, e.g. the shell's 'template render --break')", key, line);
        }
    }

    /** Whether the no-console warning was logged for a template (tests). */
    static boolean warned(String templateName) {
        return WARNED.contains(templateName);
    }
}
