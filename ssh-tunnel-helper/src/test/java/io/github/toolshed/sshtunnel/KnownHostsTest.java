package io.github.toolshed.sshtunnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownHostsTest {

    private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

    @TempDir
    Path dir;

    @Test
    void plainNamesAndPatterns_match_likeSsh() {
        assertThat(KnownHosts.matches("bobs-laptop " + KEY, "bobs-laptop")).isTrue();
        assertThat(KnownHosts.matches("Bobs-Laptop " + KEY, "bobs-laptop")).isTrue();
        assertThat(KnownHosts.matches("a,bobs-laptop,[127.0.0.1]:8022 " + KEY, "bobs-laptop")).isTrue();
        assertThat(KnownHosts.matches("*-laptop,!bobs-laptop " + KEY, "bobs-laptop")).isFalse();
        assertThat(KnownHosts.matches("bobs-laptop2 " + KEY, "bobs-laptop")).isFalse();
        assertThat(KnownHosts.matches("@revoked bobs-laptop " + KEY, "bobs-laptop")).isFalse();
        assertThat(KnownHosts.matches("@cert-authority bobs-laptop " + KEY, "bobs-laptop")).isTrue();
        assertThat(KnownHosts.matches("# bobs-laptop " + KEY, "bobs-laptop")).isFalse();
        assertThat(KnownHosts.matches("bobs-laptop", "bobs-laptop")).isFalse();
        assertThat(KnownHosts.matches("|1|bad|base64! " + KEY, "bobs-laptop")).isFalse();
    }

    /** Made with {@code ssh-keygen -H} (OpenSSH 9.2) from a line for "bobs-laptop". */
    private static final String HASHED = "|1|MYRcAKpRkFQcpkW62Uizzt8+0PM=|nQDubt4VP+Yi8UeawFDb0aOl/DI= " + KEY;

    @Test
    void hashedEntries_madeBySshKeygen_match() throws IOException {
        Path file = dir.resolve("known_hosts");
        Files.writeString(file, "# pinned laptops\n" + HASHED + "\n");
        assertThat(KnownHosts.pinned(List.of(dir.resolve("missing"), file), "bobs-laptop")).isTrue();
        assertThat(KnownHosts.pinned(List.of(file), "BOBS-LAPTOP")).isTrue();
        assertThat(KnownHosts.pinned(List.of(file), "alices-laptop")).isFalse();
    }
}
