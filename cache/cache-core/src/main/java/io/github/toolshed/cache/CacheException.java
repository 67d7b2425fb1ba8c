package io.github.toolshed.cache;

/**
 * The unchecked root exception of the Toolshed cache: thrown for invalid configuration (a bad
 * pattern, a negative lifetime, a malformed tag) and by stores that cannot do their job.
 */
public class CacheException extends RuntimeException {

    /**
     * Creates an exception with a message that names the setting or input at fault.
     *
     * @param message what went wrong
     */
    public CacheException(String message) {
        super(message);
    }

    /**
     * Creates an exception that wraps a lower-level failure.
     *
     * @param message what went wrong
     * @param cause the underlying failure
     */
    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
