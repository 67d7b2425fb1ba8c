package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.spi.Body;
import io.github.toolshed.template.spi.Library;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibrarySpiTest {

    private static final Library SHOP = Library.builder("shop").owner("com.example.shop")
            .simpleTag("price", call -> call.args().get(0) + " " + call.kwargs().getOrDefault("currency", "USD"))
            .simpleTag("bold", call -> SafeString.of("<b>" + call.arg(0, "") + "</b>"))
            .inclusionTag("card", "card.html", call -> Map.of("title", call.arg(0, "none")))
            .tag("upper_block", parser -> {
                if (!parser.arguments().isEmpty()) {
                    throw parser.error("'upper_block' takes no arguments");
                }
                Body body = parser.parseUntil("endupper_block");
                parser.nextTag();
                return (scope, out) -> out.append(body.render(scope).toUpperCase(Locale.ROOT));
            })
            .build();

    private final Engine engine = Engine.builder()
            .library(SHOP)
            .templates(Map.of("card.html", "[{{ title }}]"))
            .build();

    private String render(String source, Map<String, ?> values) {
        return engine.fromString(source).render(values);
    }

    @Test
    void simpleTagGetsResolvedArgumentsAndKeywordArguments() {
        assertThat(render("{% load shop %}{% price x|add:1 currency=cur %}", Map.of("x", 2, "cur", "EUR")))
                .isEqualTo("3 EUR");
        assertThat(render("{% load shop %}{% price 5 %}", Map.of())).isEqualTo("5 USD");
    }

    @Test
    void simpleTagOutputIsEscapedUnlessSafe() {
        assertThat(render("{% load shop %}{% price '<i>' %}", Map.of())).isEqualTo("&lt;i&gt; USD");
        assertThat(render("{% load shop %}{% bold x %}", Map.of("x", "y"))).isEqualTo("<b>y</b>");
    }

    @Test
    void simpleTagCanStoreItsValue() {
        assertThat(render("{% load shop %}{% price 1 as p %}<{{ p }}>", Map.of())).isEqualTo("<1 USD>");
    }

    @Test
    void blockTagParsesItsBody() {
        assertThat(render("{% load shop %}{% upper_block %}a{{ x }}{% endupper_block %}b", Map.of("x", "c")))
                .isEqualTo("ACb");
        assertThatThrownBy(() -> engine.fromString("{% load shop %}{% upper_block 1 %}{% endupper_block %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("'upper_block' takes no arguments");
        assertThatThrownBy(() -> engine.fromString("{% load shop %}{% upper_block %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("Unclosed tag");
    }

    @Test
    void inclusionTagRendersItsTemplate() {
        assertThat(render("{% load shop %}{% card t %}", Map.of("t", "<x>"))).isEqualTo("[&lt;x&gt;]");
    }

    @Test
    void tagsNeedALoad() {
        assertThatThrownBy(() -> engine.fromString("{% price 1 %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("Invalid block tag");
    }

    @Test
    void positionalAfterKeywordIsASyntaxError() {
        assertThatThrownBy(() -> engine.fromString("{% load shop %}{% price currency=1 2 %}"))
                .isInstanceOf(TemplateSyntaxError.class)
                .hasMessageContaining("positional argument(s) after some keyword argument(s)");
    }
}
