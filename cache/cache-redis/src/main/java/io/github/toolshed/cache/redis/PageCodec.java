package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.CachedPage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The binary form of a {@link CachedPage} in Redis: a version byte, then every field with
 * explicit lengths. Decoding checks every length against the remaining bytes, so a corrupt or
 * foreign value reads as "absent" instead of exhausting memory.
 */
final class PageCodec {

    private static final int VERSION = 1;

    private PageCodec() {}

    static byte[] encode(CachedPage page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(page.body().length + 512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeShort(page.status());
            out.writeInt(page.headers().size());
            for (CachedPage.Header header : page.headers()) {
                writeString(out, header.name());
                writeString(out, header.value());
            }
            out.writeInt(page.body().length);
            out.write(page.body());
            writeString(out, page.etag());
            for (Instant instant : List.of(page.lastModified(), page.storedAt(), page.freshUntil(),
                    page.staleWhileRevalidateUntil(), page.staleIfErrorUntil())) {
                out.writeLong(instant.getEpochSecond());
                out.writeInt(instant.getNano());
            }
            out.writeInt(page.tags().size());
            for (String tag : page.tags()) {
                writeString(out, tag);
            }
            writeString(out, page.url());
            writeString(out, page.path());
            out.writeLong(page.renderTime().toNanos());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Decodes a page, or returns null when the bytes are not a page of this version. */
    static CachedPage decode(byte[] data) {
        if (data == null || data.length < 1 || data[0] != VERSION) {
            return null;
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data, 1, data.length - 1))) {
            int status = in.readShort();
            int headerCount = count(in, data.length);
            List<CachedPage.Header> headers = new ArrayList<>(headerCount);
            for (int i = 0; i < headerCount; i++) {
                headers.add(new CachedPage.Header(readString(in, data.length), readString(in, data.length)));
            }
            byte[] body = new byte[count(in, data.length)];
            in.readFully(body);
            String etag = readString(in, data.length);
            Instant[] instants = new Instant[5];
            for (int i = 0; i < instants.length; i++) {
                instants[i] = Instant.ofEpochSecond(in.readLong(), in.readInt());
            }
            int tagCount = count(in, data.length);
            Set<String> tags = new HashSet<>();
            for (int i = 0; i < tagCount; i++) {
                tags.add(readString(in, data.length));
            }
            String url = readString(in, data.length);
            String path = readString(in, data.length);
            Duration renderTime = Duration.ofNanos(in.readLong());
            if (in.available() != 0) {
                return null;
            }
            return new CachedPage(status, headers, body, etag, instants[0], instants[1], instants[2], instants[3],
                    instants[4], tags, url, path, renderTime);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static int count(DataInputStream in, int limit) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > limit) {
            throw new IOException("length " + count + " exceeds the value's " + limit + " bytes");
        }
        return count;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in, int limit) throws IOException {
        byte[] utf8 = new byte[count(in, limit)];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
