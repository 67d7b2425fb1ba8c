package io.github.toolshed.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Server-side template injection payload shapes: each renders as an invalid variable. */
class AccessPolicyTest {

    /** A bean whose every risky member counts calls, so a test can prove none was reached. */
    public static final class Bean {
        static final AtomicInteger RISKY_CALLS = new AtomicInteger();

        public String getName() {
            return "bean";
        }

        public Class<?> getType() {
            RISKY_CALLS.incrementAndGet();
            return String.class;
        }

        public ClassLoader getLoader() {
            RISKY_CALLS.incrementAndGet();
            return Bean.class.getClassLoader();
        }

        public Runtime getRuntime() {
            RISKY_CALLS.incrementAndGet();
            return Runtime.getRuntime();
        }

        public Thread getThread() {
            RISKY_CALLS.incrementAndGet();
            return Thread.currentThread();
        }

        /** Declared as Object: the getter runs, but the Runtime it returns is refused. */
        public Object getSneaky() {
            return Runtime.getRuntime();
        }

        public File getFile() {
            RISKY_CALLS.incrementAndGet();
            return new File("x");
        }

        public Path getPath() {
            RISKY_CALLS.incrementAndGet();
            return Path.of("x");
        }

        public MethodHandles.Lookup getLookup() {
            RISKY_CALLS.incrementAndGet();
            return MethodHandles.lookup();
        }

        public java.lang.reflect.Method getMethod() throws NoSuchMethodException {
            RISKY_CALLS.incrementAndGet();
            return Bean.class.getMethod("getName");
        }

        @AltersData
        public String delete() {
            RISKY_CALLS.incrementAndGet();
            return "deleted";
        }

        public String greet(String who) {
            RISKY_CALLS.incrementAndGet();
            return "hi " + who;
        }

        public static String staticThing() {
            RISKY_CALLS.incrementAndGet();
            return "static";
        }
    }

    /** A record: components are readable. */
    public record Point(int x, int y) {}

    private final Engine engine = Engine.builder().stringIfInvalid("INVALID").build();

    private String render(String source, Map<String, Object> values) {
        return engine.fromString(source).render(values);
    }

    private Map<String, Object> values() {
        Map<String, Object> m = new HashMap<>();
        m.put("bean", new Bean());
        m.put("s", "text");
        m.put("list", new ArrayList<>(List.of(1, 2, 3)));
        m.put("map", new HashMap<>(Map.of("k", "v")));
        m.put("cls", String.class);
        m.put("rt", Runtime.getRuntime());
        m.put("th", Thread.currentThread());
        m.put("file", new File("."));
        m.put("path", Path.of("."));
        return m;
    }

    private static final List<String> PAYLOADS = List.of(
        "s.class", "s.getClass", "s.class.classLoader", "s.getClass.forName", "bean.class.classLoader",
        "bean.class.protectionDomain", "bean.class.module", "bean.type", "bean.type.classLoader", "bean.loader",
        "bean.loader.parent", "bean.runtime", "bean.runtime.exec", "bean.runtime.availableProcessors",
        "bean.thread", "bean.thread.contextClassLoader", "bean.sneaky", "bean.sneaky.freeMemory", "bean.file",
        "bean.file.delete", "bean.path", "bean.path.toFile", "bean.lookup", "bean.method", "bean.method.invoke",
        "bean.delete", "bean.greet", "bean.staticThing", "cls.name", "cls.classLoader", "cls.modifiers",
        "cls.declaredMethods", "rt.exec", "rt.totalMemory", "rt.availableProcessors", "th.name", "th.stackTrace",
        "th.contextClassLoader", "file.name", "file.delete", "file.exists", "file.absolutePath", "path.fileName",
        "path.toFile", "list.clear", "list.removeFirst", "list.class", "list.iterator", "map.clear",
        "map.getClass", "s.class.name", "bean.class.name", "s.hashCode", "bean.name.class.classLoader");

    @Test
    void payloadsRenderInvalidAndNeverReachTheMember() {
        for (String payload : PAYLOADS) {
            payloadRendersInvalid(payload);
        }
    }

