package dev.obsgen.core.check;

/**
 * What every check has: a stable id, a one-line summary and the severity of its findings, and for the generated
 * documentation an example of what it catches and how to fix it.
 */
public interface Check {
    String id();

    String summary();

    FindingSeverity severity();

    /** A short example of what the check catches: a snippet of model code, PromQL or YAML. */
    default String example() {
        return "";
    }

    /** How to fix what it catches. */
    default String fix() {
        return "";
    }
}
