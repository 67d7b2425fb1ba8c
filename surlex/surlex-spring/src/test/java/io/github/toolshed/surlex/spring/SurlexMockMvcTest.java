package io.github.toolshed.surlex.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.HandlerMapping;

@SpringBootTest(classes = TestApp.class, properties = "toolshed.surlex.macros.lang=en|de")
class SurlexMockMvcTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void annotatedRoute_bindsTypedPathVariables() throws Exception {
        mvc.perform(get("/blog/2009/sep/06/surlex-released/"))
                .andExpect(status().isOk())
                .andExpect(content().string("detail 2009 sep 6 surlex-released"))
                .andExpect(request().attribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE,
                        "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/"))
                .andExpect(request().attribute(SurlexHandlerMapping.ROUTE_NAME_ATTRIBUTE, "blog_post_detail"));
    }

    @Test
    void everyMacro_routes() throws Exception {
        mvc.perform(get("/blog/09/")).andExpect(content().string("short 09"));
        mvc.perform(get("/blog/archive/2009/9/")).andExpect(content().string("archive 2009 9 2009-09-01"));
        mvc.perform(get("/api/items/123e4567-e89b-12d3-a456-426614174000"))
                .andExpect(content().string("item 123e4567-e89b-12d3-a456-426614174000"));
        mvc.perform(get("/api/numbers/42")).andExpect(content().string("number 42"));
        mvc.perform(get("/fn/hello/a-slug_1")).andExpect(content().string("hi a-slug_1"));
        mvc.perform(get("/api/lang/de/")).andExpect(content().string("lang de"));
        mvc.perform(get("/api/lang/fr/")).andExpect(status().isNotFound());
        mvc.perform(get("/files/readme.txt")).andExpect(content().string("file"));
    }

    @Test
    void surlexDate_bindsLocalDateFromYearMonthDay() throws Exception {
        mvc.perform(get("/dates/2009/sep/06/")).andExpect(content().string("date 2009-09-06"));
        mvc.perform(get("/dates/09/")).andExpect(content().string("date 2009-01-01"));
        mvc.perform(get("/dates/24/2/")).andExpect(content().string("date 2024-02-01"));
        mvc.perform(get("/dates/2009/feb/30/")).andExpect(status().isBadRequest());
    }

    @Test
    void optionalSections_bindNullWhenAbsent() throws Exception {
        mvc.perform(get("/blog/archive/")).andExpect(content().string("archive null null null"));
        mvc.perform(get("/blog/archive/2010/")).andExpect(content().string("archive 2010 null 2010-01-01"));
    }

    @Test
    void nonMatchingMacroValues_areNotFound() throws Exception {
        mvc.perform(get("/blog/2009/sept/06/x/")).andExpect(status().isNotFound());
        mvc.perform(get("/blog/2009/sep/32/x/")).andExpect(status().isNotFound());
        mvc.perform(get("/api/items/not-a-uuid")).andExpect(status().isNotFound());
    }

    @Test
    void captureFailingTypeConversion_is400() throws Exception {
        MvcResult result = mvc.perform(get("/api/numbers/99999999999")).andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResolvedException()).hasMessageContaining("'n'").hasMessageContaining("99999999999");
    }

    @Test
    void methodRestriction_405WithAllow_likeSpringsOwnMapping() throws Exception {
        MvcResult spring = mvc.perform(post("/spring/get-only/")).andReturn();
        MvcResult surlex = mvc.perform(post("/get-only/")).andReturn();
        assertThat(surlex.getResponse().getStatus()).isEqualTo(405).isEqualTo(spring.getResponse().getStatus());
        assertThat(surlex.getResponse().getHeader("Allow")).isEqualTo(spring.getResponse().getHeader("Allow"));
    }

    @Test
    void samePatternDifferentMethods_areMerged() throws Exception {
        mvc.perform(get("/posts/")).andExpect(status().isOk()).andExpect(content().string("list"));
        mvc.perform(post("/posts/")).andExpect(status().isCreated()).andExpect(content().string("created"));
        MvcResult put = mvc.perform(put("/posts/")).andExpect(status().isMethodNotAllowed()).andReturn();
        assertThat(put.getResponse().getHeader("Allow").split(", ")).containsExactlyInAnyOrder("GET", "POST");
    }

    @Test
    void headAndOptions_behaveLikeSpring() throws Exception {
        mvc.perform(head("/get-only/")).andExpect(status().isOk());
        MvcResult spring = mvc.perform(options("/spring/get-only/")).andReturn();
        MvcResult surlex = mvc.perform(options("/get-only/")).andReturn();
        assertThat(surlex.getResponse().getStatus()).isEqualTo(spring.getResponse().getStatus()).isEqualTo(200);
        assertThat(surlex.getResponse().getHeader("Allow")).isEqualTo(spring.getResponse().getHeader("Allow"));
    }

    @Test
    void unmatchedPath_404LikeSpring() throws Exception {
        MvcResult surlexSide = mvc.perform(get("/blog/nothing/here")).andReturn();
        MvcResult springSide = mvc.perform(get("/spring/nothing/here")).andReturn();
        assertThat(surlexSide.getResponse().getStatus()).isEqualTo(404).isEqualTo(springSide.getResponse().getStatus());
        assertThat(surlexSide.getResolvedException()).isNotNull().hasSameClassAs(springSide.getResolvedException());
    }

    @Test
    void functionalRoutes_postBodyAndIncludeAndInjectedViewClass() throws Exception {
        mvc.perform(post("/fn/echo/").contentType(MediaType.TEXT_PLAIN).content("ping"))
                .andExpect(status().isOk()).andExpect(content().json("{\"got\":\"ping\"}"));
        mvc.perform(get("/fn/v2/ping")).andExpect(content().string("pong"));
        mvc.perform(get("/fn/greet/bob")).andExpect(content().string("hello, bob"));
    }

    @Test
    void encodedPath_isDecodedBeforeMatching() throws Exception {
        mvc.perform(get(java.net.URI.create("/api/search/a%20b%3Fc"))).andExpect(content().string("search a b?c"));
    }

    @Test
    void pathThatWouldBacktrackForSeconds_is400() throws Exception {
        mvc.perform(get("/api/tree/x/y/z/1/")).andExpect(content().string("tree x"));
        mvc.perform(get("/api/tree/" + "a/".repeat(3000))).andExpect(status().isBadRequest());
    }

    @Test
    void order_decidesBetweenOverlappingRoutes() throws Exception {
        mvc.perform(get("/api/search/special")).andExpect(content().string("special"));
        mvc.perform(get("/api/search/other")).andExpect(content().string("search other"));
    }

    @Test
    void prototypeScopedController_isAFreshInstancePerRequest() throws Exception {
        mvc.perform(get("/prototype/count")).andExpect(content().string("1"));
        mvc.perform(get("/prototype/count")).andExpect(content().string("1"));
    }

    @Test
    void traversalAttempt_doesNotReachASlugRoute() throws Exception {
        mvc.perform(get(java.net.URI.create("/fn/hello/..%2F..%2Fetc%2Fpasswd"))).andExpect(status().isNotFound());
    }
}
