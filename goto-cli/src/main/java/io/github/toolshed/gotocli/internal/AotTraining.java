package io.github.toolshed.gotocli.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The training run for the JDK 25 AOT cache that the launcher uses ({@code -XX:AOTCacheOutput}
 * at build time): {@code AotTraining TARGETS_FILE DIRECTORY}.
 *
 * <p>It runs jumps only (exact name, prefix, subsequence, below an alias, not found) against a
 * targets file the build prepared, and does nothing else: a JVM started with an AOT cache
 * loads every class the cache holds, so anything more in the training (other commands, or
 * even making a temporary directory, which pulls in {@code SecureRandom}) would be loaded by
 * every jump too. Other commands load their extra classes from the jar and the JDK's CDS
 * archive as usual.
 */
public final class AotTraining {

    private AotTraining() {}

    /**
     * Runs the training jumps.
     *
     * @param args the targets file (holding aliases {@code proj} and {@code site}, with
     *     {@code proj/src} existing) and the working directory to pretend
     */
    public static void main(String[] args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("GOTO_TARGETS", args[0]);
        OutputStream sink = OutputStream.nullOutputStream();
        Cli cli = new Cli(env, Path.of(args[1]), sink, sink);
        for (String query : new String[] {"proj", "pr", "sit", "pj", "proj/src", "nope"}) {
            cli.run(new String[] {query});
            cli.run(new String[] {"--", query});
            cli.run(new String[] {"-0", "--", query});
        }
    }
}
