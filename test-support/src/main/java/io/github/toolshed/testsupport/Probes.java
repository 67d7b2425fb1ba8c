package io.github.toolshed.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Small blocking socket exchanges used to check that a server answers its protocol. */
final class Probes {

    private Probes() {}

    /**
     * Connects, sends a request (if any) and reads until the reply contains the expected text.
     *
     * @return true when the expected text arrived within one second
     */
    static boolean exchange(String host, int port, String request, String expected) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            socket.setSoTimeout(1000);
            if (request != null) {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            InputStream in = socket.getInputStream();
            StringBuilder reply = new StringBuilder();
            byte[] buffer = new byte[512];
            while (reply.length() < 4096) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                reply.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                if (reply.indexOf(expected) >= 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
