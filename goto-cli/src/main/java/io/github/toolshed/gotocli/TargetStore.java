package io.github.toolshed.gotocli;

import io.github.toolshed.gotocli.internal.Storage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The file of directory aliases that the {@code goto} command and the shell app share.
 *
 * <p>Every method reads the file afresh, so several stores, shells and processes can use the
 * same file. Changes take an exclusive lock on {@code targets.lock} next to the file, re-read
 * it, write a temporary file, {@code fsync} it and rename it over the old one: concurrent
 * writers lose nothing and readers never see half a file. Comments and corrupt lines survive
 * every rewrite; a symbolic link to the file (a dotfiles repository) stays a link.
 *
 * <pre>{@code
 * TargetStore store = TargetStore.fromEnvironment(System.getenv());
 * store.add(new Target("proj", Path.of("/home/me/projects")), false);
 * store.rename("proj", "p");
 * store.list().forEach(t -> System.out.println(t.name() + "  " + t.directory()));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TargetStore {

    private final Storage storage;

    private TargetStore(Path file, String home) {
        this.storage = new Storage(file, home);
    }

    /**
     * Returns a store backed by the given file, which need not exist yet.
     *
     * @param file the targets file
     * @return the store
     */
    public static TargetStore at(Path file) {
        return new TargetStore(file.toAbsolutePath(), System.getProperty("user.home"));
    }

    /**
     * Returns the store the environment points at: {@code $GOTO_TARGETS} if set, else
     * {@code $XDG_CONFIG_HOME/goto/targets}, else {@code $HOME/.config/goto/targets}.
     *
     * @param env the environment, usually {@link System#getenv()}
     * @return the store
     * @throws GotoException when neither {@code GOTO_TARGETS} nor {@code HOME} is set
     */
    public static TargetStore fromEnvironment(Map<String, String> env) {
        String home = nonEmpty(env.get("HOME"));
        return new TargetStore(locate(env), home);
    }

    /**
     * Returns the targets file the environment points at, as {@link #fromEnvironment} does.
     *
     * @param env the environment
     * @return the absolute path of the targets file
     * @throws GotoException when neither {@code GOTO_TARGETS} nor {@code HOME} is set
     */
    public static Path locate(Map<String, String> env) {
        String explicit = nonEmpty(env.get("GOTO_TARGETS"));
        if (explicit != null) {
            return Path.of(explicit).toAbsolutePath();
        }
        String config = nonEmpty(env.get("XDG_CONFIG_HOME"));
        if (config != null && config.startsWith("/")) {
            return Path.of(config, "goto", "targets");
        }
        String home = nonEmpty(env.get("HOME"));
        if (home == null) {
            throw new GotoException("cannot find the targets file: set HOME, XDG_CONFIG_HOME or GOTO_TARGETS");
        }
        return Path.of(home, ".config", "goto", "targets");
    }

    private static String nonEmpty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * Returns the file this store reads and writes.
     *
     * @return the absolute path of the targets file
     */
    public Path file() {
        return storage.file();
    }

    /**
     * Returns every alias in file order; an absent file has none.
     *
     * @return the aliases
     * @throws GotoException when the file exists but cannot be read
     */
    public List<Target> list() {
        return storage.read().targets();
    }

    /**
     * Returns the alias of that exact name.
     *
     * @param name the alias name
     * @return the alias, if present
     */
    public Optional<Target> find(String name) {
        return Optional.ofNullable(storage.read().find(name));
    }

    /**
     * Returns the lines of the file that are not aliases, with their line numbers.
     *
     * @return the corrupt lines, empty when the file is clean
     */
    public List<CorruptLine> corruptLines() {
        return storage.read().corrupt();
    }

    /**
     * Adds an alias, or replaces one of the same name when {@code overwrite} is true.
     *
     * @param target the alias
     * @param overwrite whether an existing alias of that name may be replaced
     * @throws GotoException when the name exists and {@code overwrite} is false, or on I/O failure
     */
    public void add(Target target, boolean overwrite) {
        storage.update(file -> {
            file.put(target, overwrite);
            return null;
        });
    }

    /**
     * Removes an alias.
     *
     * @param name the alias name
     * @return the removed alias
     * @throws GotoException when there is no such alias
     */
    public Target remove(String name) {
        return storage.update(file -> file.remove(name));
    }

    /**
     * Renames an alias, keeping its directory and its place in the file.
     *
     * @param from the current name
     * @param to the new name, validated by {@link Target#checkName(String)}
     * @throws GotoException when {@code from} is unknown, {@code to} is taken or invalid
     */
    public void rename(String from, String to) {
        storage.update(file -> {
            file.rename(from, to);
            return null;
        });
    }

    /**
     * Applies several changes under one lock and one rewrite; used by imports.
     *
     * @param targets the aliases to add
     * @param overwrite whether existing aliases of the same names may be replaced
     * @return the names that already existed and were left alone (empty when {@code overwrite})
     */
    public List<String> addAll(List<Target> targets, boolean overwrite) {
        return storage.update(file -> {
            List<String> skipped = new ArrayList<>();
            for (Target t : targets) {
                if (!overwrite && file.find(t.name()) != null) {
                    skipped.add(t.name());
                } else {
                    file.put(t, true);
                }
            }
            return skipped;
        });
    }
}
