package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T03:04:05Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void write_backsUpTheOldContent_andSetsMode0600() throws IOException {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host old\n");
        Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
        ConfigFile file = ConfigFile.read(config);
        Optional<Path> backup = file.write("Host new\n", CLOCK, c -> {});
        assertThat(Files.readString(config)).isEqualTo("Host new\n");
        assertThat(mode(config)).isEqualTo("rw-------");
        assertThat(backup).contains(dir.resolve("config.bak-20261128T030405Z"));
        assertThat(Files.readString(backup.orElseThrow())).isEqualTo("Host old\n");
        assertThat(mode(backup.orElseThrow())).isEqualTo("rw-------");
        ConfigFile.read(config).write("Host newer\n", CLOCK, c -> {});
        assertThat(dir.resolve("config.bak-20261128T030405Z-1")).hasContent("Host new\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void newFile_isCreatedWithoutBackup_inANewDirectoryWithMode0700() throws IOException {
        Path config = dir.resolve("home/.ssh/config");
        Optional<Path> backup = ConfigFile.read(config).write("Host a\n", CLOCK, c -> {});
        assertThat(backup).isEmpty();
        assertThat(config).hasContent("Host a\n");
        assertThat(mode(config.getParent())).isEqualTo("rwx------");
    }

    @Test
    void candidate_isValidatedBeforeItReplacesTheFile_andARejectionLeavesTheFileAlone() throws IOException {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host keep\n");
        AtomicReference<String> seen = new AtomicReference<>();
        assertThatThrownBy(() -> ConfigFile.read(config).write("Host bad\n", CLOCK, candidate -> {
                    try {
                        seen.set(Files.readString(candidate) + mode(candidate) + candidate.getParent());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                    throw new SshTunnelException("rejected");
                }))
                .hasMessage("rejected");
        assertThat(seen.get()).isEqualTo("Host bad\nrw-------" + dir);
        assertThat(config).hasContent("Host keep\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(config);
        }
    }

    @Test
    void fileChangedSinceRead_isNotOverwritten() throws IOException {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host a\n");
        ConfigFile file = ConfigFile.read(config);
        Files.writeString(config, "Host a\nHost b\n");
        assertThatThrownBy(() -> file.write("Host c\n", CLOCK, c -> {}))
                .hasMessageContaining("changed since it was read; nothing was written");
        assertThat(config).hasContent("Host a\nHost b\n");
    }

    @Test
    void fileCreatedSinceRead_isNotOverwritten() throws IOException {
        Path config = dir.resolve("config");
        ConfigFile file = ConfigFile.read(config);
        Files.writeString(config, "Host other\n");
        assertThatThrownBy(() -> file.write("Host c\n", CLOCK, c -> {})).hasMessageContaining("changed since");
    }

    @Test
    void concurrentApplies_neverLoseAnUpdate() throws Exception {
        Path config = dir.resolve("config");
        Files.writeString(config, "Host *\n    User me\n");
        TunnelCommands commands = new TunnelCommands(dir, Optional.empty(), Clock.systemUTC());
        int writers = 8;
        java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < writers; i++) {
                ReverseTunnel t = ReverseTunnel.builder().remoteHost("host" + i + ".example").port(9000 + i).build();
                done.add(pool.submit(() -> {
                    while (true) {
                        CommandResult r = commands.apply(t, Side.LOCAL, Optional.of(config), false);
                        if (r.exitCode() == 0) {
                            return;
                        }
                        assertThat(r.err()).contains("changed since it was read");
                        refusals.incrementAndGet();
                    }
                }));
            }
            for (var f : done) {
                f.get();
            }
        }
        SshConfig result = ConfigFile.read(config).config();
        assertThat(result.managedBlocks()).extracting(ManagedBlock::name)
                .containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, writers)
                        .mapToObj(i -> "host" + i + "-tunnel").toArray(String[]::new));
        assertThat(result.text()).endsWith("Host *\n    User me\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("config.bak-")).count())
                    .as("one backup per successful write").isEqualTo(writers);
        }
    }

    @Test
    void symlinkedConfig_isWrittenThroughToItsTarget() throws IOException {
        Path real = Files.createDirectories(dir.resolve("dotfiles")).resolve("ssh_config");
        Files.writeString(real, "Host a\n");
        Path link = Files.createSymbolicLink(dir.resolve("config"), real);
        ConfigFile file = ConfigFile.read(link);
        assertThat(file.target()).isEqualTo(real.toRealPath());
        file.write("Host b\n", CLOCK, c -> {});
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent("Host b\n");
    }

    @Test
    void invalidUtf8_isRejected() throws IOException {
        Path config = dir.resolve("config");
        Files.write(config, new byte[] {'H', 'o', 's', 't', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        assertThatThrownBy(() -> ConfigFile.read(config)).hasMessage(config + " is not valid UTF-8");
    }
}
