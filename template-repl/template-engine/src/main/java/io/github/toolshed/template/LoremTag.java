package io.github.toolshed.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** {@code {% lorem [count] [w|p|b] [random] %}}: placeholder Latin text. */
final class LoremTag {

    static final String COMMON_P = "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor "
            + "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco "
            + "laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit "
            + "esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa "
            + "qui officia deserunt mollit anim id est laborum.";
    static final List<String> COMMON_WORDS = List.of("lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
            "adipisicing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
            "magna", "aliqua");
    static final List<String> WORDS = List.of("exercitationem", "perferendis", "perspiciatis", "laborum", "eveniet",
            "sunt", "iure", "nam", "nobis", "eum", "cum", "officiis", "excepturi", "odio", "consectetur", "quasi",
            "aut", "quisquam", "vel", "eligendi", "itaque", "non", "odit", "tempore", "quaerat", "dignissimos",
            "facilis", "neque", "nihil", "expedita", "vitae", "vero", "ipsum", "nisi", "animi", "cumque", "pariatur",
            "velit", "modi", "natus", "iusto", "eaque", "sequi", "illo", "sed", "ex", "et", "voluptatibus",
            "tempora", "veritatis", "ratione", "assumenda", "incidunt", "nostrum", "placeat", "aliquid", "fuga",
            "provident", "praesentium", "rem", "necessitatibus", "suscipit", "adipisci", "quidem", "possimus",
            "voluptas", "debitis", "sint", "accusantium", "unde", "sapiente", "voluptate", "qui", "aspernatur",
            "laudantium", "soluta", "amet", "quo", "aliquam", "saepe", "culpa", "libero", "ipsa", "dicta",
            "reiciendis", "nesciunt", "doloribus", "autem", "impedit", "minima", "maiores", "repudiandae", "ipsam",
            "obcaecati", "ullam", "enim", "totam", "delectus", "ducimus", "quis", "voluptates", "dolores", "molestiae",
            "harum", "dolorem", "quia", "voluptatem", "molestias", "magni", "distinctio", "omnis", "illum",
            "dolorum", "voluptatum", "ea", "quas", "quam", "corporis", "quae", "blanditiis", "atque", "deserunt",
            "laboriosam", "earum", "consequuntur", "hic", "cupiditate", "quibusdam", "accusamus", "ut", "rerum",
            "error", "minus", "eius", "ab", "ad", "nemo", "fugit", "officia", "at", "in", "id", "quos", "reprehenderit",
            "numquam", "iste", "fugiat", "sit", "inventore", "beatae", "repellendus", "magnam", "recusandae", "quod",
            "explicabo", "doloremque", "aperiam", "consequatur", "asperiores", "commodi", "optio", "dolor", "labore",
            "temporibus", "repellat", "veniam", "architecto", "est", "esse", "mollitia", "nulla", "a", "similique",
            "eos", "alias", "dolore", "tenetur", "deleniti", "porro", "facere", "maxime", "corrupti");

    private LoremTag() {}

    static Node parse(Parser parser, Token token) {
        List<String> bits = new ArrayList<>(token.splitContents());
        String tagName = bits.getFirst();
        boolean common = !bits.getLast().equals("random");
        if (!common) {
            bits.removeLast();
        }
        String method = "b";
        if (List.of("w", "p", "b").contains(bits.getLast())) {
            method = bits.removeLast();
        }
        String countText = bits.size() > 1 ? bits.removeLast() : "1";
        FilterExpression count = parser.compileFilter(countText);
        if (bits.size() != 1) {
            throw new TemplateSyntaxError("Incorrect format for " + Kwargs.repr(tagName) + " tag");
        }
        String m = method;
        return new Node() {
            @Override
            void render(Context context, StringBuilder out) {
                BigDecimal n = PyNumbers.toInt(count.resolve(context));
                int c = n == null ? 1 : n.max(BigDecimal.valueOf(-1)).min(BigDecimal.valueOf(10_000)).intValue();
                if (m.equals("w")) {
                    out.append(words(c, common));
                    return;
                }
                List<String> paras = paragraphs(c, common);
                for (int i = 0; i < paras.size(); i++) {
                    if (i > 0) {
                        out.append("\n\n");
                    }
                    out.append(m.equals("p") ? "<p>" + paras.get(i) + "</p>" : paras.get(i));
                }
            }
        };
    }

    static String words(int count, boolean common) {
        List<String> list = new ArrayList<>(common ? COMMON_WORDS : List.of());
        int c = list.size();
        if (count > c) {
            int remaining = count - c;
            while (remaining > 0) {
                int take = Math.min(remaining, WORDS.size());
                remaining -= take;
                list.addAll(sample(take));
            }
        } else {
            list = list.subList(0, Math.max(0, count));
        }
        return String.join(" ", list);
    }

    static List<String> paragraphs(int count, boolean common) {
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paras.add(common && i == 0 ? COMMON_P : paragraph());
        }
        return paras;
    }

    private static List<String> sample(int k) {
        List<String> copy = new ArrayList<>(WORDS);
        java.util.Collections.shuffle(copy, ThreadLocalRandom.current());
        return copy.subList(0, k);
    }

    private static String sentence() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        int sections = r.nextInt(1, 6);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sections; i++) {
            parts.add(String.join(" ", sample(r.nextInt(3, 13))));
        }
        String s = String.join(", ", parts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1) + (r.nextBoolean() ? "?" : ".");
    }

    private static String paragraph() {
        int n = ThreadLocalRandom.current().nextInt(1, 5);
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sentences.add(sentence());
        }
        return String.join(" ", sentences);
    }
}
