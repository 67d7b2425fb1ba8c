package io.github.toolshed.template.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of the input: on Enter, an input whose block tag is still open (asked of the
 * template parser, not guessed) raises {@link EOFError}, so JLine shows the continuation prompt;
 * for completion, the word under the cursor is the one {@link TemplateCompleter} completes.
 */
final class ReplLineParser implements Parser {

    private final ReplSession session;

    ReplLineParser(ReplSession session) {
        this.session = session;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !session.isComplete(line)) {
            throw new EOFError(-1, -1, "a block tag is still open", "block");
        }
        int at = Math.min(Math.max(cursor, 0), line.length());
        String before = line.substring(0, at);
        int start = TemplateCompleter.wordStart(before);
        int end = at;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || line.charAt(end) == '_')) {
            end++;
        }
        return new Line(line, at, line.substring(start, end), at - start);
    }

    /**
     * The whole buffer as one line with one word: the one being completed. Template words are never
     * quoted or escaped, so candidates are inserted as they are.
     */
    private record Line(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }
    }
}
