import io.github.toolshed.cache.CaffeinePageStore;
import io.github.toolshed.cache.PageCache;
import io.github.toolshed.cache.PageStore;
import io.github.toolshed.cache.nginx.MemcachedPublisher;
import io.github.toolshed.cache.nginx.NginxConfig;
import io.github.toolshed.cache.nginx.PublishingPageStore;
import io.github.toolshed.cache.nginx.StaticPagePublisher;
import io.github.toolshed.cache.nginx.SurrogateHeadersStore;
import io.github.toolshed.cache.nginx.VarnishConfig;
import io.github.toolshed.cache.redis.RedisCacheConnection;
import io.github.toolshed.cache.redis.RedisPageStore;
import io.github.toolshed.testsupport.Binaries;
import io.github.toolshed.testsupport.FreePorts;
import io.github.toolshed.testsupport.MemcachedServer;
import io.github.toolshed.testsupport.NginxServer;
import io.github.toolshed.testsupport.RedisServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.catalina.Context;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/**
 * The caching comparison of the original post, reproduced on loopback: each setup serves the
 * same 9,387-byte page and is loaded with wrk at concurrency 10, keep-alive and Connection: close.
 * Run through run.sh, which builds the classpath. Arguments: seconds per run, output directory.
 */
public class CachingComparison {

    static final int PAGE_BYTES = 9387;

    record Setup(String name, int port) {}

    record Result(String setup, String mode, double rps, String p50, String p99) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path out = Path.of(args.length > 1 ? args[1] : "benchmarks/caching/results");
        Files.createDirectories(out);
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            List<Setup> setups = new ArrayList<>();
            setups.add(new Setup("no cache", app(null, resources)));
            setups.add(new Setup("page filter (Caffeine)", app(CaffeinePageStore.builder().build(), resources)));
            RedisServer redis = RedisServer.start();
            resources.add(redis);
            RedisCacheConnection connection = RedisCacheConnection.create(redis.uri());
            resources.add(connection);
            // Connect now, so Lettuce's threads do not start inside a Tomcat request.
            new RedisPageStore(connection).get("warm-up");
            setups.add(new Setup("page filter (Redis store)", app(new RedisPageStore(connection), resources)));
            MemcachedServer memcached = MemcachedServer.start();
            resources.add(memcached);
            int mcApp = app(new PublishingPageStore(CaffeinePageStore.builder().build(),
                    new MemcachedPublisher(memcached.host(), memcached.port(), "page:", Clock.systemUTC())), resources);
            NginxServer nginxMc = NginxServer.start(port -> NginxConfig.memcached("127.0.0.1:" + port,
                    memcached.host() + ":" + memcached.port(), "page:", "127.0.0.1:" + mcApp, List.of("JSESSIONID")));
            resources.add(nginxMc);
            setups.add(new Setup("nginx + memcached", nginxMc.port()));
            Path root = Files.createTempDirectory("toolshed-static");
            int staticApp = app(new PublishingPageStore(CaffeinePageStore.builder().build(), new StaticPagePublisher(root)), resources);
            NginxServer nginxStatic = NginxServer.start(port -> NginxConfig.staticFiles("127.0.0.1:" + port, root,
                    "127.0.0.1:" + staticApp, List.of("JSESSIONID")));
            resources.add(nginxStatic);
            setups.add(new Setup("nginx static files", nginxStatic.port()));
            if (Binaries.find("varnishd").isPresent()) {
                int varnishApp = app(new SurrogateHeadersStore(CaffeinePageStore.builder().build()), resources);
                setups.add(new Setup("Varnish", varnish(varnishApp, resources)));
            }

