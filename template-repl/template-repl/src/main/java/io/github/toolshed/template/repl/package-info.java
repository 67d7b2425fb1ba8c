/**
 * The template REPL and the {@code {% repl %}} breakpoint.
 *
 * <p>How the pieces fit: {@link io.github.toolshed.template.repl.TemplateRepl} reads inputs from a
 * JLine terminal (a line reader with history, completion and a continuation prompt on a real
 * terminal; plain line reading with results only on a dumb terminal or piped input) and hands each
 * complete input to a session that keeps one {@link io.github.toolshed.template.Context} and one
 * {@link io.github.toolshed.template.ParseSession}, so loaded libraries and set values persist.
 * Whether an input is complete is asked of the template parser
 * ({@link io.github.toolshed.template.TemplateSyntaxError#unclosedBlock()}). Inputs starting with
 * {@code :} are commands. {@link io.github.toolshed.template.repl.ReplContext} reads context values
 * from strict JSON.
 *
 * <p>{@link io.github.toolshed.template.repl.Breakpoints} attaches a
 * {@link io.github.toolshed.template.repl.ReplConsole} to the renders of the calling thread (a
 * {@link java.lang.ScopedValue}); the {@code repl} library's tag
 * ({@link io.github.toolshed.template.repl.ReplLibrary}) calls it with a
 * {@link io.github.toolshed.template.repl.Breakpoint} and otherwise renders nothing.
 */
package io.github.toolshed.template.repl;
