package io.github.toolshed.template;

import java.util.ArrayList;
import java.util.List;

/** Template names relative to the including template ({@code "./x"}, {@code "../x"}). */
final class TemplateNames {

    private TemplateNames() {}

    /** Django's {@code construct_relative_path} for {@code "./x"} and {@code "../x"} names. */
    static String relativePath(String current, String relative) {
        String stripped = strip(relative);
        if (!stripped.startsWith("./") && !stripped.startsWith("../")) {
            return relative;
        }
        String base = current.startsWith("/") ? current.replaceFirst("^/+", "") : current;
        String normalized = normalize(dirname(base), stripped);
        if (normalized.startsWith("../") || normalized.equals("..")) {
            throw new TemplateSyntaxError("The relative path '" + relative + "' points outside the file hierarchy that template '"
                    + current + "' is in.");
        }
        if (base.equals(normalized)) {
            throw new TemplateSyntaxError("The relative path '" + relative + "' was translated to template name '" + current
                    + "', the same template in which the tag appears.");
        }
        boolean quoted = relative.length() > 1 && (relative.charAt(0) == '"' || relative.charAt(0) == '\'')
                && relative.charAt(0) == relative.charAt(relative.length() - 1);
        return quoted ? "\"" + normalized + "\"" : normalized;
    }

    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '"' || s.charAt(a) == '\'')) {
            a++;
        }
        while (b > a && (s.charAt(b - 1) == '"' || s.charAt(b - 1) == '\'')) {
            b--;
        }
        return s.substring(a, b);
    }

    private static String dirname(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** {@code posixpath.normpath(posixpath.join(dir, name))}. */
    private static String normalize(String dir, String name) {
        String joined = dir.isEmpty() ? name : dir + "/" + name;
        List<String> parts = new ArrayList<>();
        for (String p : joined.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..") && !parts.isEmpty() && !parts.getLast().equals("..")) {
                parts.removeLast();
            } else {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? "." : String.join("/", parts);
    }
}
