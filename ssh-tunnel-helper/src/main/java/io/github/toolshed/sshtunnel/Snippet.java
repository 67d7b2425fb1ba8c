package io.github.toolshed.sshtunnel;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated {@code Host} block for one side of a tunnel, ready to be shown or applied as a
 * managed block named after its alias.
 *
 * @param side the machine it belongs to
 * @param alias the {@code Host} alias it defines (also the managed block's name)
 * @param aliasField the option the alias came from, for messages ({@code remote-alias} or {@code local-alias})
 * @param directives the options, in the order written
 */
public record Snippet(Side side, String alias, String aliasField, List<Directive> directives) {

    /** The fixed comment under the begin marker; it never holds user input. */
    static final String NOTE = "# Managed by ssh-tunnel-helper: changes inside this block are replaced on the next apply.";

    /** Why the block ends with {@code Match all}; fixed text. */
    static final String RESET_NOTE = "# 'Match all' ends the Host block: the lines after it apply to every host again.";

    /**
     * Validates the alias and copies the directives.
     *
     * @param side the machine
     * @param alias the alias
     * @param aliasField the option name of the alias
     * @param directives the options
     */
    public Snippet {
        Validators.alias(aliasField, alias);
        directives = List.copyOf(directives);
    }

    /** @return the managed block's name: the alias */
    public String name() {
        return alias;
    }

    /**
     * Renders the managed block: begin marker, note, {@code Host} line, options, a closing
     * {@code Match all} (so an {@code Include} or global line after the block stays global), end marker.
     *
     * @param eol the line terminator to use
     * @return the text, ending with a terminator
     */
    public String render(String eol) {
        StringBuilder sb = new StringBuilder();
        for (String line : lines()) {
            sb.append(line).append(eol);
        }
        return sb.toString();
    }

    /** @return the block's lines without terminators */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add(ManagedBlock.beginMarker(alias));
        out.add(NOTE);
        out.add("Host " + alias);
        directives.forEach(d -> out.add(d.render()));
        out.add(RESET_NOTE);
        out.add("Match all");
        out.add(ManagedBlock.endMarker(alias));
        return out;
    }
}
