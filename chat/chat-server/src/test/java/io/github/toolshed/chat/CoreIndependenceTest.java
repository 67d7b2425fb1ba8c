package io.github.toolshed.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.chat.broker.ChatBroker;
import io.github.toolshed.chat.internal.Node;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core packages reference neither Spring nor Micrometer, so they can run under any WebSocket server. */
class CoreIndependenceTest {

    @ParameterizedTest
    @ValueSource(classes = {ChatServer.class, ChatBroker.class, Node.class})
    void corePackagesDoNotReferenceSpringOrMicrometer(Class<?> anchor) throws IOException, URISyntaxException {
        Path directory = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(anchor.getPackageName().replace('.', '/'));
        List<Path> classes;
        try (Stream<Path> files = Files.list(directory)) {
            classes = files.filter(file -> file.toString().endsWith(".class")).toList();
        }
        assertThat(classes).isNotEmpty();
        for (Path file : classes) {
            String constants;
            try (InputStream in = Files.newInputStream(file)) {
                constants = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            }
            assertThat(constants).as(file.getFileName().toString())
                    .doesNotContain("org/springframework")
                    .doesNotContain("io/micrometer");
        }
    }
}
