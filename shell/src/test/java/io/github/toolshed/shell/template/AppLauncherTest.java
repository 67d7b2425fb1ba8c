package io.github.toolshed.shell.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.toolshed.shell.ExitCodes;
import io.github.toolshed.shell.ShellException;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template shell --url PATH --app JAR} starts the jar in a child JVM with the page's path. */
class AppLauncherTest {

    @TempDir
    Path dir;

    @Test
    void theAppRunsInAChildJvm_withThePagePath_andItsStatusIsReturned() throws Exception {
        Path jar = fakeAppJar();
        Path out = dir.resolve("out.txt");
        AppLauncher launcher = new AppLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                Redirect.to(out.toFile()));

        assertThat(launcher.run(jar.toString(), "/blog/2026/nov/20/surlex/?q=a%20b"))
                .isZero();
        assertThat(Files.readAllLines(out)).containsExactly(
                "--toolshed.template.repl.url=/blog/2026/nov/20/surlex/?q=a%20b",
                "--server.port=0",
                "--spring.main.banner-mode=off");

        assertThat(launcher.run(jar.toString(), "/fail/")).isEqualTo(4);
    }

    @Test
    void argumentsReachTheAppAsOneWordEach_noShellInBetween() throws Exception {
        Path jar = fakeAppJar();
        Path out = dir.resolve("out.txt");
        AppLauncher launcher = new AppLauncher(Path.of(System.getProperty("java.home"), "bin", "java"),
                Redirect.to(out.toFile()));

        launcher.run(jar.toString(), "/$(id);`id`&x=1'\"");
        assertThat(Files.readAllLines(out).getFirst())
                .isEqualTo("--toolshed.template.repl.url=/$(id);`id`&x=1'\"");
    }

    @Test
    void urlsThatAreNotPathsOfTheApp_areRefused() {
        for (String bad : new String[] {"", "blog/", "//evil.example/", "http://evil.example/", "/a\nb", "/a b"}) {
            assertThatThrownBy(() -> AppLauncher.checkedUrl(bad))
                    .as(bad)
                    .isInstanceOf(ShellException.class)
                    .satisfies(e -> assertThat(((ShellException) e).exitCode()).isEqualTo(ExitCodes.USAGE));
        }
    }

    /** A jar whose manifest runs {@link FakeApp} from this module's test classes. */
    private Path fakeAppJar() throws Exception {
        Path classes = Path.of(FakeApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeApp.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classes.toUri().toString());
        Path jar = dir.resolve("fake-app.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
