package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variables a template renders with: a stack of name-to-value scopes, the innermost searched
 * first (Django's {@code Context}). Tags such as {@code for} and {@code with} push a scope and pop
 * it when they are done. {@code True}, {@code False} and {@code None} are predefined at the bottom.
 *
 * <p>A context is used by one rendering at a time; it is not thread-safe. Templates are.
 */
public final class Context {

    private static final Map<String, Object> BUILTINS = builtins();

    private final ArrayList<Map<String, Object>> dicts = new ArrayList<>();
    private boolean autoescape;
    RenderContext renderContext = new RenderContext();
    Template template;
    int depth;

    /** Creates an empty context with auto-escaping on. */
    public Context() {
        this(Map.of(), true);
    }

    /**
     * Creates a context holding the given variables, with auto-escaping on.
     *
     * @param values variable names and values (values may be null = None)
     */
    public Context(Map<String, ?> values) {
        this(values, true);
    }

    /**
     * Creates a context holding the given variables.
     *
     * @param values variable names and values (values may be null = None)
     * @param autoescape whether output is HTML-escaped (Django's {@code Context(autoescape=...)})
     */
    public Context(Map<String, ?> values, boolean autoescape) {
        dicts.add(BUILTINS);
        dicts.add(new HashMap<>(values));
        this.autoescape = autoescape;
    }

    private static Map<String, Object> builtins() {
        Map<String, Object> m = new HashMap<>();
        m.put("True", Boolean.TRUE);
        m.put("False", Boolean.FALSE);
        m.put("None", null);
        return m;
    }

    /**
     * Whether values are HTML-escaped on output.
     *
     * @return the autoescape state
     */
    public boolean autoescape() {
        return autoescape;
    }

    void autoescape(boolean on) {
        autoescape = on;
    }

    /**
     * Whether a variable is defined in any scope.
     *
     * @param name the variable name
     * @return true when defined (even as None)
     */
    public boolean has(String name) {
        for (int i = dicts.size() - 1; i >= 0; i--) {
            if (dicts.get(i).containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns a variable's value from the innermost scope that defines it.
     *
     * @param name the variable name
     * @return its value, or null when undefined or None (see {@link #has(String)})
     */
    public Object get(String name) {
        Object v = lookup(name, null);
        return v;
    }

    /** Returns the value, or {@code missing} when no scope defines the name. */
    Object lookup(String name, Object missing) {
        for (int i = dicts.size() - 1; i >= 0; i--) {
            Map<String, Object> d = dicts.get(i);
            Object v = d.get(name);
            if (v != null || d.containsKey(name)) {
                return v;
            }
        }
        return missing;
    }

    /**
     * Sets a variable in the innermost scope.
     *
     * @param name the variable name
     * @param value the value (null = None)
     */
    public void set(String name, Object value) {
        top().put(name, value);
    }

    /**
     * Assigns a variable so that it stays visible for the rest of the rendering: the value replaces
     * the one in the innermost scope that defines the name, or, for a new name, goes into the scope
     * of the values the context was created with (not a scope a tag pushed and will pop).
     *
     * @param name the variable name
     * @param value the value (null = None)
     */
    public void assign(String name, Object value) {
        for (int i = dicts.size() - 1; i > 0; i--) {
            if (dicts.get(i).containsKey(name)) {
                dicts.get(i).put(name, value);
                return;
            }
        }
        if (dicts.size() > 1) {
            dicts.get(1).put(name, value);
        } else {
            top().put(name, value);
        }
    }

    /** Django's {@code set_upward}: overwrite where the name is defined, else set innermost. */
    void setUpward(String name, Object value) {
        for (int i = dicts.size() - 1; i > 0; i--) {
            if (dicts.get(i).containsKey(name)) {
                dicts.get(i).put(name, value);
                return;
            }
        }
        top().put(name, value);
    }

    private Map<String, Object> top() {
        Map<String, Object> d = dicts.getLast();
        if (d == BUILTINS) {
            d = new HashMap<>();
            dicts.add(d);
        }
        return d;
    }

    /**
     * Pushes a new innermost scope holding the given variables.
     *
     * @param values the variables of the new scope
     */
    public void push(Map<String, ?> values) {
        dicts.add(new HashMap<>(values));
    }

    /** Pushes an empty innermost scope. */
    public void push() {
        dicts.add(new HashMap<>(4));
    }

    /**
     * Removes the innermost scope.
     *
     * @throws IllegalStateException when only the scope given at construction is left
     */
    public void pop() {
        if (dicts.size() <= 2) {
            throw new IllegalStateException("pop() has been called more times than push()");
        }
        dicts.removeLast();
    }

    int scopeDepth() {
        return dicts.size();
    }

    void popTo(int size) {
        while (dicts.size() > size) {
            dicts.removeLast();
        }
    }

    /**
     * Returns all variables visible now, innermost values winning.
     *
     * @return a snapshot map
     */
    public Map<String, Object> flatten() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map<String, Object> d : dicts) {
            out.putAll(d);
        }
        return out;
    }

    /** The member-access policy of the engine rendering with this context. */
    MemberAccessPolicy memberAccessPolicy() {
        return template == null ? MemberAccessPolicy.defaults() : template.engine().memberAccessPolicy();
    }

    /** Django's {@code context.new(values)}: a fresh scope stack sharing the render state. */
    Context isolated(Map<String, Object> values) {
        Context c = new Context(values, autoescape);
        c.renderContext = renderContext;
        c.template = template;
        c.depth = depth;
        return c;
    }

    /** Template-local state (Django's {@code RenderContext}): only the innermost frame is seen. */
    static final class RenderContext {
        private final List<Map<Object, Object>> frames = new ArrayList<>();

        RenderContext() {
            frames.add(new HashMap<>());
        }

        Map<Object, Object> top() {
            return frames.getLast();
        }

        Map<Object, Object> root() {
            return frames.getFirst();
        }

        void push() {
            frames.add(new HashMap<>());
        }

        void pop() {
            frames.removeLast();
        }
    }
}
