import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Build step of goto-cli, run by exec-maven-plugin on the build JDK:
 * {@code java BuildLauncher.java TARGET_DIR JAR TRAINING_CLASS TEMPLATE}.
 *
 * <p>Writes TARGET_DIR/goto from TEMPLATE (src/build/goto.sh) (JDK path, JVM flags, jar and main class
 * filled in), makes it executable, and trains TARGET_DIR/goto.aot, a JDK 25 AOT cache, by
 * running TRAINING_CLASS with {@code -XX:AOTCacheOutput} and the launcher's own flags (a
 * cache is only used with the flags and class path it was made with) on a targets file
 * prepared here, so that the training itself loads nothing a jump does not.
 */
public class BuildLauncher {

    /**
     * Start-up flags shared by the launcher and the training run. A jump is over in a few tens
     * of milliseconds: the serial collector sets up faster than G1, no perf-data file is
     * mapped, and the interpreter alone (-Xint) beats starting JIT compiler threads that
     * never pay off (measured: about 20% less CPU time per jump than -XX:TieredStopAtLevel=1).
     */
    static final List<String> FLAGS = List.of("-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xint");

    static final String MAIN = "io.github.toolshed.gotocli.internal.Main";

    public static void main(String[] args) throws IOException, InterruptedException {
        Path target = Path.of(args[0]).toAbsolutePath();
        String jar = args[1];
        String training = args[2];
        Path source = Path.of(args[3]);
        String jdk = Path.of(System.getProperty("java.home")).toString();
        String text = Files.readString(source, StandardCharsets.UTF_8)
                .replace("@BUILD_JDK@", "'" + jdk.replace("'", "'\\''") + "'")
                .replace("@FLAGS@", String.join(" ", FLAGS))
                .replace("@JAR@", jar)
                .replace("@MAIN@", MAIN);
        Path launcher = target.resolve("goto");
        Files.writeString(launcher, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path cache = target.resolve("goto.aot");
        Files.deleteIfExists(cache);
        List<String> command = new ArrayList<>();
        command.add(Path.of(jdk, "bin", "java").toString());
        command.addAll(FLAGS);
        command.add("-XX:AOTCacheOutput=" + cache);
        command.add("-Xlog:aot=error");
        command.add("-cp");
        command.add(target.resolve(jar).toString());
        command.add(training);
        Path work = target.resolve("aot-training");
        Path projects = Files.createDirectories(work.resolve("projects/src")).getParent();
        Path site = Files.createDirectories(work.resolve("site packages"));
        Path targets = work.resolve("targets");
        Files.writeString(targets, "# training\nproj\t" + projects + "\nsite\t" + site + "\n", StandardCharsets.UTF_8);
        command.add(targets.toString());
        command.add(work.toString());
        Path log = target.resolve("goto-aot.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        int status = builder.start().waitFor();
        if (status != 0 || !Files.isRegularFile(cache)) {
            System.err.print(Files.readString(log));
            throw new IllegalStateException("AOT training failed with status " + status + ": " + command);
        }
        for (Path p : List.of(targets, projects.resolve("src"), projects, site, work)) {
            Files.delete(p);
        }
        System.out.println("goto: wrote " + launcher + " and " + cache);
    }
}
