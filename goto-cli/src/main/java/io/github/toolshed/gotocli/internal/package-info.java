/**
 * The {@code goto} command line: machinery, not API.
 *
 * <p>{@link io.github.toolshed.gotocli.internal.Main} hands the arguments to
 * {@link io.github.toolshed.gotocli.internal.Cli}, which parses them
 * ({@code Arguments}) and runs one command. A jump reads the file through
 * {@link io.github.toolshed.gotocli.internal.Storage} into a
 * {@link io.github.toolshed.gotocli.internal.TargetsFile}, resolves the name with
 * {@link io.github.toolshed.gotocli.internal.Matcher} and prints the directory as UTF-8 bytes;
 * the shell function from {@code ShellScripts} ({@code init.bash}, {@code init.zsh},
 * {@code init.fish}) does the {@code cd}. {@code Completion} serves tab completion and
 * {@code Import} reads the original script's {@code name=path} files.
 * {@link io.github.toolshed.gotocli.internal.AotTraining} is the build-time training run for
 * the launcher's AOT cache. Classes on the jump path avoid lambdas, streams, regular
 * expressions and pattern switches, whose bootstrapping would cost start-up time.
 */
package io.github.toolshed.gotocli.internal;
