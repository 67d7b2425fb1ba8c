package io.github.toolshed.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Fragment keys (vary_on) and the Caffeine fragment store (timeouts, bounds, single render). */
class FragmentCacheTest {

    private final AtomicLong nanos = new AtomicLong();
    private final CaffeineFragmentStore store =
            CaffeineFragmentStore.builder().ticker(nanos::get).executor(Runnable::run).build();

    @Test
    void varyOnValues_keepFragmentsApart() {
        store.put(FragmentKey.of("sidebar", List.of("alice")), "alice's sidebar", Duration.ofSeconds(500));
        store.put(FragmentKey.of("sidebar", List.of("bob")), "bob's sidebar", Duration.ofSeconds(500));
        assertThat(store.get(FragmentKey.of("sidebar", List.of("alice")))).isEqualTo("alice's sidebar");
        assertThat(store.get(FragmentKey.of("sidebar", List.of("bob")))).isEqualTo("bob's sidebar");
        assertThat(store.get(FragmentKey.of("sidebar"))).isNull();
    }

    @Test
    void keysCannotCollideThroughDelimitersTypesOrNulls() {
        assertThat(FragmentKey.of("f", List.of("a:b"))).isNotEqualTo(FragmentKey.of("f", List.of("a", "b")));
        assertThat(FragmentKey.of("f", List.of("a", ""))).isNotEqualTo(FragmentKey.of("f", List.of("a")));
        assertThat(FragmentKey.of("f", Arrays.asList((Object) null))).isNotEqualTo(FragmentKey.of("f", List.of("None")));
        assertThat(FragmentKey.of("f", Arrays.asList((Object) null))).isNotEqualTo(FragmentKey.of("f", List.of("null")));
        assertThat(FragmentKey.of("f", List.of(1))).isNotEqualTo(FragmentKey.of("f", List.of("1")));
        assertThat(FragmentKey.of("f.a", List.of())).isNotEqualTo(FragmentKey.of("f", List.of("a")));
        assertThat(FragmentKey.of("f", List.of("x"))).isEqualTo(FragmentKey.of("f", List.of("x")));
    }

    @Property
    void distinctVaryOnListsGiveDistinctKeys(@ForAll List<String> a, @ForAll List<String> b) {
        Assume.that(!a.equals(b));
        assertThat(FragmentKey.of("frag", a)).isNotEqualTo(FragmentKey.of("frag", b));
    }

    @Test
    void fragmentNamesThatCouldInjectIntoKeysAreRejected() {
        for (String bad : List.of("", "side bar", "a\nb", "x/../y", "a\u0000b")) {
            assertThatThrownBy(() -> FragmentKey.of(bad)).isInstanceOf(CacheException.class);
        }
    }

    @Test
    void timeouts_expireFragments_noneMeansForever_zeroMeansNotStored() {
        store.put(FragmentKey.of("short"), "s", Duration.ofSeconds(10));
        store.put(FragmentKey.of("forever"), "f", null);
        store.put(FragmentKey.of("zero"), "z", Duration.ZERO);
        assertThat(store.get(FragmentKey.of("zero"))).isNull();
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        assertThat(store.get(FragmentKey.of("short"))).isEqualTo("s");
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(store.get(FragmentKey.of("short"))).isNull();
        nanos.addAndGet(Duration.ofDays(3650).toNanos());
        assertThat(store.get(FragmentKey.of("forever"))).isEqualTo("f");
    }

    @Test
    void invalidateName_removesEveryVariantOfOneFragmentOnly() {
        store.put(FragmentKey.of("sidebar", List.of("a")), "1", null);
        store.put(FragmentKey.of("sidebar", List.of("b")), "2", null);
        store.put(FragmentKey.of("footer"), "3", null);
        assertThat(store.invalidateName("sidebar")).isEqualTo(2);
        assertThat(store.get(FragmentKey.of("footer"))).isEqualTo("3");
    }

    @Test
    void concurrentGetOrRender_rendersOnce() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        FragmentKey key = FragmentKey.of("expensive");
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> store.getOrRender(key, Duration.ofMinutes(1), () -> {
                    renders.incrementAndGet();
                    sleep();
                    return "rendered";
                })));
            }
            for (Future<String> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo("rendered");
            }
        }
        assertThat(renders.get()).isEqualTo(1);
    }

    @Test
    void byteBoundHolds() {
        CaffeineFragmentStore small = CaffeineFragmentStore.builder().maximumBytes(64 * 1024).executor(Runnable::run).build();
        for (int i = 0; i < 1000; i++) {
            small.put(FragmentKey.of("f", List.of(i)), "z".repeat(1000), null);
        }
        long kept = 0;
        for (int i = 0; i < 1000; i++) {
            kept += small.get(FragmentKey.of("f", List.of(i))) != null ? 1 : 0;
        }
        assertThat(kept).isGreaterThan(0).isLessThanOrEqualTo(64 * 1024 / 2000);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void failedRender_isNotCached_andTheNextCallRendersAgain() {
        FragmentKey key = FragmentKey.of("flaky");
        assertThatThrownBy(() -> store.getOrRender(key, Duration.ofSeconds(60), () -> {
            throw new IllegalStateException("backend down");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(store.get(key)).isNull();
        assertThat(store.getOrRender(key, Duration.ofSeconds(60), () -> "ok")).isEqualTo("ok");
        assertThat(store.getOrRender(key, Duration.ofSeconds(60), () -> "again")).isEqualTo("ok");
    }

    @Test
    void reentrantRenderOfTheSameKey_rendersInsteadOfDeadlocking() {
        FragmentKey key = FragmentKey.of("self");
        String value = store.getOrRender(key, Duration.ofSeconds(60),
                () -> "outer(" + store.getOrRender(key, Duration.ofSeconds(60), () -> "inner") + ")");
        assertThat(value).isEqualTo("outer(inner)");
        assertThat(store.get(key)).isEqualTo("outer(inner)");
    }

    @Test
    void waitersForAHungRender_renderThemselvesAfterTheLockTimeout_andTheHungRenderStillCompletes() throws Exception {
        CaffeineFragmentStore bounded = CaffeineFragmentStore.builder().lockTimeout(Duration.ofMillis(200)).build();
        FragmentKey key = FragmentKey.of("hung");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<String> first = pool.submit(() -> bounded.getOrRender(key, Duration.ofMinutes(1), () -> {
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            long before = System.nanoTime();
            Future<String> waiter = pool.submit(() -> bounded.getOrRender(key, Duration.ofMinutes(1), () -> "own"));
            // Bounded: the waiter gives up on the hung render and renders itself (not after 10 s).
            assertThat(waiter.get(10, TimeUnit.SECONDS)).isEqualTo("own");
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before);
            assertThat(waitedMillis).isGreaterThanOrEqualTo(150).isLessThan(5_000);
            assertThat(first.isDone()).isFalse();
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
        }
        assertThat(bounded.get(key)).isIn("own", "slow");
    }

    @Test
    void negativeLockTimeout_isRefused() {
        assertThatThrownBy(() -> CaffeineFragmentStore.builder().lockTimeout(Duration.ofMillis(-1)))
                .isInstanceOf(CacheException.class).hasMessageContaining("lockTimeout");
    }
}
