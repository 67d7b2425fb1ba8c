/**
 * The Toolshed shell: one Spring Shell 4 app for every Toolshed command.
 *
 * <h2>How the pieces fit</h2>
 * {@link io.github.toolshed.shell.ToolshedShell} starts Spring Boot with command-line
 * properties switched off (so {@code --spring.x} reaches the command) and hands the process
 * arguments to {@link io.github.toolshed.shell.ToolshedRunner}. With arguments, the runner runs
 * them as one command through the {@link io.github.toolshed.shell.CommandDispatcher} and
 * exits with its code ({@link io.github.toolshed.shell.ExitCodes}); without, it reads lines with
 * JLine (editing, history under {@code $XDG_STATE_HOME/toolshed/}, completion) and dispatches
 * each. Both paths parse with {@link io.github.toolshed.shell.ToolshedCommandParser}, which takes
 * words as they are (never re-splitting a quoted value) and rejects unknown options. Commands
 * live in the sub-packages ({@code surlex}, {@code template}, {@code gotocmd}, {@code tunnel}),
 * write through the
 * {@code CommandContext} and report failures by throwing
 * {@link io.github.toolshed.shell.ShellException}. During the build's AOT training run, the
 * runner also calls every {@link io.github.toolshed.shell.AotTraining} bean, so the cache covers
 * the template REPL too.
 */
package io.github.toolshed.shell;
