package io.github.toolshed.demo.blog;

/**
 * A tag of the tag cloud.
 *
 * @param name the tag
 * @param count how many posts carry it
 * @param weight 1 (rare) to 4 (the most used), for the cloud's font size
 */
public record TagCount(String name, int count, int weight) {}
