package io.github.toolshed.chat.spring;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One server with generous rate limits shared by the protocol, validation and concurrency tests; started
 * on first use and stopped when the test JVM exits (the context registers a shutdown hook).
 */
final class StandardServer {

    private static ConfigurableApplicationContext context;

    private StandardServer() {}

    static synchronized ConfigurableApplicationContext context() {
        if (context == null) {
            context = TestChatApplication.start("toolshed.chat.rate-burst=1000",
                    "toolshed.chat.rate-per-second=100000", "toolshed.chat.max-connections-per-address=500",
                    "toolshed.chat.max-rooms-per-session=3");
        }
        return context;
    }

    static int port() {
        return TestChatApplication.port(context());
    }
}
