package io.github.toolshed.template;

import java.util.HashMap;
import java.util.Map;

/** The registry of Django's built-in tags ({@code defaulttags} and {@code loader_tags}). */
final class BuiltinTags {

    private BuiltinTags() {}

    static Map<String, TagParser> all() {
        Map<String, TagParser> tags = new HashMap<>();
        tags.put("autoescape", MiscTags::parseAutoescape);
        tags.put("block", InheritanceTags::parseBlock);
        tags.put("comment", MiscTags::parseComment);
        tags.put("csrf_token", MiscTags::parseCsrfToken);
        tags.put("cycle", ValueTags::parseCycle);
        tags.put("debug", MiscTags::parseDebug);
        tags.put("extends", InheritanceTags::parseExtends);
        tags.put("filter", MiscTags::parseFilter);
        tags.put("firstof", ValueTags::parseFirstOf);
        tags.put("for", ForTag::parse);
        tags.put("if", IfTags::parseIf);
        tags.put("ifchanged", IfTags::parseIfChanged);
        tags.put("ifequal", (p, t) -> IfTags.parseIfEqual(p, t, false));
        tags.put("ifnotequal", (p, t) -> IfTags.parseIfEqual(p, t, true));
        tags.put("include", IncludeTag::parse);
        tags.put("load", Libraries::load);
        tags.put("lorem", LoremTag::parse);
        tags.put("now", MiscTags::parseNow);
        tags.put("partial", PartialTags::parsePartial);
        tags.put("partialdef", PartialTags::parseDef);
        tags.put("regroup", RegroupTag::parse);
        tags.put("resetcycle", ValueTags::parseResetCycle);
        tags.put("spaceless", MiscTags::parseSpaceless);
        tags.put("templatetag", MiscTags::parseTemplateTag);
        tags.put("verbatim", MiscTags::parseVerbatim);
        tags.put("widthratio", MiscTags::parseWidthRatio);
        tags.put("with", ValueTags::parseWith);
        return tags;
    }
}
