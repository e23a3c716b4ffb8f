package dev.obsgen.core.check;

/**
 * What every check has, read from its {@link CheckDefinition}: a stable id, a one-line summary and the severity of
 * its findings, and for the generated documentation an example of what it catches and how to fix it.
 */
public interface Check {
    /** The check's declaration; a check class without one is a bug, named here. */
    default CheckDefinition definition() {
        CheckDefinition definition = getClass().getAnnotation(CheckDefinition.class);
        if (definition == null) {
            throw new IllegalStateException(getClass().getName() + " has no @CheckDefinition");
        }
        return definition;
    }

    default String id() {
        return definition().id();
    }

    default String summary() {
        return definition().summary();
    }

    default FindingSeverity severity() {
        return definition().severity();
    }

    /** A short example of what the check catches: a snippet of model code, PromQL or YAML. */
    default String example() {
        return definition().example();
    }

    /** How to fix what it catches. */
    default String fix() {
        return definition().fix();
    }

    /** Whether the check can run on {@code input}. */
    default boolean reads(CheckInput input) {
        if (!getClass().isAnnotationPresent(CheckDefinition.class)) {
            // A check still declaring itself by overriding methods reads a model, as the annotation's default says.
            return input == CheckInput.MODEL;
        }
        for (CheckInput each : definition().inputs()) {
            if (each == input) {
                return true;
            }
        }
        return false;
    }
}
