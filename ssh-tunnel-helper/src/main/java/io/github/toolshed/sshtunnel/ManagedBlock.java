package io.github.toolshed.sshtunnel;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of an ssh_config file between the helper's begin and end markers:
 *
 * <pre>
 * # &gt;&gt;&gt; ssh-tunnel-helper: NAME &gt;&gt;&gt;
 * ...
 * # &lt;&lt;&lt; ssh-tunnel-helper: NAME &lt;&lt;&lt;
 * </pre>
 *
 * The name is always a valid alias, so a marker never carries raw user input.
 *
 * @param name the block's name (the alias it defines)
 * @param first the index in {@link SshConfig#lines()} of the begin marker
 * @param last the index of the end marker
 * @param lines the lines from begin to end marker, both included
 */
public record ManagedBlock(String name, int first, int last, List<ConfigLine> lines) {

    static final String TOOL = "ssh-tunnel-helper";
    private static final Pattern BEGIN = Pattern.compile("#\\s*>>>\\s*" + TOOL + ":\\s*(\\S*)\\s*>>>\\s*");
    private static final Pattern END = Pattern.compile("#\\s*<<<\\s*" + TOOL + ":\\s*(\\S*)\\s*<<<\\s*");

    /**
     * Creates a block; the lines are copied.
     *
     * @param name the block's name
     * @param first index of the begin marker
     * @param last index of the end marker
     * @param lines the lines, markers included
     */
    public ManagedBlock {
        lines = List.copyOf(lines);
    }

    /** @return the lines between the markers */
    public List<ConfigLine> body() {
        return lines.subList(1, lines.size() - 1);
    }

    static String beginMarker(String name) {
        return "# >>> " + TOOL + ": " + name + " >>>";
    }

    static String endMarker(String name) {
        return "# <<< " + TOOL + ": " + name + " <<<";
    }

    /** @return the name in a begin marker line, or null */
    static String beginName(ConfigLine line) {
        return markerName(BEGIN, line);
    }

    /** @return the name in an end marker line, or null */
    static String endName(ConfigLine line) {
        return markerName(END, line);
    }

    private static String markerName(Pattern pattern, ConfigLine line) {
        if (line.kind() != ConfigLine.Kind.COMMENT) {
            return null;
        }
        Matcher m = pattern.matcher(line.text().strip());
        return m.matches() ? m.group(1) : null;
    }
}
