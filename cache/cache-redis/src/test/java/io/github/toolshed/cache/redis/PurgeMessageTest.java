package io.github.toolshed.cache.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.toolshed.cache.Purge;
import io.github.toolshed.cache.UrlMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

class PurgeMessageTest {

    @Test
    void purgesTravelWithTheirArgumentEvenWhenItContainsTheSeparator() {
        for (Purge purge : List.of(new Purge.ByKey("k|1"), new Purge.ByUrl("/a?b=|"), new Purge.ByPrefix("/blog/"),
                new Purge.ByTag("post:42"), new Purge.All())) {
            PurgeMessage.Received received = PurgeMessage.decode(PurgeMessage.encode("node-1", purge));
            assertEquals("node-1", received.node());
            assertEquals(purge, received.purge());
        }
    }

    @Test
    void aPatternPurgeTravelsAsDropEverythingLocally() {
        Purge purge = new Purge.ByPattern(UrlMatcher.ant("/blog/**"));
        assertInstanceOf(Purge.All.class, PurgeMessage.decode(PurgeMessage.encode("n", purge)).purge());
    }

    @Test
    void malformedMessagesAreRejected() {
        for (String message : List.of("", "|K|x", "n", "n|", "n|Z|x", "n|KK|x")) {
            assertNull(PurgeMessage.decode(message), message);
        }
    }
}
