package io.github.toolshed.demo.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced code block of a Markdown page: where it is, its info string, the HTML comment just
 * above it (the verification marker, if any) and its lines.
 *
 * @param file the page, relative to the repository root
 * @param line the 1-based line of the opening fence
 * @param language the fence's info string ({@code java}, {@code properties}, {@code sh}, ...)
 * @param marker the text of an HTML comment on the line above the fence, or empty
 * @param lines the block's lines
 */
record DocBlock(String file, int line, String language, String marker, List<String> lines) {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```\\s*([\\w+-]*)\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*<!--\\s*(.*?)\\s*-->\\s*$");

    /** Where the block is, as {@code docs/page.md:12}. */
    String where() {
        return file + ":" + line;
    }

    /** The block's text, lines joined with newlines. */
    String text() {
        return String.join("\n", lines);
    }

    /** Reads every fenced block of a page. */
    static List<DocBlock> read(Path root, String relative) throws IOException {
        List<String> all = Files.readAllLines(root.resolve(relative), StandardCharsets.UTF_8);
        List<DocBlock> blocks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Matcher open = FENCE.matcher(all.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            String marker = "";
            if (i > 0) {
                Matcher comment = COMMENT.matcher(all.get(i - 1));
                if (comment.matches()) {
                    marker = comment.group(1);
                }
            }
            List<String> body = new ArrayList<>();
            int j = i + 1;
            while (j < all.size() && !all.get(j).strip().equals("```")) {
                String l = all.get(j);
                body.add(l.startsWith(indent) ? l.substring(indent.length()) : l.stripLeading());
                j++;
            }
            if (j == all.size()) {
                throw new IllegalStateException(relative + ":" + (i + 1) + ": unclosed code fence");
            }
            blocks.add(new DocBlock(relative, i + 1, open.group(2), marker, List.copyOf(body)));
            i = j;
        }
        return blocks;
    }
}
