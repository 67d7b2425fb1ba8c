package io.github.toolshed.demo.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Horizontal bar charts of the result tables in docs/benchmarks.md. A table is charted when its
 * second or a later column is a measurement with a unit in its header ({@code ms}, {@code ns/op},
 * {@code us/op}, {@code req/s}, {@code [s]}, {@code score}) and at least two rows hold a number
 * there; the chart shows the first such column, one bar per row, labelled with the row's first
 * cell. Charts are named after the section ({@code bench-<section>-<n>.svg}); a section that
 * already shows a picture of its own ({@code ![...](...)}) is left to it.
 */
final class BenchmarkCharts {

    private static final Pattern UNIT = Pattern.compile("(?i)(\\bms\\b|ns/op|us/op|req/s|\\[s]|\\bscore\\b)");
    private static final Pattern NUMBER = Pattern.compile("^\\**([0-9][0-9,]*(?:\\.[0-9]+)?)");
    private static final int WIDTH = 640;
    private static final int BAR_H = 20;
    private static final int LABEL_W = 250;

    /** A chart to draw: its file name, title and bars. */
    record Chart(String file, String title, String unit, Map<String, Double> bars) {}

    private BenchmarkCharts() {}

    /** Finds the chartable tables of a benchmarks page. */
    static List<Chart> charts(String markdown) {
        List<Chart> charts = new ArrayList<>();
        String section = "benchmarks";
        int n = 0;
        boolean hasPicture = false;
        String[] lines = markdown.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                section = lines[i].substring(3).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
                n = 0;
                hasPicture = false;
                for (int k = i + 1; k < lines.length && !lines[k].startsWith("## "); k++) {
                    hasPicture |= lines[k].contains("![");
                }
                continue;
            }
            if (hasPicture) {
                continue;
            }
            if (!lines[i].startsWith("|") || i + 1 >= lines.length || !lines[i + 1].matches("\\|[-:| ]+\\|?")) {
                continue;
            }
            List<String> header = cells(lines[i]);
            List<List<String>> rows = new ArrayList<>();
            int j = i + 2;
            while (j < lines.length && lines[j].startsWith("|")) {
                rows.add(cells(lines[j]));
                j++;
            }
            for (int c = 1; c < header.size(); c++) {
                Matcher unit = UNIT.matcher(header.get(c));
                if (!unit.find()) {
                    continue;
                }
                Map<String, Double> bars = new LinkedHashMap<>();
                for (List<String> row : rows) {
                    if (row.size() > c) {
                        Matcher number = NUMBER.matcher(row.get(c).replace("`", ""));
                        if (number.find()) {
                            String label = String.join(" ", row.subList(0, c)).replace("`", "").replace("**", "");
                            bars.put(label, Double.parseDouble(number.group(1).replace(",", "")));
                        }
                    }
                }
                if (bars.size() >= 2) {
                    n++;
                    charts.add(new Chart("bench-" + section + "-" + n + ".svg",
                            section.replace('-', ' ') + ": " + header.get(c).replace("`", ""), unit.group(1), bars));
                }
                break;
            }
            i = j - 1;
        }
        return charts;
    }

    private static List<String> cells(String line) {
        String inner = line.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        List<String> cells = new ArrayList<>();
        for (String cell : inner.split("\\|", -1)) {
            cells.add(cell.strip());
        }
        return cells;
    }

    /** Draws a chart as SVG. */
    static String svg(Chart chart) {
        double max = chart.bars().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int height = 44 + chart.bars().size() * (BAR_H + 6) + 10;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, """
                <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" \
                font-family="sans-serif" font-size="12">
                <title>%s</title>
                <rect width="100%%" height="100%%" fill="#fff"/>
                <text x="10" y="22" font-size="14" font-weight="bold">%s</text>
                """, WIDTH, height, WIDTH, height, escape(chart.title()), escape(chart.title())));
        int y = 40;
        int room = WIDTH - LABEL_W - 90;
        for (var bar : chart.bars().entrySet()) {
            int w = max <= 0 ? 0 : (int) Math.round(room * bar.getValue() / max);
            String label = bar.getKey().length() > 40 ? bar.getKey().substring(0, 39) + "…" : bar.getKey();
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4f7cc9\"/>"
                            + "<text x=\"%d\" y=\"%d\">%s</text>\n",
                    LABEL_W - 6, y + 14, escape(label), LABEL_W, y, Math.max(w, 1), BAR_H, LABEL_W + w + 4, y + 14,
                    escape(format(bar.getValue()) + " " + chart.unit())));
            y += BAR_H + 6;
        }
        return svg.append("</svg>\n").toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.2f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
