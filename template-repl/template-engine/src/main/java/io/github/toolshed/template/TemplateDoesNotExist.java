package io.github.toolshed.template;

/** No loader of the engine could find a template by the requested name. */
public class TemplateDoesNotExist extends TemplateException {

    private static final long serialVersionUID = 1L;

    private final String name;

    /**
     * Creates the exception.
     *
     * @param name the template name that was requested
     */
    public TemplateDoesNotExist(String name) {
        super(name);
        this.name = name;
    }

    /**
     * Returns the template name that was requested.
     *
     * @return the name
     */
    public String name() {
        return name;
    }
}
