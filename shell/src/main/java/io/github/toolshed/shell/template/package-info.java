/**
 * The {@code template} commands of the shell.
 *
 * <p>{@link io.github.toolshed.shell.template.TemplateCommands} opens the template REPL (module
 * toolshed-template-repl) in the shell's own JLine terminal, and renders template files with an
 * engine whose file-system loader is rooted at the file's directory
 * ({@code TemplateFiles}), attaching a terminal console for {@code {% repl %}} with
 * {@code --break}. The initial context comes from JSON only ({@code ContextOptions}, with the REPL's
 * {@code ReplContext.fromJson}); nothing a user types is evaluated as code. Failures are
 * {@link io.github.toolshed.shell.ShellException}s, template errors
 * {@link io.github.toolshed.template.TemplateException}s that the dispatcher prints with their
 * caret view.
 */
package io.github.toolshed.shell.template;
