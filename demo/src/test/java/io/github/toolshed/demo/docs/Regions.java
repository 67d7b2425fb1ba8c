package io.github.toolshed.demo.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Snippet regions: a doc block marked {@code <!-- snippet: path#name -->} must equal the lines
 * between the comments {@code snippet:start name} and {@code snippet:end name} in that file (any
 * comment syntax), with their common indentation removed. Only test sources qualify, because
 * their module compiles and runs them.
 */
final class Regions {

    private Regions() {}

    /** Checks a block against a region; returns the problem, or empty when they are equal. */
    static Optional<String> check(Path root, String reference, String block) throws IOException {
        int hash = reference.indexOf('#');
        if (hash < 0) {
            return Optional.of("snippet marker needs path#region, was '" + reference + "'");
        }
        String path = reference.substring(0, hash);
        String name = reference.substring(hash + 1);
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !path.contains("src/test/")) {
            return Optional.of("snippet source must be a test source of the repository: " + path);
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("snippet source not found: " + path);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> region = null;
        for (String line : lines) {
            if (line.contains("snippet:start " + name) && line.strip().endsWith("snippet:start " + name)) {
                region = new ArrayList<>();
            } else if (region != null && line.contains("snippet:end " + name)) {
                String expected = dedent(region);
                return expected.equals(block) ? Optional.empty()
                        : Optional.of("differs from " + reference + "; the region reads:\n" + expected);
            } else if (region != null) {
                region.add(line);
            }
        }
        return Optional.of("no region '" + name + "' (snippet:start/snippet:end) in " + path);
    }

    private static String dedent(List<String> lines) {
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(indent == Integer.MAX_VALUE ? 0 : indent));
        }
        return String.join("\n", out);
    }
}
