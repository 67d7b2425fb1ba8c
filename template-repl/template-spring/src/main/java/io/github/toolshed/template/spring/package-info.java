/**
 * Toolshed templates in Spring MVC. {@link io.github.toolshed.template.spring.ToolshedTemplateAutoConfiguration}
 * builds an {@link io.github.toolshed.template.Engine} over classpath templates
 * ({@code toolshed.template.*}, see {@link io.github.toolshed.template.spring.ToolshedTemplateProperties}),
 * and a {@link io.github.toolshed.template.spring.ToolshedViewResolver} turns a controller's view name
 * into a {@link io.github.toolshed.template.spring.ToolshedView}, which renders the model plus
 * {@code request} ({@link io.github.toolshed.template.spring.RequestValues}) and Spring Security's
 * CSRF token when present. {@link io.github.toolshed.template.spring.ToolshedEngineCustomizer} beans
 * add filters and libraries.
 *
 * <p>{@link io.github.toolshed.template.spring.ModelCapture} runs a GET request in-process and
 * returns the {@link io.github.toolshed.template.spring.CapturedModel} a {@code ToolshedView}
 * would have rendered (the view sees a request attribute and hands its values over instead of
 * rendering). With toolshed-template-repl on the class path, {@code ReplConfiguration} adds the
 * development hooks: {@code toolshed.template.repl.url} opens the REPL on a captured page at
 * start-up, and {@code toolshed.template.repl.enabled} lets {@code {% repl %}} pause a page on the
 * server's terminal through a package-private {@code ViewBreakpoints} the resolver passes to its
 * views.
 */
package io.github.toolshed.template.spring;
