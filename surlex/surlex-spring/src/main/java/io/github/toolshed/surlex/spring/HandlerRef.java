package io.github.toolshed.surlex.spring;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;

/**
 * Method references to controller methods, for {@link UrlReverser#reverse(HandlerRef, java.util.Map)}:
 * {@code reverser.reverse(HandlerRef.to(BlogController::detail), Map.of(...))}. There is one
 * functional interface per number of handler parameters; the reference is only inspected (its
 * target method is read from the serialized form of the lambda), never called.
 */
public sealed interface HandlerRef permits HandlerRef.Resolved {

    /** The controller method a reference points at: its class, name and JVM descriptor. */
    record Resolved(String className, String methodName, String descriptor) implements HandlerRef {
        boolean matches(Method method) {
            return method.getDeclaringClass().getName().equals(className) && method.getName().equals(methodName)
                    && descriptor.equals(descriptor(method));
        }

        private static String descriptor(Method method) {
            StringBuilder d = new StringBuilder("(");
            for (Class<?> p : method.getParameterTypes()) {
                d.append(p.descriptorString());
            }
            return d.append(')').append(method.getReturnType().descriptorString()).toString();
        }
    }

    /**
     * A handler with no parameters.
     *
     * @param <C> the controller type
     */
    @FunctionalInterface
    interface Ref0<C> extends Serializable {
        /**
         * Never called: the reference is only inspected.
         *
         * @param controller the controller
         * @return the handler's result
         * @throws Exception anything the handler throws
         */
        Object call(C controller) throws Exception;
    }

    /**
     * A handler with one parameter.
     *
     * @param <C> the controller type
     * @param <A> the parameter type
     */
    @FunctionalInterface
    interface Ref1<C, A> extends Serializable {
        /**
         * Never called: the reference is only inspected.
         *
         * @param controller the controller
         * @param a the parameter
         * @return the handler's result
         * @throws Exception anything the handler throws
         */
        Object call(C controller, A a) throws Exception;
    }

    /**
     * A handler with two parameters.
     *
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     */
    @FunctionalInterface
    interface Ref2<C, A, B> extends Serializable {
        /**
         * Never called: the reference is only inspected.
         *
         * @param controller the controller
         * @param a the first parameter
         * @param b the second parameter
         * @return the handler's result
         * @throws Exception anything the handler throws
         */
        Object call(C controller, A a, B b) throws Exception;
    }

    /**
     * A handler with three parameters.
     *
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     * @param <D> the third parameter type
     */
    @FunctionalInterface
    interface Ref3<C, A, B, D> extends Serializable {
        /**
         * Never called: the reference is only inspected.
         *
         * @param controller the controller
         * @param a the first parameter
         * @param b the second parameter
         * @param d the third parameter
         * @return the handler's result
         * @throws Exception anything the handler throws
         */
        Object call(C controller, A a, B b, D d) throws Exception;
    }

    /**
     * A handler with four parameters.
     *
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     * @param <D> the third parameter type
     * @param <E> the fourth parameter type
     */
    @FunctionalInterface
    interface Ref4<C, A, B, D, E> extends Serializable {
        /**
         * Never called: the reference is only inspected.
         *
         * @param controller the controller
         * @param a the first parameter
         * @param b the second parameter
         * @param d the third parameter
         * @param e the fourth parameter
         * @return the handler's result
         * @throws Exception anything the handler throws
         */
        Object call(C controller, A a, B b, D d, E e) throws Exception;
    }

    /**
     * Resolves a reference to a handler without parameters.
     *
     * @param ref e.g. {@code PostController::list}
     * @param <C> the controller type
     * @return the resolved reference
     */
    static <C> HandlerRef to(Ref0<C> ref) {
        return resolve(ref);
    }

    /**
     * Resolves a reference to a handler with one parameter.
     *
     * @param ref e.g. {@code ItemApi::item}
     * @param <C> the controller type
     * @param <A> the parameter type
     * @return the resolved reference
     */
    static <C, A> HandlerRef to(Ref1<C, A> ref) {
        return resolve(ref);
    }

    /**
     * Resolves a reference to a handler with two parameters.
     *
     * @param ref the method reference
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     * @return the resolved reference
     */
    static <C, A, B> HandlerRef to(Ref2<C, A, B> ref) {
        return resolve(ref);
    }

    /**
     * Resolves a reference to a handler with three parameters.
     *
     * @param ref the method reference
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     * @param <D> the third parameter type
     * @return the resolved reference
     */
    static <C, A, B, D> HandlerRef to(Ref3<C, A, B, D> ref) {
        return resolve(ref);
    }

    /**
     * Resolves a reference to a handler with four parameters.
     *
     * @param ref e.g. {@code BlogController::detail}
     * @param <C> the controller type
     * @param <A> the first parameter type
     * @param <B> the second parameter type
     * @param <D> the third parameter type
     * @param <E> the fourth parameter type
     * @return the resolved reference
     */
    static <C, A, B, D, E> HandlerRef to(Ref4<C, A, B, D, E> ref) {
        return resolve(ref);
    }

    private static HandlerRef resolve(Serializable ref) {
        try {
            Method writeReplace = ref.getClass().getDeclaredMethod("writeReplace");
            writeReplace.setAccessible(true);
            if (writeReplace.invoke(ref) instanceof SerializedLambda lambda) {
                return new Resolved(lambda.getImplClass().replace('/', '.'), lambda.getImplMethodName(),
                        lambda.getImplMethodSignature());
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("not a method reference to a controller method: " + ref, e);
        }
        throw new IllegalArgumentException("not a method reference to a controller method: " + ref);
    }
}
