package io.github.toolshed.template.spring;

import io.github.toolshed.template.TemplateException;

/** A {@link ModelCapture} that found no template model: a bad path, a failed or non-template page. */
public class ModelCaptureException extends TemplateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong, naming the path
     */
    public ModelCaptureException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong, naming the path
     * @param cause the request's failure
     */
    public ModelCaptureException(String message, Throwable cause) {
        super(message, cause);
    }
}
