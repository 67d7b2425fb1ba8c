package io.github.toolshed.template.spi;

import java.util.Map;

/**
 * A tag that renders another template with variables computed from its arguments (Django's
 * {@code inclusion_tag}).
 */
@FunctionalInterface
public interface InclusionTag {

    /**
     * Computes the variables of the included template.
     *
     * @param call the resolved arguments and the render scope
     * @return the included template's variables
     */
    Map<String, ?> call(TagCall call);
}
