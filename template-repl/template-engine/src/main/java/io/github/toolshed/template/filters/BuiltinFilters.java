package io.github.toolshed.template.filters;

import io.github.toolshed.template.SafeString;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.FilterSpec.Arity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Django's built-in filters ({@code defaultfilters}), the set every engine starts with: every
 * default filter of Django 3.2 except the localisation ones, with Django's flags
 * ({@code is_safe}, {@code needs_autoescape}, {@code expects_localtime}).
 */
public final class BuiltinFilters {

    private static final List<FilterSpec> ALL = build();

    private BuiltinFilters() {}

    /**
     * Returns every built-in filter. The engine registers them before any library.
     *
     * @return the filter specifications (immutable)
     */
    public static List<FilterSpec> all() {
        return ALL;
    }

    private static List<FilterSpec> build() {
        List<FilterSpec> specs = new ArrayList<>();
        TextFilters.register(specs);
        HtmlFilters.register(specs);
        NumberFilters.register(specs);
        ListFilters.register(specs);
        DateFilters.register(specs);
        specs.add(FilterSpec.of("truncatechars", Arity.REQUIRED, (v, a, c) -> {
            Integer length = Values.toIntOrNull(a);
            return length == null ? v : Truncation.chars(Values.text(v), length, false);
        }).safe());
        specs.add(FilterSpec.of("truncatechars_html", Arity.REQUIRED, (v, a, c) -> {
            Integer length = Values.toIntOrNull(a);
            return length == null ? v : Truncation.chars(Values.text(v), length, true);
        }).safe());
        specs.add(FilterSpec.of("truncatewords", Arity.REQUIRED, (v, a, c) -> {
            Integer length = Values.toIntOrNull(a);
            return length == null ? v : Truncation.words(Values.text(v), length, false);
        }).safe());
        specs.add(FilterSpec.of("truncatewords_html", Arity.REQUIRED, (v, a, c) -> {
            Integer length = Values.toIntOrNull(a);
            return length == null ? v : Truncation.words(Values.text(v), length, true);
        }).safe());
        specs.add(FilterSpec.of("urlize", Arity.NONE, (v, a, c) ->
                SafeString.of(Urlizer.urlize(v, null, true, c.autoescape()))).safe().needingAutoescape());
        specs.add(FilterSpec.of("urlizetrunc", Arity.REQUIRED, (v, a, c) ->
                SafeString.of(Urlizer.urlize(v, Values.toInt(a), true, c.autoescape()))).safe().needingAutoescape());
        return Collections.unmodifiableList(specs);
    }
}
