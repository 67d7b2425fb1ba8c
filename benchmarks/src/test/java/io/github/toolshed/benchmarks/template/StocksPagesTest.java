package io.github.toolshed.benchmarks.template;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Before any number is trusted: every engine renders the page Django renders. */
class StocksPagesTest {

    private final StocksPages pages = new StocksPages();
    private final String django = StocksData.normalize(StocksData.resource("stocks.django.html"));

    @Test
    void toolshedRendersDjangosPageExactly() {
        assertThat(pages.renderToolshed()).isEqualTo(StocksData.resource("stocks.django.html"));
    }

    @Test
    void everyPeerRendersTheSamePage() {
        assertThat(StocksData.normalize(pages.renderPebble())).as("pebble").isEqualTo(django);
        assertThat(StocksData.normalize(pages.renderFreemarker())).as("freemarker").isEqualTo(django);
        assertThat(StocksData.normalize(pages.renderMustache())).as("mustache").isEqualTo(django);
        assertThat(StocksData.normalize(pages.renderThymeleaf())).as("thymeleaf").isEqualTo(django);
        assertThat(StocksData.normalize(pages.renderJinjava())).as("jinjava").isEqualTo(django);
    }

    @Test
    void pageHasTwentyRows() {
        assertThat(pages.renderToolshed().split("<tr class=", -1)).hasSize(21);
    }
}
