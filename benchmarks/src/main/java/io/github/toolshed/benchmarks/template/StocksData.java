package io.github.toolshed.benchmarks.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the shared benchmark inputs from the classpath ({@code template/}). */
public final class StocksData {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|-?[0-9.]+)");

    private StocksData() {}

    /**
     * Reads a resource below {@code template/} as UTF-8.
     *
     * @param name the file name
     * @return its text
     */
    public static String resource(String name) {
        try (InputStream in = StocksData.class.getClassLoader().getResourceAsStream("template/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource template/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 20 rows of {@code stocks.json} (one JSON object per line).
     *
     * @return the stocks in order
     */
    public static List<Stock> stocks() {
        List<Stock> out = new ArrayList<>();
        for (String line : resource("stocks.json").split("\n")) {
            if (!line.contains("{")) {
                continue;
            }
            Map<String, String> f = new HashMap<>();
            Matcher m = FIELD.matcher(line);
            while (m.find()) {
                f.put(m.group(1), m.group(3) != null ? m.group(3) : m.group(2));
            }
            out.add(new Stock(f.get("name"), f.get("name2"), f.get("url"), f.get("symbol"),
                    Double.parseDouble(f.get("price")), Double.parseDouble(f.get("change")), Double.parseDouble(f.get("ratio"))));
        }
        return out;
    }

    /**
     * Collapses whitespace so pages from engines that lay out blank lines differently compare equal.
     *
     * @param html a page
     * @return the page with whitespace between tags removed and other runs collapsed
     */
    public static String normalize(String html) {
        return html.replaceAll(">\\s+", ">").replaceAll("\\s+<", "<").replaceAll("\\s+", " ").strip();
    }
}
