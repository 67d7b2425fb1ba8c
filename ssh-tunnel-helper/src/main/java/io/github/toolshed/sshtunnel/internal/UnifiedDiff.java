package io.github.toolshed.sshtunnel.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, in the format of {@code diff -u}.
 *
 * <p>Common leading and trailing lines are matched first; the differing middle is aligned with a
 * longest-common-subsequence table when it is small (config edits touch one block), and shown as
 * a plain replacement when it is too large to align cheaply.
 */
public final class UnifiedDiff {

    private static final long MAX_TABLE = 4_000_000;

    private UnifiedDiff() {}

    private record Op(char kind, String line) {}

    /**
     * Diffs two texts.
     *
     * @param before the old text
     * @param after the new text
     * @param label the file name for the {@code --- a/}/{@code +++ b/} headers
     * @param context lines of context around each change
     * @return the diff, or an empty string when the texts are equal
     */
    public static String diff(String before, String after, String label, int context) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        List<Op> ops = align(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- a/").append(label).append('\n').append("+++ b/").append(label).append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - context);
            int end = i;
            int lastChange = i;
            while (end < ops.size()) {
                if (ops.get(end).kind() != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * context) {
                    break;
                }
                end++;
            }
            end = Math.min(ops.size(), lastChange + context + 1);
            appendHunk(out, ops, start, end);
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Op> ops, int start, int end) {
        int oldStart = 1;
        int newStart = 1;
        for (int k = 0; k < start; k++) {
            oldStart += ops.get(k).kind() != '+' ? 1 : 0;
            newStart += ops.get(k).kind() != '-' ? 1 : 0;
        }
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (int k = start; k < end; k++) {
            Op op = ops.get(k);
            oldCount += op.kind() != '+' ? 1 : 0;
            newCount += op.kind() != '-' ? 1 : 0;
            body.append(op.kind()).append(op.line()).append('\n');
        }
        out.append("@@ -").append(range(oldCount == 0 ? oldStart - 1 : oldStart, oldCount))
                .append(" +").append(range(newCount == 0 ? newStart - 1 : newStart, newCount)).append(" @@\n")
                .append(body);
    }

    private static String range(int start, int count) {
        return count == 1 ? Integer.toString(start) : start + "," + count;
    }

    private static List<Op> align(List<String> a, List<String> b) {
        int pre = 0;
        while (pre < a.size() && pre < b.size() && a.get(pre).equals(b.get(pre))) {
            pre++;
        }
        int suf = 0;
        while (suf < a.size() - pre && suf < b.size() - pre
                && a.get(a.size() - 1 - suf).equals(b.get(b.size() - 1 - suf))) {
            suf++;
        }
        List<Op> ops = new ArrayList<>();
        a.subList(0, pre).forEach(l -> ops.add(new Op(' ', l)));
        List<String> ma = a.subList(pre, a.size() - suf);
        List<String> mb = b.subList(pre, b.size() - suf);
        if ((long) (ma.size() + 1) * (mb.size() + 1) > MAX_TABLE) {
            ma.forEach(l -> ops.add(new Op('-', l)));
            mb.forEach(l -> ops.add(new Op('+', l)));
        } else {
            lcs(ma, mb, ops);
        }
        a.subList(a.size() - suf, a.size()).forEach(l -> ops.add(new Op(' ', l)));
        return ops;
    }

    private static void lcs(List<String> a, List<String> b, List<Op> ops) {
        int n = a.size();
        int m = b.size();
        int[][] t = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                t[i][j] = a.get(i).equals(b.get(j)) ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                ops.add(new Op(' ', a.get(i++)));
                j++;
            } else if (t[i + 1][j] >= t[i][j + 1]) {
                ops.add(new Op('-', a.get(i++)));
            } else {
                ops.add(new Op('+', b.get(j++)));
            }
        }
        while (i < n) {
            ops.add(new Op('-', a.get(i++)));
        }
        while (j < m) {
            ops.add(new Op('+', b.get(j++)));
        }
    }

    /** Splits into lines without terminators; a missing final newline is shown as diff does. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        if (text.isEmpty()) {
            return out;
        }
        String[] parts = text.split("\n", -1);
        for (int k = 0; k < parts.length - 1; k++) {
            out.add(parts[k]);
        }
        String last = parts[parts.length - 1];
        if (!last.isEmpty()) {
            out.add(last + "\n\\ No newline at end of file");
        }
        return out;
    }
}
