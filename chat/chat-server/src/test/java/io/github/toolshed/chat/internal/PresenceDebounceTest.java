package io.github.toolshed.chat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceDebounceTest {

    private static final long PERIOD = 250;

    @Test
    void aQuietRoomGetsItsPresenceAfterOneInterval() {
        assertThat(Node.presenceDue(0, 0, 100, PERIOD, 3)).isFalse();
        assertThat(Node.presenceDue(0, 0, 250, PERIOD, 3)).isTrue();
        assertThat(Node.presenceDue(0, 900, 1000, PERIOD, 1000)).as("not quiet yet").isFalse();
        assertThat(Node.presenceDue(0, 900, 1150, PERIOD, 1000)).as("quiet for one interval").isTrue();
    }

    @Test
    void whileMembersKeepJoiningTheWaitGrowsWithTheRoomButIsBounded() {
        // changes keep coming every 100 (never quiet for 250): small rooms still get a list every interval
        assertThat(Node.presenceDue(0, 200, 260, PERIOD, 10)).isTrue();
        // a room of 1,000: one list per 20 intervals (one per 50 members)
        assertThat(Node.presenceDue(0, 4900, 4950, PERIOD, 1000)).isFalse();
        assertThat(Node.presenceDue(0, 4950, 5000, PERIOD, 1000)).isTrue();
        assertThat(Node.presenceDue(0, 60, 110, PERIOD, 51)).isFalse();
        assertThat(Node.presenceDue(0, 450, 500, PERIOD, 51)).isTrue();
    }
}
