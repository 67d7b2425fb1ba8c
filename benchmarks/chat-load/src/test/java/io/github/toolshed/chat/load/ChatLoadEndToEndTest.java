package io.github.toolshed.chat.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The load tool's own WebSocket client against the real chat server on a random loopback port. */
class ChatLoadEndToEndTest {

    @Test
    void everyMessageReachesEveryClientExactlyOnce() throws Exception {
        SpringApplication app = new SpringApplication(ChatBenchServer.class);
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--server.address=127.0.0.1",
                "--spring.threads.virtual.enabled=true", "--spring.main.banner-mode=off",
                "--toolshed.chat.client-enabled=false", "--toolshed.chat.max-connections-per-address=100",
                "--logging.level.root=WARN")) {
            String port = context.getEnvironment().getProperty("local.server.port");
            // text frames, then binary frames holding the same UTF-8 JSON (the server's ?frames=binary mode)
            for (String query : new String[] {"", "?frames=binary"}) {
                LoadOptions options = LoadOptions.parse("--url", "ws://127.0.0.1:" + port + "/chat/ws" + query,
                        "--clients", "20", "--rate", "20", "--duration", "2", "--drain", "2",
                        "--room", query.isEmpty() ? "text" : "binary",
                        "--server-pid", Long.toString(ProcessHandle.current().pid()));
                String report = ChatLoad.run(options, new ToolshedProtocol());
                assertThat(report).as(query).contains("clients=20 (failed joins 0)")
                        .contains("deliveries 800 of 800 expected")
                        .contains("lost 0 (0.000%), duplicated 0, error frames 0")
                        .contains("server CPU per delivery")
                        .contains("2 receiving thread(s)");
            }
        }
    }
}
