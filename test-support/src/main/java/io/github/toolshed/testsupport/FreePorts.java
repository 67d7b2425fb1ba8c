package io.github.toolshed.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free TCP ports on the loopback interface.
 *
 * <p>Ports are drawn from 20000–32000, below Linux's ephemeral range (32768–60999): a port the
 * kernel hands out for outgoing connections can be taken again between picking it and the
 * server binding it, which made servers fail with "Address already in use" on a busy machine.
 */
public final class FreePorts {

    private static final int LOW = 20_000;
    private static final int HIGH = 32_000;

    private FreePorts() {}

    /**
     * Returns a port that was free on 127.0.0.1 a moment ago.
     *
     * <p>Another process may still take it before the caller binds it; {@link RealServer} retries a
     * start that fails.
     *
     * @return a port number
     */
    public static int next() {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOW, HIGH);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new IllegalStateException("no free loopback port between " + LOW + " and " + HIGH);
    }
}
