package io.github.toolshed.surlex.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * Maps a controller method to a surlex instead of a path pattern, like Django's {@code surl()}:
 *
 * <pre>{@code
 * @RestController
 * class BlogController {
 *     @SurlexMapping(value = "/blog/<year:Y>/<month:M>/<day:d>/<slug:s>/", name = "blog_post_detail",
 *                    method = RequestMethod.GET)
 *     Post detail(@PathVariable int year, @PathVariable String month, @PathVariable int day,
 *                 @PathVariable String slug) { ... }
 * }
 * }</pre>
 *
 * <p>Captures bind to {@code @PathVariable} parameters by name and are converted to the
 * parameter's type ({@code int}, {@code UUID}, ...); a value that does not convert gives 400.
 * On a type, the annotation's {@link #value()} is a surlex prefix for every method's pattern.
 * The class must be a bean (typically {@code @Controller} or {@code @RestController}, which
 * also decides how return values are written).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SurlexMapping {

    /**
     * The surlex the request path (within the application) must match as a whole.
     *
     * @return the pattern; on a type, the prefix of its methods' patterns
     */
    String value();

    /**
     * The route name, used by {@link UrlReverser}; unique across the application.
     *
     * @return the name, or empty for an unnamed route (ignored on a type)
     */
    String name() default "";

    /**
     * The HTTP methods this route accepts; empty means all. A GET route also answers HEAD.
     *
     * @return the methods (ignored on a type)
     */
    RequestMethod[] method() default {};

    /**
     * Where this route goes in the route table: lower first. Routes with equal order keep a
     * stable order: functional routes first (in bean order), then annotated routes by class name
     * and method signature. First matching route wins, so give overlapping routes an order.
     *
     * @return the order (ignored on a type)
     */
    int order() default 0;
}
