package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.TemplateRenderError;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterContext;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.TemplateSettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.NoSuchElementException;

/** Calls built-in filters directly, the way the engine does, for the filter tests. */
final class FilterCalls {

    /** A fixed clock: 2024-03-10 12:00 UTC, for "now" in timesince/timeuntil. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-10T12:00:00Z"), ZoneId.of("America/Chicago"));

    static final TemplateSettings SETTINGS = TemplateSettings.defaults().withClock(CLOCK);

    private FilterCalls() {}

    static FilterSpec spec(String name) {
        return BuiltinFilters.all().stream()
                .filter(s -> s.name().equals(name))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new NoSuchElementException(name));
    }

    /** Applies a filter without an argument, autoescape on. */
    static Object call(String name, Object value) {
        return spec(name).filter().apply(value, null, context(true, false));
    }

    /** Applies a filter with an argument, autoescape on. */
    static Object call(String name, Object value, Object arg) {
        return spec(name).filter().apply(value, arg, context(true, true));
    }

    /** Applies a filter with an argument and the given autoescape state. */
    static Object call(String name, Object value, Object arg, boolean autoescape) {
        return spec(name).filter().apply(value, arg, context(autoescape, arg != null));
    }

    /**
     * What {@code {{ value|name:arg }}} prints: the filter result, marked safe by is_safe when the
     * input was safe, then escaped by autoescape unless safe.
     */
    static String render(String name, Object value, Object arg, boolean autoescape) {
        FilterSpec spec = spec(name);
        Object result = spec.filter().apply(value, arg, context(autoescape, arg != null));
        if (spec.isSafe() && value instanceof SafeString && result instanceof CharSequence cs) {
            result = SafeString.of(cs);
        }
        if (result instanceof SafeString || !autoescape) {
            return Python.str(result);
        }
        return SafeString.escapeHtml(Python.str(result));
    }

    static FilterContext context(boolean autoescape, boolean hasArgument) {
        return new FilterContext() {
            @Override
            public boolean autoescape() {
                return autoescape;
            }

            @Override
            public boolean hasArgument() {
                return hasArgument;
            }

            @Override
            public TemplateSettings settings() {
                return SETTINGS;
            }

            @Override
            public Object lookup(Object base, String path) {
                if (base instanceof Map<?, ?> m && m.containsKey(path)) {
                    return m.get(path);
                }
                throw new TemplateRenderError("VariableDoesNotExist", "no " + path);
            }
        };
    }
}
