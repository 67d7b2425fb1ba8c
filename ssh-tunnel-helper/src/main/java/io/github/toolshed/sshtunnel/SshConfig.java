package io.github.toolshed.sshtunnel;

import io.github.toolshed.sshtunnel.internal.HostPatterns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ssh_config file as a list of lines that keeps every byte: {@link #text()} of a parsed file is
 * exactly the input, whatever comments, {@code Include}, {@code Match} or unknown keywords it holds.
 *
 * <p>On top of the lines it knows the helper's {@link ManagedBlock}s and answers the questions the
 * editor and the checks ask: which {@code Host} lines name an alias, which {@code RemoteForward}s
 * exist, whether a {@code Match exec} is present, and which value OpenSSH would take for a keyword
 * (first value wins). Instances are immutable.
 */
public final class SshConfig {

    /** Keywords whose values add up over all matching blocks instead of first-value-wins. */
    static final Set<String> CUMULATIVE = Set.of("remoteforward", "localforward", "dynamicforward", "identityfile",
            "certificatefile", "sendenv", "setenv", "permitremoteopen");

    private final String source;
    private final List<ConfigLine> lines;
    private final List<ManagedBlock> blocks;

    private SshConfig(String source, List<ConfigLine> lines) {
        this.source = source;
        this.lines = List.copyOf(lines);
        this.blocks = findBlocks();
    }

    /**
     * Parses config text.
     *
     * @param text the whole file
     * @param source a name for messages (usually the file path)
     * @return the parsed config
     * @throws ConfigSyntaxException for unbalanced quotes, a NUL character or broken managed markers
     */
    public static SshConfig parse(String text, String source) {
        return new SshConfig(source, ConfigParser.parse(text, source));
    }

    /** @return the name used in messages */
    public String source() {
        return source;
    }

    /** @return all lines in file order */
    public List<ConfigLine> lines() {
        return lines;
    }

    /** @return the file's text, byte for byte as parsed */
    public String text() {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.raw()));
        return sb.toString();
    }

    /** @return the helper's managed blocks, in file order */
    public List<ManagedBlock> managedBlocks() {
        return blocks;
    }

    /**
     * Finds a managed block by name.
     *
     * @param name the block's name
     * @return the block, if present
     */
    public Optional<ManagedBlock> managedBlock(String name) {
        return blocks.stream().filter(b -> b.name().equals(name)).findFirst();
    }

    /**
     * Tells whether a {@code Match} line may use the {@code exec} criterion, which {@code ssh -G}
     * would run. Errs on the safe side: any argument starting with {@code exec} or {@code !exec} counts.
     *
     * @return true when a {@code Match} line may run a command
     */
    public boolean hasMatchExec() {
        return lines.stream().anyMatch(l -> l.is("match") && l.args().stream()
                .map(a -> a.toLowerCase(Locale.ROOT).strip())
                .anyMatch(a -> a.startsWith("exec") || a.startsWith("!exec")));
    }

    /** @return the arguments of every {@code Include} line */
    public List<String> includes() {
        return lines.stream().filter(l -> l.is("include")).flatMap(l -> l.args().stream()).toList();
    }

    /**
     * Returns the {@code Host} lines outside managed blocks that name the alias literally.
     *
     * @param alias a host alias
     * @return the defining lines (empty when the alias is free)
     */
    public List<ConfigLine> hostDefinitions(String alias) {
        List<ConfigLine> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            if (l.is("host") && !inManagedBlock(i)
                    && l.args().stream().anyMatch(p -> HostPatterns.isLiteral(p) && p.equals(alias))) {
                found.add(l);
            }
        }
        return found;
    }

    /**
     * Returns the {@code RemoteForward} lines outside a given managed block.
     *
     * @param exceptBlock the name of a block to skip (may be null)
     * @return the lines, in file order
     */
    public List<ConfigLine> remoteForwards(String exceptBlock) {
        Optional<ManagedBlock> skip = exceptBlock == null ? Optional.empty() : managedBlock(exceptBlock);
        List<ConfigLine> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            if (lines.get(i).is("remoteforward")
                    && skip.map(b -> index < b.first() || index > b.last()).orElse(true)) {
                found.add(lines.get(i));
            }
        }
        return found;
    }

    /**
     * Resolves which line supplies each keyword for a host, as OpenSSH does: the first value wins,
     * except for cumulative keywords such as {@code RemoteForward}, which collect every match.
     * {@code Match} blocks cannot be evaluated without running ssh; their lines are reported
     * separately as lines that <em>may</em> apply. {@code Include}d files are not followed.
     *
     * @param host the name given to ssh
     * @return the resolution
     */
    public Resolution resolve(String host) {
        Map<String, List<ConfigLine>> certain = new LinkedHashMap<>();
        Map<String, List<ConfigLine>> possible = new LinkedHashMap<>();
        int applies = 1; // 1 yes, 0 no, -1 unknown (Match)
        for (ConfigLine l : lines) {
            if (l.kind() != ConfigLine.Kind.DIRECTIVE) {
                continue;
            }
            if (l.is("host")) {
                applies = HostPatterns.matches(l.args(), host) ? 1 : 0;
            } else if (l.is("match")) {
                applies = l.isMatchAll() ? 1 : -1;
            } else if (applies != 0) {
                Map<String, List<ConfigLine>> target = applies == 1 ? certain : possible;
                List<ConfigLine> known = certain.get(l.key());
                if (known == null || CUMULATIVE.contains(l.key())) {
                    target.computeIfAbsent(l.key(), k -> new ArrayList<>()).add(l);
                }
            }
        }
        return new Resolution(certain, possible);
    }

    /**
     * The result of {@link #resolve(String)}.
     *
     * @param lines for each lower-case keyword, the line that supplies it (all lines for cumulative keywords)
     * @param undecided lines inside {@code Match} blocks that may apply, by keyword
     */
    public record Resolution(Map<String, List<ConfigLine>> lines, Map<String, List<ConfigLine>> undecided) {

        /**
         * Copies the maps.
         *
         * @param lines supplying lines by keyword
         * @param undecided possibly applying lines by keyword
         */
        public Resolution {
            lines = Map.copyOf(new HashMap<>(lines));
            undecided = Map.copyOf(new HashMap<>(undecided));
        }
    }

    boolean inManagedBlock(int index) {
        return blocks.stream().anyMatch(b -> index >= b.first() && index <= b.last());
    }

    private List<ManagedBlock> findBlocks() {
        List<ManagedBlock> found = new ArrayList<>();
        String open = null;
        int openAt = -1;
        for (int i = 0; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            String begin = ManagedBlock.beginName(l);
            String end = ManagedBlock.endName(l);
            if (begin != null) {
                if (open != null) {
                    throw markerError(l, "managed block '" + open + "' (line " + lines.get(openAt).number()
                            + ") is not closed before another begins");
                }
                if (!Validators.isAlias(begin)) {
                    throw markerError(l, "managed block name is not a valid alias");
                }
                String name = begin;
                if (found.stream().anyMatch(b -> b.name().equals(name))) {
                    throw markerError(l, "managed block '" + begin + "' appears twice");
                }
                open = begin;
                openAt = i;
            } else if (end != null) {
                if (!end.equals(open)) {
                    throw markerError(l, "end marker for '" + end + "' without a matching begin marker");
                }
                found.add(new ManagedBlock(open, openAt, i, lines.subList(openAt, i + 1)));
                open = null;
            }
        }
        if (open != null) {
            throw markerError(lines.get(openAt), "managed block '" + open + "' has no end marker");
        }
        return List.copyOf(found);
    }

    private ConfigSyntaxException markerError(ConfigLine l, String problem) {
        int offset = 0;
        for (int i = 0; i < l.number() - 1; i++) {
            offset += lines.get(i).raw().length();
        }
        return new ConfigSyntaxException(source, l.number(), 1, offset, l.text(), problem);
    }
}
