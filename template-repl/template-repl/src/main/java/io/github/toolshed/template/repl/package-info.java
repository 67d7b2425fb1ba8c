/**
 * The template REPL and the {@code {% repl %}} breakpoint.
 *
 * <p>{@link io.github.toolshed.template.repl.TemplateRepl} reads inputs with JLine and renders each
 * against one persistent context and parser state. {@link io.github.toolshed.template.repl.Breakpoints}
 * attaches a {@link io.github.toolshed.template.repl.ReplConsole} to a render; the {@code repl}
 * library's tag pauses there.
 */
package io.github.toolshed.template.repl;
