package io.github.toolshed.testsupport;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts a real server before the test class and stops it after.
 *
 * <p>Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);
 * }</pre>
 *
 * @param <S> the server type
 */
public final class ServerExtension<S extends RealServer> implements BeforeAllCallback, AfterAllCallback {

    private final Supplier<S> starter;
    private S server;

    private ServerExtension(Supplier<S> starter) {
        this.starter = starter;
    }

    /**
     * Creates an extension that will start a server with the given factory.
     *
     * @param starter e.g. {@code RedisServer::start} or {@code () -> NginxServer.start(port -> ...)}
     * @param <S> the server type
     * @return the extension
     */
    public static <S extends RealServer> ServerExtension<S> of(Supplier<S> starter) {
        return new ServerExtension<>(starter);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = starter.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** @return the running server (only between beforeAll and afterAll) */
    public S get() {
        if (server == null) {
            throw new IllegalStateException("the server is started before the test class; use it from a test method");
        }
        return server;
    }
}
