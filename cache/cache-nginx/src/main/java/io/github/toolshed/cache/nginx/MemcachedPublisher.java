package io.github.toolshed.cache.nginx;

import io.github.toolshed.cache.CacheException;
import io.github.toolshed.cache.CachedPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link PagePublisher} that writes page bodies to memcached under {@code prefix + path}, the
 * key nginx computes with {@code set $memcached_key "<prefix>$request_uri"}, for the page's
 * remaining freshness; purges delete the key. See {@link NginxConfig#memcached}.
 *
 * <p>It speaks memcached's text protocol over one socket (publishing happens on cache misses
 * only). Paths that are not valid memcached keys (over 250 bytes with the prefix, or with spaces
 * or control characters) are not published. A memcached failure is logged once and drops the
 * write; the next call reconnects.
 */
public final class MemcachedPublisher implements PagePublisher {

    private static final System.Logger LOG = System.getLogger(MemcachedPublisher.class.getName());
    private static final int MAX_KEY_BYTES = 250;
    private static final long MAX_RELATIVE_SECONDS = 60L * 60 * 24 * 30;
    private static final byte[] CRLF = {'\r', '\n'};

    private final InetSocketAddress address;
    private final String prefix;
    private final Clock clock;
    private final Duration timeout;
    private Socket socket;
    private boolean warned;

    /**
     * Creates a publisher.
     *
     * @param host memcached's host
     * @param port memcached's port
     * @param prefix the key prefix, the same as in the nginx configuration (may be empty)
     * @param clock the page cache's clock
     * @throws CacheException if the prefix contains spaces or control characters
     */
    public MemcachedPublisher(String host, int port, String prefix, Clock clock) {
        this.address = InetSocketAddress.createUnresolved(Objects.requireNonNull(host, "host"), port);
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Duration.ofSeconds(1);
        if (!validKey(prefix + "/")) {
            throw new CacheException("the memcached key prefix must be printable ASCII without spaces, was " + prefix);
        }
    }

    /**
     * Returns the memcached key of a page, or null when its path is not a valid key.
     *
     * @param page the page
     * @return the key
     */
    public String keyOf(CachedPage page) {
        String key = prefix + page.path();
        return validKey(key) ? key : null;
    }

    @Override
    public synchronized void publish(CachedPage page) {
        String key = keyOf(page);
        long seconds = Duration.between(clock.instant(), page.freshUntil()).toSeconds();
        if (key == null || seconds < 1) {
            return;
        }
        long exptime = Math.min(seconds, MAX_RELATIVE_SECONDS);
        byte[] head = ("set " + key + " 0 " + exptime + " " + page.body().length + "\r\n").getBytes(StandardCharsets.US_ASCII);
        exchange(out -> {
            out.write(head);
            page.writeBody(out);
            out.write(CRLF);
        }, "STORED");
    }

    @Override
    public synchronized void unpublish(CachedPage page) {
        String key = keyOf(page);
        if (key != null) {
            exchange(out -> out.write(("delete " + key + "\r\n").getBytes(StandardCharsets.US_ASCII)), null);
        }
    }

    @Override
    public synchronized void close() {
        closeSocket();
    }

    private interface Request {
        void write(OutputStream out) throws IOException;
    }

    private void exchange(Request request, String expected) {
        try {
            if (socket == null) {
                socket = new Socket();
                socket.connect(new InetSocketAddress(address.getHostString(), address.getPort()), (int) timeout.toMillis());
                socket.setSoTimeout((int) timeout.toMillis());
                socket.setTcpNoDelay(true);
            }
            OutputStream out = socket.getOutputStream();
            request.write(out);
            out.flush();
            String reply = readLine(socket.getInputStream());
            if (expected != null && !expected.equals(reply)) {
                throw new IOException("memcached answered " + reply);
            }
            if (warned) {
                warned = false;
                LOG.log(Level.INFO, "memcached at " + address + " is back");
            }
        } catch (IOException e) {
            closeSocket();
            if (!warned) {
                warned = true;
                LOG.log(Level.WARNING, "memcached at " + address + " failed; pages are not published until it is back", e);
            }
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != '\n') {
            if (c < 0) {
                throw new IOException("memcached closed the connection");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private void closeSocket() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already broken
            }
            socket = null;
        }
    }

    private static boolean validKey(String key) {
        if (key.length() > MAX_KEY_BYTES) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c <= ' ' || c >= 127) {
                return false;
            }
        }
        return true;
    }
}
