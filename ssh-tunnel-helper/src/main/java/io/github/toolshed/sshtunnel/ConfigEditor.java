package io.github.toolshed.sshtunnel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Inserts, updates and removes managed blocks in config text, leaving every other byte alone.
 *
 * <p>A new block goes before the first {@code Host}, {@code Match} or {@code Include} line outside
 * managed blocks (and before the comment lines directly above it), followed by one blank line, so
 * no {@code Host *} block, not even one in an included file, can override it; a file without such
 * a line gets it appended after a blank line. The block ends with {@code Match all}, so whatever
 * follows it applies to every host as before. An existing block is replaced where it is. Removing undoes exactly that spacing, so
 * apply followed by remove gives back the original text. Applying the same snippet twice yields
 * the same text.
 */
public final class ConfigEditor {

    private ConfigEditor() {}

    /**
     * Applies a snippet as a managed block, after checking collisions and overrides.
     *
     * @param config the current config
     * @param snippet the block to write
     * @return the edit (possibly unchanged)
     * @throws SshTunnelException when the alias or forward is already used, or an earlier line would override the block
     */
    public static Edit apply(SshConfig config, Snippet snippet) {
        Optional<String> forward = snippet.directives().stream()
                .filter(d -> d.keyword().equals("RemoteForward"))
                .map(d -> d.value().split(" ")[0])
                .findFirst();
        Map<String, String> values = new HashMap<>();
        snippet.directives().forEach(d -> values.putIfAbsent(d.keyword().toLowerCase(Locale.ROOT), d.value()));
        List<ConfigChecks.Finding> problems = ConfigChecks.collisions(config, snippet.name(), snippet.alias(),
                snippet.aliasField(), forward, ConfigChecks.reach(values));
        if (!problems.isEmpty()) {
            ConfigChecks.Finding first = problems.getFirst();
            throw SshTunnelException.invalid(first.field(), first.message().substring(first.field().length() + 2));
        }
        String eol = lineEnding(config);
        List<String> out = new ArrayList<>();
        List<ConfigLine> lines = config.lines();
        Optional<ManagedBlock> existing = config.managedBlock(snippet.name());
        String block = snippet.render(eol);
        if (existing.isPresent()) {
            ManagedBlock b = existing.get();
            raw(lines.subList(0, b.first()), out);
            out.add(block);
            raw(lines.subList(b.last() + 1, lines.size()), out);
        } else {
            int at = insertionPoint(config);
            if (at < lines.size()) {
                raw(lines.subList(0, at), out);
                out.add(block);
                out.add(eol);
                raw(lines.subList(at, lines.size()), out);
            } else {
                raw(lines, out);
                String text = String.join("", out);
                if (!text.isEmpty() && !text.endsWith("\n")) {
                    out.add(text.endsWith("\r") ? "\n" : eol); // "\r" + "\n" is the CRLF the next read sees
                }
                if (!lines.isEmpty() && lines.getLast().kind() != ConfigLine.Kind.BLANK) {
                    out.add(eol);
                }
                out.add(block);
            }
        }
        String after = String.join("", out);
        SshConfig candidate = SshConfig.parse(after, config.source());
        ManagedBlock written = candidate.managedBlock(snippet.name()).orElseThrow();
        List<String> warnings = new ArrayList<>();
        for (ConfigChecks.Finding f : ConfigChecks.overrides(candidate, written, snippet.alias())) {
            if (f.error()) {
                throw new SshTunnelException(f.message());
            }
            warnings.add(f.message());
        }
        return new Edit(config, after, warnings);
    }

    /**
     * Removes a managed block and the blank line that applying it added.
     *
     * @param config the current config
     * @param name the block's name
     * @return the edit
     * @throws SshTunnelException when there is no such block
     */
    public static Edit remove(SshConfig config, String name) {
        Validators.alias("name", name);
        ManagedBlock b = config.managedBlock(name).orElseThrow(() ->
                new SshTunnelException("no managed block '" + name + "' in " + config.source()));
        List<ConfigLine> lines = config.lines();
        int from = b.first();
        int to = b.last() + 1;
        if (to < lines.size() && lines.get(to).kind() == ConfigLine.Kind.BLANK) {
            to++;
        } else if (to == lines.size() && from > 0 && lines.get(from - 1).kind() == ConfigLine.Kind.BLANK) {
            from--;
        }
        List<String> out = new ArrayList<>();
        raw(lines.subList(0, from), out);
        raw(lines.subList(to, lines.size()), out);
        return new Edit(config, String.join("", out), List.of());
    }

    /**
     * Before the first Host, Match or Include line outside managed blocks (an included file may hold
     * a {@code Host *} that would win otherwise), and before the comment lines right above it.
     */
    static int insertionPoint(SshConfig config) {
        List<ConfigLine> lines = config.lines();
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            if ((l.is("host") || l.is("match") || l.is("include")) && !config.inManagedBlock(i)) {
                int at = i;
                while (at > 0 && lines.get(at - 1).kind() == ConfigLine.Kind.COMMENT && !config.inManagedBlock(at - 1)) {
                    at--;
                }
                return at;
            }
        }
        return lines.size();
    }

    /** The first line terminator in the file; for a single unterminated line, what completing it makes. */
    private static String lineEnding(SshConfig config) {
        for (ConfigLine l : config.lines()) {
            if (l.raw().endsWith("\n")) {
                return l.raw().endsWith("\r\n") ? "\r\n" : "\n";
            }
        }
        return config.text().endsWith("\r") ? "\r\n" : "\n";
    }

    private static void raw(List<ConfigLine> lines, List<String> out) {
        lines.forEach(l -> out.add(l.raw()));
    }
}
