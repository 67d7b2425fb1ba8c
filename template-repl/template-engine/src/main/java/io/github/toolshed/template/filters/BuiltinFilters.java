package io.github.toolshed.template.filters;

import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.util.List;
import java.util.Locale;

/**
 * Django's built-in filters ({@code defaultfilters}), the set every engine starts with.
 */
public final class BuiltinFilters {

    private BuiltinFilters() {}

    /**
     * Returns every built-in filter. The engine registers them before any library.
     *
     * @return the filter specifications
     */
    public static List<FilterSpec> all() {
        // Placeholders so the engine can be tested; the full set replaces them.
        return List.of(
                FilterSpec.of("lower", Arity.NONE, (v, a, c) -> Python.str(v).toLowerCase(Locale.ROOT)).safe(),
                FilterSpec.of("upper", Arity.NONE, (v, a, c) -> Python.str(v).toUpperCase(Locale.ROOT)).safe(),
                FilterSpec.of("default", Arity.REQUIRED, (v, a, c) -> Python.truthy(v) ? v : a));
    }
}
