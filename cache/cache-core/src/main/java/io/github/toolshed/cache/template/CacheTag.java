package io.github.toolshed.cache.template;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.template.TemplateException;
import io.github.toolshed.template.TemplateSyntaxError;
import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.BlockParser;
import io.github.toolshed.template.spi.BlockTag;
import io.github.toolshed.template.spi.Body;
import io.github.toolshed.template.spi.Expression;
import io.github.toolshed.template.spi.TagRenderer;
import io.github.toolshed.template.spi.TagScope;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Compiles {@code {% cache %}}, following Django's {@code do_cache} and {@code CacheNode}. */
record CacheTag(FragmentStore defaultStore, Map<String, FragmentStore> stores) implements BlockTag {

    /** Longer than any store keeps anything (about 292 years in nanoseconds). */
    private static final BigInteger MAX_SECONDS = BigInteger.valueOf(Long.MAX_VALUE / 1_000_000_000L);

    @Override
    public TagRenderer parse(BlockParser parser) {
        // Django parses the body first, so a missing {% endcache %} is reported before the arguments.
        Body body = parser.parseUntil("endcache");
        parser.nextTag();
        List<String> args = new ArrayList<>(parser.arguments());
        if (args.size() < 2) {
            throw parser.error("'" + parser.tagName() + "' tag requires at least 2 arguments.");
        }
        Expression using = null;
        if (args.size() > 2 && args.getLast().startsWith("using=")) {
            using = parser.compile(args.removeLast().substring("using=".length()));
        }
        Expression timeout = parser.compile(args.get(0));
        String name = args.get(1);
        try {
            FragmentKey.of(name);
        } catch (CacheException e) {
            throw parser.error("'" + parser.tagName() + "' tag: " + e.getMessage());
        }
        List<Expression> varyOn = args.subList(2, args.size()).stream().map(parser::compile).toList();
        return new Renderer(this, body, timeout, name, varyOn, using);
    }

    /** One compiled {@code {% cache %}}; immutable and shared by concurrent renderings. */
    private record Renderer(CacheTag tag, Body body, Expression timeout, String name, List<Expression> varyOn,
            Expression using) implements TagRenderer {

        @Override
        public void render(TagScope scope, StringBuilder out) {
            Duration expiry = expiry(timeout.resolve(scope));
            FragmentStore store = store(scope);
            List<Object> values = new ArrayList<>(varyOn.size());
            for (Expression e : varyOn) {
                Object value = e.resolve(scope);
                // SafeString and String of one text are one variant, as in Django's str(arg).
                values.add(value instanceof CharSequence cs ? cs.toString() : value);
            }
            FragmentKey key = FragmentKey.of(name, values);
            out.append(store.getOrRender(key, expiry, () -> body.render(scope)));
        }

        private Duration expiry(Object value) {
            if (value == null) {
                return null;
            }
            BigInteger seconds;
            try {
                seconds = Python.toInt(value);
            } catch (TemplateException e) {
                throw new TemplateSyntaxError("\"cache\" tag got a non-integer timeout value: " + Python.repr(value));
            }
            if (seconds.signum() <= 0) {
                return Duration.ZERO;
            }
            return Duration.ofSeconds(seconds.min(MAX_SECONDS).longValueExact());
        }

        private FragmentStore store(TagScope scope) {
            if (using == null) {
                return tag.defaultStore();
            }
            Object alias = using.resolve(scope);
            FragmentStore store = alias == null ? null : tag.stores().get(Python.str(alias));
            if (store == null) {
                throw new TemplateSyntaxError("Invalid cache name specified for cache tag: " + Python.repr(alias)
                        + " (known: " + tag.stores().keySet().stream().sorted().toList() + ")");
            }
            return store;
        }
    }
}
