/**
 * A Django-template-language engine: build an {@code Engine}, get a {@code Template}, render it
 * with a context. Values marked safe are {@link io.github.toolshed.template.SafeString}s; every
 * exception is a {@link io.github.toolshed.template.TemplateException}.
 */
package io.github.toolshed.template;
