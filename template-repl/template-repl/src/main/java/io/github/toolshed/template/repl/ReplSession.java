package io.github.toolshed.template.repl;

import io.github.toolshed.template.Context;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.ParseSession;
import io.github.toolshed.template.Template;
import io.github.toolshed.template.TemplateException;
import java.util.HashMap;
import java.util.Map;

/**
 * The state of one REPL: the engine, one parse session (loaded libraries persist), one context
 * (values persist), and the last input's template and timings. {@link #eval(String)} turns one
 * complete input, a template or a {@code :command}, into the text to print. Terminal-free, so the
 * loop, the completer and the tests share it.
 */
final class ReplSession {

    /** What one input produced: text to print (possibly empty), whether to leave, whether it failed. */
    record Result(String text, boolean exit, boolean failed) {
        static Result print(String text) {
            return new Result(text, false, false);
        }

        static Result error(String text) {
            return new Result("error: " + text, false, true);
        }
    }

    private final Engine engine;
    private final ParseSession parser;
    private final Map<String, Object> initial;
    private final boolean live;
    private Context context;
    private Template last;
    private long parseNanos = -1;
    private long renderNanos = -1;
    private final ReplCommands commands = new ReplCommands(this);

    /** A session over its own context, created from (a copy of) the given values. */
    ReplSession(Engine engine, Map<String, ?> values) {
        this.engine = engine;
        this.parser = engine.newParseSession();
        this.initial = new HashMap<>(values);
        this.live = false;
        this.context = new Context(initial, engine.autoescape());
    }

    /** A session over a live render context (a breakpoint's): inputs see and change it. */
    ReplSession(Engine engine, Context live) {
        this.engine = engine;
        this.parser = engine.newParseSession();
        this.initial = Map.of();
        this.live = true;
        this.context = live;
    }

    Engine engine() {
        return engine;
    }

    ParseSession parser() {
        return parser;
    }

    Context context() {
        return context;
    }

    Template last() {
        return last;
    }

    long parseNanos() {
        return parseNanos;
    }

    long renderNanos() {
        return renderNanos;
    }

    boolean live() {
        return live;
    }

    /** Whether the input is a command, {@code exit}, or a template that is complete. */
    boolean isComplete(String input) {
        return isCommand(input) || !parser.isIncomplete(input);
    }

    static boolean isCommand(String input) {
        String t = input.strip();
        return t.startsWith(":") || t.equals("exit") || t.equals("quit");
    }

    /** Evaluates one complete input. Errors become text; the session always survives. */
    Result eval(String input) {
        String t = input.strip();
        if (t.isEmpty()) {
            return Result.print("");
        }
        if (t.equals("exit") || t.equals("quit")) {
            return new Result("", true, false);
        }
        try {
            if (t.startsWith(":")) {
                return commands.run(t);
            }
            return Result.print(render(input));
        } catch (TemplateException e) {
            return Result.error(e.describe());
        } catch (TemplateReplException e) {
            return Result.error(e.getMessage());
        } catch (StackOverflowError e) {
            return Result.error("input nested too deeply");
        } catch (RuntimeException e) {
            // e.g. a library tag that fails while it compiles: report it, keep the session
            return Result.error(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Compiles (keeping loads) and renders against the persistent context. */
    String render(String source) {
        long start = System.nanoTime();
        Template template = parser.compile(source);
        long parsed = System.nanoTime();
        last = template;
        parseNanos = parsed - start;
        renderNanos = -1;
        String out = template.render(context);
        renderNanos = System.nanoTime() - parsed;
        return out;
    }

    /** What {@link #resolve(String)} returns for a path that does not resolve. */
    static final Object MISSING = new Object();

    /**
     * Resolves a dotted path ({@code user.address.city}) against the context the way a template
     * lookup does, under the engine's member-access policy.
     */
    Object resolve(String path) {
        String[] bits = path.split("\\.", -1);
        if (bits[0].isEmpty() || !context.has(bits[0])) {
            return MISSING;
        }
        Object value = context.get(bits[0]);
        for (int i = 1; i < bits.length; i++) {
            if (bits[i].isEmpty()) {
                return MISSING;
            }
            java.util.Optional<Object> next = engine.memberAccessPolicy().member(value, bits[i]);
            if (next.isEmpty()) {
                return MISSING;
            }
            value = next.get();
        }
        return value;
    }

    /** Back to the initial values (own context only) and the built-in tags and filters. */
    void reset() {
        parser.reset();
        last = null;
        parseNanos = -1;
        renderNanos = -1;
        if (!live) {
            context = new Context(initial, engine.autoescape());
        }
    }
}
