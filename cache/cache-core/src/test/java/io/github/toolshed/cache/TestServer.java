package io.github.toolshed.cache;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;

/** A real embedded Tomcat on a free loopback port with the page-cache filter in front of test handlers. */
final class TestServer implements AutoCloseable {

    /** What a test page does. */
    @FunctionalInterface
    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
    }

    private final Tomcat tomcat;
    private final int port;
    private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();

    private TestServer(PageCache cache) throws LifecycleException, IOException {
        Path base = Files.createTempDirectory("toolshed-cache-tomcat");
        tomcat = new Tomcat();
        tomcat.setBaseDir(base.toString());
        Connector connector = new Connector();
        connector.setPort(0);
        connector.setProperty("address", "127.0.0.1");
        connector.setProperty("maxThreads", "250");
        tomcat.getService().addConnector(connector);
        tomcat.setConnector(connector);
        Context context = tomcat.addContext("", base.toString());
        Wrapper servlet = Tomcat.addServlet(context, "app", new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response)
                    throws IOException, ServletException {
                String path = request.getRequestURI();
                renders.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                Handler handler = handlers.get(path);
                if (handler == null) {
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("page " + path);
                    return;
                }
                handler.handle(request, response);
            }
        });
        servlet.setAsyncSupported(true);
        context.addServletMappingDecoded("/", "app");
        FilterDef def = new FilterDef();
        def.setFilterName("pageCache");
        def.setFilter(cache.filter());
        def.setAsyncSupported("true");
        context.addFilterDef(def);
        FilterMap map = new FilterMap();
        map.setFilterName("pageCache");
        map.addURLPattern("/*");
        context.addFilterMap(map);
        tomcat.start();
        port = connector.getLocalPort();
    }

    static TestServer start(PageCache cache) {
        try {
            return new TestServer(cache);
        } catch (LifecycleException | IOException e) {
            throw new IllegalStateException("could not start Tomcat", e);
        }
    }

    void handle(String path, Handler handler) {
        handlers.put(path, handler);
    }

    /** How many times the application rendered a path (the filter let the request through). */
    int renders(String path) {
        AtomicInteger count = renders.get(path);
        return count == null ? 0 : count.get();
    }

    RawHttp.Response get(String path, String... headers) {
        return send("GET", path, headers);
    }

    RawHttp.Response send(String method, String path, String... headers) {
        return RawHttp.send(port, method, path, headers);
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws LifecycleException {
        tomcat.stop();
        tomcat.destroy();
    }
}
