package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CachedPage;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A {@link PagePublisher} that sends {@code PURGE <path>} to Varnish for every purged page, so
 * a purge through the page cache (by key, URL, prefix, pattern or tag) also empties Varnish.
 * Publishing needs nothing: Varnish fetches pages itself. Failures are logged once.
 */
public final class VarnishPurger implements PagePublisher {

    private static final System.Logger LOG = System.getLogger(VarnishPurger.class.getName());

    private final String host;
    private final int port;
    private final AtomicBoolean warned = new AtomicBoolean();

    /**
     * Creates a purger.
     *
     * @param host Varnish's host
     * @param port Varnish's port
     */
    public VarnishPurger(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
    }

    @Override
    public void publish(CachedPage page) {
        // Varnish fetches the page on its next miss.
    }

    @Override
    public void unpublish(CachedPage page) {
        String authority = URI.create(page.url()).getRawAuthority();
        String path = page.path();
        if (authority == null || !path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c >= 127)) {
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(1000);
            socket.getOutputStream().write(("PURGE " + path + " HTTP/1.1\r\nHost: " + authority
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getInputStream().readAllBytes();
            warned.set(false);
        } catch (IOException | IllegalArgumentException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "PURGE to Varnish at " + host + ":" + port + " failed", e);
            }
        }
    }
}
