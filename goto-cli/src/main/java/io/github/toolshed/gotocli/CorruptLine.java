package io.github.toolshed.gotocli;

/**
 * A line of the targets file that could not be read as an alias. It is kept, unchanged, when
 * the file is rewritten, and reported to the user with its line number until it is fixed.
 *
 * @param line the 1-based line number in the file as last read
 * @param text the line as it stands in the file, without its line break
 * @param reason why the line is not an alias, e.g. {@code no tab between name and path}
 */
public record CorruptLine(int line, String text, String reason) {}
