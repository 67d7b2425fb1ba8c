package io.github.toolshed.template;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method that changes state (Django's {@code alters_data = True}): the default
 * {@link MemberAccessPolicy} never calls it from a template, so {@code {{ order.cancel }}} renders
 * as an invalid variable instead of cancelling the order.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AltersData {}
