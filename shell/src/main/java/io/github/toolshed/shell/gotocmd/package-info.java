/** The {@code goto list|add|remove|rename} commands over goto-cli's alias store. */
package io.github.toolshed.shell.gotocmd;
