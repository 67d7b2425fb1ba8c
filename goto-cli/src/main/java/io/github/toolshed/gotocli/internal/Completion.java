package io.github.toolshed.gotocli.internal;

import io.github.toolshed.gotocli.Target;
import io.github.toolshed.gotocli.TargetStore;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Candidates for {@code goto --complete PREFIX}, one per line, for the shells' completion.
 *
 * <p>Without a {@code /}: alias names starting with the prefix; failing that, the same without
 * case, then names containing the prefix's characters in order. With a {@code /}
 * ({@code proj/sr}): the subdirectories below the alias that start with the last part, as
 * {@code proj/src/}. Names holding a newline cannot be offered on a line and are left out.
 */
final class Completion {

    private final TargetStore store;

    Completion(TargetStore store) {
        this.store = store;
    }

    int complete(String prefix, OutputStream out) {
        List<String> lines = prefix.indexOf('/') >= 0 ? belowAlias(prefix) : names(prefix);
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        Cli.write(out, text.toString());
        return 0;
    }

    private List<String> names(String prefix) {
        List<Target> targets = store.list();
        List<String> exact = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        List<String> fuzzy = new ArrayList<>();
        String lower = prefix.toLowerCase(Locale.ROOT);
        boolean smartCase = lower.equals(prefix);
        for (Target t : targets) {
            String name = t.name();
            String compared = smartCase ? name.toLowerCase(Locale.ROOT) : name;
            if (name.startsWith(prefix)) {
                exact.add(name);
            } else if (smartCase && compared.startsWith(lower)) {
                folded.add(name);
            } else if (Matcher.isSubsequence(smartCase ? lower : prefix, compared)) {
                fuzzy.add(name);
            }
        }
        return !exact.isEmpty() ? exact : !folded.isEmpty() ? folded : fuzzy;
    }

    private List<String> belowAlias(String prefix) {
        int slash = prefix.lastIndexOf('/');
        String base = prefix.substring(0, slash);
        String leaf = prefix.substring(slash + 1);
        if (!(Matcher.match(base, store.list()) instanceof Matcher.Found found)) {
            return List.of();
        }
        Path dir = found.rest().isEmpty() ? found.target().directory() : found.target().directory().resolve(found.rest());
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(leaf)
                        && (leaf.startsWith(".") || !name.startsWith("."))
                        && name.indexOf('\n') < 0
                        && Files.isDirectory(entry)) {
                    out.add(base + "/" + name + "/");
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        out.sort(null);
        return out;
    }
}
