package io.github.toolshed.template;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Decides which members a template may read through a dotted lookup ({@code a.b}). Templates may
 * come from less-trusted authors, so the default refuses everything that server-side template
 * injection payloads reach for: {@code getClass}, {@link Class}, {@link ClassLoader},
 * {@link Thread}, {@link Runtime}, {@link System}, processes, modules, reflection and
 * {@code java.lang.invoke}, {@code java.io} and {@code java.nio.file} objects, methods marked
 * {@link AltersData} and well-known mutators ({@code remove}, {@code clear}, {@code close}, ...).
 * Only public no-argument non-void instance methods (and public fields) of public, exported
 * types are ever called. Immutable; the {@code with...} methods return adjusted copies.
 *
 * <pre>{@code
 * MemberAccessPolicy policy = MemberAccessPolicy.defaults()
 *         .withDeniedTypes(com.example.Secrets.class)   // narrow: never read members of Secrets
 *         .withDeniedMethods("getPassword")             // narrow: nowhere
 *         .withAllowedMethods("next");                  // widen: allow Iterator-like next()
 * Engine engine = Engine.builder().memberAccessPolicy(policy).build();
 * }</pre>
 */
public final class MemberAccessPolicy {

    private static final List<Class<?>> DENIED_TYPES = List.of(
            Class.class, ClassLoader.class, Thread.class, ThreadGroup.class, Runtime.class, System.class,
            Process.class, ProcessBuilder.class, ProcessHandle.class, ProcessHandle.Info.class, Module.class,
            ModuleLayer.class, StackWalker.class, Package.class, StackTraceElement.class,
            java.util.concurrent.Executor.class, java.util.concurrent.Future.class,
            java.util.ServiceLoader.class, java.util.Scanner.class, java.io.File.class, java.nio.file.Path.class,
            java.nio.file.FileSystem.class, java.nio.file.FileStore.class, java.nio.file.WatchService.class,
            java.nio.file.WatchKey.class, java.nio.file.DirectoryStream.class, java.nio.channels.Channel.class,
            java.io.InputStream.class, java.io.OutputStream.class, java.io.Reader.class, java.io.Writer.class,
            java.lang.reflect.AnnotatedElement.class, java.lang.reflect.Member.class, java.lang.reflect.InvocationHandler.class,
            java.lang.invoke.MethodHandle.class, java.lang.invoke.VarHandle.class, java.security.ProtectionDomain.class,
            java.security.CodeSource.class);
    private static final List<String> DENIED_PACKAGES = List.of(
            "java.lang.reflect", "java.lang.invoke", "java.lang.ref", "java.lang.instrument", "java.lang.management",
            "java.io", "java.nio.file", "java.nio.file.attribute", "java.nio.channels", "java.net", "java.sql",
            "javax.script", "javax.naming", "javax.management", "sun.misc", "jdk.internal.misc", "jdk.internal.reflect",
            "sun.reflect", "java.rmi");
    private static final List<String> DENIED_METHODS = List.of(
            "getClass", "getClassLoader", "getDeclaringClass", "getModule", "wait", "notify", "notifyAll", "hashCode",
            "clone", "finalize", "remove", "removeFirst", "removeLast", "poll", "pollFirst", "pollLast", "pop", "take",
            "next", "previous", "clear", "delete", "close", "shutdown", "shutdownNow", "interrupt", "destroy",
            "destroyForcibly", "exit", "halt", "start", "run", "call", "join", "lock", "unlock", "iterator",
            "spliterator", "stream", "parallelStream");

    private static final MemberAccessPolicy DEFAULTS = new MemberAccessPolicy(
            Set.copyOf(DENIED_TYPES), Set.copyOf(DENIED_PACKAGES), Set.copyOf(DENIED_METHODS), Set.of());

