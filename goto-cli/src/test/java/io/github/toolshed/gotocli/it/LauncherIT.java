package io.github.toolshed.gotocli.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script: byte-exact paths under LANG=C, JDK discovery, the AOT cache, symlinks. */
class LauncherIT {

    @TempDir
    Path root;

    private Path home;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws Exception {
        home = Files.createDirectories(root.resolve("home"));
        env = Launcher.environment(home);
    }

    private Launcher.Result gotoIn(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Launcher.path().toString());
        command.addAll(List.of(args));
        return Launcher.run(dir, env, command);
    }

    @Test
    void unicodePathsComeOutByteExactUnderLangC() throws Exception {
        Path cafe = Files.createDirectories(root.resolve("café ☕"));
        env.put("PWD", cafe.toString());
        Launcher.Result add = gotoIn(cafe, "-a", "cafe");
        assertThat(add.status()).as(add.stderr()).isZero();
        assertThat(Files.readAllBytes(home.resolve(".config/goto/targets")))
                .isEqualTo(("cafe\t" + cafe + "\n").getBytes(StandardCharsets.UTF_8));
        Launcher.Result jump = gotoIn(root, "caf");
        assertThat(jump.status()).as(jump.stderr()).isZero();
        assertThat(jump.stdout()).isEqualTo((cafe + "\n").getBytes(StandardCharsets.UTF_8));
        Launcher.Result list = gotoIn(root, "-l");
        assertThat(list.stdout()).isEqualTo(("cafe  " + cafe + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theAotCacheIsUsableWithTheBuildJdk() throws Exception {
        Path dir = Files.createDirectories(root.resolve("p"));
        TargetStore.at(home.resolve(".config/goto/targets")).add(new Target("p", dir), false);
        assertThat(Launcher.path().resolveSibling("goto.aot")).isRegularFile();
        // AOTMode=on turns a cache the JVM cannot use into a start-up failure.
        env.put("GOTO_JAVA_OPTS", "-XX:AOTMode=on");
        Launcher.Result jump = gotoIn(root, "p");
        assertThat(jump.status()).as(jump.stderr()).isZero();
        assertThat(jump.out()).isEqualTo(dir + "\n");
    }

    private Path fakeJdk(String name, String version) throws Exception {
        Path jdk = Files.createDirectories(root.resolve(name + "/bin"));
        Files.writeString(jdk.resolveSibling("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"" + name + "\" \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return jdk.getParent();
    }

    @Test
    void javaHomeIsUsedOnlyWhenItIsJdk25OrNewer() throws Exception {
        env.put("JAVA_HOME", fakeJdk("old", "17.0.2").toString());
        Launcher.Result old = gotoIn(root, "--version");
        assertThat(old.status()).as(old.stderr()).isZero();
        assertThat(old.out()).startsWith("goto ");

        env.put("JAVA_HOME", fakeJdk("new", "26-ea").toString());
        Launcher.Result fresh = gotoIn(root, "--version");
        assertThat(fresh.status()).isZero();
        List<String> args = fresh.out().lines().toList();
        assertThat(args.getFirst()).isEqualTo("new");
        assertThat(args).contains("-XX:+UseSerialGC", "--version").noneMatch(a -> a.startsWith("-XX:AOTCache"));
    }

    @Test
    void gotoJavaHomeOverridesEverything() throws Exception {
        env.put("GOTO_JAVA_HOME", fakeJdk("forced", "11").toString());
        env.put("JAVA_HOME", fakeJdk("new", "25").toString());
        Launcher.Result result = gotoIn(root, "x");
        assertThat(result.out().lines().toList()).startsWith("forced").endsWith("x");

        env.put("GOTO_JAVA_HOME", root.resolve("nothing").toString());
        Launcher.Result broken = gotoIn(root, "x");
        assertThat(broken.status()).isEqualTo(2);
        assertThat(broken.stderr()).isEqualTo("goto: GOTO_JAVA_HOME is not a JDK (no bin/java): " + root.resolve("nothing") + "\n");
    }

    @Test
    void worksThroughASymlinkOnPath() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("goto"), Launcher.path());
        Launcher.Result result = Launcher.run(root, env, List.of(bin.resolve("goto").toString(), "--version"));
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.out()).startsWith("goto ");
    }

    @Test
    void worksFromADirectoryWithSpacesAndKeepsItsAotCache() throws Exception {
        Path install = Files.createDirectories(root.resolve("my tools $(x)"));
        Path built = Launcher.path().getParent();
        try (var files = Files.list(built)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.equals("goto") || name.equals("goto.aot") || (name.endsWith(".jar") && name.startsWith("toolshed-goto"))) {
                    Files.copy(file, install.resolve(name), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        env.put("GOTO_JAVA_OPTS", "-XX:AOTMode=on");
        Launcher.Result result = Launcher.run(root, env, List.of(install.resolve("goto").toString(), "--version"));
        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.out()).startsWith("goto ");
    }

    @Test
    void concurrentAddsFromSeveralShellsLoseNothing() throws Exception {
        int count = 6;
        List<CompletableFuture<Launcher.Result>> adds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path dir = Files.createDirectories(root.resolve("dir " + i));
            adds.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return gotoIn(root, "-a", "n" + dir.getFileName().toString().substring(4), dir.toString());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<Launcher.Result> add : adds) {
            Launcher.Result result = add.get();
            assertThat(result.status()).as(result.stderr()).isZero();
        }
        Set<String> names = new HashSet<>();
        for (Target t : TargetStore.at(home.resolve(".config/goto/targets")).list()) {
            names.add(t.name());
        }
        assertThat(names).containsExactlyInAnyOrder("n0", "n1", "n2", "n3", "n4", "n5");
    }
}
