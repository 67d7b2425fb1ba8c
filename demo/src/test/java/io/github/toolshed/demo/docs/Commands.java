package io.github.toolshed.demo.docs;

import io.github.toolshed.surlex.Surlex;
import io.github.toolshed.surlex.spring.SurlexMapping;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the commands of {@code sh} and {@code console} blocks. In a {@code console} block,
 * commands follow a {@code $ } (or {@code toolshed> }) prompt and the lines up to the next
 * prompt are their output; in an {@code sh} block every line is a command. A command passes when
 * what it names exists: Maven modules ({@code -pl}) and profiles ({@code -P}), scripts, jars'
 * modules, main classes, demo URLs (they must match one of the demo's surlex routes); a jar
 * outside any {@code target/} directory is the reader's own application and is not checked. The
 * shell app's {@code surlex to-regex} and {@code surlex match} are run through surlex-core, and
 * their shown output must be what they print. Unknown programs fail.
 */
final class Commands {

    /** Programs the docs may name that are not part of this repository. */
    private static final Set<String> SYSTEM = Set.of("grep", "ssh", "autossh", "cd", "hyperfine", "redis-server",
            "redis-cli", "nginx", "memcached", "cat", "ls", "echo", "sudo", "apt-get", "head", "tail", "sort",
            "xdg-open", "nc", "export", "kill", "wait", "sleep");
    /** Commands of the shell app (and their stand-alone launchers). */
    private static final Set<String> TOOLSHED = Set.of("surlex", "goto", "tunnel", "help", "template", "exit");
    private static final Pattern DEMO_URL = Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):8080(/[^\\s'\"]*)?");
    private static final List<String> DEMO_CONTROLLERS = List.of("io.github.toolshed.demo.blog.BlogController",
            "io.github.toolshed.demo.blog.FeedController", "io.github.toolshed.demo.admin.CacheAdminController");
    /** Paths the demo serves outside its surlex routes. */
    private static final List<String> DEMO_STATIC = List.of("/chat/", "/actuator/", "/images/", "/blog.css");

    private final Path root;
    private final List<Surlex> routes = new ArrayList<>();

    Commands(Path root) throws ClassNotFoundException {
        this.root = root;
        for (String name : DEMO_CONTROLLERS) {
            for (Method method : Class.forName(name).getDeclaredMethods()) {
                SurlexMapping mapping = method.getAnnotation(SurlexMapping.class);
                if (mapping != null) {
                    routes.add(Surlex.compile(mapping.value()));
                }
            }
        }
    }

    /** The problems of a block, each as {@code file:line: message}. */
    List<String> check(DocBlock block) throws IOException {
        List<String> failures = new ArrayList<>();
        boolean console = block.language().equals("console");
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = i;
            String command;
            if (console) {
                if (line.startsWith("$ ")) {
                    command = line.substring(2);
                } else if (line.startsWith("toolshed> ")) {
                    String first = line.substring(10).strip().split("\\s+")[0];
                    if (!TOOLSHED.contains(first)) {
                        failures.add(where(block, i) + ": not a command of the shell app: " + first);
                    }
                    continue;
                } else {
                    continue;
                }
            } else {
                command = line;
            }
            while (command.endsWith("\\") && i + 1 < lines.size()) {
                command = command.substring(0, command.length() - 1) + " " + lines.get(++i).strip();
            }
            List<String> output = new ArrayList<>();
            if (console) {
                for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ ")
                        && !lines.get(j).startsWith("toolshed> "); j++) {
                    output.add(lines.get(j));
                }
            }
            for (String problem : command(stripComment(command).strip(), output)) {
                failures.add(where(block, at) + ": " + problem);
            }
        }
        return failures;
    }

    private static String where(DocBlock block, int index) {
        return block.file() + ":" + (block.line() + 1 + index);
    }

    private List<String> command(String command, List<String> output) throws IOException {
        List<String> problems = new ArrayList<>();
        if (command.isEmpty() || command.startsWith("#")) {
            return problems;
        }
        for (String part : split(command, '|')) {
            List<String> words = words(part);
            while (!words.isEmpty() && words.getFirst().matches("[A-Z_][A-Z0-9_]*=.*")) {
                words.removeFirst();
            }
            if (words.isEmpty()) {
                continue;
            }
            String program = words.getFirst();
            List<String> args = words.subList(1, words.size());
            switch (program) {
                case "mvn" -> problems.addAll(maven(args));
                case "java" -> problems.addAll(java(args, output));
                case "curl" -> problems.addAll(urls(part));
                default -> {
                    if (program.endsWith("/toolshed-shell")) {
                        problems.addAll(targetOf(program));
                        problems.addAll(shell(args, output));
                    } else if (program.contains("/")) {
                        problems.addAll(program.contains("/target/") ? targetOf(program) : script(program));
                    } else if (!SYSTEM.contains(program) && !TOOLSHED.contains(program)) {
                        problems.add("unknown program '" + program + "'");
                    }
                }
            }
        }
        return problems;
    }

    private List<String> maven(List<String> args) throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> poms = new ArrayList<>(List.of(root.resolve("pom.xml")));
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-pl") && i + 1 < args.size()) {
                for (String module : args.get(i + 1).split(",")) {
                    Path pom = root.resolve(module).resolve("pom.xml");
                    if (!Files.isRegularFile(pom)) {
                        problems.add("no Maven module '" + module + "'");
                    } else {
                        poms.add(pom);
                    }
                }
            }
        }
        for (String arg : args) {
            if (arg.startsWith("-P")) {
                for (String profile : arg.substring(2).split(",")) {
                    String id = "<id>" + profile.replace("!", "") + "</id>";
                    boolean found = false;
                    for (Path pom : poms) {
                        found |= Files.readString(pom, StandardCharsets.UTF_8).contains(id);
                    }
                    if (!found) {
                        problems.add("no Maven profile '" + profile + "' in " + poms.stream()
                                .map(p -> root.relativize(p).toString()).toList());
                    }
                }
            }
        }
        return problems;
    }

    private List<String> java(List<String> args, List<String> output) throws IOException {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-jar")) {
                if (args.get(i + 1).contains("/target/")) {
                    problems.addAll(targetOf(args.get(i + 1)));
                }
                if (args.get(i + 1).endsWith("toolshed-shell.jar")) {
                    problems.addAll(shell(args.subList(i + 2, args.size()), output));
                }
                return problems;
            }
            if (args.get(i).equals("-cp") && i + 2 < args.size()) {
                problems.addAll(targetOf(args.get(i + 1)));
                String module = args.get(i + 1).substring(0, Math.max(0, args.get(i + 1).indexOf("/target/")));
                Path source = root.resolve(module).resolve("src/main/java")
                        .resolve(args.get(i + 2).replace('.', '/') + ".java");
                if (!Files.isRegularFile(source)) {
                    problems.add("no main class " + args.get(i + 2) + " in " + module);
                }
                return problems;
            }
        }
        return problems;
    }

    private List<String> shell(List<String> args, List<String> output) {
        List<String> problems = new ArrayList<>();
        if (args.isEmpty()) {
            return problems;
        }
        if (!TOOLSHED.contains(args.getFirst())) {
            problems.add("not a command of the shell app: " + args.getFirst());
            return problems;
        }
        if (output.isEmpty() || !args.getFirst().equals("surlex") || args.size() < 3) {
            return problems;
        }
        String actual = switch (args.get(1)) {
            case "to-regex" -> Surlex.toRegex(args.get(2));
            case "match" -> args.size() < 4 ? null : Surlex.match(args.get(2), args.get(3)).map(Commands::json).orElse("");
            default -> null;
        };
        String shown = String.join("\n", output).strip();
        if (actual != null && !actual.equals(shown)) {
            problems.add("'surlex " + args.get(1) + "' prints " + actual + ", the docs show " + shown);
        }
        return problems;
    }

    private static String json(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((name, value) -> json.append(json.length() > 1 ? ", " : "")
                .append('"').append(name).append("\": \"").append(value.replace("\\", "\\\\").replace("\"", "\\\""))
                .append('"'));
        return json.append('}').toString();
    }

    private List<String> urls(String command) {
        List<String> problems = new ArrayList<>();
        Matcher url = DEMO_URL.matcher(command);
        while (url.find()) {
            String path = Optional.ofNullable(url.group(1)).orElse("/");
            String bare = path.replaceAll("[?#].*", "");
            boolean served = DEMO_STATIC.stream().anyMatch(bare::startsWith)
                    || routes.stream().anyMatch(r -> r.match(bare).isPresent());
            if (!served) {
                problems.add("the demo serves no page at " + path);
            }
        }
        return problems;
    }

    private List<String> targetOf(String path) {
        int target = path.indexOf("/target/");
        String module = target < 0 ? path : path.substring(0, target);
        return Files.isRegularFile(root.resolve(module).resolve("pom.xml")) ? List.of()
                : List.of("no Maven module '" + module + "' builds " + path);
    }

    private List<String> script(String path) {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            return List.of("no file " + path);
        }
        return Files.isExecutable(file) ? List.of() : List.of(path + " is not executable");
    }

    /** The artifactIds of every module of the build. */
    static List<String> artifactIds(Path root) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> poms = Files.find(root, 4, (p, a) -> p.getFileName().toString().equals("pom.xml")
                && !p.toString().contains("/target/") && !p.toString().contains("/src/"))) {
            for (Path pom : poms.toList()) {
                String xml = Files.readString(pom, StandardCharsets.UTF_8).replaceAll("(?s)<parent>.*?</parent>", "");
                Matcher id = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(xml);
                if (id.find()) {
                    ids.add(id.group(1).strip());
                }
            }
        }
        return ids;
    }

    private static String stripComment(String command) {
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '#' && !single && !dbl && (i == 0 || Character.isWhitespace(command.charAt(i - 1)))) {
                return command.substring(0, i);
            }
        }
        return command;
    }

    private static List<String> split(String command, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean single = false;
        boolean dbl = false;
        for (char c : command.toCharArray()) {
            if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            }
            if (c == separator && !single && !dbl) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Splits a command into words, honouring single and double quotes and dropping redirections. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        words.removeIf(w -> w.matches("\\d?>.*|<.*") && !w.startsWith("<jdk"));
        return words;
    }
}
