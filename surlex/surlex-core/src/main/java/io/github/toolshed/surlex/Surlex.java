package io.github.toolshed.surlex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled Simple URL Expression: a concise URL pattern such as
 * {@code /blog/<year:Y>/<month:M>/<day:d>/<slug:s>/} turned into a {@link Pattern}, able to match
 * text, extract its captures by name and build text back from capture values.
 *
 * <pre>{@code
 * Surlex s = Surlex.compile("/blog/<year:Y>/<slug:s>/");
 * s.match("/blog/2009/surlex-released/");          // Optional[{year=2009, slug=surlex-released}]
 * s.reverse(Map.of("year", "2009", "slug", "hi")); // "/blog/2009/hi/"
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads. See the package documentation for
 * the whole language.
 */
public final class Surlex {

    private final String pattern;
    private final Parser.Result parsed;
    private final Pattern regex;
    private final List<String> names;
    private final Map<String, String> groupNames;
    private final Map<String, String> groupMacros;
    private final Reverser reverser;

    private Surlex(String pattern, Parser.Result parsed) {
        this.pattern = pattern;
        this.parsed = parsed;
        String text = RegexWriter.write(parsed);
        try {
            this.regex = Pattern.compile(text);
        } catch (PatternSyntaxException e) {
            // Only an embedded regex can cause this, e.g. a named group that clashes with a capture.
            throw new SurlexSyntaxException(pattern, 0, "the generated regex does not compile: " + e.getDescription(), e);
        }
        Map<String, String> groups = new LinkedHashMap<>();
        Map<String, String> macros = new LinkedHashMap<>();
        Map<String, Pattern> captureRegexes = new LinkedHashMap<>();
        for (Node.Capture capture : parsed.captures()) {
            groups.put(capture.name(), capture.groupName());
            captureRegexes.put(capture.name(), Pattern.compile(capture.regex()));
            if (capture.macro() != null) {
                macros.put(capture.name(), capture.macro());
            }
        }
        this.names = List.copyOf(groups.keySet());
        this.groupNames = Collections.unmodifiableMap(groups);
        this.groupMacros = Collections.unmodifiableMap(macros);
        this.reverser = new Reverser(this, parsed.nodes(), captureRegexes);
    }

    /**
     * Compiles a surlex with the process-wide macros ({@link MacroRegistry#global()}).
     *
     * @param pattern the surlex source text
     * @return the compiled surlex
     * @throws SurlexSyntaxException if the pattern is not valid surlex
     */
    public static Surlex compile(String pattern) {
        return compile(pattern, MacroRegistry.global());
    }

    /**
     * Compiles a surlex with the given macros.
     *
     * @param pattern the surlex source text
     * @param macros the macros {@code <name:MACRO>} may refer to
     * @return the compiled surlex
     * @throws SurlexSyntaxException if the pattern is not valid surlex
     * @throws UnknownMacroException if it refers to a macro the registry does not know
     */
    public static Surlex compile(String pattern, MacroRegistry macros) {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(macros, "macros");
        return new Surlex(pattern, Parser.parse(pattern, macros));
    }

    /**
     * Compiles {@code pattern} and matches the whole of {@code text}: the original library's
     * {@code match(surlex, text)} function. Compile once and reuse the {@link Surlex} when
     * matching often.
     *
     * @param pattern the surlex source text
     * @param text the text to match
     * @return the captures by name, or empty if the text does not match
     * @throws SurlexSyntaxException if the pattern is not valid surlex
     */
    public static Optional<Map<String, String>> match(String pattern, CharSequence text) {
        return compile(pattern).match(text);
    }

    /**
     * Returns the regex text equivalent to a surlex: the original's {@code surlex_to_regex}.
     *
     * @param pattern the surlex source text
     * @return the {@link Pattern} text
     * @throws SurlexSyntaxException if the pattern is not valid surlex
     */
    public static String toRegex(String pattern) {
        return compile(pattern).regex();
    }

    /**
     * Returns the surlex source text this was compiled from.
     *
     * @return the pattern
     */
    public String pattern() {
        return pattern;
    }

    /**
     * Returns the equivalent {@link Pattern} text. Capture names that Java does not allow for
     * named groups (such as {@code post_id}) appear under a mapped name.
     *
     * @return the regular expression text
     */
    public String regex() {
        return regex.pattern();
    }

    /**
     * Returns the compiled regular expression.
     *
     * @return the pattern (immutable and thread-safe)
     */
    public Pattern toPattern() {
        return regex;
    }

    /**
     * Returns the capture names in pattern order.
     *
     * @return an immutable list
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns, for each capture that uses a macro, the capture name mapped to the macro name, in
     * pattern order.
     *
     * @return an unmodifiable map
     */
    public Map<String, String> groupMacros() {
        return groupMacros;
    }

    /**
     * Matches the whole of {@code text}.
     *
     * @param text the text to match, usually a URL path
     * @return the captures by name in pattern order (captures of absent optional sections are
     *     left out), or empty if the text does not match
     */
    public Optional<Map<String, String>> match(CharSequence text) {
        Matcher matcher = regex.matcher(text);
        return matcher.matches() ? Optional.of(captures(matcher)) : Optional.empty();
    }

    /**
     * Matches a prefix of {@code text}: anchored at the start only, like Python's {@code re.match}
     * used by the original library. A trailing {@code $} in the pattern still forces the end.
     *
     * @param text the text to match
     * @return the captures by name in pattern order, or empty if no prefix matches
     */
    public Optional<Map<String, String>> matchPrefix(CharSequence text) {
        Matcher matcher = regex.matcher(text);
        return matcher.lookingAt() ? Optional.of(captures(matcher)) : Optional.empty();
    }

    /**
     * Tells whether the whole of {@code text} matches, without extracting captures.
     *
     * @param text the text to test
     * @return true if it matches
     */
    public boolean matches(CharSequence text) {
        return regex.matcher(text).matches();
    }

    /**
     * Builds the text this surlex matches from capture values. Each value must match its
     * capture's regex; an optional section appears when at least one capture inside it is given;
     * wildcards produce nothing. Values are used as given (no URL encoding).
     *
     * @param values capture name to value ({@link Object#toString()} is used; {@code null} values
     *     count as absent)
     * @return text that {@link #match} maps back to exactly {@code values}
     * @throws NoReverseMatchException naming the parameter that is missing, unknown or invalid
     */
    public String reverse(Map<String, ?> values) {
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                strings.put(k, v.toString());
            }
        });
        return reverser.reverse(strings);
    }

    Parser.Result parsed() {
        return parsed;
    }

    Map<String, String> captures(Matcher matcher) {
        if (groupNames.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>(groupNames.size() * 2);
        for (Map.Entry<String, String> e : groupNames.entrySet()) {
            String value = matcher.group(e.getValue());
            if (value != null) {
                out.put(e.getKey(), value);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Two surlexes are equal when their source text and their generated regex are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Surlex other && other.pattern.equals(pattern) && other.regex().equals(regex());
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
