package io.github.toolshed.sshtunnel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Static checks of a config that need no ssh binary: alias and forward collisions, and values a
 * line before the managed block would override (first value wins).
 */
final class ConfigChecks {

    private ConfigChecks() {}

    /** A problem found, with the input field it concerns (may be null) and whether it blocks. */
    record Finding(boolean error, String field, String message) {

        String render() {
            return (error ? "error: " : "warning: ") + message;
        }
    }

    /**
     * Finds other definitions of the alias and other forwards on the same port or socket.
     *
     * @param cfg the config
     * @param blockName the managed block being written (ignored in the search)
     * @param alias the alias the block defines
     * @param aliasField the option the alias came from
     * @param forward the block's {@code RemoteForward} first argument, if any
     * @param reach how a server-side block reaches the laptop ({@link #reach}), if it is one
     * @return the findings (all errors)
     */
    static List<Finding> collisions(SshConfig cfg, String blockName, String alias, String aliasField,
            Optional<String> forward, Optional<String> reach) {
        List<Finding> found = new ArrayList<>();
        for (ConfigLine l : cfg.hostDefinitions(alias)) {
            found.add(new Finding(true, aliasField, aliasField + ": \"" + alias + "\" is already defined at line "
                    + l.number() + " of " + cfg.source() + " (" + l.text().strip()
                    + "), outside the managed block; choose another alias or remove that entry"));
        }
        for (ManagedBlock b : cfg.managedBlocks()) {
            if (b.name().equals(blockName)) {
                continue;
            }
            for (ConfigLine l : b.body()) {
                if (l.is("host") && l.args().contains(alias)) {
                    found.add(new Finding(true, aliasField, aliasField + ": \"" + alias
                            + "\" is already defined in the managed block '" + b.name() + "' at line " + l.number()));
                }
            }
        }
        forward.ifPresent(spec -> {
            String key = Resolved.listenKey(spec);
            String field = spec.startsWith("/") ? "socket" : "port";
            for (ConfigLine l : cfg.remoteForwards(blockName)) {
                if (!l.args().isEmpty() && Resolved.listenKey(l.firstArg()).equals(key)) {
                    String where = cfg.managedBlocks().stream()
                            .filter(b -> b.lines().contains(l))
                            .map(b -> "in the managed tunnel '" + b.name() + "'")
                            .findFirst()
                            .orElse("in " + cfg.source());
                    found.add(new Finding(true, field, field + ": " + key + " is already forwarded by line "
                            + l.number() + " " + where + " (" + l.text().strip() + ")"));
                }
            }
        });
        reach.ifPresent(key -> {
            for (ManagedBlock b : cfg.managedBlocks()) {
                if (!b.name().equals(blockName) && reach(values(b.body())).equals(Optional.of(key))) {
                    String field = key.startsWith("/") ? "socket" : "port";
                    found.add(new Finding(true, field, field + ": " + key + " is already used to reach the laptop"
                            + " of the managed tunnel '" + b.name() + "' (line " + b.lines().getFirst().number() + ")"));
                }
            }
        });
        return found;
    }

    /** @return the first value of each keyword in a block body, by lower-case keyword */
    static Map<String, String> values(List<ConfigLine> body) {
        Map<String, String> values = new HashMap<>();
        for (ConfigLine l : body) {
            if (l.kind() == ConfigLine.Kind.DIRECTIVE) {
                values.putIfAbsent(l.key(), String.join(" ", l.args()));
            }
        }
        return values;
    }

