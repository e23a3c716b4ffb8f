package dev.obsgen.core.check;

/** What every check has: a stable id, a one-line summary and the severity of its findings. */
public interface Check {
    String id();

    String summary();

    FindingSeverity severity();
}
