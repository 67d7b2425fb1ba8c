package io.github.toolshed.template;

/** Supplies the CSRF token {@code {% csrf_token %}} renders as a hidden form field. */
@FunctionalInterface
public interface CsrfTokenSource {

    /** Reads the token from the context variable {@code csrf_token}, as Django does. */
    CsrfTokenSource FROM_CONTEXT = context -> {
        Object v = context.get("csrf_token");
        return v == null ? null : io.github.toolshed.template.python.Python.str(v);
    };

    /**
     * Returns the token for the rendering in progress.
     *
     * @param context the rendering's context
     * @return the token, or null or empty for none
     */
    String token(Context context);
}
