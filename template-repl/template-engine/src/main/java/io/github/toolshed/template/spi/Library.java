package io.github.toolshed.template.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named set of tags and filters that templates enable with {@code {% load name %}} or
 * {@code {% import name %}}. The owner qualifies the name (the providing module or application,
 * e.g. {@code toolshed.cache} or {@code com.example.blog}) so that two owners can ship libraries of
 * the same name: {@code {% load name from owner %}} picks one. Immutable.
 *
 * <pre>{@code
 * Library lib = Library.builder("greetings").owner("com.example.blog")
 *         .simpleTag("hello", call -> "Hello, " + call.arg(0, "world") + "!")
 *         .filter(FilterSpec.of("shout", FilterSpec.Arity.NONE, (v, a, c) -> String.valueOf(v).toUpperCase()))
 *         .build();
 * }</pre>
 *
 * @param name the library name ({@code load} uses it)
 * @param owner the dotted owner qualifier ({@code from} uses it)
 * @param tags the tags by name
 * @param filters the filters by name
 */
public record Library(String name, String owner, Map<String, BlockTag> tags, Map<String, FilterSpec> filters) {

    /** The owner of libraries built without {@link Builder#owner(String)}. */
    public static final String DEFAULT_OWNER = "application";

    static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    /**
     * Validates and copies.
     *
     * @param name the library name
     * @param owner the owner qualifier
     * @param tags the tags
     * @param filters the filters
     */
    public Library {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        if (!DOTTED.matcher(name).matches()) {
            throw new IllegalArgumentException("library name is not a (dotted) identifier: '" + name + "'");
        }
        if (!DOTTED.matcher(owner).matches()) {
            throw new IllegalArgumentException("library owner is not a dotted identifier: '" + owner + "'");
        }
        tags = Map.copyOf(new LinkedHashMap<>(tags));
        filters = Map.copyOf(new LinkedHashMap<>(filters));
    }

    /**
     * Starts a library.
     *
     * @param name the library name, e.g. {@code "humanize"}
     * @return a builder
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** Builds a {@link Library}; later registrations of a name replace earlier ones. */
    public static final class Builder {
        private final String name;
        private String owner = DEFAULT_OWNER;
        private final Map<String, BlockTag> tags = new LinkedHashMap<>();
        private final Map<String, FilterSpec> filters = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the owner qualifier (default {@value Library#DEFAULT_OWNER}).
         *
         * @param value a dotted name such as {@code com.example.blog}
         * @return this builder
         */
        public Builder owner(String value) {
            this.owner = Objects.requireNonNull(value, "owner");
            return this;
        }

        /**
         * Adds a filter.
         *
         * @param spec the filter and its flags
         * @return this builder
         */
        public Builder filter(FilterSpec spec) {
            filters.put(spec.name(), spec);
            return this;
        }

        /**
         * Adds a filter without flags (Django's {@code @register.filter}).
         *
         * @param filterName the name
         * @param arity accepted arguments
         * @param filter the function
         * @return this builder
         */
        public Builder filter(String filterName, FilterSpec.Arity arity, Filter filter) {
            return filter(FilterSpec.of(filterName, arity, filter));
        }

        /**
         * Adds a tag with its own parser (Django's {@code @register.tag}).
         *
         * @param tagName the name
         * @param tag the compiler
         * @return this builder
         */
        public Builder tag(String tagName, BlockTag tag) {
            checkTagName(tagName);
            tags.put(tagName, Objects.requireNonNull(tag, "tag"));
            return this;
        }

        /**
         * Adds a simple tag (Django's {@code simple_tag}): {@code {% name a b key=c %}} or
         * {@code {% name a as var %}}.
         *
         * @param tagName the name
         * @param tag the function of the resolved arguments
         * @return this builder
         */
        public Builder simpleTag(String tagName, SimpleTag tag) {
            Objects.requireNonNull(tag, "tag");
            return tag(tagName, SimpleTags.simple(tag));
        }

        /**
         * Adds an inclusion tag (Django's {@code inclusion_tag}): renders {@code template} with the
         * variables the function returns.
         *
         * @param tagName the name
         * @param template the name of the template to render
         * @param tag the function of the resolved arguments
         * @return this builder
         */
        public Builder inclusionTag(String tagName, String template, InclusionTag tag) {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(tag, "tag");
            return tag(tagName, SimpleTags.inclusion(template, tag));
        }

        private static void checkTagName(String tagName) {
            Objects.requireNonNull(tagName, "tagName");
            if (!IDENTIFIER.matcher(tagName).matches()) {
                throw new IllegalArgumentException("tag name is not an identifier: '" + tagName + "'");
            }
        }

        /**
         * Builds the library.
         *
         * @return the library
         */
        public Library build() {
            return new Library(name, owner, tags, filters);
        }
    }
}
