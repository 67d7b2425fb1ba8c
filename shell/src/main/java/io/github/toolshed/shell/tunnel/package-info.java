/** The {@code tunnel generate|apply|remove|check} commands over the ssh-tunnel-helper library. */
package io.github.toolshed.shell.tunnel;
