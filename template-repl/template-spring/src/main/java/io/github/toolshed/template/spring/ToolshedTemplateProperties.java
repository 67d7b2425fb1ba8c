package io.github.toolshed.template.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of Toolshed templates in a Spring MVC application ({@code toolshed.template.*}). */
@ConfigurationProperties("toolshed.template")
public class ToolshedTemplateProperties {

    /** Whether the Toolshed view resolver is registered. */
    private boolean enabled = true;

    /** Classpath location of templates; a view name is resolved as prefix + name + suffix. */
    private String prefix = "classpath:/templates/";

    /** Suffix appended to view names. */
    private String suffix = ".html";

    /** Whether variables are HTML-escaped (Django's autoescape). */
    private boolean autoescape = true;

    /** Debug mode: template errors carry source locations. */
    private boolean debug;

    /** What a missing variable renders as ({@code %s} is replaced by the variable name). */
    private String stringIfInvalid = "";

    /** Whether compiled templates are cached; turn off while editing templates. */
    private boolean cache = true;

    /** Content type of rendered views. */
    private String contentType = "text/html;charset=UTF-8";

    /** Whether {@code {% url %}} works without {@code {% load url %}}, like Django's built-in. */
    private boolean urlBuiltin = true;

    /** Order of the view resolver among other view resolvers. */
    private int order = 10;

    /** Development settings of the template REPL. */
    private final Repl repl = new Repl();

    /**
     * Whether the resolver is on.
     *
     * @return true when enabled
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Turns the resolver on or off.
     *
     * @param enabled true to register it
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * The template location prefix.
     *
     * @return the prefix
     */
    public String getPrefix() {
        return prefix;
    }

    /**
     * Sets the template location prefix.
     *
     * @param prefix a {@code classpath:} location
     */
    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    /**
     * The view name suffix.
     *
     * @return the suffix
     */
    public String getSuffix() {
        return suffix;
    }

    /**
     * Sets the view name suffix.
     *
     * @param suffix the suffix
     */
    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    /**
     * Whether autoescaping is on.
     *
     * @return true when on
     */
    public boolean isAutoescape() {
        return autoescape;
    }

    /**
     * Turns autoescaping on or off.
     *
     * @param autoescape true to escape
     */
    public void setAutoescape(boolean autoescape) {
        this.autoescape = autoescape;
    }

    /**
     * Whether debug mode is on.
     *
     * @return true when on
     */
    public boolean isDebug() {
        return debug;
    }

    /**
     * Turns debug mode on or off.
     *
     * @param debug true for debug
     */
    public void setDebug(boolean debug) {
        this.debug = debug;
    }

    /**
     * Text of a missing variable.
     *
     * @return the text
     */
    public String getStringIfInvalid() {
        return stringIfInvalid;
    }

    /**
     * Sets the text of a missing variable.
     *
     * @param stringIfInvalid the text
     */
    public void setStringIfInvalid(String stringIfInvalid) {
        this.stringIfInvalid = stringIfInvalid;
    }

    /**
     * Whether compiled templates are cached.
     *
     * @return true when cached
     */
    public boolean isCache() {
        return cache;
    }

    /**
     * Turns the template cache on or off.
     *
     * @param cache true to cache
     */
    public void setCache(boolean cache) {
        this.cache = cache;
    }

    /**
     * The content type of rendered views.
     *
     * @return the content type
     */
    public String getContentType() {
        return contentType;
    }

    /**
     * Sets the content type of rendered views.
     *
     * @param contentType the content type
     */
    public void setContentType(String contentType) {
        this.contentType = contentType;
    }

    /**
     * The resolver's order.
     *
     * @return the order
     */
    public int getOrder() {
        return order;
    }

    /**
     * Sets the resolver's order.
     *
     * @param order the order
     */
    public void setOrder(int order) {
        this.order = order;
    }

    /**
     * Whether {@code {% url %}} is a built-in.
     *
     * @return true when built in
     */
    public boolean isUrlBuiltin() {
        return urlBuiltin;
    }

    /**
     * Makes {@code {% url %}} a built-in or a library to load.
     *
     * @param urlBuiltin true for a built-in
     */
    public void setUrlBuiltin(boolean urlBuiltin) {
        this.urlBuiltin = urlBuiltin;
    }

    /**
     * The development settings of the template REPL ({@code toolshed.template.repl.*}).
     *
     * @return the REPL settings
     */
    public Repl getRepl() {
        return repl;
    }

    /** Development settings of the template REPL (needs toolshed-template-repl on the class path). */
    public static class Repl {

        /**
         * Whether {@code {% repl %}} in a page pauses the render and opens the REPL on the
         * server's terminal. Only when the process has a console; never in production.
         */
        private boolean enabled;

        /**
         * A path (with query) of this application: at start-up its GET request runs in-process,
         * and the REPL opens on the model its template would have rendered with (needs
         * spring-test too); the application stops when the REPL is left.
         */
        private String url;

        /**
         * Whether {@code {% repl %}} pauses on the server's terminal.
         *
         * @return true when on
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Turns {@code {% repl %}} pausing on or off.
         *
         * @param enabled true to pause
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * The page whose model the start-up REPL opens on.
         *
         * @return the path, or null
         */
        public String getUrl() {
            return url;
        }

        /**
         * Sets the page whose model the start-up REPL opens on.
         *
         * @param url the path, e.g. {@code /blog/}
         */
        public void setUrl(String url) {
            this.url = url;
        }
    }
}
