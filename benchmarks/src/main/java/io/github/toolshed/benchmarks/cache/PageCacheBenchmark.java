package io.github.toolshed.benchmarks.cache;

import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The page-cache filter's hit path and miss overhead against rendering a 9.4 KB blog page with
 * no filter at all.
 *
 * <ul>
 *   <li>{@code harness_writeBytes}: writes the page's bytes with no filter and no render (the
 *       floor of the harness);</li>
 *   <li>{@code render_noFilter}: the servlet renders the page, no filter (the baseline);</li>
 *   <li>{@code hit}: the filter answers from the Caffeine store (key hashing, lookup, headers,
 *       write of the shared body array);</li>
 *   <li>{@code missStored}: the entry is purged by key, then the filter renders, captures, stores
 *       and writes (a real miss, including the ETag digest and the one body copy);</li>
 *   <li>{@code missRefused}: the page sets a cookie, so every request renders through the
 *       capture and is refused (the cost the filter adds to uncacheable pages);</li>
 *   <li>{@code unmatched}: a URL no pattern opts in (the cost for the rest of the site).</li>
 * </ul>
 * Every setup checks that the filter's output equals the direct render before measuring.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PageCacheBenchmark -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PageCacheBenchmark {

    private final BlogPageRender servlet = new BlogPageRender();
    private final FilterChain render = (req, res) -> servlet.service(req, res);
    private final FilterChain renderWithCookie = (req, res) -> {
        ((HttpServletResponse) res).setHeader("Set-Cookie", "visited=1");
        servlet.service(req, res);
    };

    private PageCache cache;
    private String hitKey;
    private byte[] pageBytes;
    private MockHttpServletRequest blogRequest;
    private MockHttpServletRequest otherRequest;
    private MockHttpServletRequest cookieRequest;
    private SinkResponse response;

    /** Builds the cache, stores the page once and checks the filter's output equals the render. */
    @Setup(Level.Trial)
    public void setUp() throws IOException, ServletException {
        cache = PageCache.builder().cache("/blog/**").hosts("localhost").defaultTtl(Duration.ofHours(1)).build();
        blogRequest = request("/blog/");
        otherRequest = request("/about/");
        cookieRequest = request("/blog/visit/");
        response = new SinkResponse();

        servlet.service(blogRequest, response);
        response.complete();
        long renderedBytes = response.written();
        long renderedChecksum = response.checksum();
        response.recycle();
        if (renderedBytes < 9_000 || renderedBytes > 9_800) {
            throw new IllegalStateException("the page should weigh about 9.4 KB, was " + renderedBytes + " bytes");
        }

        cache.filter().doFilter(blogRequest, response, render);
        response.recycle();
        PageStore.Entry entry = cache.store().entries(1).getFirst();
        hitKey = entry.key();
        pageBytes = entry.page().body();
        cache.filter().doFilter(blogRequest, response, (req, res) -> {
            throw new IllegalStateException("a hit must not render");
        });
        if (!"HIT".equals(response.getHeader("X-Cache")) || response.written() != renderedBytes
                || response.checksum() != renderedChecksum || entry.page().body().length != renderedBytes) {
            throw new IllegalStateException("the cached page differs from the render: " + response.written() + " vs "
                    + renderedBytes + " bytes, X-Cache " + response.getHeader("X-Cache"));
        }
        response.recycle();
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setServerName("localhost");
        request.addHeader("Host", "localhost");
        return request;
    }

    /** Resets the reused response between invocations. */
    @TearDown(Level.Invocation)
    public void recycle() {
        response.recycle();
    }

    /**
     * Writes the stored page's bytes and two headers straight to the response: the floor of
     * this harness (what any server must do), to subtract from {@code hit}.
     */
    @Benchmark
    public long harness_writeBytes() throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(pageBytes.length);
        response.getOutputStream().write(pageBytes);
        return response.written();
    }

    /** Renders the page with no filter. */
    @Benchmark
    public long render_noFilter() throws IOException, ServletException {
        servlet.service(blogRequest, response);
        response.complete();
        return response.written();
    }

    /** Serves the stored page. */
    @Benchmark
    public long hit() throws IOException, ServletException {
        cache.filter().doFilter(blogRequest, response, render);
        return response.written();
    }

    /** Purges the entry, then renders, captures, stores and writes it. */
    @Benchmark
    public long missStored() throws IOException, ServletException {
        cache.purgeKey(hitKey);
        cache.filter().doFilter(blogRequest, response, render);
        return response.written();
    }

    /** Renders a page that sets a cookie: captured, refused, written. */
    @Benchmark
    public long missRefused() throws IOException, ServletException {
        cache.filter().doFilter(cookieRequest, response, renderWithCookie);
        response.complete();
        return response.written();
    }

    /** Renders a page no pattern opts in. */
    @Benchmark
    public long unmatched() throws IOException, ServletException {
        cache.filter().doFilter(otherRequest, response, render);
        response.complete();
        return response.written();
    }
}
