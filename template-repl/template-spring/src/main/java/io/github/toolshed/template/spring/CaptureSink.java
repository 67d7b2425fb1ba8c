package io.github.toolshed.template.spring;

import java.util.Map;

/**
 * The request attribute through which a {@link ModelCapture} asks {@link ToolshedView} for its
 * values instead of a rendered page. Only code in the same process can set a request attribute,
 * so no HTTP client can trigger it.
 */
final class CaptureSink {

    static final String ATTRIBUTE = CaptureSink.class.getName();

    private String templateName;
    private Map<String, Object> values;

    void capture(String name, Map<String, Object> captured) {
        this.templateName = name;
        this.values = captured;
    }

    boolean captured() {
        return templateName != null;
    }

    String templateName() {
        return templateName;
    }

    Map<String, Object> values() {
        return values;
    }
}
