package io.github.toolshed.template.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.template.Engine;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;

class ToolshedViewTest {

    private final Engine engine = Engine.builder().templates(Map.of(
            "form.html", "<form>{% csrf_token %}</form>|{{ request.method }} {{ request.path }} {{ request.GET_lists.t }}",
            "model.html", "{{ request }}",
            "broken.html", "before{{ x|date:'Y' }}{% include 'missing.html' %}after")).build();

    @Test
    void springSecurityToken_reachesCsrfTokenTag() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/app/orders/");
        request.setContextPath("/app");
        request.addParameter("t", "a", "b");
        request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "tok\"en"));
        MockHttpServletResponse response = new MockHttpServletResponse();

        new ToolshedView(engine, "form.html", "text/html;charset=UTF-8").render(Map.of(), request, response);

        assertThat(response.getContentAsString()).isEqualTo(
                "<form><input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"tok&quot;en\"></form>"
                        + "|POST /orders/ [&#x27;a&#x27;, &#x27;b&#x27;]");
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void withoutToken_csrfTagRendersNothing_andTheModelWins() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ToolshedView(engine, "form.html", "text/html").render(Map.of(), new MockHttpServletRequest("GET", "/"), response);
        assertThat(response.getContentAsString()).startsWith("<form></form>|GET /");

        MockHttpServletResponse own = new MockHttpServletResponse();
        new ToolshedView(engine, "model.html", "text/html").render(Map.of("request", "mine"),
                new MockHttpServletRequest("GET", "/"), own);
        assertThat(own.getContentAsString()).isEqualTo("mine");
    }

    @Test
    void aFailingRender_writesNothing() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new ToolshedView(engine, "broken.html", "text/html")
                .render(Map.of(), new MockHttpServletRequest("GET", "/"), response))
                .hasMessageContaining("missing.html");
        assertThat(response.isCommitted()).isFalse();
        assertThat(response.getContentAsByteArray()).isEmpty();
    }
}
