package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {

    @Test
    void oneCompiledTemplateRendersCorrectlyFromManyThreads() throws Exception {
        Engine engine = Engine.builder().loader(Loaders.cached(Loaders.map(Map.of(
                "page", "{% for i in items %}{% cycle 'a' 'b' %}{% ifchanged i %}{{ i }}{% endifchanged %}{% include 'part' %}{% endfor %}",
                "part", "[{{ i }}]")))).build();
        Template t = engine.getTemplate("page");
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < 200; n++) {
                int k = n % 7;
                results.add(pool.submit(() -> {
                    List<Integer> items = new ArrayList<>();
                    StringBuilder expected = new StringBuilder();
                    for (int i = 0; i < k; i++) {
                        items.add(i);
                        expected.append(i % 2 == 0 ? 'a' : 'b').append(i).append('[').append(i).append(']');
                    }
                    return t.render(Map.of("items", items)).contentEquals(expected);
                }));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        }
    }
}
