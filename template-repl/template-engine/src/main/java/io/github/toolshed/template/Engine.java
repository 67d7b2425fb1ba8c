package io.github.toolshed.template;

import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.Library;
import io.github.toolshed.template.spi.LibraryProvider;
import io.github.toolshed.template.spi.TemplateSettings;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A configured template engine: loaders, auto-escaping, {@code string_if_invalid}, filters and
 * settings. Immutable and thread-safe; build one with {@link #builder()} and share it.
 *
 * <pre>{@code
 * Engine engine = Engine.builder().loader(Loaders.map(Map.of("hello.html", "Hi {{ name }}!"))).build();
 * String out = engine.getTemplate("hello.html").render(Map.of("name", "<b>you</b>"));
 * // Hi &lt;b&gt;you&lt;/b&gt;!
 * }</pre>
 */
public final class Engine {

    static final String STRING_ORIGIN = "<string>";

    private final List<Loader> loaders;
    private final boolean autoescape;
    private final String stringIfInvalid;
    private final boolean debug;
    private final TemplateSettings settings;
    private final Map<String, FilterSpec> filters;
    private final Map<String, TagParser> tags;
    private final LibraryRegistry libraries;
    private final CsrfTokenSource csrfTokenSource;
    private final int maxDepth;
    private final MemberAccessPolicy memberAccessPolicy;
    private final long maxOutputSize;
    private final boolean strict;

    private Engine(Builder b) {
        this.loaders = List.copyOf(b.loaders);
        this.autoescape = b.autoescape;
        this.stringIfInvalid = b.stringIfInvalid;
        this.debug = b.debug;
        this.settings = b.settings;
        Map<String, FilterSpec> f = new LinkedHashMap<>();
        Map<String, TagParser> t = new LinkedHashMap<>();
        for (Library lib : b.builtins) {
            lib.tags().forEach((name, tag) -> t.put(name, LibraryTags.compiler(tag)));
            f.putAll(lib.filters());
        }
        for (FilterSpec spec : b.filters) {
            f.put(spec.name(), spec);
        }
        this.filters = Map.copyOf(f);
        this.tags = Map.copyOf(t);
        this.libraries = new LibraryRegistry(b.libraries);
        this.csrfTokenSource = b.csrfTokenSource;
        this.maxDepth = b.maxDepth;
        this.memberAccessPolicy = b.memberAccessPolicy;
        this.maxOutputSize = b.maxOutputSize;
        this.strict = b.strict;
    }

    /**
     * Starts building an engine.
     *
     * @return a builder with Django's defaults (autoescape on, {@code string_if_invalid} empty)
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Loads and compiles a template by name (or returns the cached compilation).
     *
     * @param name the template name
     * @return the template
     * @throws TemplateDoesNotExist when no loader has it
     * @throws TemplateSyntaxError when it does not compile
     */
    public Template getTemplate(String name) {
        return findTemplate(name, List.of());
    }

    /**
     * Compiles a template from source.
     *
     * @param source the template source
     * @return the template, named {@code "<string>"}
     * @throws TemplateSyntaxError when it does not compile
     */
    public Template fromString(String source) {
        return compile(new Origin(STRING_ORIGIN, null, source));
    }

    /**
     * Starts a parse session: sources compiled in it share the libraries they load (a REPL's
     * inputs).
     *
     * @return a new session with only the built-in tags and filters loaded
     */
    public ParseSession newParseSession() {
        return new ParseSession(this);
    }

    /**
     * The libraries templates can {@code {% load %}} or {@code {% import %}}, in registration
     * order (several may share a name under different owners).
     *
     * @return the registered libraries
     */
    public List<Library> registeredLibraries() {
        return libraries.all();
    }

    /**
     * Whether auto-escaping is on for templates rendered with a map.
     *
     * @return the autoescape default
     */
    public boolean autoescape() {
        return autoescape;
    }

    /**
     * The text missing variables render as ({@code %s} is replaced by the variable's name).
     *
     * @return Django's {@code string_if_invalid}
     */
    public String stringIfInvalid() {
        return stringIfInvalid;
    }

    /**
     * Whether the engine is in debug mode.
     *
     * @return the debug flag
     */
    public boolean debug() {
        return debug;
    }

    /**
     * The settings (time zone, date formats, clock).
     *
     * @return the settings
     */
    public TemplateSettings settings() {
        return settings;
    }

    Map<String, FilterSpec> filters() {
        return filters;
    }

    Map<String, TagParser> tags() {
        return tags;
    }

    LibraryRegistry libraries() {
        return libraries;
    }

    /**
     * The policy deciding which members templates may read.
     *
     * @return the member-access policy
     */
    public MemberAccessPolicy memberAccessPolicy() {
        return memberAccessPolicy;
    }

    /**
     * The maximum number of characters one rendering may produce.
     *
     * @return the output limit ({@link Long#MAX_VALUE} when unlimited)
     */
    public long maxOutputSize() {
        return maxOutputSize;
    }

    /**
     * Whether a missing variable is an error rather than Django's silent {@code string_if_invalid}.
     *
     * @return the strict flag
     */
    public boolean strict() {
        return strict;
    }

    CsrfTokenSource csrfTokenSource() {
        return csrfTokenSource;
    }

    int maxDepth() {
        return maxDepth;
    }

    /** Finds a template, skipping origins already used in this extends chain (recursion guard). */
    Template findTemplate(String name, Collection<Origin> skip) {
        int hash = name.lastIndexOf('#');
        if (hash > 0 && hash < name.length() - 1) {
            Template whole = findWhole(name.substring(0, hash), skip);
            NodeList partial = whole.partials.get(name.substring(hash + 1));
            if (partial == null) {
                throw new TemplateDoesNotExist(name);
            }
            return new Template(this, whole.origin, partial, whole.partials);
        }
        return findWhole(name, skip);
    }

    private Template findWhole(String name, Collection<Origin> skip) {
        for (Loader loader : loaders) {
            Origin probe = new Origin(name, loader, "");
            if (skip.contains(probe)) {
                continue;
            }
            if (loader instanceof Loaders.Cached cached) {
                Template t = cached.compiled.get(name);
                if (t != null) {
                    return t;
                }
                String source = cached.load(name);
                if (source != null) {
                    Template compiled = compile(new Origin(name, loader, source));
                    Template prior = cached.compiled.putIfAbsent(name, compiled);
                    return prior != null ? prior : compiled;
                }
                continue;
            }
            String source = loader.load(name);
            if (source != null) {
                return compile(new Origin(name, loader, source));
            }
        }
        throw new TemplateDoesNotExist(name);
    }

    private Template compile(Origin origin) {
        Parser parser = new Parser(Lexer.tokenize(origin.source()), this, origin);
        try {
            NodeList nodes = parser.parse();
            return new Template(this, origin, nodes, Map.copyOf(PartialTags.partials(parser)));
        } catch (TemplateSyntaxError e) {
            if (debug) {
                e.enter(origin.name(), origin.source());
            }
            throw e;
        } catch (StackOverflowError e) {
            // e.g. an if-expression of thousands of "not"s on one line
            throw new TemplateSyntaxError("Template '" + origin.name() + "' is too deeply nested to compile");
        }
    }

    /** Builds an {@link Engine}; every setting has Django's default. */
    public static final class Builder {
        private final List<Loader> loaders = new ArrayList<>();
        private boolean autoescape = true;
        private String stringIfInvalid = "";
        private boolean debug;
        private TemplateSettings settings = TemplateSettings.defaults();
        private final List<FilterSpec> filters = new ArrayList<>();
        private final List<Library> builtins = new ArrayList<>(List.of(BuiltinTags.library()));
        private final List<Library> libraries = new ArrayList<>();
        private CsrfTokenSource csrfTokenSource = CsrfTokenSource.FROM_CONTEXT;
        private int maxDepth = 100;
        private MemberAccessPolicy memberAccessPolicy = MemberAccessPolicy.defaults();
        private long maxOutputSize = Long.MAX_VALUE;
        private boolean strict;

        private Builder() {}

        /**
         * Adds a loader; loaders are asked in the order added.
         *
         * @param loader the loader
         * @return this builder
         */
        public Builder loader(Loader loader) {
            loaders.add(Objects.requireNonNull(loader, "loader"));
            return this;
        }

        /**
         * Adds an in-memory loader over the given templates.
         *
         * @param templates sources by name
         * @return this builder
         */
        public Builder templates(Map<String, String> templates) {
            return loader(Loaders.map(templates));
        }

        /**
         * Turns auto-escaping on or off (default on).
         *
         * @param on whether to escape
         * @return this builder
         */
        public Builder autoescape(boolean on) {
            this.autoescape = on;
            return this;
        }

        /**
         * Sets what a missing variable renders as (default empty; {@code %s} is replaced by the
         * variable name).
         *
         * @param text the replacement text
         * @return this builder
         */
        public Builder stringIfInvalid(String text) {
            this.stringIfInvalid = Objects.requireNonNull(text, "stringIfInvalid");
            return this;
        }

        /**
         * Turns debug mode on or off (default off).
         *
         * @param on whether to debug
         * @return this builder
         */
        public Builder debug(boolean on) {
            this.debug = on;
            return this;
        }

        /**
         * Sets the settings (time zone, date formats, clock).
         *
         * @param value the settings
         * @return this builder
         */
        public Builder settings(TemplateSettings value) {
            this.settings = Objects.requireNonNull(value, "settings");
            return this;
        }

        /**
         * Adds a filter available in every template; it replaces a built-in of the same name.
         *
         * @param spec the filter
         * @return this builder
         */
        public Builder filter(FilterSpec spec) {
            filters.add(Objects.requireNonNull(spec, "filter"));
            return this;
        }

        /**
         * Registers a library of filters that templates enable with {@code {% load name %}}.
         *
         * @param name the library name
         * @param libraryFilters its filters
         * @return this builder
         */
        public Builder library(String name, List<FilterSpec> libraryFilters) {
            Library.Builder lib = Library.builder(Objects.requireNonNull(name, "name"));
            libraryFilters.forEach(lib::filter);
            return library(lib.build());
        }

        /**
         * Registers a library that templates enable with {@code {% load %}} or {@code {% import %}}.
         * When several libraries share a name, the one registered last wins for unqualified loads;
         * each stays reachable with {@code from owner}.
         *
         * @param library the library
         * @return this builder
         */
        public Builder library(Library library) {
            libraries.add(Objects.requireNonNull(library, "library"));
            return this;
        }

        /**
         * Registers the libraries of every {@link LibraryProvider} on the class path
         * ({@link ServiceLoader}, this class's loader), in service order.
         *
         * @return this builder
         */
        public Builder discoverLibraries() {
            return discoverLibraries(Engine.class.getClassLoader());
        }

        /**
         * Registers the libraries of every {@link LibraryProvider} visible to a class loader.
         *
         * @param classLoader where to look for providers
         * @return this builder
         */
        public Builder discoverLibraries(ClassLoader classLoader) {
            for (LibraryProvider provider : ServiceLoader.load(LibraryProvider.class, classLoader)) {
                provider.libraries().forEach(this::library);
            }
            return this;
        }

        /**
         * Adds a library loaded into every template without {@code {% load %}} (Django's
         * {@code builtins} option); its tags and filters replace built-ins of the same name.
         *
         * @param library the library
         * @return this builder
         */
        public Builder builtin(Library library) {
            builtins.add(Objects.requireNonNull(library, "library"));
            return this;
        }

        /**
         * Sets where {@code {% csrf_token %}} gets its token (default: the context variable
         * {@code csrf_token}; no token renders nothing).
         *
         * @param source the token source
         * @return this builder
         */
        public Builder csrfTokenSource(CsrfTokenSource source) {
            this.csrfTokenSource = Objects.requireNonNull(source, "csrfTokenSource");
            return this;
        }

        /**
         * Sets the maximum nesting of includes and extends (default 100).
         *
         * @param depth the maximum depth, at least 1
         * @return this builder
         */
        public Builder maxDepth(int depth) {
            if (depth < 1) {
                throw new IllegalArgumentException("maxDepth must be at least 1, was " + depth);
            }
            this.maxDepth = depth;
            return this;
        }

        /**
         * Sets the policy deciding which members templates may read (default
         * {@link MemberAccessPolicy#defaults()}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder memberAccessPolicy(MemberAccessPolicy policy) {
            this.memberAccessPolicy = Objects.requireNonNull(policy, "memberAccessPolicy");
            return this;
        }

        /**
         * Limits how many characters one rendering may produce (default unlimited); a rendering
         * that would exceed it fails with a {@link TemplateRenderError} of kind
         * {@code OutputTooLarge}.
         *
         * @param chars the maximum output length, at least 1
         * @return this builder
         */
        public Builder maxOutputSize(long chars) {
            if (chars < 1) {
                throw new IllegalArgumentException("maxOutputSize must be at least 1, was " + chars);
            }
            this.maxOutputSize = chars;
            return this;
        }

        /**
         * Turns strict mode on or off (default off): a variable that does not resolve is an error
         * ({@link TemplateRenderError} of kind {@code VariableDoesNotExist}, listing the names that
         * were available) instead of rendering as {@code string_if_invalid}. Tags that test for
         * existence ({@code if}, {@code default}, {@code firstof}, ...) still see a missing value.
         *
         * @param on whether missing variables fail
         * @return this builder
         */
        public Builder strict(boolean on) {
            this.strict = on;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine
         */
        public Engine build() {
            return new Engine(this);
        }
    }
}
