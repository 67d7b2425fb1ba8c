import io.github.toolshed.cache.nginx.NginxConfig;
import io.github.toolshed.cache.nginx.VarnishConfig;
import io.github.toolshed.testsupport.Binaries;
import io.github.toolshed.testsupport.FreePorts;
import io.github.toolshed.testsupport.MemcachedServer;
import io.github.toolshed.testsupport.NginxServer;
import io.github.toolshed.testsupport.RedisServer;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The caching comparison of the original post, reproduced on loopback with the demo's real blog
 * page: each setup is the demo jar with other toolshed.cache.* properties (and a front where the
 * setup has one), loaded with wrk at concurrency 10, keep-alive and Connection: close, three runs
 * each, the median kept. Run through run.sh, which builds everything. Arguments: seconds per
 * run, output directory, the demo jar, the demo's extra loader path (cache-redis, cache-nginx).
 */
public class CachingComparison {

    /** The original post's page weighed 9,387 bytes; the demo post closest to it is used. */
    static final int TARGET_BYTES = 9387;
    static final int RUNS = 3;
    static final Pattern POST_LINK = Pattern.compile("href=\"(/blog/\\d{4}/[a-z]{3}/\\d{1,2}/[\\w-]+/)\"");

    record Setup(String name, int port) {}

    record Result(String setup, String mode, double rps, String p50, String p99) {}

