package dev.obsgen.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that may be absent: the renderers leave it out or use a default. Every other component is
 * required, and the check {@code model/missing-value} reports a null in it, naming the element, before any other
 * check or renderer reads the model.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Nullable {
}
