package io.github.toolshed.chat.spring;

import io.github.toolshed.chat.ChatMetrics;
import io.github.toolshed.chat.ChatServer;
import io.github.toolshed.chat.ErrorCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Records the chat server's measurements in Micrometer under {@code toolshed.chat.*}.
 *
 * <p>Meters: {@code toolshed.chat.connections} and {@code toolshed.chat.rooms} (gauges),
 * {@code toolshed.chat.connections.refused}, {@code toolshed.chat.messages.in},
 * {@code toolshed.chat.messages.out}, {@code toolshed.chat.slow.consumers},
 * {@code toolshed.chat.resumes} (tag {@code outcome}), {@code toolshed.chat.errors} (tag {@code code})
 * and the timer {@code toolshed.chat.delivery.latency} (fan-out to end of write).
 */
public final class MicrometerChatMetrics implements ChatMetrics {

    private final MeterRegistry registry;
    private final Counter refused;
    private final Counter messagesIn;
    private final Counter slowConsumers;
    private final Timer latency;
    private final Map<ResumeOutcome, Counter> resumes = new EnumMap<>(ResumeOutcome.class);
    private final Map<ErrorCode, Counter> errors = new EnumMap<>(ErrorCode.class);

    /**
     * Creates the meters in a registry.
     *
     * @param registry the registry
     */
    public MicrometerChatMetrics(MeterRegistry registry) {
        this.registry = registry;
        refused = Counter.builder("toolshed.chat.connections.refused")
                .description("Connections refused by a connection cap").register(registry);
        messagesIn = Counter.builder("toolshed.chat.messages.in")
                .description("Messages appended to rooms").register(registry);
        slowConsumers = Counter.builder("toolshed.chat.slow.consumers")
                .description("Sessions dropped because they did not read fast enough").register(registry);
        latency = Timer.builder("toolshed.chat.delivery.latency")
                .description("Time from fan-out to the end of the write, per delivered message")
                .publishPercentiles(0.5, 0.99).register(registry);
        for (ResumeOutcome outcome : ResumeOutcome.values()) {
            resumes.put(outcome, Counter.builder("toolshed.chat.resumes")
                    .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).register(registry));
        }
        for (ErrorCode code : ErrorCode.values()) {
            errors.put(code, Counter.builder("toolshed.chat.errors").tag("code", code.wire()).register(registry));
        }
    }

    /**
     * Registers the gauges that read a server's state.
     *
     * @param server the server
     */
    public void bind(ChatServer server) {
        Gauge.builder("toolshed.chat.connections", server, ChatServer::connectionCount)
                .description("Open chat connections").register(registry);
        Gauge.builder("toolshed.chat.rooms", server, s -> s.broker().roomCount())
                .description("Rooms held by the broker").register(registry);
    }

    @Override
    public void connectionRefused() {
        refused.increment();
    }

    @Override
    public void messageIn() {
        messagesIn.increment();
    }

    @Override
    public void messageOut(long latencyNanos) {
        latency.record(latencyNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void slowConsumerDropped() {
        slowConsumers.increment();
    }

    @Override
    public void resumed(ResumeOutcome outcome) {
        resumes.get(outcome).increment();
    }

    @Override
    public void error(ErrorCode code) {
        errors.get(code).increment();
    }
}
