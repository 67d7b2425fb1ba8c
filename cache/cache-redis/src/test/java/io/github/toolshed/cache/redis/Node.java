package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.PageCache;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** One application node: an embedded Tomcat on a free loopback port, the page filter in front of a counting servlet. */
final class Node implements AutoCloseable {

    private final Tomcat tomcat = new Tomcat();
    private final AtomicInteger renders = new AtomicInteger();
    private final int port;

    Node(PageCache cache) throws IOException, LifecycleException {
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
                renders.incrementAndGet();
                PageCache.tag(request, "path:" + request.getRequestURI());
                response.setContentType("text/plain;charset=UTF-8");
                response.setHeader("Cache-Control", "max-age=60");
                response.getWriter().write("page " + request.getRequestURI() + " from " + port());
            }
        });
        context.addServletMappingDecoded("/", "app");
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

    int renders() {
        return renders.get();
    }

    /** Sends an HTTP/1.0 GET with {@code Host: example.com} (the JDK client refuses to set Host). */
    Response get(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.0\r\nHost: example.com\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            return new Response(Integer.parseInt(raw.substring(9, 12)), raw.substring(end + 4));
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
