package io.github.toolshed.template;

import io.github.toolshed.template.python.PyTuple;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One step of a dotted lookup ({@code a.b}), Django's order adapted to Java: map key, then a
 * Python-like attribute of maps ({@code items}, {@code keys}, {@code values}), then a bean getter,
 * record component, public field or public no-argument method, then a list, array or string index.
 */
final class Lookup {

    /** Internal values that answer attribute lookups themselves (e.g. {@code block.super}). */
    interface Attributes {
        /** Returns the attribute or {@link Variable#MISSING}. */
        Object attribute(String name);
    }

    private Lookup() {}

    /** Returns {@code current.bit} or {@link Variable#MISSING}. */
    static Object member(Object current, String bit, MemberAccessPolicy policy) {
        return member(current, bit, null, policy);
    }

    /** Returns {@code current.bit} or {@link Variable#MISSING}, caching bean accessors in {@code site}. */
    static Object member(Object current, String bit, Site site, MemberAccessPolicy policy) {
        switch (current) {
            case null -> {
                return Variable.MISSING;
            }
            case Map<?, ?> map -> {
                Object v = map.get(bit);
                if (v != null || map.containsKey(bit)) {
                    return v;
                }
                return switch (bit) {
                    case "items" -> {
                        List<Object> items = new ArrayList<>(map.size());
                        map.forEach((k, val) -> items.add(PyTuple.of(k, val)));
                        yield items;
                    }
                    case "keys" -> new ArrayList<>(map.keySet());
                    case "values" -> new ArrayList<>(map.values());
                    default -> indexed(current, bit);
                };
            }
            case Attributes a -> {
                return a.attribute(bit);
            }
            case List<?> l -> {
                return indexed(l, bit);
            }
            case CharSequence cs -> {
                return indexed(cs, bit);
            }
            default -> {
                if (current.getClass().isArray()) {
                    return indexed(current, bit);
                }
                Object v = property(current, bit, site, policy);
                return v == Variable.MISSING ? indexed(current, bit) : v;
            }
        }
    }

    private static Object indexed(Object current, String bit) {
        int index;
        try {
            index = Integer.parseInt(bit);
        } catch (NumberFormatException e) {
            return Variable.MISSING;
        }
        int size;
        if (current instanceof List<?> l) {
            size = l.size();
        } else if (current instanceof CharSequence cs) {
            size = cs.length();
        } else if (current.getClass().isArray()) {
            size = Array.getLength(current);
        } else {
            return Variable.MISSING;
        }
        if (index < 0) {
            index += size;
        }
        if (index < 0 || index >= size) {
            return Variable.MISSING;
        }
        if (current instanceof List<?> l) {
            return l.get(index);
        }
        if (current instanceof CharSequence cs) {
            return String.valueOf(cs.charAt(index));
        }
        return Array.get(current, index);
    }

    /** Calls a value that is a supplier (Django calls callables found by lookups). */
    static Object callIfCallable(Object value, Context context) {
        if (value instanceof Supplier<?> s) {
            return s.get();
        }
        return value;
    }

    private static Object property(Object target, String name, Site site, MemberAccessPolicy policy) {
        Class<?> type = target.getClass();
        Site.Entry cached = site == null ? null : site.entry;
        if (cached != null && cached.type == type && cached.policy == policy) {
            return cached.accessor.get(target);
        }
        if (!policy.allowsType(type)) {
            return Variable.MISSING;
        }
        Map<String, Object> byName = policy.accessors.get(type);
        Accessor accessor = (Accessor) byName.get(name);
        if (accessor == null) {
            accessor = (Accessor) byName.computeIfAbsent(name, n -> Accessor.find(type, n, policy));
        }
        if (site != null) {
            site.entry = new Site.Entry(type, policy, accessor);
        }
        return accessor.get(target);
    }