    static Path demoJar;
    static String loaderPath;
    static final List<String> JVM = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        int seconds = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        demoJar = Path.of(args[2]);
        loaderPath = args[3];
        JVM.add(ProcessHandle.current().info().command().orElse("java"));
        Files.createDirectories(out);
        List<AutoCloseable> shared = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        try {
            RedisServer redis = RedisServer.start();
            shared.add(redis);
            MemcachedServer memcached = MemcachedServer.start();
            shared.add(memcached);
            String page;
            String url;
            try (Demo probe = Demo.start("probe", "--toolshed.cache.page.enabled=false")) {
                url = closestPost(probe.port);
                page = get(probe.port, url);
            }
            System.err.printf(Locale.ROOT, "page: %s (%d bytes)%n", url, page.getBytes(StandardCharsets.UTF_8).length);
            String redisUrl = "--spring.data.redis.url=" + redis.uri();
            Path root = Files.createTempDirectory("toolshed-static");
            List<Object[]> setups = new ArrayList<>(List.of(
                    new Object[] {"no cache", new String[] {"--toolshed.cache.page.enabled=false", "--toolshed.cache.fragment.store=none"}, null},
                    new Object[] {"fragment cache only", new String[] {"--toolshed.cache.page.enabled=false"}, null},
                    new Object[] {"page filter (Caffeine)", new String[] {}, null},
                    new Object[] {"page filter (Redis store)", new String[] {"--toolshed.cache.page.store=redis", redisUrl}, null},
                    new Object[] {"page filter (two-level)", new String[] {"--toolshed.cache.page.store=two-level", redisUrl}, null},
                    new Object[] {"nginx + memcached", new String[] {"--toolshed.cache.nginx.memcached.enabled=true",
                            "--toolshed.cache.nginx.memcached.servers=" + memcached.host() + ":" + memcached.port(),
                            "--toolshed.cache.nginx.memcached.prefix=page:"}, "memcached"},
                    new Object[] {"nginx static files", new String[] {"--toolshed.cache.nginx.static.enabled=true",
                            "--toolshed.cache.nginx.static.directory=" + root}, "static"}));
            if (Binaries.find("varnishd").isPresent()) {
                setups.add(new Object[] {"Varnish", new String[] {"--toolshed.cache.varnish.surrogate-headers=true"}, "varnish"});
            }
            for (Object[] each : setups) {
                String name = (String) each[0];
                String front = (String) each[2];
                List<AutoCloseable> resources = new ArrayList<>();
                try {
                    Demo demo = Demo.start(name, (String[]) each[1]);
                    resources.add(demo);
                    int port = demo.port;
                    if ("memcached".equals(front)) {
                        NginxServer nginx = NginxServer.start(p -> NginxConfig.memcached("127.0.0.1:" + p,
                                memcached.host() + ":" + memcached.port(), "page:", "127.0.0.1:" + demo.port, List.of("JSESSIONID")));
                        resources.add(nginx);
                        port = nginx.port();
                    } else if ("static".equals(front)) {
                        NginxServer nginx = NginxServer.start(p -> NginxConfig.staticFiles("127.0.0.1:" + p, root,
                                "127.0.0.1:" + demo.port, List.of("JSESSIONID")));
                        resources.add(nginx);
                        port = nginx.port();
                    } else if ("varnish".equals(front)) {
                        port = varnish(demo.port, resources);
                    }
                    Setup setup = new Setup(name, port);
                    for (int i = 0; i < 3; i++) {
                        check(setup, url, page);
                    }
                    wrk(setup, url, "keep-alive", 3); // warm-up: JIT, connections, the fronts' first copies
                    for (String mode : List.of("keep-alive", "close")) {
                        List<Result> runs = new ArrayList<>();
                        for (int i = 0; i < RUNS; i++) {
                            runs.add(wrk(setup, url, mode, seconds));
                        }
                        runs.sort(Comparator.comparingDouble(Result::rps));
                        results.add(runs.get(RUNS / 2));
                    }
                } finally {
                    closeAll(resources);
                }
            }
            String table = table(results);
            String header = String.format(Locale.ROOT, "Page: `%s` (%d bytes). wrk -t1 -c10 -d%ds, median of %d runs. Total run time: %d s.%n%n",
                    url, page.getBytes(StandardCharsets.UTF_8).length, seconds, RUNS, (System.nanoTime() - began) / 1_000_000_000L);
            System.out.println(header + table);
            Files.writeString(out.resolve("caching.md"), header + table);
            Files.writeString(out.resolve("caching.svg"), Chart.svg(results, url));
        } finally {
            closeAll(shared);
        }
    }

    static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                System.err.println("close failed: " + e);
            }
        }
    }

    /** One demo JVM on a free loopback port. */
    static final class Demo implements AutoCloseable {
        final Process process;
        final int port;

        private Demo(Process process, int port) {
            this.process = process;
            this.port = port;
        }

        static Demo start(String name, String... properties) throws Exception {
            int port = FreePorts.next();
            Path log = Files.createTempFile("toolshed-demo-", ".log");
            List<String> command = new ArrayList<>(JVM);
            command.addAll(List.of("-Dloader.path=" + loaderPath, "-cp", demoJar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher",
                    "--server.port=" + port, "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN", "--toolshed.cache.page.default-ttl=1h",
                    // Tomcat closes a keep-alive connection after 100 requests by default; nginx
                    // and Varnish keep theirs open. Every setup gets the same, unlimited, policy.
                    "--server.tomcat.max-keep-alive-requests=-1"));
            command.addAll(Arrays.asList(properties));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Demo demo = new Demo(process, port);
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + ": the demo exited:\n" + Files.readString(log));
                }
                try {
                    get(port, "/about/");
                    return demo;
                } catch (IOException e) {
                    Thread.sleep(250);
                }
            }
            demo.close();
            throw new IllegalStateException(name + ": the demo did not answer within 120 s:\n" + Files.readString(log));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    static String get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Cookie", "JSESSIONID=probe").build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            return response.body();
        }
    }

    /** The post whose rendered page is closest in bytes to the original's page. */
    static String closestPost(int port) throws Exception {
        Matcher links = POST_LINK.matcher(get(port, "/"));
        String best = null;
        long bestDistance = Long.MAX_VALUE;
        while (links.find()) {
            long size = get(port, links.group(1)).getBytes(StandardCharsets.UTF_8).length;
            if (Math.abs(size - TARGET_BYTES) < bestDistance) {
                bestDistance = Math.abs(size - TARGET_BYTES);
                best = links.group(1);
            }
        }
        if (best == null) {
            throw new IllegalStateException("no post links on the demo's index page");
        }
        return best;
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
    static void check(Setup setup, String url, String page) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + setup.port() + url)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().equals(page)) {
                throw new IllegalStateException(setup.name() + " served " + response.statusCode() + ", "
                        + response.body().length() + " bytes, not the page");
            }
        }
    }

    static Result wrk(Setup setup, String url, String mode, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t1", "-c10", "-d" + seconds + "s", "--latency"));
        if (mode.equals("close")) {
            command.addAll(List.of("-H", "Connection: close"));
        }
        command.add("http://127.0.0.1:" + setup.port() + url);
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
        static String svg(List<Result> results, String url) {
            double max = results.stream().mapToDouble(Result::rps).max().orElse(1);
            int rowHeight = 22;
            int height = 40 + results.size() * rowHeight;
            StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n", height));
            svg.append("<text x=\"10\" y=\"20\" font-size=\"14\">req/s for the demo page " + url
                    + ", wrk -t1 -c10, loopback, median of 3 (blue keep-alive, grey Connection: close)</text>\n");
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
