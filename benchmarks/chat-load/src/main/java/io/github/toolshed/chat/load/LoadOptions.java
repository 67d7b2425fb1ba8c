package io.github.toolshed.chat.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The load tool's command line: {@code --url ws://127.0.0.1:8080/chat/ws[,ws://...]} (clients spread over
 * the URLs round-robin), {@code --clients N}, {@code --rate R} messages/s in total (0 holds idle
 * connections), {@code --duration D} seconds, {@code --room}, {@code --server-pid pid[,pid]},
 * {@code --drain} seconds to wait for the last deliveries, {@code --heap} to report the servers' heap
 * after a full GC (through jcmd), {@code --rooms K} to spread idle clients over K rooms (rate 0 only).
 *
 * @param urls the chat endpoints, loopback only
 * @param clients how many clients join the room
 * @param rate aggregate messages per second
 * @param durationSeconds how long to send (or hold, with rate 0)
 * @param room the room
 * @param serverPids the server processes to measure
 * @param drainSeconds how long to wait for deliveries after the last send
 * @param heap whether to report the servers' heap through jcmd
 * @param rooms how many rooms the clients join (client i joins room + (i % rooms) when more than one)
 * @param ioThreads how many reactor threads receive for all clients
 */
record LoadOptions(List<URI> urls, int clients, int rate, int durationSeconds, String room, List<Long> serverPids,
        int drainSeconds, boolean heap, int rooms, int ioThreads) {

    /**
     * Returns the room a client joins.
     *
     * @param client the client's index
     * @return the room's name
     */
    String roomOf(int client) {
        return rooms == 1 ? room : room + (client % rooms);
    }

    static final int MAX_CLIENTS = 50_000;
    static final int MAX_RATE = 100_000;
    static final int MAX_DURATION = 600;

    static LoadOptions parse(String... args) {
        List<URI> urls = List.of(URI.create("ws://127.0.0.1:8080/chat/ws"));
        int clients = 100;
        int rate = 10;
        int duration = 10;
        String room = "load";
        List<Long> pids = List.of();
        int drain = 3;
        boolean heap = false;
        int rooms = 1;
        int ioThreads = 2;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--heap")) {
                heap = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--url" -> urls = splitUrls(value);
                case "--clients" -> clients = bounded(name, value, 1, MAX_CLIENTS);
                case "--rate" -> rate = bounded(name, value, 0, MAX_RATE);
                case "--duration" -> duration = bounded(name, value, 1, MAX_DURATION);
                case "--room" -> room = value.matches("[A-Za-z0-9_-]{1,64}") ? value : fail("bad room " + value);
                case "--server-pid" -> pids = splitPids(value);
                case "--drain" -> drain = bounded(name, value, 0, 60);
                case "--rooms" -> rooms = bounded(name, value, 1, 10_000);
                case "--io-threads" -> ioThreads = bounded(name, value, 1, 8);
                default -> throw new IllegalArgumentException("unknown option " + name);
            }
        }
        if (rooms > 1 && rate > 0) {
            throw new IllegalArgumentException("--rooms applies to idle runs (--rate 0) only");
        }
        return new LoadOptions(urls, clients, rate, duration, room, pids, drain, heap, rooms, ioThreads);
    }

    private static <T> T fail(String message) {
        throw new IllegalArgumentException(message);
    }

    private static int bounded(String name, String value, int min, int max) {
        int parsed = Integer.parseInt(value);
        if (parsed < min || parsed > max) {
            throw new IllegalArgumentException(name + " must be within " + min + ".." + max + " but was " + value);
        }
        return parsed;
    }

    private static List<Long> splitPids(String value) {
        List<Long> pids = new ArrayList<>();
        for (String pid : value.split(",")) {
            pids.add(Long.parseLong(pid.trim()));
        }
        return List.copyOf(pids);
    }

    /** Parses the URLs and refuses any that is not a ws:// URL on a loopback address. */
    static List<URI> splitUrls(String value) {
        List<URI> urls = new ArrayList<>();
        for (String url : value.split(",")) {
            URI uri = URI.create(url.trim());
            if (!"ws".equals(uri.getScheme()) || uri.getHost() == null || !loopback(uri.getHost())) {
                throw new IllegalArgumentException("only ws:// URLs on a loopback address are allowed: " + url);
            }
            urls.add(uri);
        }
        return List.copyOf(urls);
    }

    private static boolean loopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
