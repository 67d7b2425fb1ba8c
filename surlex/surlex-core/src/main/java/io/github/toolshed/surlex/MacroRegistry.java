package io.github.toolshed.surlex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An immutable table of macros: short names such as {@code Y} or {@code s} that stand for a
 * regular expression inside {@code <name:MACRO>}.
 *
 * <p>Instances never change, so one registry can be shared by any number of threads;
 * {@link #with(String, String)} returns a new registry. The built-in macros are:
 *
 * <table>
 *   <caption>Built-in macros</caption>
 *   <tr><th>macro</th><th>regex</th><th>matches</th></tr>
 *   <tr><td>{@code Y}</td><td>{@code \d{4}}</td><td>four-digit year</td></tr>
 *   <tr><td>{@code y}</td><td>{@code \d{2}}</td><td>two-digit year</td></tr>
 *   <tr><td>{@code M}</td><td>{@code jan|feb|...|dec}</td><td>abbreviated month</td></tr>
 *   <tr><td>{@code m}</td><td>{@code 0?[1-9]|1[0-2]}</td><td>month 1-12, optional leading zero</td></tr>
 *   <tr><td>{@code d}</td><td>{@code 0?[1-9]|[12][0-9]|3[01]}</td><td>day 1-31, optional leading zero</td></tr>
 *   <tr><td>{@code #}</td><td>{@code \d+}</td><td>digits</td></tr>
 *   <tr><td>{@code s}</td><td>{@code [\w-]+}</td><td>slug</td></tr>
 *   <tr><td>{@code u}</td><td>hex 8-4-4-4-12, hyphens optional</td><td>UUID</td></tr>
 * </table>
 *
 * <h2>Process-wide macros</h2>
 * The original library let code register a macro globally. {@link #register(String, String)} keeps
 * that convenience safely: the process-wide registry is itself immutable and swapped atomically,
 * and {@link Surlex#compile(String)} reads it once per call. The trade-off: whether a pattern
 * compiles then depends on which code ran first, and every library in the process shares one
 * namespace. Prefer passing a registry to {@link Surlex#compile(String, MacroRegistry)}.
 */
public final class MacroRegistry {

    private static final MacroRegistry DEFAULTS = new MacroRegistry(builtIns());
    private static final AtomicReference<MacroRegistry> GLOBAL = new AtomicReference<>(DEFAULTS);

    private final Map<String, String> macros;

    private MacroRegistry(Map<String, String> macros) {
        this.macros = Collections.unmodifiableMap(macros);
    }

    /**
     * Returns the registry of built-in macros ({@code Y y M m d # s u}).
     *
     * @return the shared default registry
     */
    public static MacroRegistry defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a registry with no macros at all.
     *
     * @return an empty registry
     */
    public static MacroRegistry empty() {
        return new MacroRegistry(new LinkedHashMap<>());
    }

    /**
     * Returns a new registry with one more macro, or with {@code name} redefined.
     *
     * @param name the macro name: non-empty, without {@code >}, {@code \} or whitespace
     * @param regex a regular expression that compiles with {@link Pattern}
     * @return a new registry; this one is unchanged
     * @throws SurlexException if the name or regex is invalid
     */
    public MacroRegistry with(String name, String regex) {
        validate(name, regex);
        Map<String, String> copy = new LinkedHashMap<>(macros);
        copy.put(name, regex);
        return new MacroRegistry(copy);
    }

    /**
     * Returns a new registry with all the given macros added or redefined.
     *
     * @param more macro name to regex
     * @return a new registry; this one is unchanged
     * @throws SurlexException if a name or regex is invalid
     */
    public MacroRegistry withAll(Map<String, String> more) {
        Map<String, String> copy = new LinkedHashMap<>(macros);
        more.forEach((name, regex) -> {
            validate(name, regex);
            copy.put(name, regex);
        });
        return new MacroRegistry(copy);
    }

    /**
     * Returns the regex a macro stands for.
     *
     * @param name the macro name
     * @return the regex, or empty if the macro is unknown
     */
    public Optional<String> regex(String name) {
        return Optional.ofNullable(macros.get(name));
    }

    /**
     * Returns the macro names in registration order.
     *
     * @return an immutable list
     */
    public List<String> names() {
        return List.copyOf(new ArrayList<>(macros.keySet()));
    }

    /**
     * Returns every macro as an ordered, unmodifiable map of name to regex.
     *
     * @return the macros
     */
    public Map<String, String> asMap() {
        return macros;
    }

    /**
     * Returns the process-wide registry used by {@link Surlex#compile(String)}: the built-ins
     * plus everything added through {@link #register(String, String)}.
     *
     * @return the current process-wide registry (an immutable snapshot)
     */
    public static MacroRegistry global() {
        return GLOBAL.get();
    }

    /**
     * Adds a macro to the process-wide registry, atomically. Registering the same name with the
     * same regex again is a no-op; redefining a name with a different regex is refused, because
     * patterns compiled before and after would silently disagree.
     *
     * @param name the macro name
     * @param regex the regular expression it stands for
     * @throws SurlexException if the name is already registered with another regex, or is invalid
     */
    public static void register(String name, String regex) {
        validate(name, regex);
        GLOBAL.updateAndGet(current -> {
            String existing = current.macros.get(name);
            if (existing == null) {
                return current.with(name, regex);
            }
            if (existing.equals(regex)) {
                return current;
            }
            throw new SurlexException("macro '" + name + "' is already registered process-wide as '" + existing
                    + "'; refusing to redefine it as '" + regex + "' (pass a MacroRegistry to Surlex.compile instead)");
        });
    }

    private static void validate(String name, String regex) {
        Objects.requireNonNull(name, "macro name");
        Objects.requireNonNull(regex, "macro regex");
        if (name.isEmpty()) {
            throw new SurlexException("macro name must not be empty");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '>' || c == '\\' || Character.isWhitespace(c) || Character.isISOControl(c)) {
                throw new SurlexException("macro name '" + name + "' must not contain '" + c + "'");
            }
        }
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SurlexException("regex of macro '" + name + "' does not compile: " + e.getDescription(), e);
        }
    }

    private static Map<String, String> builtIns() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Y", "\\d{4}");
        m.put("y", "\\d{2}");
        m.put("M", "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec");
        m.put("m", "0?[1-9]|1[0-2]");
        m.put("d", "0?[1-9]|[12][0-9]|3[01]");
        m.put("#", "\\d+");
        m.put("s", "[\\w-]+");
        String h = "[0-9a-fA-F]";
        m.put("u", h + "{8}-?" + h + "{4}-?" + h + "{4}-?" + h + "{4}-?" + h + "{12}");
        return m;
    }

    @Override
    public String toString() {
        return "MacroRegistry" + macros;
    }
}
