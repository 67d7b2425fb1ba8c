package io.github.toolshed.cache.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.cache.FragmentKey;
import io.github.toolshed.cache.FragmentStore;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Template;
import io.github.toolshed.template.TemplateException;
import io.github.toolshed.template.TemplateSyntaxError;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The {@code {% cache %}} tag rendered by the real template engine over Caffeine stores. */
class CacheTagTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CaffeineFragmentStore store = newStore();
    private final CaffeineFragmentStore other = newStore();
    private final Engine engine = Engine.builder()
            .library(CacheTags.library(store, Map.of("other", other)))
            .build();
    /** Counts renders of the body: each call of {@code counter.next} returns the next number. */
    private final AtomicInteger renders = new AtomicInteger();
    private final Counter counter = new Counter(renders);

    private CaffeineFragmentStore newStore() {
        return CaffeineFragmentStore.builder().ticker(nanos::get).executor(Runnable::run).build();
    }

    /** A mapping whose key {@code next} counts how often it is read. */
    private static final class Counter extends AbstractMap<String, Object> {
        private final AtomicInteger count;

        Counter(AtomicInteger count) {
            this.count = count;
        }

        @Override
        public Object get(Object key) {
            return "next".equals(key) ? count.incrementAndGet() : null;
        }

        @Override
        public boolean containsKey(Object key) {
            return "next".equals(key);
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return Set.of();
        }
    }

    private String render(String source, Map<String, ?> values) {
        Map<String, Object> all = new HashMap<>(values);
        all.put("counter", counter);
        return engine.fromString(source).render(all);
    }

    private void advanceSeconds(long seconds) {
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void renderingTwice_servesTheCachedFragment() {
        String source = "{% load cache %}[{% cache 500 sidebar %}n={{ counter.next }}{% endcache %}]";
        assertThat(render(source, Map.of())).isEqualTo("[n=1]");
        assertThat(render(source, Map.of())).isEqualTo("[n=1]");
        assertThat(renders).hasValue(1);
        assertThat(store.get(FragmentKey.of("sidebar"))).isEqualTo("n=1");
    }

    @Test
    void varyOn_separatesUsers_andOneUserStillHitsTheirOwnEntry() {
        String source = "{% load cache %}{% cache 500 sidebar user.name %}{{ user.name }}:{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of("user", Map.of("name", "alice")))).isEqualTo("alice:1");
        assertThat(render(source, Map.of("user", Map.of("name", "bob")))).isEqualTo("bob:2");
        assertThat(render(source, Map.of("user", Map.of("name", "alice")))).isEqualTo("alice:1");
        assertThat(render(source, Map.of("user", Map.of("name", "bob")))).isEqualTo("bob:2");
    }

    @Test
    void varyOnValuesWithDelimiters_doNotCollide() {
        String source = "{% load cache %}{% cache 500 f a b %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of("a", "x:y", "b", ""))).isEqualTo("1");
        assertThat(render(source, Map.of("a", "x", "b", "y"))).isEqualTo("2");
        assertThat(render(source, Map.of("a", "x:", "b", "y"))).isEqualTo("3");
    }

    @Test
    void timeout_expiresOnTheInjectedTicker() {
        String source = "{% load cache %}{% cache 60 box %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("1");
        advanceSeconds(59);
        assertThat(render(source, Map.of())).isEqualTo("1");
        advanceSeconds(2);
        assertThat(render(source, Map.of())).isEqualTo("2");
    }

    @Test
    void timeout_mayBeAVariableOrAStringOfDigits() {
        String source = "{% load cache %}{% cache t box %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of("t", 10))).isEqualTo("1");
        advanceSeconds(11);
        assertThat(render(source, Map.of("t", " 10 "))).isEqualTo("2");
        advanceSeconds(5);
        assertThat(render(source, Map.of("t", "10"))).isEqualTo("2");
    }

    @Test
    void noneTimeout_keepsTheFragmentForever() {
        String source = "{% load cache %}{% cache None box %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("1");
        advanceSeconds(TimeUnit.DAYS.toSeconds(365 * 50));
        assertThat(render(source, Map.of())).isEqualTo("1");
    }

    @Test
    void zeroOrNegativeTimeout_rendersEveryTimeAndStoresNothing() {
        for (String timeout : List.of("0", "-5")) {
            String source = "{% load cache %}{% cache " + timeout + " box %}x{{ counter.next }}{% endcache %}";
            int before = renders.get();
            render(source, Map.of());
            render(source, Map.of());
            assertThat(renders.get() - before).as(timeout).isEqualTo(2);
            assertThat(store.get(FragmentKey.of("box"))).isNull();
        }
    }

    @Test
    void hugeTimeout_isClampedInsteadOfOverflowing() {
        String source = "{% load cache %}{% cache 99999999999999999999999 box %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("1");
        advanceSeconds(TimeUnit.DAYS.toSeconds(365 * 100));
        assertThat(render(source, Map.of())).isEqualTo("1");
    }

    @Test
    void using_selectsTheNamedStore_literalOrVariable() {
        String source = "{% load cache %}{% cache 500 box using=\"other\" %}{{ counter.next }}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("1");
        assertThat(other.get(FragmentKey.of("box"))).isEqualTo("1");
        assertThat(store.get(FragmentKey.of("box"))).isNull();
        String byVariable = "{% load cache %}{% cache 500 box using=alias %}{{ counter.next }}{% endcache %}";
        assertThat(render(byVariable, Map.of("alias", "other"))).isEqualTo("1");
        assertThat(render(byVariable, Map.of("alias", "default"))).isEqualTo("2");
        assertThat(store.get(FragmentKey.of("box"))).isEqualTo("2");
    }

    @Test
    void unknownStoreAlias_isAClearError() {
        String source = "{% load cache %}{% cache 500 box using=\"nope\" %}x{% endcache %}";
        assertThatThrownBy(() -> render(source, Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Invalid cache name specified for cache tag: 'nope'")
                .hasMessageContaining("other");
    }

    @Test
    void nestedCacheTags_cacheIndependently() {
        String source = "{% load cache %}{% cache 100 outer %}o{{ counter.next }}"
                + "{% cache 10 inner %}i{{ counter.next }}{% endcache %}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("o1i2");
        assertThat(render(source, Map.of())).isEqualTo("o1i2");
        store.invalidate(FragmentKey.of("outer"));
        assertThat(render(source, Map.of())).isEqualTo("o3i2");
        advanceSeconds(11);
        store.invalidate(FragmentKey.of("outer"));
        assertThat(render(source, Map.of())).isEqualTo("o4i5");
    }

    @Test
    void nestedTagWithTheSameKey_rendersInsteadOfDeadlocking() {
        String source = "{% load cache %}{% cache 100 same %}a{% cache 100 same %}b{% endcache %}{% endcache %}";
        assertThat(render(source, Map.of())).isEqualTo("ab");
        assertThat(render(source, Map.of())).isEqualTo("ab");
    }

    @Test
    void cachedFragments_keepTheirEscaping_andInjectedMarkupStaysEscaped() {
        String source = "{% load cache %}{% cache 500 c v %}{{ v }}{% endcache %}";
        assertThat(render(source, Map.of("v", "<script>alert(1)</script>")))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(render(source, Map.of("v", "<script>alert(1)</script>")))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void concurrentRenders_ofOneFragment_renderOnce() throws Exception {
        Template template = engine.fromString("{% load cache %}{% cache 500 slow %}{{ counter.next }}{% endcache %}");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 50; i++) {
                results.add(pool.submit(() -> template.render(Map.of("counter", counter))));
            }
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("1");
            }
        }
        assertThat(renders).hasValue(1);
    }

    @Test
    void missingEndTag_isDjangosUnclosedTagError() {
        assertThatThrownBy(() -> engine.fromString("{% load cache %}{% cache 500 box %}never closed"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("Unclosed tag")
                .hasMessageContaining("'cache'")
                .hasMessageContaining("endcache");
    }

    @Test
    void fewerThanTwoArguments_isASyntaxError() {
        for (String tag : List.of("{% cache %}", "{% cache 500 %}")) {
            assertThatThrownBy(() -> engine.fromString("{% load cache %}" + tag + "x{% endcache %}"))
                    .as(tag)
                    .isInstanceOf(TemplateSyntaxError.class)
                    .hasMessageContaining("'cache' tag requires at least 2 arguments.");
        }
        // As in Django, with two words "using=..." is the fragment name, which is not a valid name here.
        assertThatThrownBy(() -> engine.fromString("{% load cache %}{% cache 500 using=\"other\" %}x{% endcache %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("fragment name");
    }

    @Test
    void nonIntegerTimeout_isDjangosError() {
        String source = "{% load cache %}{% cache t box %}x{% endcache %}";
        assertThatThrownBy(() -> render(source, Map.of("t", "soon")))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("\"cache\" tag got a non-integer timeout value: 'soon'");
    }

    @Test
    void missingTimeoutVariable_isTheNonIntegerError_notForever() {
        String source = "{% load cache %}{% cache missing box %}x{% endcache %}";
        assertThatThrownBy(() -> render(source, Map.of()))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("non-integer timeout value: ''");
        assertThat(store.get(FragmentKey.of("box"))).isNull();
    }

    @Test
    void fragmentNameWithForbiddenCharacters_isASyntaxError() {
        assertThatThrownBy(() -> engine.fromString("{% load cache %}{% cache 5 a/../b %}x{% endcache %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("fragment name");
    }

    @Test
    void tagIsUnknownWithoutLoad_andLoadableByOwner() {
        assertThatThrownBy(() -> engine.fromString("{% cache 5 box %}x{% endcache %}"))
                .isInstanceOf(TemplateSyntaxError.class);
        assertThat(engine.fromString("{% load cache from toolshed.cache %}{% cache 5 box %}x{% endcache %}").render(Map.of()))
                .isEqualTo("x");
    }

    @Test
    void discoveredLibrary_usesTheSharedStore() {
        Engine discovering = Engine.builder().discoverLibraries().build();
        FragmentStore shared = CacheLibraryProvider.sharedStore();
        shared.invalidateName("discovered");
        assertThat(discovering.fromString("{% load cache %}{% cache 5 discovered %}d{% endcache %}").render(Map.of()))
                .isEqualTo("d");
        assertThat(shared.get(FragmentKey.of("discovered"))).isEqualTo("d");
    }

    @Test
    void invalidAliasNames_areRejected() {
        assertThatThrownBy(() -> CacheTags.library(store, Map.of("bad alias", other)))
                .hasMessageContaining("alias");
    }
}
