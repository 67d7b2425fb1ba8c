package io.github.toolshed.surlex.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link java.time.LocalDate} handler parameter from the year, month and day captures of
 * a surlex route, e.g. {@code /blog/<year:Y>/<month:M>/<day:d>/<slug:s>/}:
 *
 * <pre>{@code
 * @SurlexMapping("/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/")
 * Post detail(@SurlexDate LocalDate date, @PathVariable String slug) { ... }
 * }</pre>
 *
 * <p>The year may be four digits ({@code Y}) or two ({@code y}, read as 20yy); the month a number
 * ({@code m}) or an English abbreviation ({@code M}, any case); the day a number. A missing month
 * or day capture (an absent optional section) counts as 1; a missing year gives {@code null}, or
 * 400 when {@link #required()}. An impossible date such as {@code feb/30} gives 400.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SurlexDate {

    /**
     * The capture holding the year.
     *
     * @return the capture name
     */
    String year() default "year";

    /**
     * The capture holding the month.
     *
     * @return the capture name
     */
    String month() default "month";

    /**
     * The capture holding the day.
     *
     * @return the capture name
     */
    String day() default "day";

    /**
     * Whether a request without a year capture is an error (400) rather than {@code null}.
     *
     * @return true by default
     */
    boolean required() default true;
}