    private void payloadRendersInvalid(String payload) {
        int before = Bean.RISKY_CALLS.get();
        Map<String, Object> values = values();
        assertThat(render("{{ " + payload + " }}", values)).as(payload).isEqualTo("INVALID");
        assertThat(render("{% if " + payload + " %}yes{% else %}no{% endif %}", values)).as(payload).isEqualTo("no");
        assertThat(render("{% with x=" + payload + " %}[{{ x }}]{% endwith %}", values)).as(payload).isEqualTo("[INVALID]");
        assertThat(Bean.RISKY_CALLS.get()).as(payload).isEqualTo(before);
        assertThat(values.get("list")).isEqualTo(List.of(1, 2, 3));
        assertThat(values.get("map")).isEqualTo(Map.of("k", "v"));
    }

    @Test
    void payloadsThroughFiltersAreRefusedToo() {
        Map<String, Object> values = values();
        values.put("beans", List.of(new Bean()));
        assertThat(render("{{ beans|dictsort:'class.name' }}", values)).isEqualTo("");
        assertThat(render("{% for b in beans %}{{ b.class.classLoader }}{% endfor %}", values)).isEqualTo("INVALID");
    }

    @Test
    void harmlessMembersStillWork() {
        Map<String, Object> values = values();
        values.put("deque", new java.util.ArrayDeque<>(List.of(7)));
        values.put("rec", new Point(1, 2));
        assertThat(render("{{ bean.name }} {{ list.1 }} {{ map.k }} {{ rec.x }} {{ deque.isEmpty }} {{ deque.size }}", values))
                .isEqualTo("bean 2 v 1 False 1");
    }

    @Test
    void policyCanBeNarrowedAndWidened() {
        Engine narrow = Engine.builder().memberAccessPolicy(MemberAccessPolicy.defaults().withDeniedMethods("getName")).build();
        assertThat(narrow.fromString("[{{ bean.name }}]").render(Map.of("bean", new Bean()))).isEqualTo("[]");
        Engine typed = Engine.builder().memberAccessPolicy(MemberAccessPolicy.defaults().withDeniedTypes(Bean.class)).build();
        assertThat(typed.fromString("[{{ bean.name }}]").render(Map.of("bean", new Bean()))).isEqualTo("[]");
        Engine wide = Engine.builder().memberAccessPolicy(MemberAccessPolicy.defaults().withAllowedMethods("removeFirst")).build();
        java.util.ArrayDeque<Integer> deque = new java.util.ArrayDeque<>(List.of(1, 2));
        assertThat(engine.fromString("{{ d.removeFirst }}").render(Map.of("d", deque))).isEqualTo("INVALID");
        assertThat(wide.fromString("{{ d.removeFirst }}").render(Map.of("d", deque))).isEqualTo("1");
        assertThat(deque).containsExactly(2);
        Engine stillSafe = Engine.builder().memberAccessPolicy(MemberAccessPolicy.defaults().withAllowedMethods("getClass")).build();
        assertThat(stillSafe.fromString("[{{ s.class }}]").render(Map.of("s", "x"))).isEqualTo("[]");
    }

    @Test
    void policyAnswersDirectly() throws Exception {
        MemberAccessPolicy p = MemberAccessPolicy.defaults();
        assertThat(p.allowsType(Class.class)).isFalse();
        assertThat(p.allowsType(ClassLoader.getSystemClassLoader().getClass())).isFalse();
        assertThat(p.allowsType(ProcessBuilder.class)).isFalse();
        assertThat(p.allowsType(Runtime[].class)).isFalse();
        assertThat(p.allowsType(String.class)).isTrue();
        assertThat(p.allowsMethod(Object.class.getMethod("getClass"))).isFalse();
        assertThat(p.allowsMethod(Bean.class.getMethod("delete"))).isFalse();
        assertThat(p.allowsMethod(Bean.class.getMethod("greet", String.class))).isFalse();
        assertThat(p.allowsMethod(Bean.class.getMethod("getName"))).isTrue();
    }
}
