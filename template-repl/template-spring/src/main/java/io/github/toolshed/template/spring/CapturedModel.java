package io.github.toolshed.template.spring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ModelCapture} found: the page's template and the values it would have been rendered
 * with.
 *
 * @param path the captured path
 * @param templateName the template of the page, e.g. {@code blog/post.html}
 * @param values the model plus {@code request} (and {@code csrf_token} under Spring Security),
 *     unmodifiable, in no particular order
 */
public record CapturedModel(String path, String templateName, Map<String, Object> values) {

    /**
     * Checks and copies the values.
     *
     * @param path the captured path
     * @param templateName the template of the page
     * @param values the values (null values allowed)
     */
    public CapturedModel {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(templateName, "templateName");
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
