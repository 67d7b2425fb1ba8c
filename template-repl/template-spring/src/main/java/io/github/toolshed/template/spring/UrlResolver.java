package io.github.toolshed.template.spring;

import io.github.toolshed.surlex.MacroRegistry;
import io.github.toolshed.surlex.NoReverseMatchException;
import io.github.toolshed.surlex.Surlex;
import io.github.toolshed.surlex.spring.UrlReverser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code {% url 'name' arg1 arg2 key=value %}} computes: the path of a named surlex route,
 * with positional arguments bound to the route's captures in order and keyword arguments by name
 * (mixing both is an error, as in Django). Thread-safe.
 */
public final class UrlResolver {

    private final UrlReverser reverser;
    private final MacroRegistry macros;
    private final Map<String, List<String>> captureNames = new ConcurrentHashMap<>();

    /**
     * Creates a resolver.
     *
     * @param reverser the application's reverser
     * @param macros the macros the routes were compiled with
     */
    public UrlResolver(UrlReverser reverser, MacroRegistry macros) {
        this.reverser = Objects.requireNonNull(reverser, "reverser");
        this.macros = Objects.requireNonNull(macros, "macros");
    }

    /**
     * Builds the path of a route.
     *
     * @param routeName the route name
     * @param positional values bound to the captures in order
     * @param keywords values by capture name
     * @return the encoded path
     * @throws NoReverseMatchException if the route is unknown, an argument is missing, extra or
     *     invalid, or both kinds of arguments are given
     */
    public String resolve(String routeName, List<?> positional, Map<String, ?> keywords) {
        if (!positional.isEmpty() && !keywords.isEmpty()) {
            throw new NoReverseMatchException(routeName, null, "don't mix positional and keyword arguments");
        }
        if (positional.isEmpty()) {
            return reverser.reverse(routeName, keywords);
        }
        List<String> names = captureNames.computeIfAbsent(routeName,
                n -> Surlex.compile(reverser.pattern(n), macros).names());
        if (positional.size() > names.size()) {
            throw new NoReverseMatchException(routeName, null, "route '" + routeName + "' takes " + names.size()
                    + " argument(s), " + positional.size() + " given");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < positional.size(); i++) {
            params.put(names.get(i), positional.get(i));
        }
        return reverser.reverse(routeName, params);
    }
}
