package io.github.toolshed.gotocli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several JVMs add aliases to one file at the same time: the lock and the rename lose nothing. */
class ConcurrentProcessesTest {

    private static final int PROCESSES = 4;
    private static final int EACH = 30;

    @TempDir
    Path dir;

    @Test
    void concurrentWritersInSeveralProcessesLoseNothing() throws Exception {
        Path file = dir.resolve("goto/targets");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# comment survives\nbroken line survives\n");
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < PROCESSES; p++) {
            processes.add(new ProcessBuilder(
                            java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                            "-cp", System.getProperty("java.class.path"),
                            ConcurrentAdder.class.getName(), file.toString(), "p" + p, String.valueOf(EACH))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("child-" + p + ".log").toFile())
                    .start());
        }
        for (int p = 0; p < PROCESSES; p++) {
            Process process = processes.get(p);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child %d finished", p).isTrue();
            assertThat(process.exitValue())
                    .as("child %d: %s", p, Files.readString(dir.resolve("child-" + p + ".log")))
                    .isZero();
        }
        TargetStore store = TargetStore.at(file);
        Set<String> names = new HashSet<>();
        for (Target t : store.list()) {
            names.add(t.name());
            String[] parts = t.name().split("-");
            assertThat(t.directory()).isEqualTo(Path.of("/dirs/" + parts[0] + "/" + parts[1] + "/ tab\there"));
        }
        Set<String> expected = new HashSet<>();
        for (int p = 0; p < PROCESSES; p++) {
            for (int i = 0; i < EACH; i++) {
                expected.add("p" + p + "-" + i);
            }
        }
        assertThat(names).isEqualTo(expected);
        assertThat(store.list()).hasSize(PROCESSES * EACH);
        assertThat(Files.readString(file)).startsWith("# comment survives\nbroken line survives\n");
        assertThat(store.corruptLines()).containsExactly(new CorruptLine(2, "broken line survives", "no tab between name and path"));
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("targets", "targets.lock");
        }
    }
}
