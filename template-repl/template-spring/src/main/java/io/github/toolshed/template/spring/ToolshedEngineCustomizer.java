package io.github.toolshed.template.spring;

import io.github.toolshed.template.Engine;

/**
 * Adjusts the auto-configured {@link Engine} before it is built: extra filters, libraries,
 * settings. Every bean of this type is applied, in order.
 */
@FunctionalInterface
public interface ToolshedEngineCustomizer {

    /**
     * Customizes the builder.
     *
     * @param builder the engine builder, already configured from {@code toolshed.template.*}
     */
    void customize(Engine.Builder builder);
}