    private final Set<Class<?>> deniedTypes;
    private final Set<String> deniedPackages;
    private final Set<String> deniedMethods;
    private final Set<String> allowedMethods;
    /** Accessors found under this policy, per class and member name (used by the lookup). */
    final ClassValue<java.util.concurrent.ConcurrentHashMap<String, Object>> accessors = new ClassValue<>() {
        @Override
        protected java.util.concurrent.ConcurrentHashMap<String, Object> computeValue(Class<?> type) {
            return new java.util.concurrent.ConcurrentHashMap<>();
        }
    };
    private final ClassValue<Boolean> typeAllowed = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return computeTypeAllowed(type);
        }
    };

    private MemberAccessPolicy(Set<Class<?>> deniedTypes, Set<String> deniedPackages, Set<String> deniedMethods,
            Set<String> allowedMethods) {
        this.deniedTypes = deniedTypes;
        this.deniedPackages = deniedPackages;
        this.deniedMethods = deniedMethods;
        this.allowedMethods = allowedMethods;
    }

    /**
     * The default policy described above.
     *
     * @return the shared default policy
     */
    public static MemberAccessPolicy defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that also refuses every member of these types and their subtypes, and values of
     * these types returned by members.
     *
     * @param types the types to refuse
     * @return the narrower policy
     */
    public MemberAccessPolicy withDeniedTypes(Class<?>... types) {
        Set<Class<?>> t = new HashSet<>(deniedTypes);
        for (Class<?> type : types) {
            t.add(Objects.requireNonNull(type, "type"));
        }
        return new MemberAccessPolicy(Set.copyOf(t), deniedPackages, deniedMethods, allowedMethods);
    }

    /**
     * Returns a copy that also refuses every type in these packages (exact package names).
     *
     * @param packages package names such as {@code com.example.internal}
     * @return the narrower policy
     */
    public MemberAccessPolicy withDeniedPackages(String... packages) {
        Set<String> p = new HashSet<>(deniedPackages);
        p.addAll(List.of(packages));
        return new MemberAccessPolicy(deniedTypes, Set.copyOf(p), deniedMethods, allowedMethods);
    }

    /**
     * Returns a copy that also refuses methods (and getters resolving to them) of these names.
     *
     * @param names method names such as {@code getPassword}
     * @return the narrower policy
     */
    public MemberAccessPolicy withDeniedMethods(String... names) {
        Set<String> m = new HashSet<>(deniedMethods);
        m.addAll(List.of(names));
        Set<String> a = new HashSet<>(allowedMethods);
        a.removeAll(List.of(names));
        return new MemberAccessPolicy(deniedTypes, deniedPackages, Set.copyOf(m), Set.copyOf(a));
    }

    /**
     * Returns a copy that allows methods of these names again (for instance {@code next} or
     * {@code stream}). Denied types and packages stay denied, as do {@code getClass} and
     * {@link AltersData} methods.
     *
     * @param names method names removed from the denied list
     * @return the wider policy
     */
    public MemberAccessPolicy withAllowedMethods(String... names) {
        Set<String> m = new HashSet<>(deniedMethods);
        Set<String> a = new HashSet<>(allowedMethods);
        for (String name : names) {
            if (!name.equals("getClass") && !name.equals("getClassLoader")) {
                m.remove(name);
                a.add(name);
            }
        }
        return new MemberAccessPolicy(deniedTypes, deniedPackages, Set.copyOf(m), Set.copyOf(a));
    }

    /**
     * Whether templates may read members of values of this type, or receive values of it from a
     * member.
     *
     * @param type a runtime class
     * @return false for denied types, their subtypes, arrays of them and types in denied packages
     */
    public boolean allowsType(Class<?> type) {
        return typeAllowed.get(type);
    }

    private boolean computeTypeAllowed(Class<?> type) {
        if (type.isArray()) {
            return allowsType(type.getComponentType());
        }
        for (Class<?> denied : deniedTypes) {
            if (denied.isAssignableFrom(type)) {
                return false;
            }
        }
        return !deniedPackages.contains(type.getPackageName());
    }

    /**
     * Whether a template may call this method (the lookup has already chosen it by name).
     *
     * @param method a public method
     * @return false for static, void, argument-taking, denied, {@link AltersData} methods and
     *     methods declared by or returning denied types
     */
    public boolean allowsMethod(Method method) {
        return method.getParameterCount() == 0
                && !Modifier.isStatic(method.getModifiers())
                && method.getReturnType() != void.class
                && !deniedMethods.contains(method.getName())
                && !method.isAnnotationPresent(AltersData.class)
                && allowsType(method.getDeclaringClass())
                && allowsType(method.getReturnType());
    }

    /**
     * Whether a template may read this field.
     *
     * @param field a public field
     * @return false for static fields and fields declared by or holding denied types
     */
    public boolean allowsField(Field field) {
        return !Modifier.isStatic(field.getModifiers())
                && Modifier.isPublic(field.getDeclaringClass().getModifiers())
                && allowsType(field.getDeclaringClass())
                && allowsType(field.getType());
    }

    /**
     * Lists the member names a template may read on values of a type with a dotted lookup
     * ({@code value.name}): record components, getter properties ({@code getName} and
     * {@code isActive} as {@code name} and {@code active}), other allowed no-argument methods and
     * public fields. Every name listed resolves under this policy. For completion and inspection.
     *
     * @param type a runtime class
     * @return the sorted names; empty for denied types
     */
    public java.util.SortedSet<String> memberNames(Class<?> type) {
        java.util.SortedSet<String> names = new java.util.TreeSet<>();
        if (!allowsType(type) || type.isArray()) {
            return names;
        }
        Set<String> candidates = new HashSet<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers())) {
                continue;
            }
            String n = m.getName();
            candidates.add(n);
            if (n.length() > 3 && n.startsWith("get") && Character.isUpperCase(n.charAt(3))) {
                candidates.add(Character.toLowerCase(n.charAt(3)) + n.substring(4));
            } else if (n.length() > 2 && n.startsWith("is") && Character.isUpperCase(n.charAt(2))) {
                candidates.add(Character.toLowerCase(n.charAt(2)) + n.substring(3));
            }
        }
        for (Field f : type.getFields()) {
            candidates.add(f.getName());
        }
        for (String n : candidates) {
            if (Lookup.Accessor.find(type, n, this) != Lookup.Accessor.NONE) {
                names.add(n);
            }
        }
        return names;
    }

    /**
     * Reads {@code value.name} the way a template's dotted lookup does under this policy: map key,
     * list or string index, attribute, record component, getter, method or field.
     *
     * @param value the value to look into (may be null)
     * @param name one segment of a dotted lookup
     * @return the member's value; empty when it does not resolve, is refused, or is None
     */
    public java.util.Optional<Object> member(Object value, String name) {
        Object v = Lookup.member(value, Objects.requireNonNull(name, "name"), this);
        return v == Variable.MISSING ? java.util.Optional.empty() : java.util.Optional.ofNullable(v);
    }

    /**
     * Whether a name is refused as a member (so getters are not searched for it either).
     *
     * @param name the looked-up name
     * @return true when a method of that name is denied
     */
    boolean deniesName(String name) {
        return deniedMethods.contains(name);
    }
}