            List<Result> results = new ArrayList<>();
            for (Setup setup : setups) {
                for (int i = 0; i < 3; i++) {
                    check(setup);
                }
                for (String mode : List.of("keep-alive", "close")) {
                    results.add(wrk(setup, mode, seconds));
                }
            }
            String table = table(results);
            System.out.println(table);
            Files.writeString(out.resolve("caching.md"), table);
            Files.writeString(out.resolve("caching.svg"), Chart.svg(results));
        } finally {
            for (AutoCloseable resource : resources.reversed()) {
                try {
                    resource.close();
                } catch (Exception e) {
                    System.err.println("close failed: " + e);
                }
            }
        }
    }

    /** A page of exactly PAGE_BYTES bytes, rendered on every request (escaping and joining). */
    static String render() {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><title>Blog</title></head><body><h1>Posts</h1>");
        int i = 0;
        while (html.length() < PAGE_BYTES - 200) {
            html.append("<article><h2>Post ").append(i).append("</h2><p>")
                    .append("Caching &amp; speed, part ").append(i++).append(".</p></article>");
        }
        html.append("</body></html>");
        while (html.length() < PAGE_BYTES) {
            html.append(' ');
        }
        html.setLength(PAGE_BYTES);
        return html.toString();
    }

    static int app(PageStore store, List<AutoCloseable> resources) throws Exception {
        Path base = Files.createTempDirectory("toolshed-bench");
        Tomcat tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        Tomcat.addServlet(context, "app", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader("Cache-Control", "max-age=300");
                response.getOutputStream().write(render().getBytes(StandardCharsets.UTF_8));
            }
        });
        context.addServletMappingDecoded("/", "app");
        if (store != null) {
            PageCache cache = PageCache.builder().cache("/**").hosts("127.0.0.1", "localhost").store(store)
                    .exposeHeader(false).build();
            FilterDef def = new FilterDef();
            def.setFilterName("pageCache");
            def.setFilter(cache.filter());
            context.addFilterDef(def);
            FilterMap map = new FilterMap();
            map.setFilterName("pageCache");
            map.addURLPattern("/*");
            context.addFilterMap(map);
        }
        tomcat.start();
        resources.add(() -> {
            tomcat.stop();
            tomcat.destroy();
        });
        return connector.getLocalPort();
    }

    static int varnish(int appPort, List<AutoCloseable> resources) throws Exception {
        int port = FreePorts.next();
        Path dir = Files.createTempDirectory("toolshed-varnish");
        Path vcl = Files.writeString(dir.resolve("app.vcl"), VarnishConfig.vcl("127.0.0.1", appPort, List.of("127.0.0.1"), List.of("JSESSIONID")));
        Process process = new ProcessBuilder(Binaries.require("varnishd", "varnish").toString(), "-F", "-j", "none", "-T", "none", "-a", "127.0.0.1:" + port,
                "-f", vcl.toString(), "-n", dir.resolve("work").toString(), "-s", "malloc,64m")
                .redirectErrorStream(true).redirectOutput(dir.resolve("varnish.log").toFile()).start();
        resources.add(() -> {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        });
        for (int i = 0; i < 200; i++) {
            try {
                new Socket("127.0.0.1", port).close();
                return port;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("varnishd did not start");
    }

    /** Every setup must serve the identical page before any number is trusted. */
    static void check(Setup setup) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + setup.port() + "/blog/")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().equals(render())) {
                throw new IllegalStateException(setup.name() + " served " + response.statusCode() + ", "
                        + response.body().length() + " bytes, not the page");
            }
        }
    }

    static Result wrk(Setup setup, String mode, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c10", "-d" + seconds + "s", "--latency"));
        if (mode.equals("close")) {
            command.addAll(List.of("-H", "Connection: close"));
        }
        command.add("http://127.0.0.1:" + setup.port() + "/blog/");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher rps = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(output);
        Matcher p50 = Pattern.compile("\\s50%\\s+(\\S+)").matcher(output);
        Matcher p99 = Pattern.compile("\\s99%\\s+(\\S+)").matcher(output);
        if (!rps.find() || !p50.find() || !p99.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        if (output.contains("Non-2xx")) {
            throw new IllegalStateException(setup.name() + " answered errors under load:\n" + output);
        }
        System.err.printf(Locale.ROOT, "%-28s %-10s %10s req/s%n", setup.name(), mode, rps.group(1));
        return new Result(setup.name(), mode, Double.parseDouble(rps.group(1)), p50.group(1), p99.group(1));
    }

    static String table(List<Result> results) {
        StringBuilder text = new StringBuilder("| setup | connections | req/s | p50 | p99 | × no cache |\n|---|---|---:|---:|---:|---:|\n");
        for (Result r : results) {
            double base = results.stream().filter(b -> b.setup().equals("no cache") && b.mode().equals(r.mode()))
                    .findFirst().map(Result::rps).orElse(r.rps());
            text.append(String.format(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %.1f |%n", r.setup(), r.mode(), r.rps(),
                    r.p50(), r.p99(), r.rps() / base));
        }
        return text.toString();
    }

    /** A horizontal bar chart of req/s, keep-alive and close side by side. */
    static final class Chart {
        static String svg(List<Result> results) {
            double max = results.stream().mapToDouble(Result::rps).max().orElse(1);
            int rowHeight = 22;
            int height = 40 + results.size() * rowHeight;
            StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", height));
            svg.append("<text x=\"10\" y=\"20\" font-size=\"14\">req/s, wrk -t1 -c10, loopback (blue keep-alive, grey Connection: close)</text>\n");
            int y = 35;
            for (Result r : results) {
                int width = (int) Math.round(r.rps() / max * 400);
                svg.append(String.format(Locale.ROOT,
                        "<text x=\"10\" y=\"%d\">%s (%s)</text><rect x=\"250\" y=\"%d\" width=\"%d\" height=\"16\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%.0f</text>%n",
                        y + 12, r.setup().replace("&", "&amp;"), r.mode(), y, Math.max(1, width),
                        r.mode().equals("close") ? "#999" : "#36c", 255 + width, y + 12, r.rps()));
                y += rowHeight;
            }
            return svg.append("</svg>\n").toString();
        }
    }
}
