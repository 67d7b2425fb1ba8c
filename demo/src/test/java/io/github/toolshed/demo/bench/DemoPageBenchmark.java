package io.github.toolshed.demo.bench;

import io.github.toolshed.cache.PageCache;
import io.github.toolshed.demo.DemoApplication;
import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The page cache's hit against the uncached render of the demo's real blog page, in one JMH
 * run (issue 8's goal: a hit costs under 5% of the render and copies no body per request).
 *
 * <p>The whole demo application context is started; requests go through MockMvc's
 * DispatcherServlet with the application's servlet filters in their registered order:
 * {@code render} carries a session cookie, so the page filter bypasses and the controller,
 * the template engine and the sidebar run every time (the demo renders Markdown once, at
 * start-up); {@code hit} is the same request
 * without the cookie, answered by the filter. {@code filterHit} calls the page filter alone with
 * a body sink standing in for the socket, which shows what a hit itself allocates. Run by
 * {@link DemoPageBenchmarkMain}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DemoPageBenchmark {

    /** The page the issue measured weighed 9,387 bytes; the demo post closest to it is used. */
    static final int TARGET_BYTES = 9_387;

    private static final Pattern POST_LINK = Pattern.compile("href=\"(/blog/\\d{4}/[a-z]{3}/\\d{1,2}/[\\w-]+/)\"");

    private ConfigurableApplicationContext context;
    private MockMvc mvc;
    private PageCache cache;
    private String url;
    private int pageBytes;
    private SinkResponse sink;

    /** Starts the demo, picks the post, warms the cache and checks that a hit is the render's page. */
    @Setup(Level.Trial)
    public void start() throws Exception {
        context = new SpringApplicationBuilder(DemoApplication.class)
                .web(WebApplicationType.SERVLET)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off",
                        "logging.level.root=WARN", "toolshed.cache.page.default-ttl=1h")
                .run();
        List<Filter> filters = new ArrayList<>();
        for (var initializer : new ServletContextInitializerBeans(context)) {
            if (initializer instanceof FilterRegistrationBean<?> registration && registration.isEnabled()) {
                filters.add(registration.getFilter());
            }
        }
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .addFilters(filters.toArray(Filter[]::new)).build();
        cache = context.getBean(PageCache.class);
        url = closestPost();
        MockHttpServletResponse rendered = render();
        pageBytes = rendered.getContentAsByteArray().length;
        check(rendered.getStatus() == 200 && rendered.getHeader("X-Cache").startsWith("BYPASS"),
                "render: " + rendered.getStatus() + " " + rendered.getHeader("X-Cache"));
        hit(); // stores the page
        MockHttpServletResponse hit = hit();
        check("HIT".equals(hit.getHeader("X-Cache")), "hit: " + hit.getHeader("X-Cache"));
        check(hit.getContentAsByteArray().length == pageBytes, "a hit must serve the render's bytes");
        sink = new SinkResponse();
        filterHit();
        check(sink.written() == pageBytes && "HIT".equals(sink.getHeader("X-Cache")), "filter hit: " + sink.written());
        System.out.println("# page: " + url + " (" + pageBytes + " bytes; filters: " + filters.size() + ")");
    }

    /** Stops the demo. */
    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    /**
     * The uncached render through the application's filters and DispatcherServlet.
     *
     * @return the response
     * @throws Exception never in practice
     */
    @Benchmark
    public MockHttpServletResponse render() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).header("Host", "localhost")
                .header("Cookie", "JSESSIONID=benchmark")).andReturn().getResponse();
    }

    /**
     * A page-cache hit through the same filters and harness.
     *
     * @return the response
     * @throws Exception never in practice
     */
    @Benchmark
    public MockHttpServletResponse hit() throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).header("Host", "localhost")).andReturn().getResponse();
    }

    /**
     * The page filter alone answering the hit into a byte sink.
     *
     * @return bytes written
     * @throws Exception never in practice
     */
    @Benchmark
    public long filterHit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", url);
        request.setServerName("localhost");
        request.addHeader("Host", "localhost");
        sink.recycle();
        cache.filter().doFilter(request, sink, (req, res) -> {
            throw new IllegalStateException("a hit must not reach the application");
        });
        return sink.written();
    }

    int pageBytes() {
        return pageBytes;
    }

    private String closestPost() throws Exception {
        String index = render("/").getContentAsString();
        Matcher links = POST_LINK.matcher(index);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        while (links.find()) {
            int size = render(links.group(1)).getContentAsByteArray().length;
            if (Math.abs(size - TARGET_BYTES) < bestDistance) {
                bestDistance = Math.abs(size - TARGET_BYTES);
                best = links.group(1);
            }
        }
        check(best != null, "no post links on the index page");
        return best;
    }

    private MockHttpServletResponse render(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).header("Host", "localhost")
                .header("Cookie", "JSESSIONID=benchmark")).andReturn().getResponse();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException("benchmark setup check failed: " + message);
        }
    }
}
