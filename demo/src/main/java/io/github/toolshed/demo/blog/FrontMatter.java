package io.github.toolshed.demo.blog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code ---} block at the top of a post: {@code key: value} lines with {@code title},
 * {@code date} (ISO {@code yyyy-MM-dd}), {@code slug} ({@code [\w-]+}), {@code tags}
 * ({@code [a, b]} or {@code a, b}) and {@code summary}. Values may be quoted.
 *
 * @param title the title
 * @param date the date
 * @param slug the slug
 * @param tags the tags, lower case, in order, without duplicates
 * @param summary the summary
 * @param body the Markdown after the block
 */
public record FrontMatter(String title, LocalDate date, String slug, List<String> tags, String summary, String body) {

    private static final Pattern SLUG = Pattern.compile("[\\w-]+");
    private static final Pattern TAG = Pattern.compile("[\\w-]+");

    /**
     * Parses a Markdown file with front matter.
     *
     * @param source the file's text
     * @return the front matter and body
     * @throws InvalidPostException if the block is missing or a field is missing or invalid
     */
    public static FrontMatter parse(String source) {
        String text = source.startsWith("\uFEFF") ? source.substring(1) : source;
        text = text.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new InvalidPostException("no front matter: the file must start with a '---' line");
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new InvalidPostException("front matter is not closed by a '---' line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : text.substring(4, end).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new InvalidPostException("front matter line is not 'key: value': " + line);
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (fields.put(key, unquote(line.substring(colon + 1).trim())) != null) {
                throw new InvalidPostException("front matter key given twice: " + key);
            }
        }
        String title = required(fields, "title");
        String slug = required(fields, "slug");
        if (!SLUG.matcher(slug).matches()) {
            throw new InvalidPostException("slug must match [\\w-]+: " + slug);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(required(fields, "date"));
        } catch (DateTimeParseException e) {
            throw new InvalidPostException("date must be yyyy-MM-dd: " + fields.get("date"));
        }
        String summary = required(fields, "summary");
        return new FrontMatter(title, date, slug, tags(fields.getOrDefault("tags", "")), summary,
                text.substring(end + 5));
    }

    private static List<String> tags(String value) {
        String v = value.strip();
        if (v.startsWith("[") && v.endsWith("]")) {
            v = v.substring(1, v.length() - 1);
        }
        List<String> tags = new ArrayList<>();
        for (String raw : v.split(",")) {
            String tag = unquote(raw.trim()).toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                continue;
            }
            if (!TAG.matcher(tag).matches()) {
                throw new InvalidPostException("tag must match [\\w-]+: " + tag);
            }
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return tags;
    }

    private static String required(Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null || v.isBlank()) {
            throw new InvalidPostException("front matter has no " + key);
        }
        return v;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
