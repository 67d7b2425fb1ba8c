package io.github.toolshed.template.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.toolshed.surlex.spring.SurlexAutoConfiguration;
import io.github.toolshed.surlex.spring.SurlexMapping;
import io.github.toolshed.template.Engine;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.ModelAndView;

class ToolshedTemplateAutoConfigurationTest {

    /** An item of the test shop; public so templates can read it. */
    public record Item(String category, int id, String name) {}

    @Controller
    static class ShopController {
        @SurlexMapping(value = "/shop/", name = "shop_home", method = RequestMethod.GET)
        ModelAndView home() {
            return new ModelAndView("shop/item", Map.of("item", new Item("tools", 7, "Hammer <b>")));
        }

        @SurlexMapping(value = "/shop/<category:s>/<id:#>/", name = "item_detail", method = RequestMethod.GET)
        ModelAndView detail(@PathVariable String category, @PathVariable int id) {
            return new ModelAndView("shop/item", Map.of("item", new Item(category, id, "Item " + id)));
        }

        @SurlexMapping(value = "/bad/", name = "bad", method = RequestMethod.GET)
        String bad() {
            return "shop/bad";
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ShopConfig {
        @Bean
        ShopController shopController() {
            return new ShopController();
        }
    }

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class,
                    DispatcherServletAutoConfiguration.class, SurlexAutoConfiguration.class,
                    ToolshedTemplateAutoConfiguration.class))
            .withUserConfiguration(ShopConfig.class);

    @Test
    void rendersTemplatesWithUrlTags_andRequestValues() {
        web.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
            String html = mvc.perform(get("/shop/").param("q", "<x>"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith("text/html"))
                    .andReturn().getResponse().getContentAsString();
            assertThat(html).contains("<a id=\"kw\" href=\"/shop/tools/7/\">Hammer &lt;b&gt;</a>",
                    "<a id=\"pos\" href=\"/shop/tools/7/\">", "<a id=\"home\" href=\"/shop/\">",
                    "<span id=\"broken\">[]</span>", "<span id=\"stored\">/shop/</span>",
                    "<p id=\"path\">/shop/</p>", "<p id=\"q\">&lt;x&gt;</p>");
            assertThat(mvc.perform(get("/shop/saws/12/")).andReturn().getResponse().getContentAsString())
                    .contains("href=\"/shop/saws/12/\">Item 12</a>");
        });
    }

    @Test
    void urlTag_refusesHostileValues_andBadCalls() {
        web.run(context -> {
            Engine engine = context.getBean(Engine.class);
            Map<String, Object> evil = Map.of("c", "\"><script>alert(1)</script>", "up", "../../etc");
            assertThatThrownBy(() -> engine.fromString("{% url 'item_detail' category=c id=1 %}").render(evil))
                    .hasMessageContaining("category");
            assertThatThrownBy(() -> engine.fromString("{% url 'item_detail' up 1 %}").render(evil))
                    .hasMessageContaining("category");
            assertThatThrownBy(() -> engine.fromString("{% url 'item_detail' 'a' 1 2 %}").render(Map.of()))
                    .hasMessageContaining("2 argument(s), 3 given");
            assertThatThrownBy(() -> engine.fromString("{% url 'item_detail' 'a' id=1 %}"))
                    .hasMessageContaining("Don't mix");
            assertThatThrownBy(() -> engine.fromString("{% url %}")).hasMessageContaining("at least one argument");
            assertThat(engine.fromString("{% url name 'a-b_9' 3 %}").render(Map.of("name", "item_detail")))
                    .isEqualTo("/shop/a-b_9/3/");
        });
    }

    @Test
    void unknownRouteName_failsTheRendering() {
        web.run(context -> {
            MockMvc mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
            assertThatThrownBy(() -> mvc.perform(get("/bad/"))).hasStackTraceContaining("no_such_route");
        });
    }

    @Test
    void resolver_leavesUnknownViewsAndRedirectsToOthers() {
        web.run(context -> {
            ToolshedViewResolver resolver = context.getBean(ToolshedViewResolver.class);
            assertThat(resolver.resolveViewName("shop/item", Locale.ROOT)).isInstanceOf(ToolshedView.class);
            assertThat(resolver.resolveViewName("shop/missing", Locale.ROOT)).isNull();
            assertThat(resolver.resolveViewName("redirect:/x", Locale.ROOT)).isNull();
        });
    }

    @Test
    void properties_configureTheEngine() {
        web.withPropertyValues("toolshed.template.autoescape=false", "toolshed.template.string-if-invalid=?%s?",
                "toolshed.template.prefix=classpath:/templates/shop/").run(context -> {
                    Engine engine = context.getBean(Engine.class);
                    assertThat(engine.autoescape()).isFalse();
                    assertThat(engine.fromString("{{ nope }}").render(Map.of())).isEqualTo("?nope?");
                    assertThat(context.getBean(ToolshedViewResolver.class).resolveViewName("item", Locale.ROOT))
                            .isNotNull();
                });
    }

    @Test
    void urlIsALibrary_whenNotBuiltIn() {
        web.withPropertyValues("toolshed.template.url-builtin=false").run(context -> {
            Engine engine = context.getBean(Engine.class);
            assertThat(engine.fromString("{% load url %}{% url 'shop_home' %}").render(Map.of())).isEqualTo("/shop/");
            assertThatThrownBy(() -> engine.fromString("{% url 'shop_home' %}")).hasMessageContaining("url");
        });
    }

    @Test
    void backsOff_forUserBeans_andWhenDisabled() {
        Engine mine = Engine.builder().build();
        web.withBean(Engine.class, () -> mine).run(context -> assertThat(context.getBean(Engine.class)).isSameAs(mine));
        web.withPropertyValues("toolshed.template.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(ToolshedViewResolver.class).doesNotHaveBean(Engine.class));
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolshedTemplateAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(ToolshedViewResolver.class));
    }

    @Test
    void withoutSurlex_thereIsNoUrlTag() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ToolshedTemplateAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(ToolshedViewResolver.class).doesNotHaveBean(UrlResolver.class);
                    assertThatThrownBy(() -> context.getBean(Engine.class).fromString("{% url 'x' %}"))
                            .hasMessageContaining("url");
                });
    }
}
