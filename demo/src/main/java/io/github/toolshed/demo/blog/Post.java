package io.github.toolshed.demo.blog;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One blog post: a Markdown page of the docs with its front matter, rendered to HTML once at
 * start-up. Public with public accessors because templates read it ({@code {{ post.title }}}).
 *
 * @param title the title
 * @param date the publication date
 * @param slug the URL slug ({@code [\w-]+})
 * @param tags the tags, lower case
 * @param summary a one-paragraph summary
 * @param html the body rendered to HTML
 * @param text the body as plain text, for search
 * @param source the file the post came from, e.g. {@code surlex.md}
 */
public record Post(String title, LocalDate date, String slug, List<String> tags, String summary,
        String html, String text, String source) {

    /**
     * Validates and copies.
     *
     * @param title the title
     * @param date the date
     * @param slug the slug
     * @param tags the tags
     * @param summary the summary
     * @param html the HTML body
     * @param text the plain-text body
     * @param source the source file name
     */
    public Post {
        tags = List.copyOf(tags);
    }

    /**
     * The year, as the URL writes it.
     *
     * @return e.g. {@code 2026}
     */
    public int year() {
        return date.getYear();
    }

    /**
     * The month as the URL writes it (surlex's {@code M} macro).
     *
     * @return e.g. {@code "sep"}
     */
    public String month() {
        return monthSlug(date.getMonthValue());
    }

    /**
     * The day of the month.
     *
     * @return 1 to 31
     */
    public int day() {
        return date.getDayOfMonth();
    }

    /**
     * The month abbreviation surlex's {@code M} macro matches.
     *
     * @param month 1 to 12
     * @return {@code "jan"} to {@code "dec"}
     */
    public static String monthSlug(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
