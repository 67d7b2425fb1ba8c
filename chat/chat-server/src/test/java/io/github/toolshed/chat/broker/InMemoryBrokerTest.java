package io.github.toolshed.chat.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.chat.ChatException;
import io.github.toolshed.chat.ErrorCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InMemoryBrokerTest {

    /** Records what a subscriber receives. */
    static final class Recorder implements RoomListener {
        final List<History> histories = Collections.synchronizedList(new ArrayList<>());
        final List<ChatMessage> messages = Collections.synchronizedList(new ArrayList<>());
        final List<Signal> signals = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onHistory(History history) {
            assertThat(messages).as("history comes first").isEmpty();
            histories.add(history);
        }

        @Override
        public void onMessage(ChatMessage message) {
            messages.add(message);
        }

        @Override
        public void onSignal(Signal signal) {
            signals.add(signal);
        }

        List<Long> offsets() {
            List<Long> all = new ArrayList<>();
            histories.forEach(h -> h.messages().forEach(m -> all.add(m.offset())));
            messages.forEach(m -> all.add(m.offset()));
            return all;
        }
    }

    private static MessageDraft draft(String text, String clientId) {
        return new MessageDraft("s1", "ann", text, clientId);
    }

    @Test
    void offsetsIncreasePerRoomAndHistoryIsBounded() {
        try (InMemoryBroker broker = new InMemoryBroker(5, 10)) {
            for (int i = 1; i <= 8; i++) {
                assertThat(broker.append("a", draft("m" + i, null)).message().offset()).isEqualTo(i);
            }
            assertThat(broker.append("b", draft("other", null)).message().offset()).isEqualTo(1);
            Recorder recorder = new Recorder();
            broker.subscribe("a", new Member("s2", "bob"), new Replay.Recent(100), recorder);
            assertThat(recorder.histories.getFirst().messages()).extracting(ChatMessage::text)
                    .containsExactly("m4", "m5", "m6", "m7", "m8");
            assertThat(recorder.histories.getFirst().recovered()).isNull();
        }
    }

    @Test
    void replayAfterAnOffsetIsExactWhenRetainedAndRefusedOtherwise() {
        try (InMemoryBroker broker = new InMemoryBroker(5, 10)) {
            for (int i = 1; i <= 8; i++) {
                broker.append("a", draft("m" + i, null));
            }
            Recorder probe = new Recorder();
            broker.subscribe("a", new Member("p", "probe"), new Replay.Recent(0), probe);
            String epoch = probe.histories.getFirst().epoch();

            Recorder exact = new Recorder();
            broker.subscribe("a", new Member("x", "x"), new Replay.After(epoch, 3, 2), exact);
            assertThat(exact.histories.getFirst().recovered()).isTrue();
            assertThat(exact.offsets()).containsExactly(4L, 5L, 6L, 7L, 8L);

            Recorder upToDate = new Recorder();
            broker.subscribe("a", new Member("u", "u"), new Replay.After(epoch, 8, 2), upToDate);
            assertThat(upToDate.histories.getFirst().recovered()).isTrue();
            assertThat(upToDate.offsets()).isEmpty();

            for (Replay.After bad : List.of(new Replay.After(epoch, 2, 2), new Replay.After(epoch, 9, 2),
                    new Replay.After("other", 5, 2))) {
                Recorder refused = new Recorder();
                broker.subscribe("a", new Member("r", "r"), bad, refused);
                assertThat(refused.histories.getFirst().recovered()).as(bad.toString()).isFalse();
                assertThat(refused.offsets()).containsExactly(7L, 8L);
            }
        }
    }

    @Test
    void eachBrokerInstanceStartsNewEpochs() {
        try (InMemoryBroker first = new InMemoryBroker(5, 10); InMemoryBroker second = new InMemoryBroker(5, 10)) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            first.subscribe("room", new Member("s", "n"), new Replay.Recent(1), a);
            second.subscribe("room", new Member("s", "n"), new Replay.Recent(1), b);
            assertThat(a.histories.getFirst().epoch()).isNotEqualTo(b.histories.getFirst().epoch());
        }
    }

    @Test
    void aRetainedClientIdIsNotAppendedTwice() {
        try (InMemoryBroker broker = new InMemoryBroker(3, 10)) {
            AppendResult first = broker.append("a", draft("hello", "c1"));
            AppendResult again = broker.append("a", draft("hello", "c1"));
            assertThat(again.duplicate()).isTrue();
            assertThat(again.message()).isSameAs(first.message());
            broker.append("a", draft("x", "c2"));
            broker.append("a", draft("y", "c3"));
            broker.append("a", draft("z", "c4"));
            // c1 has left the retained history, so the key is free again.
            assertThat(broker.append("a", draft("hello", "c1")).duplicate()).isFalse();
        }
    }

    @Test
    void membersFollowSubscriptionsAndSignalsReachEveryone() {
        try (InMemoryBroker broker = new InMemoryBroker(3, 10)) {
            Recorder a = new Recorder();
            Recorder b = new Recorder();
            Subscription sa = broker.subscribe("r", new Member("1", "ann"), new Replay.Recent(1), a);
            broker.subscribe("r", new Member("2", "bob"), new Replay.Recent(1), b);
            assertThat(broker.members("r")).extracting(Member::nick).containsExactly("ann", "bob");
            broker.publish("r", new Signal.Typing(new Member("1", "ann")));
            assertThat(a.signals).hasSize(1);
            assertThat(b.signals).hasSize(1);
            sa.close();
            sa.close();
            assertThat(broker.members("r")).extracting(Member::nick).containsExactly("bob");
            broker.append("r", draft("after", null));
            assertThat(a.messages).isEmpty();
            assertThat(b.messages).hasSize(1);
            assertThat(broker.members("unknown")).isEmpty();
        }
    }

    @Test
    void theRoomCapEvictsAnIdleRoomOrRefuses() {
        try (InMemoryBroker broker = new InMemoryBroker(3, 2)) {
            broker.append("idle", draft("x", null));
            broker.subscribe("busy", new Member("1", "ann"), new Replay.Recent(1), new Recorder());
            broker.append("new", draft("y", null));
            assertThat(broker.roomCount()).isEqualTo(2);
            Recorder fresh = new Recorder();
            broker.subscribe("new", new Member("2", "bob"), new Replay.Recent(5), fresh);
            assertThatThrownBy(() -> broker.append("another", draft("z", null)))
                    .isInstanceOfSatisfying(ChatException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ROOMS));
            assertThat(fresh.offsets()).containsExactly(1L);
        }
    }

    @Test
    void concurrentAppendsAndSubscriptionsNeverLoseOrRepeat() throws Exception {
        int writers = 8;
        int perWriter = 500;
        try (InMemoryBroker broker = new InMemoryBroker(100_000, 10);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int id = w;
                work.add(threads.submit(() -> {
                    go.await();
                    for (int i = 0; i < perWriter; i++) {
                        broker.append("hot", new MessageDraft("w" + id, "w" + id, "m", "w" + id + "-" + i));
                    }
                    return null;
                }));
            }
            List<Future<Recorder>> late = new ArrayList<>();
            for (int s = 0; s < 8; s++) {
                late.add(threads.submit(() -> {
                    go.await();
                    Thread.sleep(1);
                    Recorder recorder = new Recorder();
                    broker.subscribe("hot", new Member("late", "late"), new Replay.Recent(100_000), recorder);
                    return recorder;
                }));
            }
            go.countDown();
            for (Future<?> done : work) {
                done.get();
            }
            List<Long> all = LongStream.rangeClosed(1, (long) writers * perWriter).boxed().toList();
            for (Future<Recorder> recorder : late) {
                assertThat(recorder.get().offsets()).isEqualTo(all);
            }
        }
    }
}
