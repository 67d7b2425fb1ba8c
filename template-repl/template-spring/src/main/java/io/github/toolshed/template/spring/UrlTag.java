package io.github.toolshed.template.spring;

import io.github.toolshed.surlex.NoReverseMatchException;
import io.github.toolshed.template.spi.BlockParser;
import io.github.toolshed.template.spi.BlockTag;
import io.github.toolshed.template.spi.Expression;
import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.TagRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code {% url %}} over surlex routes:
 * {@code {% url 'blog_post_detail' year=post.year month=post.month day=post.day slug=post.slug %}},
 * {@code {% url 'blog_tag' tag %}} (positional arguments fill the route's captures in order), and
 * {@code {% url 'blog_index' as home %}}, which stores the path instead of writing it and, as in
 * Django, stores an empty string when the route does not reverse. The route name is an
 * expression: a quoted literal or a variable. Without {@code as}, a route that does not reverse
 * fails the rendering with surlex's {@link NoReverseMatchException}.
 */
public final class UrlTag implements BlockTag {

    /** The library name templates load: {@code {% load url %}}. */
    public static final String LIBRARY = "url";

    /** The owner qualifier of the library. */
    public static final String OWNER = "toolshed.template.spring";

    private static final Pattern KWARG = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.+)", Pattern.DOTALL);

    private final UrlResolver resolver;

    /**
     * Creates the tag.
     *
     * @param resolver computes the paths
     */
    public UrlTag(UrlResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The library {@code url} holding this tag as {@code url}.
     *
     * @param resolver computes the paths
     * @return the library
     */
    public static Library library(UrlResolver resolver) {
        return Library.builder(LIBRARY).owner(OWNER).tag("url", new UrlTag(resolver)).build();
    }

    @Override
    public TagRenderer parse(BlockParser parser) {
        List<String> bits = new ArrayList<>(parser.arguments());
        if (bits.isEmpty()) {
            throw parser.error("'" + parser.tagName() + "' takes at least one argument, a URL pattern name.");
        }
        String target = null;
        if (bits.size() >= 3 && bits.get(bits.size() - 2).equals("as")) {
            target = bits.getLast();
            bits = bits.subList(0, bits.size() - 2);
        }
        Expression name = parser.compile(bits.getFirst());
        List<Expression> args = new ArrayList<>();
        Map<String, Expression> kwargs = new LinkedHashMap<>();
        for (String bit : bits.subList(1, bits.size())) {
            Matcher m = KWARG.matcher(bit);
            if (m.matches() && !bit.startsWith("\"") && !bit.startsWith("'")) {
                if (kwargs.put(m.group(1), parser.compile(m.group(2))) != null) {
                    throw parser.error("'" + parser.tagName() + "' received multiple values for keyword argument '"
                            + m.group(1) + "'");
                }
            } else {
                args.add(parser.compile(bit));
            }
        }
        if (!args.isEmpty() && !kwargs.isEmpty()) {
            throw parser.error("Don't mix *args and **kwargs in call to reverse()!");
        }
        String as = target;
        return (scope, out) -> {
            List<Object> positional = new ArrayList<>(args.size());
            args.forEach(e -> positional.add(e.resolve(scope)));
            Map<String, Object> named = new LinkedHashMap<>();
            kwargs.forEach((k, e) -> named.put(k, e.resolve(scope)));
            String route = String.valueOf(name.resolve(scope));
            if (as == null) {
                scope.display(resolver.resolve(route, positional, named), out);
                return;
            }
            String path;
            try {
                path = resolver.resolve(route, positional, named);
            } catch (NoReverseMatchException e) {
                path = "";
            }
            scope.context().set(as, path);
        };
    }
}
