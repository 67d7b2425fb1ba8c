package io.github.toolshed.demo.blog;

import java.util.Map;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Points links between doc pages ({@code surlex.md#router}) at the pages' posts, and relative
 * images ({@code images/chat.png}) at {@code /images/}, where the build puts the docs' images.
 */
final class DocLinks implements AttributeProvider {

    private final Map<String, String> postPaths;

    DocLinks(Map<String, String> postPaths) {
        this.postPaths = postPaths;
    }

    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Image && attributes.getOrDefault("src", "").startsWith("images/")) {
            attributes.put("src", "/" + attributes.get("src"));
            return;
        }
        if (!(node instanceof Link) || !attributes.containsKey("href")) {
            return;
        }
        String href = attributes.get("href");
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String path = postPaths.get(file);
        if (path != null) {
            attributes.put("href", path + (hash < 0 ? "" : href.substring(hash)));
        }
    }
}
