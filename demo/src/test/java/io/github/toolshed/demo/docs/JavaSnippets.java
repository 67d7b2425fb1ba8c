package io.github.toolshed.demo.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles the {@code java} blocks of the docs against the demo's test classpath (every
 * Toolshed module the docs talk about is on it), so a renamed method or class breaks the build.
 *
 * <p>A block is tried as statements in a method body, then as class members, then as a
 * compilation unit; it passes when one of them compiles without errors. Every Toolshed API
 * package and the usual JDK and Spring packages are imported on demand. Names a block uses
 * without declaring them are declared by a marker above the fence,
 * {@code <!-- given: PageCache cache; HttpServletRequest request -->}, or by a class of the
 * {@code context} package ({@code <!-- context: SurlexSpringDocs -->}: its members are imported;
 * markers combine with {@code |}), and an elision
 * {@code { ... }}, {@code -> ...} or {@code (...)} stands for any body or argument list.
 */
final class JavaSnippets {

    private static final List<String> FIXED_IMPORTS = List.of("java.util", "java.util.function", "java.time",
            "java.io", "java.nio.file", "java.lang.reflect", "java.util.concurrent", "jakarta.servlet",
            "jakarta.servlet.http", "org.springframework.web.bind.annotation", "org.springframework.context.annotation",
            "org.springframework.http", "org.springframework.web.servlet.function", "org.springframework.stereotype");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "(?m)^(public\\s+|abstract\\s+|final\\s+|sealed\\s+)*(class|interface|record|enum)\\s+\\w+");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:final\\s+|abstract\\s+|sealed\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");
    private static final Pattern MEMBER_START = Pattern.compile("(?s)^\\s*@\\w+.*|^\\s*(public\\s+|static\\s+)*[\\w<>\\[\\], ]+\\s+\\w+\\([^;]*\\)\\s*\\{.*");

    private JavaSnippets() {}

    /**
     * Compiles the blocks, each in the form it most likely has first, then in the others; returns
     * a failure message per block that compiles in no form.
     */
    static Map<DocBlock, String> compile(List<DocBlock> blocks, Path workDirectory) throws IOException {
        String imports = imports();
        Map<DocBlock, String> failures = new LinkedHashMap<>();
        for (DocBlock block : blocks) {
            Form preferred = preferred(block);
            String error = compileOne(block, preferred, imports, workDirectory);
            for (Form form : Form.values()) {
                if (error == null || form == preferred) {
                    continue;
                }
                if (compileOne(block, form, imports, workDirectory) == null) {
                    error = null;
                }
            }
            if (error != null) {
                failures.put(block, "does not compile (as " + preferred.description + "): " + error);
            }
        }
        return failures;
    }

    private static String compileOne(DocBlock block, Form form, String imports, Path work) throws IOException {
        return compileAll(List.of(block), form, imports, work).get(block);
    }

    /** The three ways a block may be meant. */
    enum Form {
        STATEMENTS("statements in a method"),
        MEMBERS("members of a class"),
        UNIT("a compilation unit");

        final String description;

        Form(String description) {
            this.description = description;
        }
    }

    private static Form preferred(DocBlock block) {
        String code = expand(block.text());
        if (TYPE_DECLARATION.matcher(code).find() && !code.contains("SurlexRoutes.builder().get(")) {
            return Form.UNIT;
        }
        return MEMBER_START.matcher(code).matches() ? Form.MEMBERS : Form.STATEMENTS;
    }

    private static Map<DocBlock, String> compileAll(List<DocBlock> blocks, Form form, String imports, Path work)
            throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, DocBlock> byUri = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        List<JavaFileObject> sources = new ArrayList<>();
        int n = 0;
        for (DocBlock block : blocks) {
            String pkg = "snippet" + form.ordinal() + "_" + (n++);
            String header = "package " + pkg + ";\n" + imports + importsOf(block);
            String code = expand(block.text());
            String given = given(block);
            String prefix;
            String suffix;
            String typeName = "Snippet";
            switch (form) {
                case STATEMENTS -> {
                    prefix = header + "class Snippet {\n@SuppressWarnings(\"all\") void run(" + given
                            + ") throws Throwable {\n";
                    suffix = "\n}\n}\n";
                }
                case MEMBERS -> {
                    prefix = header + "@SuppressWarnings(\"all\") abstract class Snippet {\n" + fields(given);
                    suffix = "\n}\n";
                }
                default -> {
                    var m = PUBLIC_TYPE.matcher(code);
                    typeName = m.find() ? m.group(1) : "Snippet";
                    prefix = header;
                    suffix = "\n";
                }
            }
            String source = prefix + code + suffix;
            URI uri = URI.create("string:///" + pkg.replace('.', '/') + "/" + typeName + ".java");
            byUri.put(uri.toString(), block);
            headerLines.put(uri.toString(), (int) prefix.chars().filter(c -> c == '\n').count());
            String text = source;
            sources.add(new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return text;
                }
            });
        }
        Path out = Files.createDirectories(work.resolve("form-" + form.ordinal()));
        List<String> options = List.of("-proc:none", "-implicit:none", "-Xlint:none", "-nowarn",
                "-classpath", classpath(), "-d", out.toString());
        try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
            // one task per block: a syntax error in one file would stop javac before it checks the others
            for (JavaFileObject source : sources) {
                compiler.getTask(null, files, diagnostics, options, null, List.of(source)).call();
            }
        }
        Map<DocBlock, String> errors = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR || d.getSource() == null) {
                continue;
            }
            String uri = d.getSource().toUri().toString();
            DocBlock block = byUri.get(uri);
            if (block != null && !errors.containsKey(block)) {
                long line = d.getLineNumber() - headerLines.get(uri);
                errors.put(block, "block line " + line + ": " + String.join(" ", d.getMessage(null).lines().map(String::strip).toList()));
            }
        }
        return errors;
    }

    /** Replaces the elisions docs use by code that compiles. */
    static String expand(String code) {
        return code.replaceAll("\\{\\s*\\.\\.\\.\\s*}", "{ throw new UnsupportedOperationException(); }")
                .replaceAll("->\\s*\\.\\.\\.", "-> { throw new UnsupportedOperationException(); }")
                .replace("(...)", "()");
    }

    private static String given(DocBlock block) {
        String given = markerValue(block, "given");
        return given.isEmpty() ? "" : String.join(", ", given.split("\\s*;\\s*"));
    }

    private static String fields(String given) {
        if (given.isEmpty()) {
            return "";
        }
        StringBuilder fields = new StringBuilder();
        for (String declaration : given.split(",\\s*(?![^<]*>)")) {
            fields.append(declaration).append(";\n");
        }
        return fields.toString();
    }

    private static String importsOf(DocBlock block) {
        String value = markerValue(block, "imports");
        StringBuilder imports = new StringBuilder();
        String context = markerValue(block, "context");
        if (!context.isEmpty()) {
            String type = JavaSnippets.class.getPackageName() + ".context." + context;
            imports.append("import ").append(type).append(".*;\nimport static ").append(type).append(".*;\n");
        }
        for (String name : value.isEmpty() ? new String[0] : value.split("\\s*[;,]\\s*")) {
            imports.append("import ").append(name).append(";\n");
        }
        return imports.toString();
    }

    /** The value of {@code key: value} in a block's marker, markers separated by {@code |}. */
    static String markerValue(DocBlock block, String key) {
        for (String part : block.marker().split("\\s*\\|\\s*")) {
            if (part.startsWith(key + ":")) {
                return part.substring(key.length() + 1).strip();
            }
        }
        return "";
    }

    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** On-demand imports of every Toolshed package on the classpath (not internal ones) and the fixed list. */
    private static String imports() {
        TreeSet<String> packages = new TreeSet<>(FIXED_IMPORTS);
        for (String entry : classpath().split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                Path base = path.resolve("io/github/toolshed");
                if (Files.isDirectory(base) && !path.endsWith("test-classes")) {
                    try (Stream<Path> walk = Files.walk(base)) {
                        walk.filter(p -> p.toString().endsWith(".class"))
                                .map(p -> path.relativize(p.getParent()).toString().replace(File.separatorChar, '.'))
                                .forEach(packages::add);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            } else if (entry.endsWith(".jar") && path.getFileName().toString().startsWith("toolshed-")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements();) {
                        String name = e.nextElement().getName();
                        if (name.startsWith("io/github/toolshed/") && name.endsWith(".class")) {
                            packages.add(name.substring(0, name.lastIndexOf('/')).replace('/', '.'));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        StringBuilder imports = new StringBuilder();
        for (String pkg : packages) {
            if (!pkg.contains("internal") && !pkg.startsWith("io.github.toolshed.demo")
                    && !pkg.startsWith("io.github.toolshed.testsupport")) {
                imports.append("import ").append(pkg).append(".*;\n");
            }
        }
        return imports.toString();
    }
}
