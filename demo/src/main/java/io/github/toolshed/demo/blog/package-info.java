/**
 * The demo's blog, whose posts are Toolshed's own docs. {@link io.github.toolshed.demo.blog.PostRepository}
 * reads the Markdown pages with their {@link io.github.toolshed.demo.blog.FrontMatter} and renders
 * them with commonmark; {@code BlogController} and {@code FeedController} serve them through
 * surlex routes ({@code @SurlexMapping}), and Toolshed templates under {@code templates/} render
 * the pages, linking with {@code {% url %}}. Error pages go through the same templates.
 */
package io.github.toolshed.demo.blog;
