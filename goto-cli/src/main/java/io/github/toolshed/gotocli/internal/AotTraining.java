package io.github.toolshed.gotocli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The training run for the JDK 25 AOT cache that the launcher uses ({@code -XX:AOTCacheOutput}
 * at build time). Runs the commands a user runs, against a throw-away targets file, so their
 * classes are loaded, linked and profiled ahead of time: jumps (exact, prefix, subsequence,
 * below an alias, not found, ambiguous), listing, completion, help, and a change.
 */
public final class AotTraining {

    private AotTraining() {}

    /**
     * Runs the training commands; prints nothing and leaves nothing behind.
     *
     * @param args ignored
     * @throws IOException when the temporary directory cannot be made or removed
     */
    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("goto-training");
        try {
            Path projects = Files.createDirectories(root.resolve("projects/src/main"));
            Files.createDirectories(root.resolve("site packages"));
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("GOTO_TARGETS", root.resolve("targets").toString());
            env.put("PWD", projects.toString());
            OutputStream sink = OutputStream.nullOutputStream();
            Cli cli = new Cli(env, projects, sink, sink);
            cli.run(new String[] {"-a", "proj", root.resolve("projects").toString()});
            cli.run(new String[] {"--add", "site", root.resolve("site packages").toString()});
            cli.run(new String[] {"-a", "main"});
            cli.run(new String[] {"--rename", "main", "m"});
            cli.run(new String[] {"-r", "m"});
            for (String query : List.of("proj", "pr", "sit", "pj", "proj/src", "nope", "s", "-l")) {
                cli.run(new String[] {query});
                cli.run(new String[] {"--", query});
            }
            cli.run(new String[0]);
            cli.run(new String[] {"--complete", "p"});
            cli.run(new String[] {"--complete", "proj/s"});
            cli.run(new String[] {"--help"});
            cli.run(new String[] {"--version"});
        } finally {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
