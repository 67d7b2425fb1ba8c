package io.github.toolshed.benchmarks.surlex;

import io.github.toolshed.surlex.Route;
import io.github.toolshed.surlex.Router;
import io.github.toolshed.surlex.Surlex;
import java.util.ArrayList;
import java.util.List;

/**
 * A realistic route table of a given size for the routing benchmarks: sections of a site, each
 * with ten blog-, archive- and API-style routes (macros, optional sections, literal routes), the
 * equivalent Spring {@code PathPattern} texts for every route, and sample paths spread evenly
 * over the table plus some that match nothing.
 *
 * <p>Surlex optional sections have no PathPattern equivalent; such a route becomes several
 * PathPatterns, all pointing at the same route index, tried one after the other.
 */
public final class RouteTable {

    private static final String YEAR = "\\d\\d\\d\\d";
    private static final String MONTH = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    private static final String DAY = "0?[1-9]|[12][0-9]|3[01]";
    private static final String SLUG = "[\\w-]+";
    private static final String NUMBER = "\\d+";
    private static final String HEX4 = "[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]";
    private static final String UUID = HEX4 + HEX4 + "-?" + HEX4 + "-?" + HEX4 + "-?" + HEX4 + "-?" + HEX4 + HEX4 + HEX4;

    /** One route: its surlex, the equivalent PathPattern texts, and a path it matches. */
    public record Entry(String surlex, List<String> springPatterns, String samplePath) {}

    private final List<Entry> entries;
    private final List<String> paths;

    private RouteTable(List<Entry> entries, List<String> paths) {
        this.entries = List.copyOf(entries);
        this.paths = List.copyOf(paths);
    }

    /**
     * Builds a table of {@code size} routes (a multiple of ten) and {@code pathCount} sample paths.
     *
     * @param size number of routes
     * @param pathCount number of sample paths; every tenth one matches no route
     * @return the table
     */
    public static RouteTable of(int size, int pathCount) {
        List<Entry> entries = new ArrayList<>(size);
        String[] kinds = {"blog", "news", "shop", "docs", "forum"};
        for (int section = 0; entries.size() < size; section++) {
            String app = kinds[section % kinds.length] + section;
            entries.addAll(section(app, section));
        }
        List<Entry> table = entries.subList(0, size);
        List<String> paths = new ArrayList<>(pathCount);
        for (int i = 0; i < pathCount; i++) {
            if (i % 10 == 9) {
                paths.add("/" + kinds[i % kinds.length] + i + "/missing/" + i + "/");
            } else {
                // Spread over the sections of the table, and over the ten kinds of route within them.
                int section = (int) ((long) i * size / pathCount) / 10;
                paths.add(table.get(section * 10 + (i + i / 10) % 10).samplePath());
            }
        }
        return new RouteTable(table, paths);
    }

    private static List<Entry> section(String app, int n) {
        String y = String.valueOf(2000 + n % 25);
        String uuid = String.format("%08x-0000-4000-8000-%012x", n, n);
        return List.of(
                new Entry("/" + app + "/", List.of("/" + app + "/"), "/" + app + "/"),
                new Entry("/" + app + "/<year:Y>/(<month:M>/)",
                        List.of("/" + app + "/{year:" + YEAR + "}/", "/" + app + "/{year:" + YEAR + "}/{month:" + MONTH + "}/"),
                        "/" + app + "/" + y + "/sep/"),
                new Entry("/" + app + "/<year:Y>/<month:M>/<day:d>/<slug:s>/",
                        List.of("/" + app + "/{year:" + YEAR + "}/{month:" + MONTH + "}/{day:" + DAY + "}/{slug:" + SLUG + "}/"),
                        "/" + app + "/" + y + "/sep/06/post-" + n + "/"),
                new Entry("/" + app + "/tag/<tag:s>/", List.of("/" + app + "/tag/{tag:" + SLUG + "}/"),
                        "/" + app + "/tag/java-" + n + "/"),
                new Entry("/" + app + "/feed.xml", List.of("/" + app + "/feed.xml"), "/" + app + "/feed.xml"),
                new Entry("/api/" + app + "/items/", List.of("/api/" + app + "/items/"), "/api/" + app + "/items/"),
                new Entry("/api/" + app + "/items/<id:#>", List.of("/api/" + app + "/items/{id:" + NUMBER + "}"),
                        "/api/" + app + "/items/" + (n * 7 + 1)),
                new Entry("/api/" + app + "/items/<id:#>/comments/(<page:#>)",
                        List.of("/api/" + app + "/items/{id:" + NUMBER + "}/comments/",
                                "/api/" + app + "/items/{id:" + NUMBER + "}/comments/{page:" + NUMBER + "}"),
                        "/api/" + app + "/items/" + n + "/comments/2"),
                new Entry("/api/" + app + "/users/<uuid:u>", List.of("/api/" + app + "/users/{uuid:" + UUID + "}"),
                        "/api/" + app + "/users/" + uuid),
                new Entry("/" + app + "/search/", List.of("/" + app + "/search/"), "/" + app + "/search/"));
    }

    /**
     * Returns the routes in declaration order.
     *
     * @return the entries
     */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Returns the sample paths to dispatch.
     *
     * @return paths spread over the table, every tenth one unmatched
     */
    public List<String> paths() {
        return paths;
    }

    /**
     * Builds the surlex router whose values are route indexes.
     *
     * @return the router
     */
    public Router<Integer> surlexRouter() {
        Router.Builder<Integer> builder = Router.builder();
        for (int i = 0; i < entries.size(); i++) {
            builder.route("r" + i, entries.get(i).surlex(), i);
        }
        return builder.build();
    }

    /**
     * Builds the routes for an in-order scan of surlexes (the naive reference).
     *
     * @return the routes with route indexes as values
     */
    public List<Route<Integer>> surlexRoutes() {
        List<Route<Integer>> routes = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            routes.add(new Route<>("r" + i, Surlex.compile(entries.get(i).surlex()), i));
        }
        return routes;
    }
}
