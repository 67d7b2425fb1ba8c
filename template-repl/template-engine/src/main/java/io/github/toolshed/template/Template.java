package io.github.toolshed.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * A compiled template. Immutable and thread-safe: render it any number of times, from any thread,
 * each rendering with its own {@link Context}.
 */
public final class Template {

    private final Engine engine;
    final Origin origin;
    final NodeList nodelist;
    /** The size of the largest output so far, to size the next output buffer (a benign race). */
    private int sizeHint = 256;

    /** Fragments defined with {@code partialdef}, by name. */
    final Map<String, NodeList> partials;

    Template(Engine engine, Origin origin, NodeList nodelist, Map<String, NodeList> partials) {
        this.engine = engine;
        this.origin = origin;
        this.nodelist = nodelist;
        this.partials = partials;
    }

    /**
     * Returns the template's name ({@code "<string>"} for templates made from a string).
     *
     * @return the name
     */
    public String name() {
        return origin.name();
    }

    /**
     * Returns the engine that compiled this template.
     *
     * @return the engine
     */
    public Engine engine() {
        return engine;
    }

    /**
     * Renders with the given variables and the engine's autoescape setting.
     *
     * @param values variable names and values
     * @return the output
     */
    public String render(Map<String, ?> values) {
        return render(new Context(values, engine.autoescape()));
    }

    /**
     * Renders with a context.
     *
     * @param context the variables (modified during rendering, restored afterwards)
     * @return the output
     */
    public String render(Context context) {
        StringBuilder out = new StringBuilder(sizeHint);
        renderInto(context, out);
        if (out.length() > sizeHint) {
            sizeHint = Math.min(out.length() + 64, 1 << 20);
        }
        return out.toString();
    }

    /**
     * Renders with a context into a writer.
     *
     * @param context the variables
     * @param out where the output goes
     * @throws UncheckedIOException when the writer fails
     */
    public void render(Context context, Writer out) {
        String s = render(context);
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Django's {@code Template.render}: a fresh render-context frame, binding the outermost template. */
    void renderInto(Context context, StringBuilder out) {
        if (++context.depth > engine.maxDepth()) {
            context.depth--;
            throw new TemplateException("maximum include/extends depth (" + engine.maxDepth()
                    + ") exceeded while rendering '" + name() + "': recursive include?");
        }
        Template bound = context.template;
        if (bound == null) {
            context.template = this;
        }
        context.renderContext.push();
        int scopes = context.scopeDepth();
        try {
            nodelist.render(context, out);
        } catch (TemplateException e) {
            if (engine.debug()) {
                e.enter(name(), origin.source());
            }
            throw e;
        } finally {
            context.popTo(scopes);
            context.renderContext.pop();
            context.template = bound;
            context.depth--;
        }
    }

    /** Renders this template's nodes without a new render-context frame ({@code extends}). */
    void renderShared(Context context, StringBuilder out) {
        if (++context.depth > engine.maxDepth()) {
            context.depth--;
            throw new TemplateException("maximum include/extends depth (" + engine.maxDepth()
                    + ") exceeded while rendering '" + name() + "'");
        }
        try {
            nodelist.render(context, out);
        } catch (TemplateException e) {
            if (engine.debug()) {
                e.enter(name(), origin.source());
            }
            throw e;
        } finally {
            context.depth--;
        }
    }

    /**
     * Returns the compiled node tree as indented text, one node a line: literal text, variables
     * and tags (with their source line), nested bodies indented below their tag (numbered branches
     * when a tag has several non-empty ones, such as {@code if}/{@code else}). For debugging and the REPL's
     * {@code :tree}; the format is for people, not for parsing.
     *
     * @return the tree, one line per node
     */
    public String tree() {
        return NodeTree.render(nodelist);
    }

    @Override
    public String toString() {
        return "Template[" + name() + "]";
    }
}
