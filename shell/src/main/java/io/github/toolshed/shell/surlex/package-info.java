/** The {@code surlex to-regex|match|explain} commands over the surlex-core library. */
package io.github.toolshed.shell.surlex;
