package io.github.toolshed.chat.load;

import java.util.Arrays;

/**
 * Parses the frames a WebSocket server sends (RFC 6455, unmasked) out of a growing byte buffer, without
 * decoding text: a complete text (or binary, UTF-8) message is handed over as a byte range, fragments are reassembled,
 * pings are reported so that the caller answers them. One reader per connection, used by one thread.
 */
final class FrameReader {

    /** What the reader hands over. */
    interface Sink {
        /** A complete text or binary message: UTF-8 bytes {@code data[from, to)}, valid only during the call. */
        void text(byte[] data, int from, int to);

        /** A ping with its payload, to be answered with a pong carrying the same payload. */
        void ping(byte[] payload);

        /** The server sent a close frame. */
        void close();
    }

    private byte[] buffer = new byte[4096];
    private int start;
    private int end;
    private byte[] fragments = new byte[0];
    private int fragmentLength;
    private boolean inFragmentedText;

    /** The array to read into, with room for at least {@code want} more bytes after {@link #end()}. */
    byte[] space(int want) {
        if (buffer.length - end < want) {
            int live = end - start;
            if (start > 0 && buffer.length - live >= want) {
                System.arraycopy(buffer, start, buffer, 0, live);
            } else {
                buffer = Arrays.copyOfRange(buffer, start, Math.max(buffer.length * 2, live + want));
            }
            start = 0;
            end = live;
        }
        return buffer;
    }

    int end() {
        return end;
    }

    /** Records that {@code count} bytes were read into {@link #space} at {@link #end}, and parses them. */
    void filled(int count, Sink sink) {
        end += count;
        while (true) {
            int available = end - start;
            if (available < 2) {
                break;
            }
            int b0 = buffer[start] & 0xff;
            int b1 = buffer[start + 1] & 0xff;
            int header = 2;
            long length = b1 & 0x7f;
            if (length == 126) {
                header = 4;
                if (available < header) {
                    break;
                }
                length = ((buffer[start + 2] & 0xff) << 8) | (buffer[start + 3] & 0xff);
            } else if (length == 127) {
                header = 10;
                if (available < header) {
                    break;
                }
                length = 0;
                for (int i = 2; i < 10; i++) {
                    length = (length << 8) | (buffer[start + i] & 0xff);
                }
            }
            if ((b1 & 0x80) != 0) {
                throw new IllegalStateException("the server masked a frame");
            }
            if (length > Integer.MAX_VALUE - 64) {
                throw new IllegalStateException("frame of " + length + " bytes");
            }
            if (available < header + length) {
                space(header + (int) length);
                break;
            }
            int from = start + header;
            int to = from + (int) length;
            start = to;
            frame(b0 & 0x80, b0 & 0x0f, from, to, sink);
        }
        if (start == end) {
            start = 0;
            end = 0;
        }
    }

    private void frame(int fin, int opcode, int from, int to, Sink sink) {
        switch (opcode) {
            case 1, 2 -> { // text, or binary holding UTF-8 JSON (the server's ?frames=binary mode)
                if (fin != 0) {
                    sink.text(buffer, from, to);
                } else {
                    inFragmentedText = true;
                    fragmentLength = 0;
                    append(from, to);
                }
            }
            case 0 -> {
                if (inFragmentedText) {
                    append(from, to);
                    if (fin != 0) {
                        inFragmentedText = false;
                        sink.text(fragments, 0, fragmentLength);
                    }
                }
            }
            case 8 -> sink.close();
            case 9 -> sink.ping(Arrays.copyOfRange(buffer, from, to));
            default -> {
                // pong frames carry nothing the load tool measures
            }
        }
    }

    private void append(int from, int to) {
        int length = to - from;
        if (fragments.length < fragmentLength + length) {
            fragments = Arrays.copyOf(fragments, Math.max(fragments.length * 2, fragmentLength + length));
        }
        System.arraycopy(buffer, from, fragments, fragmentLength, length);
        fragmentLength += length;
    }
}