    /**
     * A one-entry cache for one lookup segment of one compiled variable: the accessor found for the
     * last class seen there. Racy by design: the entry is immutable, a lost update only costs a miss.
     */
    static final class Site {
        record Entry(Class<?> type, MemberAccessPolicy policy, Accessor accessor) {}

        Entry entry;
    }

    /** A resolved way to read one named member of one class. */
    record Accessor(Method method, Field field, Function<Object, Object> fast, MemberAccessPolicy recheck) {
        static final Accessor NONE = new Accessor(null, null, null, null);

        Accessor(Method method, Field field, MemberAccessPolicy policy) {
            this(method, field, method == null ? null : Getters.compile(method),
                    needsRecheck(method != null ? method.getReturnType() : field.getType()) ? policy : null);
        }

        /** A declared type that is not final may hide a refused runtime class (an {@code Object} getter). */
        private static boolean needsRecheck(Class<?> declared) {
            return !declared.isPrimitive() && (!Modifier.isFinal(declared.getModifiers()) || declared.isArray());
        }

        Object get(Object target) {
            Object v = read(target);
            if (recheck != null && v != null && v != Variable.MISSING && !recheck.allowsType(v.getClass())) {
                return Variable.MISSING;
            }
            return v;
        }

        private Object read(Object target) {
            if (fast != null) {
                try {
                    return fast.apply(target);
                } catch (TemplateException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new TemplateRenderError(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), e);
                }
            }
            try {
                if (method != null) {
                    return method.invoke(target);
                }
                if (field != null) {
                    return field.get(target);
                }
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (cause instanceof TemplateException te) {
                    throw te;
                }
                throw new TemplateRenderError(cause.getClass().getSimpleName(), String.valueOf(cause.getMessage()), cause);
            } catch (IllegalAccessException e) {
                return Variable.MISSING;
            }
            return Variable.MISSING;
        }

        static Accessor find(Class<?> type, String name, MemberAccessPolicy policy) {
            if (policy.deniesName(name)) {
                return NONE;
            }
            String cap = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    if (rc.getName().equals(name)) {
                        Method m = publicMethod(type, rc.getAccessor().getName(), policy);
                        if (m != null) {
                            return new Accessor(m, null, policy);
                        }
                    }
                }
            }
            for (String candidate : List.of("get" + cap, "is" + cap, name)) {
                if (policy.deniesName(candidate)) {
                    continue;
                }
                Method m = publicMethod(type, candidate, policy);
                if (m != null && (!candidate.startsWith("is") || candidate.equals(name) || m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class)) {
                    return new Accessor(m, null, policy);
                }
            }
            try {
                Field f = type.getField(name);
                if (policy.allowsField(f)) {
                    return new Accessor(null, f, policy);
                }
            } catch (NoSuchFieldException e) {
                // not a field either
            }
            return NONE;
        }

        private static Method publicMethod(Class<?> type, String name, MemberAccessPolicy policy) {
            Method m;
            try {
                m = type.getMethod(name);
            } catch (NoSuchMethodException e) {
                return null;
            }
            if (!policy.allowsMethod(m)) {
                return null;
            }
            if (Modifier.isPublic(m.getDeclaringClass().getModifiers()) && m.getDeclaringClass().getModule().isExported(m.getDeclaringClass().getPackageName())) {
                return m;
            }
            return accessibleOverride(type, m);
        }

        /** Finds the same method declared by a public supertype, so it can be called. */
        private static Method accessibleOverride(Class<?> type, Method m) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (c != type && Modifier.isPublic(c.getModifiers())) {
                    try {
                        return c.getMethod(m.getName());
                    } catch (NoSuchMethodException e) {
                        // keep looking
                    }
                }
                for (Class<?> i : c.getInterfaces()) {
                    if (Modifier.isPublic(i.getModifiers())) {
                        try {
                            return i.getMethod(m.getName());
                        } catch (NoSuchMethodException e) {
                            // keep looking
                        }
                    }
                }
            }
            if (m.trySetAccessible()) {
                return m;
            }
            return null;
        }
    }
}
