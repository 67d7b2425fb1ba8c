package io.github.toolshed.cache.redis;

import io.github.toolshed.cache.Purge;

/**
 * The text form of an invalidation published to the other nodes: {@code <node>|<kind>|<argument>}.
 * Pattern purges cannot travel (a matcher is code), so they travel as "drop the whole local
 * level": the entries in Redis were already removed by the sender, the receivers only refetch.
 */
final class PurgeMessage {

    /** What a receiver drops from its local level; null drops everything. */
    record Received(String node, Purge purge) {}

    private PurgeMessage() {}

    static String encode(String node, Purge purge) {
        return node + "|" + switch (purge) {
            case Purge.ByKey(String key) -> "K|" + key;
            case Purge.ByUrl(String url) -> "U|" + url;
            case Purge.ByPrefix(String prefix) -> "P|" + prefix;
            case Purge.ByTag(String tag) -> "T|" + tag;
            case Purge.ByPattern p -> "A|";
            case Purge.All a -> "A|";
        };
    }

    /** Decodes a message, or returns null when it is malformed. */
    static Received decode(String message) {
        int first = message.indexOf('|');
        int second = first < 0 ? -1 : message.indexOf('|', first + 1);
        if (first <= 0 || second != first + 2) {
            return null;
        }
        String argument = message.substring(second + 1);
        Purge purge = switch (message.charAt(first + 1)) {
            case 'K' -> new Purge.ByKey(argument);
            case 'U' -> new Purge.ByUrl(argument);
            case 'P' -> new Purge.ByPrefix(argument);
            case 'T' -> new Purge.ByTag(argument);
            case 'A' -> new Purge.All();
            default -> null;
        };
        return purge == null ? null : new Received(message.substring(0, first), purge);
    }
}
