/**
 * Real servers for Toolshed's integration tests.
 *
 * <p>Each server class ({@link RedisServer}, {@link MemcachedServer}, {@link NginxServer},
 * {@link SshServer}) starts the real binary found on {@code PATH} (or in {@code /usr/sbin}) on a
 * free loopback port, in a temporary directory of its own with a configuration written there,
 * waits until the server answers its own protocol, and stops the process by PID, deleting the
 * directory. The system service and fixed ports are never used. A missing binary fails the test
 * with {@link MissingBinaryException}, which names the Debian package to install.
 *
 * <p>{@link ServerExtension} wraps any of them as a JUnit 5 extension that starts the server
 * before the test class and stops it after:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ServerExtension<RedisServer> redis = ServerExtension.of(RedisServer::start);
 *
 * @Test void pings() { assertThat(redis.get().port()).isPositive(); }
 * }</pre>
 *
 * <p>Tests that use them are named {@code *IT} and run by the {@code integration} Maven profile.
 */
package io.github.toolshed.testsupport;
