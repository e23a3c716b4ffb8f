package dev.obsgen.core.check;

/** An error stops the build and nothing is written; a warning is printed and the build goes on. */
public enum FindingSeverity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
