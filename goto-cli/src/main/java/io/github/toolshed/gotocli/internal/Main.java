package io.github.toolshed.gotocli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The {@code goto} executable: runs one command and exits with its status.
 *
 * <p>Kept tiny because every jump starts a JVM: the jump path loads this class, {@link Cli},
 * {@link Storage}, {@link TargetsFile} and {@link Matcher}, and writes bytes straight to the
 * standard streams so the path is exact whatever the locale.
 */
public final class Main {

    private Main() {}

    /**
     * Runs {@code goto} with the process's arguments, environment and working directory.
     *
     * @param args the command-line arguments
     */
    public static void main(String[] args) {
        Path here;
        try {
            here = Path.of(System.getProperty("user.dir"));
        } catch (InvalidPathException e) {
            // Only without the launcher, whose UTF-8 locale lets the JVM decode any name.
            Cli.write(System.err, "goto: the current directory's name cannot be decoded; run goto through its launcher\n");
            System.exit(1);
            return;
        }
        Cli cli = new Cli(System.getenv(), here, System.out, System.err);
        int status = cli.run(args);
        System.out.flush();
        System.err.flush();
        if (status != 0) {
            System.exit(status);
        }
    }
}
