package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.PageCache;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** The application behind the fronts: an embedded Tomcat on a free loopback port, the page filter in front of a servlet that counts its requests per path. */
final class App implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final int port;

    App(PageCache cache) throws IOException, LifecycleException {
        Path base = Files.createTempDirectory("toolshed-node");
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
                renders.computeIfAbsent(request.getRequestURI(), p -> new AtomicInteger()).incrementAndGet();
                PageCache.tag(request, "path:" + request.getRequestURI());
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Cache-Control", "max-age=60");
                response.getWriter().write("<p>page " + request.getRequestURI() + "</p>");
            }
        });
        context.addServletMappingDecoded("/", "app");
        FilterDef counter = new FilterDef();
        counter.setFilterName("count");
        counter.setFilter((request, response, chain) -> {
            requests.computeIfAbsent(((HttpServletRequest) request).getRequestURI(), p -> new AtomicInteger()).incrementAndGet();
            chain.doFilter(request, response);
        });
        context.addFilterDef(counter);
        FilterMap counterMap = new FilterMap();
        counterMap.setFilterName("count");
        counterMap.addURLPattern("/*");
        context.addFilterMap(counterMap);
        FilterDef def = new FilterDef();
        def.setFilterName("pageCache");
        def.setFilter(cache.filter());
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("pageCache");
        map.addURLPattern("/*");
        context.addFilterMap(map);
        tomcat.start();
        port = connector.getLocalPort();
    }

    int port() {
        return tomcat.getConnector().getLocalPort();
    }

    /** How many requests for a path reached the application at all (page-cache hits included). */
    int requests(String path) {
        AtomicInteger count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** How many times the servlet rendered a path (page-cache misses). */
    int renders(String path) {
        AtomicInteger count = renders.get(path);
        return count == null ? 0 : count.get();
    }

    /** Sends an HTTP/1.0 GET with {@code Host: localhost} to a port (the JDK client refuses to set Host). */
    static Response get(int port, String path, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: localhost\r\n" + String.join("", java.util.Arrays.stream(headers).map(h -> h + "\r\n").toList()) + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            return new Response(Integer.parseInt(raw.substring(9, 12)), raw.substring(end + 4));
        }
    }

    /** Sends {@code BAN /} with an {@code X-Ban-Tag} header (Varnish). */
    static Response ban(int port, String tag) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("BAN / HTTP/1.0\r\nHost: localhost\r\nX-Ban-Tag: " + tag + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Response(Integer.parseInt(raw.substring(9, 12)), raw);
        }
    }

    /** A response's status and body. */
    record Response(int statusCode, String body) {}

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
