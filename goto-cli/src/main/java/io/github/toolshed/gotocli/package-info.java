/**
 * Directory aliases for {@code goto NAME}: the API the shell app and other tools use.
 *
 * <p>A {@link io.github.toolshed.gotocli.Target} is a validated alias name and an absolute
 * directory. A {@link io.github.toolshed.gotocli.TargetStore} reads and changes the targets file
 * (plain text, {@code name TAB path}) safely from several processes at once; lines it cannot
 * read come back as {@link io.github.toolshed.gotocli.CorruptLine}s and are never dropped.
 * Every failure is a {@link io.github.toolshed.gotocli.GotoException}. The {@code goto}
 * command and its shell integrations live in the unexported {@code internal} package.
 */
package io.github.toolshed.gotocli;
