/**
 * Toolshed templates in Spring MVC. {@link io.github.toolshed.template.spring.ToolshedTemplateAutoConfiguration}
 * builds an {@link io.github.toolshed.template.Engine} over classpath templates
 * ({@code toolshed.template.*}, see {@link io.github.toolshed.template.spring.ToolshedTemplateProperties}),
 * and a {@link io.github.toolshed.template.spring.ToolshedViewResolver} turns a controller's view name
 * into a {@link io.github.toolshed.template.spring.ToolshedView}, which renders the model plus
 * {@code request} ({@link io.github.toolshed.template.spring.RequestValues}) and Spring Security's
 * CSRF token when present. {@link io.github.toolshed.template.spring.ToolshedEngineCustomizer} beans
 * add filters and libraries.
 */
package io.github.toolshed.template.spring;
