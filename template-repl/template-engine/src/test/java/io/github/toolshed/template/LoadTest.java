package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.python.Python;
import io.github.toolshed.template.spi.FilterSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadTest {

    private static final FilterSpec SHOUT = FilterSpec.of("shout", FilterSpec.Arity.NONE, (v, a, c) -> Python.str(v) + "!");
    private static final FilterSpec WHISPER = FilterSpec.of("whisper", FilterSpec.Arity.NONE, (v, a, c) -> "(" + Python.str(v) + ")");

    private final Engine engine = Engine.builder()
            .library("voice", List.of(SHOUT, WHISPER))
            .templates(Map.of("inc", "{{ x|shout }}"))
            .build();

    @Test
    void loadMakesALibrarysFiltersAvailableInThatTemplateOnly() {
        assertThat(engine.fromString("{% load voice %}{{ x|shout }}{{ x|whisper }}").render(Map.of("x", "a"))).isEqualTo("a!(a)");
        assertThatThrownBy(() -> engine.fromString("{{ x|shout }}")).hasMessage("Invalid filter: 'shout'");
        assertThatThrownBy(() -> engine.fromString("{% load voice %}{% include 'inc' %}").render(Map.of("x", 1)))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessage("Invalid filter: 'shout'");
    }

    @Test
    void loadFromPicksSingleNames() {
        assertThat(engine.fromString("{% load shout from voice %}{{ x|shout }}").render(Map.of("x", "a"))).isEqualTo("a!");
        assertThatThrownBy(() -> engine.fromString("{% load shout from voice %}{{ x|whisper }}")).hasMessage("Invalid filter: 'whisper'");
        assertThatThrownBy(() -> engine.fromString("{% load nothing from voice %}"))
                .hasMessage("'nothing' is not a valid tag or filter in tag library 'voice'");
    }

    @Test
    void unknownLibraryListsTheKnownOnes() {
        assertThatThrownBy(() -> engine.fromString("{% load Voice %}"))
                .hasMessage("'Voice' is not a registered tag library. Must be one of:\nvoice");
    }

    @Test
    void customFilterOnTheBuilderReplacesABuiltin() {
        Engine custom = Engine.builder().filter(FilterSpec.of("upper", FilterSpec.Arity.NONE, (v, a, c) -> "custom")).build();
        assertThat(custom.fromString("{{ 'x'|upper }}").render(Map.of())).isEqualTo("custom");
    }

    @Test
    void isSafeFiltersKeepSafeInputSafe() {
        FilterSpec wrap = FilterSpec.of("wrap", FilterSpec.Arity.NONE, (v, a, c) -> "<" + Python.str(v) + ">");
        Engine e = Engine.builder().filter(wrap).filter(FilterSpec.of("wrapsafe", FilterSpec.Arity.NONE, wrap.filter()).safe()).build();
        Map<String, Object> ctx = Map.of("s", SafeString.of("<b>"), "u", "<b>");
        assertThat(e.fromString("{{ s|wrap }} {{ s|wrapsafe }} {{ u|wrapsafe }}").render(ctx))
                .isEqualTo("&lt;&lt;b&gt;&gt; <<b>> &lt;&lt;b&gt;&gt;");
    }
}