    /**
     * Returns how a server-side block reaches the laptop: the socket path of its fixed
     * {@code ProxyCommand}, or the port when {@code HostName} is a loopback address.
     *
     * @param values the block's first values by lower-case keyword
     * @return the socket path or port, or empty for a block that is not a server side
     */
    static Optional<String> reach(Map<String, String> values) {
        String proxy = values.get("proxycommand");
        if (proxy != null) {
            String last = proxy.substring(proxy.lastIndexOf(' ') + 1);
            return Optional.of(last.startsWith("UNIX-CONNECT:") ? last.substring("UNIX-CONNECT:".length()) : last);
        }
        String host = values.getOrDefault("hostname", "");
        boolean loopback = host.equals("127.0.0.1") || host.equals("::1") || host.equalsIgnoreCase("localhost");
        return loopback && values.containsKey("port") && !values.containsKey("remoteforward")
                ? Optional.of(values.get("port")) : Optional.empty();
    }

    /**
     * Finds lines that would override or add to the block's options for its alias.
     *
     * @param cfg the config holding the block
     * @param block the managed block
     * @param alias the alias it defines
     * @return errors for overridden values, warnings for additions and undecidable {@code Match} blocks
     */
    static List<Finding> overrides(SshConfig cfg, ManagedBlock block, String alias) {
        List<Finding> found = new ArrayList<>();
        SshConfig.Resolution r = cfg.resolve(alias);
        for (ConfigLine mine : block.body()) {
            if (mine.kind() != ConfigLine.Kind.DIRECTIVE || mine.is("host") || mine.is("match")) {
                continue;
            }
            String key = mine.key();
            for (ConfigLine winner : r.lines().getOrDefault(key, List.of())) {
                if (block.lines().contains(winner)) {
                    continue;
                }
                if (SshConfig.CUMULATIVE.contains(key)) {
                    found.add(new Finding(false, null, "line " + winner.number() + " (" + winner.text().strip()
                            + ") also applies to " + alias + " and adds to its " + mine.keyword()));
                } else if (winner.number() < mine.number()) {
                    found.add(new Finding(true, null, "line " + winner.number() + " (" + winner.text().strip()
                            + ") sets " + mine.keyword() + " for " + alias + " before the managed block; the first"
                            + " value wins, so '" + mine.text().strip() + "' would be ignored. Move that line into"
                            + " a 'Host *' block at the end of the file"));
                }
            }
            for (ConfigLine maybe : r.undecided().getOrDefault(key, List.of())) {
                if (maybe.number() < mine.number() || SshConfig.CUMULATIVE.contains(key)) {
                    found.add(new Finding(false, null, "line " + maybe.number() + " (" + maybe.text().strip()
                            + ") is inside a Match block that may apply to " + alias + " and set " + mine.keyword()));
                }
            }
        }
        if (!cfg.includes().isEmpty()) {
            found.add(new Finding(false, null, "the file has Include lines; included files were not searched for"
                    + " overriding values (ssh -G checks the combined result)"));
        }
        return found;
    }

    /**
     * Checks that a managed block only holds what the helper writes.
     *
     * @param block the block
     * @return errors for unexpected lines
     */
    static List<Finding> shape(ManagedBlock block) {
        List<Finding> found = new ArrayList<>();
        long hosts = block.body().stream().filter(l -> l.is("host")).count();
        if (hosts != 1 || block.body().stream().filter(l -> l.kind() == ConfigLine.Kind.DIRECTIVE)
                .findFirst().map(l -> !l.is("host") || !l.args().equals(List.of(block.name()))).orElse(true)) {
            found.add(new Finding(true, null, "managed block '" + block.name() + "' must start with exactly one"
                    + " 'Host " + block.name() + "' line"));
        }
        List<ConfigLine> directives = block.body().stream().filter(l -> l.kind() == ConfigLine.Kind.DIRECTIVE).toList();
        for (ConfigLine l : directives) {
            boolean closingMatchAll = l.isMatchAll() && l == directives.getLast();
            if (!l.is("host") && !closingMatchAll && !Directive.ALLOWED.containsKey(l.key())) {
                found.add(new Finding(true, null, "line " + l.number() + " (" + l.keyword()
                        + ") in managed block '" + block.name() + "' is not a keyword the helper writes"));
            }
        }
        return found;
    }
}
