package io.github.toolshed.cache.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.cache.CaffeineFragmentStore;
import io.github.toolshed.template.Engine;
import io.github.toolshed.template.Template;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/** Properties of the {@code {% cache %}} tag over arbitrary vary-on text. */
class CacheTagPropertiesTest {

    private static final String SOURCE =
            "{% load cache %}{% cache None p a b %}{{ a }}|{{ b }}{% endcache %}";

    @Property(tries = 300)
    void aFragmentIsServedOnlyForTheValuesItWasRenderedWith(
            @ForAll @StringLength(max = 12) String a1, @ForAll @StringLength(max = 12) String b1,
            @ForAll @StringLength(max = 12) String a2, @ForAll @StringLength(max = 12) String b2) {
        Engine engine = Engine.builder()
                .library(CacheTags.library(CaffeineFragmentStore.builder().executor(Runnable::run).build()))
                .autoescape(false)
                .build();
        Template template = engine.fromString(SOURCE);
        String first = template.render(Map.of("a", a1, "b", b1));
        String second = template.render(Map.of("a", a2, "b", b2));
        assertThat(first).isEqualTo(a1 + "|" + b1);
        // Equal vary-on values share the entry; any difference renders the second set's own text.
        assertThat(second).isEqualTo(a2 + "|" + b2);
        assertThat(template.render(Map.of("a", a1, "b", b1))).isEqualTo(first);
    }
}
