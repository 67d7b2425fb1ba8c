package io.github.toolshed.cache.redis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.toolshed.cache.CachedPage;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PageCodecTest {

    @Test
    void everyFieldSurvivesTheRoundTrip() {
        CachedPage page = Pages.page("/blog/ä?x=1", "<p>hello</p>", Duration.ofMinutes(5), "post:1", "blog");
        CachedPage back = PageCodec.decode(PageCodec.encode(page));
        assertEquals(page.status(), back.status());
        assertEquals(page.headers(), back.headers());
        assertArrayEquals(page.body(), back.body());
        assertEquals(page.etag(), back.etag());
        assertEquals(page.lastModified(), back.lastModified());
        assertEquals(page.storedAt(), back.storedAt());
        assertEquals(page.freshUntil(), back.freshUntil());
        assertEquals(page.staleWhileRevalidateUntil(), back.staleWhileRevalidateUntil());
        assertEquals(page.staleIfErrorUntil(), back.staleIfErrorUntil());
        assertEquals(page.tags(), back.tags());
        assertEquals(page.url(), back.url());
        assertEquals(page.path(), back.path());
        assertEquals(page.renderTime(), back.renderTime());
    }

    @Test
    void truncatedOrCorruptValuesReadAsAbsent() {
        byte[] encoded = PageCodec.encode(Pages.page("/a", "body", Duration.ofMinutes(1), "t"));
        for (int length = 0; length < encoded.length; length++) {
            assertNull(PageCodec.decode(Arrays.copyOf(encoded, length)), "prefix of " + length + " bytes");
        }
        byte[] huge = encoded.clone();
        huge[3] = 0x7f; // the header count becomes enormous: must not allocate it
        assertNull(PageCodec.decode(huge));
        byte[] longer = Arrays.copyOf(encoded, encoded.length + 1);
        assertNull(PageCodec.decode(longer));
        byte[] otherVersion = encoded.clone();
        otherVersion[0] = 9;
        assertNull(PageCodec.decode(otherVersion));
        assertNull(PageCodec.decode(null));
    }
}
