package io.github.toolshed.surlex.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.surlex.NoReverseMatchException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = TestApp.class, properties = "toolshed.surlex.macros.lang=en|de")
class UrlReverserTest {

    @Autowired
    UrlReverser reverser;

    @Test
    void byName() {
        assertThat(reverser.reverse("blog_post_detail", Map.of("year", 2009, "month", "sep", "day", 6, "slug", "hi")))
                .isEqualTo("/blog/2009/sep/6/hi/");
        assertThat(reverser.reverse("blog_archive", Map.of("year", 2009))).isEqualTo("/blog/archive/2009/");
        assertThat(reverser.reverse("post_list")).isEqualTo("/posts/");
        assertThat(reverser.reverse("fn_v2_ping")).isEqualTo("/fn/v2/ping");
        assertThat(reverser.pattern("api_item")).isEqualTo("/api/items/<id:u>");
    }

    @Test
    void byControllerMethod() throws Exception {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
        assertThat(reverser.reverse(TestApp.ApiController.class, "item", Map.of("id", id)))
                .isEqualTo("/api/items/" + id);
        assertThat(reverser.reverse(TestApp.BlogController.class.getDeclaredMethod("file"), Map.of()))
                .isEqualTo("/files/.txt");
    }

    @Test
    void byMethodReference() {
        assertThat(reverser.reverse(HandlerRef.to(TestApp.BlogController::detail),
                Map.of("year", 2009, "month", "sep", "day", 6, "slug", "hi"))).isEqualTo("/blog/2009/sep/6/hi/");
        assertThat(reverser.reverse(HandlerRef.to(TestApp.BlogController::list), Map.of())).isEqualTo("/posts/");
        assertThat(reverser.reverse(HandlerRef.to(TestApp.ApiController::number), Map.of("n", 5)))
                .isEqualTo("/api/numbers/5");
        assertThatThrownBy(() -> reverser.reverse(HandlerRef.to(Object::toString), Map.of()))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessage("route 'java.lang.Object#toString': this method has no @SurlexMapping");
    }

    @Test
    void valuesArePercentEncoded() {
        assertThat(reverser.reverse("api_search", Map.of("q", "a b?c#d%"))).isEqualTo("/api/search/a%20b%3Fc%23d%25");
    }

    @Test
    void errorsNameRouteAndParameter() {
        assertThatThrownBy(() -> reverser.reverse("blog_post_detail", Map.of("year", 2009)))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageStartingWith("route 'blog_post_detail': missing parameter 'month'");
        assertThatThrownBy(() -> reverser.reverse("api_number", Map.of("n", "x")))
                .isInstanceOf(NoReverseMatchException.class)
                .hasMessageStartingWith("route 'api_number': parameter 'n' = 'x' does not match macro '#'")
                .extracting(e -> ((NoReverseMatchException) e).parameter()).isEqualTo("n");
        assertThatThrownBy(() -> reverser.reverse("nope"))
                .hasMessageStartingWith("route 'nope': no surlex route has this name (known: [api_item,");
        assertThatThrownBy(() -> reverser.reverse(TestApp.ApiController.class, "missing", Map.of()))
                .hasMessageContaining("no @SurlexMapping method of this name");
    }
}
