package io.github.toolshed.demo.blog;

/** A post whose front matter is missing or invalid. */
public class InvalidPostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     */
    public InvalidPostException(String message) {
        super(message);
    }
}
