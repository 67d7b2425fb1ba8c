package io.github.toolshed.template;

import io.github.toolshed.template.filters.BuiltinFilters;
import io.github.toolshed.template.spi.FilterSpec;
import io.github.toolshed.template.spi.Library;

/**
 * Django's built-in tags ({@code defaulttags} and {@code loader_tags}) and filters, packaged as the
 * library every template has loaded.
 */
final class BuiltinTags {

    /** The owner qualifier of the built-in library. */
    static final String OWNER = "toolshed.template";

    private BuiltinTags() {}

    /** The built-in library: every tag below plus {@link BuiltinFilters#all()}, in that order. */
    static Library library() {
        Library.Builder b = Library.builder("builtins").owner(OWNER);
        tag(b, "autoescape", MiscTags::parseAutoescape);
        tag(b, "block", InheritanceTags::parseBlock);
        tag(b, "comment", MiscTags::parseComment);
        tag(b, "csrf_token", MiscTags::parseCsrfToken);
        tag(b, "cycle", ValueTags::parseCycle);
        tag(b, "debug", MiscTags::parseDebug);
        tag(b, "extends", InheritanceTags::parseExtends);
        tag(b, "filter", MiscTags::parseFilter);
        tag(b, "firstof", ValueTags::parseFirstOf);
        tag(b, "for", ForTag::parse);
        tag(b, "if", IfTags::parseIf);
        tag(b, "ifchanged", IfTags::parseIfChanged);
        tag(b, "ifequal", (p, t) -> IfTags.parseIfEqual(p, t, false));
        tag(b, "ifnotequal", (p, t) -> IfTags.parseIfEqual(p, t, true));
        tag(b, "import", Libraries::importTag);
        tag(b, "include", IncludeTag::parse);
        tag(b, "load", Libraries::load);
        tag(b, "lorem", LoremTag::parse);
        tag(b, "now", MiscTags::parseNow);
        tag(b, "partial", PartialTags::parsePartial);
        tag(b, "partialdef", PartialTags::parseDef);
        tag(b, "regroup", RegroupTag::parse);
        tag(b, "resetcycle", ValueTags::parseResetCycle);
        tag(b, "spaceless", MiscTags::parseSpaceless);
        tag(b, "templatetag", MiscTags::parseTemplateTag);
        tag(b, "verbatim", MiscTags::parseVerbatim);
        tag(b, "widthratio", MiscTags::parseWidthRatio);
        tag(b, "with", ValueTags::parseWith);
        for (FilterSpec spec : BuiltinFilters.all()) {
            b.filter(spec);
        }
        return b.build();
    }

    private static void tag(Library.Builder b, String name, TagParser parser) {
        b.tag(name, new LibraryTags.NativeTag(parser));
    }
}
