package io.github.toolshed.surlex.spring;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of surlex routing in Spring MVC, under {@code toolshed.surlex}.
 */
@ConfigurationProperties("toolshed.surlex")
public class SurlexProperties {

    /** Whether surlex routes are served. */
    private boolean enabled = true;

    /**
     * Order of the surlex handler mapping among Spring MVC's handler mappings. The default, -1,
     * consults surlex routes just before the {@code @RequestMapping} ones (order 0); use 1 to
     * consult them after.
     */
    private int order = -1;

    /**
     * Extra surlex macros by name, added to the built-in ones (a name may redefine a built-in),
     * e.g. {@code toolshed.surlex.macros.lang=en|de|fr}.
     */
    private Map<String, String> macros = new LinkedHashMap<>();

    /**
     * Returns whether surlex routes are served.
     *
     * @return true by default
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether surlex routes are served.
     *
     * @param enabled false to turn the integration off
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns the handler mapping order.
     *
     * @return the order, -1 by default
     */
    public int getOrder() {
        return order;
    }

    /**
     * Sets the handler mapping order.
     *
     * @param order lower is consulted first
     */
    public void setOrder(int order) {
        this.order = order;
    }

    /**
     * Returns the extra macros.
     *
     * @return macro name to regex
     */
    public Map<String, String> getMacros() {
        return macros;
    }

    /**
     * Sets the extra macros.
     *
     * @param macros macro name to regex
     */
    public void setMacros(Map<String, String> macros) {
        this.macros = macros;
    }
}
