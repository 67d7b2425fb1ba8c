/**
 * Machinery of the ssh tunnel helper that is not part of its API: OpenSSH host-pattern matching
 * and the unified diff used for dry runs. Not exported by the module.
 */
package io.github.toolshed.sshtunnel.internal;
