/**
 * A Django-template-language engine: build an {@code Engine}, get a {@code Template}, render it
 * with a context. Values marked safe are {@link io.github.toolshed.template.SafeString}s; every
 * exception is a {@link io.github.toolshed.template.TemplateException}.
 *
 * <p>How the pieces fit: the {@link io.github.toolshed.template.Engine} holds the loaders, the
 * registered tag libraries ({@link io.github.toolshed.template.spi.Library}, the built-in tags and
 * filters being one of them) and the {@link io.github.toolshed.template.MemberAccessPolicy}. A
 * template is tokenized and parsed once; {@code {% load %}} and {@code {% import %}} add library
 * tags and filters to that template's parser only (optionally under a namespace). Rendering walks
 * the compiled nodes with a {@link io.github.toolshed.template.Context}; every dotted lookup asks the
 * policy first, so templates written by less-trusted authors cannot reach class loaders, processes,
 * reflection or files. The engine's limits (include depth, output size), strict mode and debug
 * mode (source excerpts and the template chain on every error) are set on the builder.
 */
package io.github.toolshed.template;
