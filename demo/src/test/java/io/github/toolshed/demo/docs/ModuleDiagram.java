package io.github.toolshed.demo.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Draws how the modules meet, from the build itself: every module's pom.xml and its compile-scope
 * dependencies on other Toolshed modules. Modules without Toolshed dependencies sit on the bottom
 * row; every other module one row above the highest module it depends on; an arrow points from a
 * module to each module it uses. Colours mark the parts (surlex, templates, cache, chat, ...).
 */
final class ModuleDiagram {

    private static final Pattern DEPENDENCY = Pattern.compile("(?s)<dependency>(.*?)</dependency>");
    private static final Pattern TAG = Pattern.compile("<(groupId|artifactId|scope)>\\s*([^<]+?)\\s*</\\1>");
    private static final int BOX_W = 196;
    private static final int BOX_H = 40;
    private static final int GAP_X = 14;
    private static final int ROW_H = 96;
    private static final int MARGIN = 20;

    /** A module: its directory, artifact and the Toolshed artifacts it uses. */
    record Module(String directory, String artifact, List<String> uses) {}

    private ModuleDiagram() {}

    /** Reads the modules of the build (not test-support, benchmarks or the conformance runner). */
    static List<Module> modules(Path root) throws IOException {
        List<Module> modules = new ArrayList<>();
        try (Stream<Path> poms = Files.find(root, 3, (p, a) -> p.getFileName().toString().equals("pom.xml"))) {
            for (Path pom : poms.sorted().toList()) {
                String dir = root.relativize(pom.getParent()).toString().replace('\\', '/');
                if (dir.isEmpty() || dir.contains("target") || dir.startsWith("bom") || dir.startsWith("benchmarks")
                        || dir.startsWith("test-support") || dir.endsWith("conformance")) {
                    continue;
                }
                String xml = Files.readString(pom, StandardCharsets.UTF_8)
                        .replaceAll("(?s)<parent>.*?</parent>", "")
                        .replaceAll("(?s)<build>.*", "")
                        .replaceAll("(?s)<!--.*?-->", "");
                Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(xml);
                if (!id.find()) {
                    continue;
                }
                List<String> uses = new ArrayList<>();
                Matcher dependency = DEPENDENCY.matcher(xml);
                while (dependency.find()) {
                    Map<String, String> tags = new HashMap<>();
                    Matcher tag = TAG.matcher(dependency.group(1));
                    while (tag.find()) {
                        tags.put(tag.group(1), tag.group(2));
                    }
                    if ("io.github.toolshed".equals(tags.get("groupId")) && !"test".equals(tags.get("scope"))
                            && !tags.get("artifactId").equals("toolshed-test-support")) {
                        uses.add(tags.get("artifactId"));
                    }
                }
                modules.add(new Module(dir, id.group(1).strip(), List.copyOf(uses)));
            }
        }
        return modules;
    }

    /** The diagram as SVG text. */
    static String svg(List<Module> modules) {
        Map<String, Module> byArtifact = new LinkedHashMap<>();
        modules.forEach(m -> byArtifact.put(m.artifact(), m));
        Map<String, Integer> level = new HashMap<>();
        for (Module m : modules) {
            level(m.artifact(), byArtifact, level);
        }
        TreeMap<Integer, List<Module>> rows = new TreeMap<>();
        for (Module m : modules) {
            rows.computeIfAbsent(level.get(m.artifact()), k -> new ArrayList<>()).add(m);
        }
        rows.values().forEach(r -> r.sort((a, b) -> a.directory().compareTo(b.directory())));
        int widest = rows.values().stream().mapToInt(List::size).max().orElse(1);
        int width = 2 * MARGIN + widest * BOX_W + (widest - 1) * GAP_X;
        int height = 2 * MARGIN + 24 + rows.size() * ROW_H - (ROW_H - BOX_H);
        Map<String, int[]> at = new HashMap<>();
        int top = rows.size() - 1;
        for (var row : rows.entrySet()) {
            List<Module> r = row.getValue();
            int rowWidth = r.size() * BOX_W + (r.size() - 1) * GAP_X;
            int x = (width - rowWidth) / 2;
            int y = MARGIN + 24 + (top - row.getKey()) * ROW_H;
            for (Module m : r) {
                at.put(m.artifact(), new int[] {x, y});
                x += BOX_W + GAP_X;
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="sans-serif" font-size="12">
                <title>How Toolshed's modules meet</title>
                <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" \
                orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#667"/></marker></defs>
                <rect width="100%%" height="100%%" fill="#fff"/>
                <text x="%d" y="%d" font-size="14" font-weight="bold">How the modules meet \
                (an arrow points to the module used; generated from the poms)</text>
                """, width, height, width, height, MARGIN, MARGIN + 8));
        for (Module m : modules) {
            int[] from = at.get(m.artifact());
            for (String used : m.uses()) {
                int[] to = at.get(used);
                if (to == null) {
                    continue;
                }
                svg.append(String.format(Locale.ROOT,
                        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#889\" stroke-width=\"1.2\" "
                                + "marker-end=\"url(#arrow)\"/>\n",
                        from[0] + BOX_W / 2, from[1] + BOX_H, to[0] + BOX_W / 2, to[1]));
            }
        }
        for (Module m : modules) {
            int[] p = at.get(m.artifact());
            svg.append(String.format(Locale.ROOT,
                    "<g><rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"6\" fill=\"%s\" stroke=\"#334\"/>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>"
                            + "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" fill=\"#334\" font-size=\"10\">%s</text></g>\n",
                    p[0], p[1], BOX_W, BOX_H, colour(m.directory()), p[0] + BOX_W / 2, p[1] + 17, m.artifact(),
                    p[0] + BOX_W / 2, p[1] + 32, m.directory() + "/"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static int level(String artifact, Map<String, Module> modules, Map<String, Integer> level) {
        Integer known = level.get(artifact);
        if (known != null) {
            return known;
        }
        level.put(artifact, 0);
        int l = 0;
        Module m = modules.get(artifact);
        if (m != null) {
            for (String used : m.uses()) {
                if (modules.containsKey(used)) {
                    l = Math.max(l, level(used, modules, level) + 1);
                }
            }
        }
        level.put(artifact, l);
        return l;
    }

    private static String colour(String directory) {
        String part = directory.contains("/") ? directory.substring(0, directory.indexOf('/')) : directory;
        return switch (part) {
            case "surlex" -> "#dbeafe";
            case "template-repl" -> "#fce7f3";
            case "cache" -> "#dcfce7";
            case "chat" -> "#fef3c7";
            case "goto-cli", "ssh-tunnel-helper" -> "#ede9fe";
            default -> "#e5e7eb";
        };
    }
}
