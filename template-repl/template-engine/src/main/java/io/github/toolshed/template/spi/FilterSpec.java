package io.github.toolshed.template.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named filter with Django's flags.
 *
 * @param name the name templates use, e.g. {@code "upper"}
 * @param filter the function
 * @param arity whether the filter takes no argument, an optional one or a required one
 * @param isSafe Django's {@code is_safe}: a safe input gives a safe output
 * @param needsAutoescape Django's {@code needs_autoescape}: the filter escapes its own output
 *     according to {@link FilterContext#autoescape()}
 * @param expectsLocaltime Django's {@code expects_localtime}: aware date-times are converted to
 *     the current time zone before the call
 */
public record FilterSpec(
        String name,
        Filter filter,
        Arity arity,
        boolean isSafe,
        boolean needsAutoescape,
        boolean expectsLocaltime) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /** How many arguments a filter accepts. */
    public enum Arity {
        /** {@code |name} only. */
        NONE,
        /** {@code |name} or {@code |name:arg}. */
        OPTIONAL,
        /** {@code |name:arg} only. */
        REQUIRED
    }

    /**
     * Validates the specification.
     *
     * @param name the filter name
     * @param filter the function
     * @param arity accepted arguments
     * @param isSafe Django's is_safe
     * @param needsAutoescape Django's needs_autoescape
     * @param expectsLocaltime Django's expects_localtime
     */
    public FilterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(arity, "arity");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("filter name is not an identifier: '" + name + "'");
        }
    }

    /**
     * A filter with no flags set.
     *
     * @param name the filter name
     * @param arity accepted arguments
     * @param filter the function
     * @return the specification
     */
    public static FilterSpec of(String name, Arity arity, Filter filter) {
        return new FilterSpec(name, filter, arity, false, false, false);
    }

    /**
     * Returns a copy with {@code is_safe} set.
     *
     * @return the copy
     */
    public FilterSpec safe() {
        return new FilterSpec(name, filter, arity, true, needsAutoescape, expectsLocaltime);
    }

    /**
     * Returns a copy with {@code needs_autoescape} set.
     *
     * @return the copy
     */
    public FilterSpec needingAutoescape() {
        return new FilterSpec(name, filter, arity, isSafe, true, expectsLocaltime);
    }

    /**
     * Returns a copy with {@code expects_localtime} set.
     *
     * @return the copy
     */
    public FilterSpec expectingLocaltime() {
        return new FilterSpec(name, filter, arity, isSafe, needsAutoescape, true);
    }
}
