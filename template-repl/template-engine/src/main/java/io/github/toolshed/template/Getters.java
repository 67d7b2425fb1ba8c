package io.github.toolshed.template;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;

/**
 * Turns a public no-argument getter into a {@link Function}, which the JIT can inline, instead of
 * calling it reflectively on every lookup. Falls back to reflection (null) when that is not possible.
 */
final class Getters {

    private Getters() {}

    @SuppressWarnings("unchecked")
    static Function<Object, Object> compile(Method method) {
        Class<?> owner = method.getDeclaringClass();
        if (!Modifier.isPublic(owner.getModifiers()) || !Modifier.isPublic(method.getModifiers())
                || !owner.getModule().isExported(owner.getPackageName())) {
            return null;
        }
        try {
            MethodHandles.Lookup caller = MethodHandles.lookup();
            // The generated accessor lives in this module and must be able to read the owner's.
            Getters.class.getModule().addReads(owner.getModule());
            MethodHandle target = MethodHandles.publicLookup().unreflect(method);
            Class<?> result = MethodType.methodType(method.getReturnType()).wrap().returnType();
            CallSite site = LambdaMetafactory.metafactory(
                    caller,
                    "apply",
                    MethodType.methodType(Function.class),
                    MethodType.methodType(Object.class, Object.class),
                    target,
                    MethodType.methodType(result, owner));
            return (Function<Object, Object>) site.getTarget().invokeExact();
        } catch (Throwable e) {
            return null;
        }
    }
}
