package dev.obsgen.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A record component that holds the name of an environment variable, written into a generated file as
 * {@code ${NAME}} for the agent to fill in at start. The checks hold every such value to the shape of a variable
 * name, so a secret put there by mistake is never written out.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface EnvironmentVariable {
}
