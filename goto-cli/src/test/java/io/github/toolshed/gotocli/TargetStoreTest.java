package io.github.toolshed.gotocli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetStoreTest {

    @TempDir
    Path dir;

    private TargetStore store() {
        return TargetStore.at(dir.resolve("config/goto/targets"));
    }

    @Test
    void absentFileHasNoAliases() {
        assertThat(store().list()).isEmpty();
        assertThat(store().corruptLines()).isEmpty();
        assertThat(store().find("x")).isEmpty();
    }

    @Test
    void addCreatesTheFileAndItsDirectories() throws Exception {
        store().add(new Target("p", Path.of("/srv/projects")), false);
        assertThat(Files.readString(store().file())).isEqualTo("p\t/srv/projects\n");
        assertThat(store().find("p")).contains(new Target("p", Path.of("/srv/projects")));
    }

    @Test
    void addRefusesToOverwriteUnlessAsked() {
        TargetStore store = store();
        store.add(new Target("p", Path.of("/a")), false);
        assertThatThrownBy(() -> store.add(new Target("p", Path.of("/b")), false))
                .isInstanceOf(GotoException.class)
                .hasMessage("alias 'p' already exists (/a); use -f to overwrite");
        assertThat(store.find("p").orElseThrow().directory()).isEqualTo(Path.of("/a"));
        store.add(new Target("p", Path.of("/b")), true);
        assertThat(store.list()).containsExactly(new Target("p", Path.of("/b")));
    }

    @Test
    void removeAndRename() {
        TargetStore store = store();
        store.add(new Target("a", Path.of("/a")), false);
        store.add(new Target("b", Path.of("/b")), false);
        store.add(new Target("c", Path.of("/c")), false);
        assertThat(store.remove("b")).isEqualTo(new Target("b", Path.of("/b")));
        store.rename("a", "z");
        assertThat(store.list()).extracting(Target::name).containsExactly("z", "c");
        assertThatThrownBy(() -> store.remove("b")).hasMessage("no alias 'b'");
        assertThatThrownBy(() -> store.rename("nope", "x")).hasMessage("no alias 'nope'");
        assertThatThrownBy(() -> store.rename("z", "c")).hasMessage("alias 'c' already exists");
        assertThatThrownBy(() -> store.rename("z", "-x")).hasMessage("alias name must not start with '-': '-x'");
        assertThat(store.list()).extracting(Target::name).containsExactly("z", "c");
    }

    @Test
    void rewritesKeepCommentsBlankLinesAndCorruptLinesInPlace() throws Exception {
        Path file = store().file();
        Files.createDirectories(file.getParent());
        String original = "# my aliases\n\nhome\t/home/me\nbroken line without tab\n  # indented\nsrc\t~/src\n";
        Files.writeString(file, original);
        store().add(new Target("new", Path.of("/new")), false);
        assertThat(Files.readString(file)).isEqualTo(original + "new\t/new\n");
        store().remove("home");
        assertThat(Files.readString(file))
                .isEqualTo("# my aliases\n\nbroken line without tab\n  # indented\nsrc\t~/src\nnew\t/new\n");
        assertThat(store().corruptLines())
                .containsExactly(new CorruptLine(3, "broken line without tab", "no tab between name and path"));
    }

    @Test
    void pathsWithNewlinesTabsAndBackslashesAreStoredEscapedAndReadBackExactly() throws Exception {
        Path nasty = Path.of("/tmp/a\nb\tc\\d\re $(rm -rf ~) `x` 'q' \"q\" café");
        store().add(new Target("n", nasty), false);
        String text = Files.readString(store().file(), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("n\t/tmp/a\\nb\\tc\\\\d\\re $(rm -rf ~) `x` 'q' \"q\" café\n");
        assertThat(store().find("n").orElseThrow().directory()).isEqualTo(nasty);
    }

    @Test
    void aSymlinkedFileStaysALink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("dotfiles")).resolve("targets");
        Files.writeString(real, "# shared\n");
        Path link = dir.resolve("targets-link");
        Files.createSymbolicLink(link, real);
        TargetStore.at(link).add(new Target("p", Path.of("/p")), false);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("# shared\np\t/p\n");
    }

    @Test
    void locateFollowsGotoTargetsThenXdgThenHome() {
        assertThat(TargetStore.locate(Map.of("GOTO_TARGETS", "/x/t", "XDG_CONFIG_HOME", "/cfg", "HOME", "/h")))
                .isEqualTo(Path.of("/x/t"));
        assertThat(TargetStore.locate(Map.of("XDG_CONFIG_HOME", "/cfg", "HOME", "/h")))
                .isEqualTo(Path.of("/cfg/goto/targets"));
        assertThat(TargetStore.locate(Map.of("XDG_CONFIG_HOME", "", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.config/goto/targets"));
        assertThat(TargetStore.locate(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")))
                .isEqualTo(Path.of("/h/.config/goto/targets"));
        assertThatThrownBy(() -> TargetStore.locate(Map.of()))
                .hasMessage("cannot find the targets file: set HOME, XDG_CONFIG_HOME or GOTO_TARGETS");
    }

    @Test
    void concurrentWritersInOneJvmLoseNothing() throws Exception {
        int threads = 8;
        int each = 25;
        List<Callable<Void>> jobs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            jobs.add(() -> {
                TargetStore store = store();
                for (int i = 0; i < each; i++) {
                    store.add(new Target("t" + thread + "-" + i, Path.of("/d/" + thread + "/" + i)), false);
                }
                return null;
            });
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Void> f : pool.invokeAll(jobs)) {
                f.get();
            }
        }
        assertThat(store().list()).hasSize(threads * each);
        assertThat(store().corruptLines()).isEmpty();
        try (var files = Files.list(store().file().getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("targets", "targets.lock");
        }
    }

    @Test
    void aFailedChangeLeavesTheFileAsItWas() throws Exception {
        TargetStore store = store();
        store.add(new Target("a", Path.of("/a")), false);
        Files.writeString(store.file(), "# keep\n", java.nio.file.StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(store.file());
        Object inode = Files.getAttribute(store.file(), "unix:ino");
        assertThatThrownBy(() -> store.remove("zzz")).hasMessage("no alias 'zzz'");
        assertThat(Files.readAllBytes(store.file())).isEqualTo(before);
        assertThat(Files.getAttribute(store.file(), "unix:ino")).isEqualTo(inode);
    }

    @Test
    void addAllSkipsExistingNamesUnlessOverwriting() {
        TargetStore store = store();
        store.add(new Target("a", Path.of("/a")), false);
        List<String> skipped = store.addAll(List.of(new Target("b", Path.of("/b")), new Target("a", Path.of("/z"))), false);
        assertThat(skipped).containsExactly("a");
        assertThat(store.list()).containsExactly(new Target("a", Path.of("/a")), new Target("b", Path.of("/b")));
        assertThat(store.addAll(List.of(new Target("a", Path.of("/z"))), true)).isEmpty();
        assertThat(store.find("a").orElseThrow().directory()).isEqualTo(Path.of("/z"));
    }
}
